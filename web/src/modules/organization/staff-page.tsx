import { Badge, Button, Group, Modal } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { roleLabel } from '../../app/access';
import { ActiveBadge } from '../../ui/active-badge';
import type { Column } from '../../ui/data-table';
import { formatName } from '../../ui/format';
import { ListPage } from '../../ui/list-page';
import { useStaffPage, type Staff } from './organization.api';
import { StaffForm, type CreatedStaff } from './staff-form';
import { TemporaryPassword } from './temporary-password';

const columns: Column<Staff>[] = [
  { key: 'name', header: 'Name', render: (s) => formatName(s.name) },
  { key: 'email', header: 'Email', render: (s) => s.email },
  {
    key: 'roles',
    header: 'Roles',
    render: (s) => (
      <Group gap={4}>
        {s.roles.map((r) => (
          <Badge key={r} variant="light" color="gray" tt="none">
            {roleLabel(r)}
          </Badge>
        ))}
      </Group>
    ),
  },
  { key: 'credentials', header: 'Credentials', render: (s) => s.credentials ?? '—' },
  { key: 'npi', header: 'NPI', render: (s) => s.npi ?? '—' },
  { key: 'status', header: 'Status', render: (s) => <ActiveBadge active={s.active} /> },
];

type Dialog = { kind: 'closed' } | { kind: 'form' } | { kind: 'created'; created: CreatedStaff };

export function StaffPage() {
  const staff = useStaffPage();
  const [dialog, setDialog] = useState<Dialog>({ kind: 'closed' });
  const close = () => setDialog({ kind: 'closed' });
  return (
    <ListPage
      title="Staff"
      description="Logins, roles and the clinical details used on claims (credentials, NPI, supervisor)."
      actions={
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setDialog({ kind: 'form' })}>
          New staff member
        </Button>
      }
      query={staff}
      caption="Staff"
      columns={columns}
      rowKey={(s) => s.id}
      minWidth={800}
      empty={{ title: 'No staff yet', description: 'Add the people who work in your programs.' }}
    >
      <Modal
        opened={dialog.kind !== 'closed'}
        onClose={close}
        title={dialog.kind === 'created' ? 'Staff member created' : 'New staff member'}
        size="lg"
        closeOnClickOutside={dialog.kind !== 'created'}
      >
        {dialog.kind === 'form' && (
          <StaffForm onCreated={(created) => setDialog({ kind: 'created', created })} onCancel={close} />
        )}
        {dialog.kind === 'created' && <TemporaryPassword created={dialog.created} onDone={close} />}
      </Modal>
    </ListPage>
  );
}
