import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { can } from '../../app/access';
import { useRoles } from '../../app/auth/auth-context';
import { CreateDialog } from '../../ui/create-dialog';
import type { Column } from '../../ui/data-table';
import { ListPage } from '../../ui/list-page';
import { PayerForm } from './payer-form';
import { templateLabel } from './payer-templates';
import { usePayersPage, type Payer } from './payers.api';

const columns: Column<Payer>[] = [
  {
    key: 'name',
    header: 'Name',
    render: (p) => (
      <Anchor component={Link} to={`/payers/${p.id}`}>
        {p.name}
      </Anchor>
    ),
  },
  { key: 'payerId', header: 'Payer ID', render: (p) => p.payerId },
  { key: 'template', header: 'Rules', render: (p) => templateLabel(p.template) },
];

export function PayersPage() {
  const payers = usePayersPage();
  const canEdit = can(useRoles(), 'editPayers');
  return (
    <ListPage
      title="Payers"
      description="Insurers and their billing rule packs. Each change to a rule pack is kept as a new version."
      actions={canEdit && <CreateDialog label="New payer">{(close) => <PayerForm onCancel={close} />}</CreateDialog>}
      query={payers}
      caption="Payers"
      columns={columns}
      rowKey={(p) => p.id}
      empty={{
        title: 'No payers yet',
        description: canEdit ? 'Add a payer from one of the rule templates.' : undefined,
      }}
    />
  );
}
