import { can } from '../../app/access';
import { useRoles } from '../../app/auth/auth-context';
import { CreateDialog } from '../../ui/create-dialog';
import { DataTable, type Column } from '../../ui/data-table';
import { formatName } from '../../ui/format';
import { Section } from '../../ui/section';
import { EmptyState } from '../../ui/states';
import { useAllPayers } from '../payers/payers.api';
import { CoverageForm } from './coverage-form';
import { priorityLabel, relationshipLabel } from './coverage-options';
import type { Coverage, Patient } from './patients.api';

export function CoveragesTab({ patient }: { patient: Patient }) {
  const canAdd = can(useRoles(), 'editCoverages');
  const payers = useAllPayers();
  const payerName = (c: Coverage) => c.payerName ?? payers.data?.find((p) => p.id === c.payerId)?.name ?? '—';
  const columns: Column<Coverage>[] = [
    { key: 'priority', header: 'Priority', render: (c) => priorityLabel(c.priority) },
    { key: 'payer', header: 'Payer', render: payerName },
    { key: 'member', header: 'Member ID', render: (c) => c.memberId },
    { key: 'relationship', header: 'Relationship', render: (c) => relationshipLabel(c.relationship) },
    {
      key: 'subscriber',
      header: 'Subscriber',
      render: (c) => (c.subscriber ? formatName(c.subscriber.name) : 'Patient'),
    },
  ];
  const rows = [...patient.coverages].sort((a, b) => a.priority - b.priority);
  return (
    <Section
      title="Coverages"
      actions={
        canAdd && (
          <CreateDialog label="Add coverage" size="lg">
            {(close) => <CoverageForm patient={patient} onDone={close} />}
          </CreateDialog>
        )
      }
    >
      {rows.length === 0 ? (
        <EmptyState title="No insurance on file" description="Services cannot be billed until a coverage is added." />
      ) : (
        <DataTable caption="Coverages" columns={columns} rows={rows} rowKey={(c) => c.id} />
      )}
    </Section>
  );
}
