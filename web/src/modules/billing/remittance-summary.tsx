import { Anchor, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../ui/data-table';
import { DetailItem } from '../../ui/detail-item';
import { formatCents, formatDate, formatName } from '../../ui/format';
import { Section } from '../../ui/section';
import type { Remittance } from './billing.api';
import { ClaimStatusBadge } from './claim-status-badge';
import { adjustmentGroupLabel, payerStatusLabel } from './claim-words';

type Posting = Remittance['postings'][number];
type Unmatched = Remittance['unmatched'][number];

const money = (cents: number) => (
  <Text size="sm" ff="monospace" span>
    {formatCents(cents)}
  </Text>
);

const postingColumns: Column<Posting>[] = [
  {
    key: 'patient',
    header: 'Claim',
    render: (p) => (
      <Anchor component={Link} to={`/billing/claims/${p.claimId}`} size="sm">
        {formatName(p.patientName)}
      </Anchor>
    ),
  },
  { key: 'payer', header: 'Payer says', render: (p) => payerStatusLabel(p.payerStatus) },
  { key: 'status', header: 'Claim status', render: (p) => <ClaimStatusBadge status={p.claimStatus} /> },
  { key: 'charge', header: 'Charged', render: (p) => money(p.chargeCents) },
  { key: 'paid', header: 'Paid', render: (p) => money(p.paidCents) },
  {
    key: 'adjusted',
    header: 'Adjusted',
    render: (p) => (
      <Stack gap={0}>
        {money(p.adjustedCents)}
        {p.adjustments
          .filter((a) => a.group !== 'PR')
          .map((a) => (
            <Text key={`${a.group}${a.reason}`} size="xs" c="dimmed">
              {adjustmentGroupLabel(a.group)} {a.group}-{a.reason}: {formatCents(a.amountCents)}
            </Text>
          ))}
      </Stack>
    ),
  },
  { key: 'patient-share', header: 'Patient responsibility', render: (p) => money(p.patientResponsibilityCents) },
];

const unmatchedColumns: Column<Unmatched>[] = [
  {
    key: 'clp01',
    header: 'Claim number sent (CLP01)',
    render: (u) => (
      <Text size="sm" ff="monospace">
        {u.claimId}
      </Text>
    ),
  },
  { key: 'charge', header: 'Charged', render: (u) => money(u.chargeCents) },
  { key: 'paid', header: 'Paid', render: (u) => money(u.paidCents) },
];

/**
 * What an 835 posted: each of our claims it paid, adjusted or denied with the patient's share, and the
 * claim payments that named no claim of ours (BILLING-RULES §5: matched on CLP01 = CLM01).
 */
export function RemittanceSummary({ remittance }: { remittance: Remittance }) {
  const sum = (pick: (p: Posting) => number) => remittance.postings.reduce((total, p) => total + pick(p), 0);
  return (
    <Section title={`Remittance ${remittance.checkNumber}`}>
      <Stack gap="md" data-testid="remittance-summary">
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
          <DetailItem label="Payer">{remittance.payerName}</DetailItem>
          <DetailItem label="Payment date">{formatDate(remittance.paymentDate)}</DetailItem>
          <DetailItem label="Check or EFT total">{formatCents(remittance.totalPaidCents)}</DetailItem>
          <DetailItem label="Claims posted">{remittance.postings.length}</DetailItem>
          <DetailItem label="Adjusted">{formatCents(sum((p) => p.adjustedCents))}</DetailItem>
          <DetailItem label="Patient responsibility">
            {formatCents(sum((p) => p.patientResponsibilityCents))}
          </DetailItem>
        </SimpleGrid>
        {remittance.postings.length > 0 ? (
          <DataTable
            caption="Posted claims"
            columns={postingColumns}
            rows={remittance.postings}
            rowKey={(p) => `${p.claimId}:${p.payerStatus}:${p.paidCents}`}
            minWidth={860}
          />
        ) : (
          <Text size="sm">No claim payment in this remittance matched one of our claims.</Text>
        )}
        {remittance.unmatched.length > 0 && (
          <Stack gap="xs">
            <Group gap="xs">
              <Text fw={600} size="sm">
                Not matched ({remittance.unmatched.length})
              </Text>
              <Text size="sm" c="dimmed">
                These claim numbers name none of our claims; nothing was posted for them.
              </Text>
            </Group>
            <DataTable
              caption="Unmatched claim payments"
              columns={unmatchedColumns}
              rows={remittance.unmatched}
              rowKey={(u) => `${u.claimId}:${u.chargeCents}:${u.paidCents}`}
              minWidth={480}
            />
          </Stack>
        )}
      </Stack>
    </Section>
  );
}
