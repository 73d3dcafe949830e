import { Anchor, Badge, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { can } from '../../app/access';
import { useRoles } from '../../app/auth/auth-context';
import { DataTable, type Column } from '../../ui/data-table';
import { formatDate, formatName } from '../../ui/format';
import { PageHeader } from '../../ui/page-header';
import { QueryView } from '../../ui/query-view';
import { EmptyState } from '../../ui/states';
import { holdLabel, holdMessage } from '../attendance/claim-holds';
import { useAllPrograms } from '../programs/programs.api';
import { sessionKindLabel } from '../scheduling/schedule-options';
import { useHolds, type Hold, type HoldReason, type HoldsPage } from './billing.api';
import { BillingNav } from './billing-nav';
import { fixLink, whoFixes } from './hold-fixes';
import { RunBillingForm } from './run-billing-form';

const holdColumns = (canEditStaff: boolean): Column<Hold>[] => [
  {
    key: 'patient',
    header: 'Patient',
    render: (h) => (
      <Stack gap={0}>
        <Anchor component={Link} to={`/patients/${h.patientId}`} size="sm">
          {formatName(h.patient.name)}
        </Anchor>
        <Text size="xs" c="dimmed">
          MRN {h.patient.mrn}
        </Text>
      </Stack>
    ),
  },
  { key: 'date', header: 'Date', render: (h) => formatDate(h.serviceDate) },
  {
    key: 'session',
    header: 'Session',
    render: (h) => (
      <Stack gap={0}>
        <Anchor component={Link} to={`/sessions/${h.sessionId}`} size="sm">
          {h.groupName ?? sessionKindLabel(h.sessionKind)}
        </Anchor>
        <Text size="xs" c="dimmed">
          {h.programName ?? '—'}
        </Text>
      </Stack>
    ),
  },
  { key: 'details', header: 'Details', render: (h) => <Text size="sm">{holdMessage(h.reason, h.message)}</Text> },
  {
    key: 'fix',
    header: 'Fix',
    render: (h) => {
      const link = fixLink(h, canEditStaff);
      return (
        <Anchor component={Link} to={link.to} size="sm">
          {link.label}
        </Anchor>
      );
    },
  },
];

/** One reason's holds: its name and count, who fixes it, and each service with a link to the fix. */
function ReasonGroup({ reason, count, holds }: { reason: string; count: number; holds: Hold[] }) {
  const canEditStaff = can(useRoles(), 'administer');
  const id = `hold-${reason}`;
  const help = whoFixes(reason);
  return (
    <Paper component="section" aria-labelledby={id} withBorder p="md" radius="md" data-testid={id}>
      <Group gap="sm" mb={4}>
        <Title order={2} size="h4" id={id}>
          {holdLabel(reason)}
        </Title>
        <Badge variant="light" color="orange" c="dark.7" radius="sm" aria-label={`${count} held`}>
          {count}
        </Badge>
      </Group>
      {help && (
        <Text size="sm" c="dimmed" mb="sm">
          {help}
        </Text>
      )}
      <DataTable
        caption={`Held: ${holdLabel(reason)}`}
        columns={holdColumns(canEditStaff)}
        rows={holds}
        rowKey={(h) => `${h.sessionId}:${h.patientId}`}
        minWidth={860}
      />
      {holds.length < count && (
        <Text size="xs" c="dimmed" mt="xs">
          Showing {holds.length} of {count}; filter by this reason to see the rest.
        </Text>
      )}
    </Paper>
  );
}

function HoldGroups({ page }: { page: HoldsPage }) {
  const byReason = new Map<string, Hold[]>();
  for (const hold of page.items) byReason.set(hold.reason, [...(byReason.get(hold.reason) ?? []), hold]);
  return (
    <Stack gap="md">
      {page.counts
        .filter((c) => byReason.has(c.reason))
        .map((c) => (
          <ReasonGroup key={c.reason} reason={c.reason} count={c.count} holds={byReason.get(c.reason) ?? []} />
        ))}
    </Stack>
  );
}

/**
 * The biller's worklist: a billing run over a period, then every service it held, grouped by reason
 * with who fixes it and a link to where. Fixed holds disappear at the next run over their dates.
 */
export function WorklistPage() {
  const [params, setParams] = useSearchParams();
  const reason = (params.get('reason') as HoldReason | null) ?? undefined;
  const programId = params.get('programId') ?? undefined;
  const holds = useHolds({ reason, programId });
  const programs = useAllPrograms();
  const canRun = can(useRoles(), 'runBilling');
  const total = holds.data?.counts.reduce((sum, c) => sum + c.count, 0) ?? 0;

  const update = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeader
        title="Billing"
        description="Run billing over a period, then fix what it held: each reason says who fixes it and links to where."
      />
      <BillingNav />
      <Stack gap="md">
        {canRun && <RunBillingForm />}
        <Paper withBorder p="sm" radius="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label="Reason"
              placeholder="Every reason"
              clearable
              data={(holds.data?.counts ?? []).map((c) => ({
                value: c.reason,
                label: `${holdLabel(c.reason)} (${c.count})`,
              }))}
              value={reason ?? null}
              onChange={(value) => update('reason', value)}
            />
            <Select
              label="Program"
              placeholder="Every program"
              clearable
              searchable
              data={(programs.data ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.levelOfCare})` }))}
              value={programId ?? null}
              onChange={(value) => update('programId', value)}
            />
          </SimpleGrid>
        </Paper>
        <QueryView
          query={holds}
          errorTitle="Could not load the held services"
          isEmpty={(page) => page.items.length === 0}
          empty={
            <EmptyState
              title={reason || programId ? 'Nothing held under these filters' : 'Nothing is held'}
              description="Services a billing run cannot bill yet show here, grouped by what keeps them back."
            />
          }
        >
          {(page) => (
            <Stack gap="md">
              <Text size="sm" aria-live="polite" data-testid="holds-total">
                {total} held {total === 1 ? 'service' : 'services'} in {page.counts.length}{' '}
                {page.counts.length === 1 ? 'reason' : 'reasons'}
              </Text>
              <HoldGroups page={page} />
            </Stack>
          )}
        </QueryView>
      </Stack>
    </>
  );
}
