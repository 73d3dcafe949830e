import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { Link, useLocation, useParams } from 'react-router';
import { BackLink } from '../../ui/back-link';
import { DetailItem } from '../../ui/detail-item';
import { formatCents, formatDate, formatInstant, formatName } from '../../ui/format';
import { QueryView } from '../../ui/query-view';
import { Section } from '../../ui/section';
import { usePatient } from '../patients/patients.api';
import { usePayer } from '../payers/payers.api';
import { claimFormUrl, useClaim, type Claim } from './billing.api';
import { ClaimCorrections } from './claim-corrections';
import { ClaimIssues } from './claim-issues';
import { ClaimLinesTable } from './claim-lines-table';
import { ClaimStatusBadge } from './claim-status-badge';
import { CLAIM_STATUSES, FORMAT_LABELS, frequencyLabel } from './claim-words';

/** UB-04 for institutional claims, CMS-1500 for professional ones (BILLING-RULES §5). */
const formName = (claim: Claim) => (claim.format === '837I' ? 'UB-04' : 'CMS-1500');

function ClaimHeader({ claim }: { claim: Claim }) {
  const patient = usePatient(claim.patientId);
  const payer = usePayer(claim.payerId);
  const patientName = patient.data ? formatName(patient.data.name) : 'Patient';
  const hint = CLAIM_STATUSES[claim.status as keyof typeof CLAIM_STATUSES]?.hint;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={2}>
            <Title order={1} size="h2">
              Claim · {patientName}
            </Title>
            <Text size="xs" c="dimmed" ff="monospace">
              {claim.id}
            </Text>
          </Stack>
          <Button
            component="a"
            href={claimFormUrl(claim.id)}
            target="_blank"
            rel="noopener"
            variant="default"
            leftSection={<IconFileTypePdf size={16} aria-hidden />}
          >
            {formName(claim)} form (PDF)
          </Button>
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm">
          <DetailItem label="Patient">
            <Anchor component={Link} to={`/patients/${claim.patientId}`}>
              {patientName}
            </Anchor>
            {patient.data && (
              <Text size="xs" c="dimmed">
                MRN {patient.data.mrn}
              </Text>
            )}
          </DetailItem>
          <DetailItem label="Payer">
            <Anchor component={Link} to={`/payers/${claim.payerId}`}>
              {payer.data?.name ?? 'Payer'}
            </Anchor>
          </DetailItem>
          <DetailItem label="Format">{FORMAT_LABELS[claim.format]}</DetailItem>
          <DetailItem label="Status">
            <ClaimStatusBadge status={claim.status} />
            {hint && (
              <Text size="xs" c="dimmed">
                {hint}
              </Text>
            )}
          </DetailItem>
          <DetailItem label="Frequency">{frequencyLabel(claim.frequency, claim.format)}</DetailItem>
          <DetailItem label="Period">
            {formatDate(claim.periodFrom)} – {formatDate(claim.periodTo)}
          </DetailItem>
          <DetailItem label="Total">
            <Text fw={700} ff="monospace" span>
              {formatCents(claim.totalCents)}
            </Text>
          </DetailItem>
          <DetailItem label="Rule pack">Version {claim.rulesVersion}</DetailItem>
          <DetailItem label="Batch">
            {claim.batchId ? (
              <Anchor component={Link} to="/billing/batches">
                In a batch
              </Anchor>
            ) : (
              'Not batched'
            )}
          </DetailItem>
          <DetailItem label="Created">{formatInstant(claim.createdAt)}</DetailItem>
        </SimpleGrid>
        {claim.originalClaimId && (
          <Text size="sm">
            Corrects{' '}
            <Anchor component={Link} to={`/billing/claims/${claim.originalClaimId}`}>
              the original claim
            </Anchor>
            .
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** One claim: who and what it bills, its lines with the rule trace of each, the scrub issues, its form. */
export function ClaimDetailPage() {
  const { claimId = '' } = useParams();
  const claim = useClaim(claimId);
  // Back to the list as it was filtered when the claim was opened from it.
  const { state } = useLocation() as { state: { back?: string } | null };
  return (
    <Stack gap="md">
      <BackLink to={state?.back ?? '/billing/claims'}>Claims</BackLink>
      <QueryView query={claim} errorTitle="Could not open this claim">
        {(c) => {
          const errors = c.issues.filter((i) => i.severity === 'error').length;
          return (
            <>
              <ClaimHeader claim={c} />
              <Section title={`Issues (${c.issues.length})`}>
                {errors > 0 && (
                  <Text size="sm" mb="xs" fw={600} c="red.9">
                    {errors} {errors === 1 ? 'error keeps' : 'errors keep'} this claim out of a batch.
                  </Text>
                )}
                <ClaimIssues issues={c.issues} />
              </Section>
              <Section title={`Lines (${c.lines.length})`}>
                <ClaimLinesTable claim={c} />
              </Section>
              <ClaimCorrections claim={c} />
            </>
          );
        }}
      </QueryView>
    </Stack>
  );
}
