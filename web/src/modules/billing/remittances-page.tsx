import { Anchor, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { can } from '../../app/access';
import { useRoles } from '../../app/auth/auth-context';
import type { Column } from '../../ui/data-table';
import { formatCents, formatDate, formatInstant } from '../../ui/format';
import { PageHeader } from '../../ui/page-header';
import { PagedTable } from '../../ui/paged-table';
import { QueryView } from '../../ui/query-view';
import { LoadingState } from '../../ui/states';
import { useRemittance, useRemittances, type RemittanceSummary as Summary } from './billing.api';
import { BillingNav } from './billing-nav';
import { RemittanceSummary } from './remittance-summary';
import { RemittanceUpload } from './remittance-upload';

const columns = (shown: string | null): Column<Summary>[] => [
  { key: 'received', header: 'Received', render: (r) => formatInstant(r.receivedAt) },
  { key: 'payer', header: 'Payer', render: (r) => r.payerName },
  { key: 'paid-on', header: 'Payment date', render: (r) => formatDate(r.paymentDate) },
  {
    key: 'check',
    header: 'Check or EFT',
    render: (r) => (
      <Text size="sm" ff="monospace">
        {r.checkNumber}
      </Text>
    ),
  },
  {
    key: 'total',
    header: 'Paid',
    render: (r) => (
      <Text size="sm" ff="monospace">
        {formatCents(r.totalPaidCents)}
      </Text>
    ),
  },
  { key: 'posted', header: 'Claims posted', render: (r) => r.postedCount },
  {
    key: 'view',
    header: 'Summary',
    render: (r) =>
      r.id === shown ? (
        <Text size="sm" fw={600}>
          Shown above
        </Text>
      ) : (
        <Anchor component={Link} to={`?id=${r.id}`} size="sm">
          View
          <VisuallyHidden> remittance {r.checkNumber}</VisuallyHidden>
        </Anchor>
      ),
  },
];

/**
 * 835 remittances: post a file and read what it posted (paid, adjusted, patient responsibility, the
 * claims' new status, what matched none of our claims), and the remittances posted before. The one
 * shown is kept in the address.
 */
export function RemittancesPage() {
  const [params, setParams] = useSearchParams();
  const shown = params.get('id');
  const remittance = useRemittance(shown);
  const remittances = useRemittances();
  const canPost = can(useRoles(), 'runBilling');

  return (
    <>
      <PageHeader
        title="Remittances"
        description="835 electronic remittance advice: payments, adjustments and patient responsibility posted to claims."
      />
      <BillingNav />
      <Stack gap="md">
        {canPost && <RemittanceUpload onPosted={(posted) => setParams({ id: posted.id }, { replace: true })} />}
        {shown && (
          <QueryView
            query={remittance}
            loading={<LoadingState rows={3} label="Loading the posting summary" />}
            errorTitle="Could not load this remittance"
          >
            {(r) => <RemittanceSummary remittance={r} />}
          </QueryView>
        )}
        <Paper withBorder p="sm" radius="md" component="section" aria-labelledby="earlier-remittances">
          <Title order={2} size="h4" id="earlier-remittances" mb="sm">
            Posted remittances
          </Title>
          <PagedTable
            query={remittances}
            caption="Posted remittances"
            columns={columns(shown)}
            rowKey={(r) => r.id}
            minWidth={800}
            empty={{ title: 'No remittances yet', description: 'Posted 835 files show here.' }}
          />
        </Paper>
      </Stack>
    </>
  );
}
