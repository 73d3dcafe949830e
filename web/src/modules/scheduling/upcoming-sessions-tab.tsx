import { Badge, Button, Group as Row, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { can } from '../../app/access';
import { useRoles } from '../../app/auth/auth-context';
import { DataTable, type Column } from '../../ui/data-table';
import { QueryView } from '../../ui/query-view';
import { Section } from '../../ui/section';
import { EmptyState } from '../../ui/states';
import { useGroupSessions, type Group, type GroupSession } from './groups.api';
import { useSchedulingLookups } from './lookups';
import { SessionDrawer } from './session-drawer';
import { addDays, formatSessionWhen, localParts } from './time';

/** How far ahead the tab looks. */
const WEEKS_AHEAD = 4;

export function UpcomingSessionsTab({ group }: { group: Group }) {
  const lookups = useSchedulingLookups();
  const from = localParts(new Date(), group.timeZone).date;
  const to = addDays(from, WEEKS_AHEAD * 7 - 1);
  const sessions = useGroupSessions(group.id, from, to);
  const [openId, setOpenId] = useState<string | null>(null);
  const canOpen = can(useRoles(), 'viewAttendance');

  const columns: Column<GroupSession>[] = [
    { key: 'when', header: 'When', render: (s) => formatSessionWhen(s.startsAt, s.endsAt, group.timeZone) },
    { key: 'room', header: 'Room', render: (s) => (s.roomId ? lookups.roomName(s.roomId) : 'No room') },
    {
      key: 'status',
      header: 'Status',
      render: (s) => (
        <Row gap={4}>
          {s.status === 'cancelled' ? (
            <Badge color="red" miw="max-content">
              Cancelled
            </Badge>
          ) : (
            'Scheduled'
          )}
          {s.edited && (
            <Badge variant="outline" color="gray" c="dark.7" tt="none" miw="max-content">
              Changed by hand
            </Badge>
          )}
        </Row>
      ),
    },
    {
      key: 'open',
      header: <VisuallyHidden>Actions</VisuallyHidden>,
      render: (s) => (
        <Row gap={6} wrap="nowrap">
          <Button
            size="xs"
            variant="default"
            onClick={() => setOpenId(s.id)}
            aria-label={`Details of ${formatSessionWhen(s.startsAt, s.endsAt, group.timeZone)}`}
          >
            Details
          </Button>
          {canOpen && s.status !== 'cancelled' && (
            <Button
              size="xs"
              variant="default"
              component={Link}
              to={`/sessions/${s.id}`}
              aria-label={`Open the session of ${formatSessionWhen(s.startsAt, s.endsAt, group.timeZone)}`}
            >
              Open
            </Button>
          )}
        </Row>
      ),
    },
  ];

  return (
    <Section title={`Next ${WEEKS_AHEAD} weeks`}>
      <QueryView
        query={sessions}
        isEmpty={(items) => items.length === 0}
        empty={<EmptyState title="No sessions in the next weeks" description="The group may have ended." />}
      >
        {(items) => <DataTable caption="Upcoming sessions" columns={columns} rows={items} rowKey={(s) => s.id} />}
      </QueryView>
      <SessionDrawer sessionId={openId} onClose={() => setOpenId(null)} />
    </Section>
  );
}
