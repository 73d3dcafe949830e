import { Alert, Anchor, Badge, Group, Text, VisuallyHidden } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import type { Column } from '../../ui/data-table';
import { formatCents, formatInstant, formatName } from '../../ui/format';
import { ListPage } from '../../ui/list-page';
import { batchFileUrl, useBatches, type Batch } from './billing.api';
import { BillingNav } from './billing-nav';

const columns = (created: string | null): Column<Batch>[] => [
  {
    key: 'created',
    header: 'Created',
    render: (b) => (
      <Group gap="xs" wrap="nowrap">
        <Text size="sm">{formatInstant(b.createdAt)}</Text>
        {b.id === created && (
          <Badge variant="light" color="teal" c="teal.9" tt="none" radius="sm">
            New
          </Badge>
        )}
      </Group>
    ),
  },
  { key: 'format', header: 'Format', render: (b) => b.format },
  // ISA13 / GS06: what a clearinghouse's acknowledgement (TA1, 999) refers back to.
  {
    key: 'control',
    header: 'Control number',
    render: (b) => (
      <Text size="sm" ff="monospace">
        {b.controlNumber}
      </Text>
    ),
  },
  { key: 'claims', header: 'Claims', render: (b) => b.claimCount },
  {
    key: 'total',
    header: 'Total',
    render: (b) => (
      <Text size="sm" ff="monospace">
        {formatCents(b.totalCents)}
      </Text>
    ),
  },
  { key: 'by', header: 'Created by', render: (b) => (b.createdBy ? formatName(b.createdBy.name) : '—') },
  {
    key: 'file',
    header: 'X12 file',
    render: (b) => (
      <Anchor href={batchFileUrl(b.id)} download={`${b.format}-${b.controlNumber}.x12`} size="sm">
        <Group gap={4} component="span" wrap="nowrap">
          <IconDownload size={14} aria-hidden />
          Download
          <VisuallyHidden> the X12 file of batch {b.controlNumber}</VisuallyHidden>
        </Group>
      </Anchor>
    ),
  },
];

/** Claim batches: one X12 5010 interchange each, of one format, checked against the implementation map. */
export function BatchesPage() {
  const [params] = useSearchParams();
  const created = params.get('created');
  const batches = useBatches();
  return (
    <ListPage
      title="Batches"
      description="Each batch is one X12 5010 interchange of one format, checked against the implementation guide before it is stored."
      query={batches}
      caption="Claim batches"
      columns={columns(created)}
      rowKey={(b) => b.id}
      minWidth={800}
      empty={{
        title: 'No batches yet',
        description: (
          <>
            Select ready claims of one format on the{' '}
            <Anchor component={Link} to="/billing/claims?status=ready">
              claims list
            </Anchor>{' '}
            and create a batch.
          </>
        ),
      }}
    >
      <BillingNav />
      {created && (
        <Alert color="teal" variant="light" title="Batch created">
          Its claims are now batched and no longer change. Download the X12 file to send it to the clearinghouse.
        </Alert>
      )}
    </ListPage>
  );
}
