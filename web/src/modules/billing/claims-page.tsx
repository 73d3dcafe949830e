import { Anchor, Button, Checkbox, Group, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconStack2 } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { can } from '../../app/access';
import { useRoles } from '../../app/auth/auth-context';
import type { Column } from '../../ui/data-table';
import { formatCents, formatDate, formatName } from '../../ui/format';
import { notifySuccess } from '../../ui/notify';
import { PageHeader } from '../../ui/page-header';
import { pagedItems } from '../../ui/paged-query';
import { PagedTable } from '../../ui/paged-table';
import { useAllPayers } from '../payers/payers.api';
import { PatientPicker } from '../scheduling/patient-picker';
import {
  useClaimSummaries,
  useCreateBatch,
  type ClaimFormat,
  type ClaimStatus,
  type ClaimSummary,
  type ClaimsFilter,
} from './billing.api';
import { BillingError } from './billing-error';
import { BillingNav } from './billing-nav';
import { ClaimStatusBadge } from './claim-status-badge';
import { FORMAT_OPTIONS, STATUS_OPTIONS } from './claim-words';

/** A claim can go into a batch while it is ready and in none yet (BILLING-RULES §1, §5). */
const batchable = (claim: ClaimSummary) => claim.status === 'ready' && claim.batchId === null;

type FilterKey = keyof ClaimsFilter;

function filterFrom(params: URLSearchParams): ClaimsFilter {
  const filter: ClaimsFilter = {};
  const status = params.get('status');
  const format = params.get('format');
  if (status) filter.status = status as ClaimStatus;
  if (format) filter.format = format as ClaimFormat;
  if (params.get('payerId')) filter.payerId = params.get('payerId')!;
  if (params.get('patientId')) filter.patientId = params.get('patientId')!;
  return filter;
}

function issueText(claim: ClaimSummary): string {
  const parts = [
    claim.errorCount > 0 ? `${claim.errorCount} ${claim.errorCount === 1 ? 'error' : 'errors'}` : null,
    claim.warningCount > 0 ? `${claim.warningCount} ${claim.warningCount === 1 ? 'warning' : 'warnings'}` : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'None';
}

interface SelectionProps {
  selected: ClaimSummary[];
  onClear: () => void;
  onCreated: (batchId: string) => void;
}

/** The chosen claims and "Create batch": one format per batch (one X12 transaction type per interchange). */
function BatchBar({ selected, onClear, onCreated }: SelectionProps) {
  const create = useCreateBatch();
  const formats = [...new Set(selected.map((c) => c.format))];
  const mixed = formats.length > 1;
  const total = selected.reduce((sum, c) => sum + c.totalCents, 0);
  const ids = selected.map((c) => c.id);
  // Details name claims by their place in the request (`claimIds.2`): say whose claim that is.
  const describe = (path: string) => {
    const claim = selected[Number(/^claimIds\.(\d+)$/.exec(path)?.[1] ?? NaN)];
    return claim ? `${formatName(claim.patient.name)}, ${formatDate(claim.periodFrom)} (${claim.format})` : path;
  };
  return (
    <Paper withBorder p="sm" radius="md" bg="gray.0">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Text size="sm" aria-live="polite" data-testid="batch-selection">
            {selected.length === 0
              ? 'Select ready claims of one format to put them in a batch.'
              : `${selected.length} selected · ${formats.join(' and ')} · ${formatCents(total)}`}
          </Text>
          <Group gap="xs">
            {selected.length > 0 && (
              <Button variant="default" size="xs" onClick={onClear}>
                Clear selection
              </Button>
            )}
            <Button
              size="xs"
              leftSection={<IconStack2 size={16} aria-hidden />}
              disabled={selected.length === 0 || mixed}
              loading={create.isPending}
              onClick={() =>
                create.mutate(ids, {
                  onSuccess: (batch) => {
                    notifySuccess(
                      `Batch ${batch.controlNumber} created with ${batch.claimIds.length} ${batch.format} claims.`,
                    );
                    onCreated(batch.id);
                  },
                })
              }
            >
              Create batch
            </Button>
          </Group>
        </Group>
        {mixed && (
          <Text size="sm" c="red.9">
            A batch holds one format only: these claims are {formats.join(' and ')}. Filter by format, or clear the
            others.
          </Text>
        )}
        {create.isError && (
          <BillingError error={create.error} title="The batch was not created" describePath={describe} />
        )}
      </Stack>
    </Paper>
  );
}

/**
 * Claims under filters kept in the address (status, format, payer, patient), their count and total,
 * and for billers a selection of ready claims of one format to batch into an X12 file.
 */
export function ClaimsPage() {
  const [params, setParams] = useSearchParams();
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const filter = filterFrom(params);
  const claims = useClaimSummaries(filter);
  const payers = useAllPayers();
  const canBatch = can(useRoles(), 'runBilling');
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const rows = pagedItems(claims);
  const selected = selectedIds.flatMap((id) => rows.filter((r) => r.id === id));
  const totals = claims.data?.pages[0]?.totals;
  const choosable = rows.filter(batchable);

  const update = (key: FilterKey, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
    setSelectedIds([]);
  };
  const toggle = (id: string, on: boolean) =>
    setSelectedIds((ids) => (on ? [...ids, id] : ids.filter((other) => other !== id)));
  const allChosen = choosable.length > 0 && choosable.every((c) => selectedIds.includes(c.id));

  const columns: Column<ClaimSummary>[] = [
    ...(canBatch
      ? [
          {
            key: 'select',
            header: (
              <Checkbox
                aria-label="Select every ready claim shown"
                checked={allChosen}
                indeterminate={!allChosen && selected.length > 0}
                disabled={choosable.length === 0}
                onChange={(e) => setSelectedIds(e.currentTarget.checked ? choosable.map((c) => c.id) : [])}
              />
            ),
            width: 40,
            render: (c: ClaimSummary) => (
              <Checkbox
                aria-label={`Select the claim of ${formatName(c.patient.name)}, ${formatDate(c.periodFrom)}`}
                checked={selectedIds.includes(c.id)}
                disabled={!batchable(c)}
                onChange={(e) => toggle(c.id, e.currentTarget.checked)}
              />
            ),
          },
        ]
      : []),
    {
      key: 'patient',
      header: 'Patient',
      render: (c) => (
        <Stack gap={0}>
          <Anchor component={Link} to={`/billing/claims/${c.id}`} state={{ back: `${pathname}${search}` }} size="sm">
            {formatName(c.patient.name)}
          </Anchor>
          <Text size="xs" c="dimmed">
            MRN {c.patient.mrn}
          </Text>
        </Stack>
      ),
    },
    { key: 'payer', header: 'Payer', render: (c) => c.payerName },
    { key: 'format', header: 'Format', render: (c) => c.format },
    {
      key: 'period',
      header: 'Period',
      render: (c) =>
        c.periodFrom === c.periodTo
          ? formatDate(c.periodFrom)
          : `${formatDate(c.periodFrom)} – ${formatDate(c.periodTo)}`,
    },
    { key: 'lines', header: 'Lines', render: (c) => c.lineCount },
    { key: 'status', header: 'Status', render: (c) => <ClaimStatusBadge status={c.status} /> },
    { key: 'issues', header: 'Issues', render: (c) => issueText(c) },
    {
      key: 'total',
      header: 'Total',
      render: (c) => (
        <Text size="sm" ta="right" ff="monospace">
          {formatCents(c.totalCents)}
        </Text>
      ),
    },
  ];

  return (
    <>
      <PageHeader title="Claims" description="Claims from billing runs, with their scrub issues and status." />
      <BillingNav />
      <Stack gap="md">
        <Paper withBorder p="sm" radius="md">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
            <Select
              label="Status"
              placeholder="Any status"
              clearable
              data={STATUS_OPTIONS}
              value={filter.status ?? null}
              onChange={(v) => update('status', v)}
            />
            <Select
              label="Format"
              placeholder="Either format"
              clearable
              data={FORMAT_OPTIONS}
              value={filter.format ?? null}
              onChange={(v) => update('format', v)}
            />
            <Select
              label="Payer"
              placeholder="Any payer"
              clearable
              searchable
              data={(payers.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
              value={filter.payerId ?? null}
              onChange={(v) => update('payerId', v)}
            />
            <PatientPicker
              label="Patient"
              clearable
              value={filter.patientId ?? null}
              onChange={(v) => update('patientId', v)}
            />
          </SimpleGrid>
          {Object.keys(filter).length > 0 && (
            <Group justify="flex-end" mt="xs">
              <Button variant="subtle" size="xs" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
                Clear filters
              </Button>
            </Group>
          )}
        </Paper>
        {totals && (
          <Text size="sm" fw={600} aria-live="polite" data-testid="claims-totals">
            {totals.count} {totals.count === 1 ? 'claim' : 'claims'} · {formatCents(totals.totalCents)} charged
            {rows.length < totals.count ? ` · ${rows.length} shown` : ''}
          </Text>
        )}
        {canBatch && (
          <BatchBar
            selected={selected}
            onClear={() => setSelectedIds([])}
            onCreated={(id) => navigate(`/billing/batches?created=${id}`)}
          />
        )}
        <Paper withBorder p="sm" radius="md">
          <PagedTable
            query={claims}
            caption="Claims"
            columns={columns}
            rowKey={(c) => c.id}
            minWidth={900}
            empty={{
              title: Object.keys(filter).length > 0 ? 'No claims match these filters' : 'No claims yet',
              description: 'Billing runs create claims from attended sessions with signed notes.',
            }}
          />
        </Paper>
      </Stack>
    </>
  );
}
