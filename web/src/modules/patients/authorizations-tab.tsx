import { Badge } from '@mantine/core';
import { can } from '../../app/access';
import { useRoles } from '../../app/auth/auth-context';
import { CreateDialog } from '../../ui/create-dialog';
import type { Column } from '../../ui/data-table';
import { formatDate } from '../../ui/format';
import { PagedTable } from '../../ui/paged-table';
import { Section } from '../../ui/section';
import { AuthorizationForm } from './authorization-form';
import { AuthorizationUsage } from './authorization-usage';
import { useAuthorizations, type Authorization, type Patient } from './patients.api';

const columns: Column<Authorization>[] = [
  { key: 'number', header: 'Number', render: (a) => a.number },
  { key: 'level', header: 'Level of care', render: (a) => <Badge variant="light">{a.levelOfCare}</Badge> },
  { key: 'dates', header: 'Dates', render: (a) => `${formatDate(a.startDate)} – ${formatDate(a.endDate)}` },
  { key: 'units', header: 'Units', render: (a) => `${a.units} ${a.unitType}` },
  { key: 'usage', header: 'Used / remaining', render: (a) => <AuthorizationUsage authorization={a} />, width: 200 },
];

export function AuthorizationsTab({ patient }: { patient: Patient }) {
  const authorizations = useAuthorizations(patient.id);
  const canAdd = can(useRoles(), 'editAuthorizations');
  const hasCoverage = patient.coverages.length > 0;
  return (
    <Section
      title="Authorizations"
      actions={
        canAdd && (
          <CreateDialog label="Add authorization" size="lg" disabled={!hasCoverage}>
            {(close) => <AuthorizationForm patient={patient} onDone={close} />}
          </CreateDialog>
        )
      }
    >
      <PagedTable
        query={authorizations}
        caption="Authorizations"
        columns={columns}
        rowKey={(a) => a.id}
        empty={{
          title: 'No authorizations',
          description: hasCoverage ? 'Add the payer’s prior authorization when it arrives.' : 'Add a coverage first.',
        }}
      />
    </Section>
  );
}
