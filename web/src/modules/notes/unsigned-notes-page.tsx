import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../ui/data-table';
import { PageHeader } from '../../ui/page-header';
import { QueryView } from '../../ui/query-view';
import { EmptyState } from '../../ui/states';
import { formatWhen, statusLabel } from './document-format';
import { useUnsignedNotes, type UnsignedNote } from './documents.api';

/** A group note is written on its session's page; a document on its own page. */
const linkOf = (n: UnsignedNote): string | null =>
  n.kind === 'group' ? n.sessionId && `/sessions/${n.sessionId}` : n.noteId && `/notes/${n.noteId}`;

const AWAITING: Record<string, string> = { signature: 'Your signature', cosignature: 'Your co-signature' };

const columns: Column<UnsignedNote>[] = [
  {
    key: 'note',
    header: 'Note',
    render: (n) => {
      const to = linkOf(n);
      return (
        <Stack gap={0}>
          {to ? (
            <Anchor component={Link} to={to} size="sm" fw={600}>
              {n.title}
            </Anchor>
          ) : (
            <Text size="sm" fw={600}>
              {n.title}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {n.kind === 'group' ? 'Group note' : 'Document'}
            {n.status ? ` · ${statusLabel(n.status)}` : ' · not started'}
          </Text>
        </Stack>
      );
    },
  },
  { key: 'session', header: 'Session', render: (n) => (n.startsAt ? formatWhen(n.startsAt) : '—') },
  {
    key: 'due',
    header: 'Due',
    render: (n) => (
      <Group gap="xs" wrap="nowrap">
        {formatWhen(n.dueAt)}
        {n.overdue && (
          <Badge color="red" miw="max-content">
            Overdue
          </Badge>
        )}
      </Group>
    ),
  },
  { key: 'awaiting', header: 'Awaiting', render: (n) => AWAITING[n.awaiting] ?? n.awaiting },
  {
    key: 'patient',
    header: 'Patient',
    render: (n) =>
      n.patientId ? (
        <Anchor component={Link} to={`/patients/${n.patientId}?tab=notes`} size="sm">
          Open chart
        </Anchor>
      ) : (
        'Group'
      ),
  },
];

/** "My notes": what the user still owes, soonest due first: notes to sign and others' to co-sign. */
export function UnsignedNotesPage() {
  const queue = useUnsignedNotes();
  return (
    <>
      <PageHeader
        title="My notes"
        description="Group notes of sessions you led, your draft documents, and signed notes waiting for your co-signature."
      />
      <Paper withBorder p="sm" radius="md">
        <QueryView
          query={queue}
          errorTitle="Could not load your notes"
          isEmpty={(items) => items.length === 0}
          empty={<EmptyState title="Nothing to sign" description="Notes you owe appear here once a session ends." />}
        >
          {(items) => (
            <DataTable
              caption="Notes awaiting your signature"
              columns={columns}
              rows={items}
              rowKey={(n) => `${n.awaiting}-${n.noteId ?? n.sessionId}`}
              minWidth={760}
            />
          )}
        </QueryView>
      </Paper>
    </>
  );
}
