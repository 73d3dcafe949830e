import { Anchor, Badge, Button, SegmentedControl, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { can } from '../../app/access';
import { useRoles } from '../../app/auth/auth-context';
import { CreateDialog } from '../../ui/create-dialog';
import { DataTable, type Column } from '../../ui/data-table';
import { formatName } from '../../ui/format';
import { QueryView } from '../../ui/query-view';
import { Section } from '../../ui/section';
import { EmptyState } from '../../ui/states';
import { BookAppointmentForm } from './book-appointment-form';
import { sessionKindLabel } from './schedule-options';
import { SessionDrawer } from './session-drawer';
import { useCalendar, type CalendarSession } from './sessions.api';
import { addDays, formatSessionWhen, todayLocal } from './time';

const WINDOWS = [
  { value: '14', label: '2 weeks' },
  { value: '28', label: '4 weeks' },
  { value: '56', label: '8 weeks' },
];

interface PatientScheduleTabProps {
  patientId: string;
  /** The program of the patient's open episode, when there is one: appointments use its site. */
  programId: string | null;
}

/** The patient's own schedule: group sessions they are expected at and their appointments. */
export function PatientScheduleTab({ patientId, programId }: PatientScheduleTabProps) {
  const canBook = can(useRoles(), 'editSchedule');
  const [days, setDays] = useState('14');
  const from = todayLocal();
  const to = addDays(from, Number(days) - 1);
  const sessions = useCalendar({ patientId, from, to });
  const [openId, setOpenId] = useState<string | null>(null);

  const columns: Column<CalendarSession>[] = [
    { key: 'when', header: 'When', render: (s) => formatSessionWhen(s.startsAt, s.endsAt, s.timeZone) },
    {
      key: 'what',
      header: 'Session',
      render: (s) =>
        s.groupId ? (
          <Anchor component={Link} to={`/groups/${s.groupId}`}>
            {s.groupName}
          </Anchor>
        ) : (
          sessionKindLabel(s.kind)
        ),
    },
    { key: 'room', header: 'Room', render: (s) => s.roomName ?? 'No room' },
    { key: 'staff', header: 'Staff', render: (s) => s.facilitators.map((f) => formatName(f.name)).join('; ') || '—' },
    {
      key: 'status',
      header: 'Status',
      render: (s) =>
        s.status === 'cancelled' ? (
          <Badge color="red" miw="max-content">
            Cancelled
          </Badge>
        ) : (
          'Scheduled'
        ),
    },
    {
      key: 'open',
      header: <VisuallyHidden>Details</VisuallyHidden>,
      render: (s) => (
        <Button
          size="xs"
          variant="default"
          onClick={() => setOpenId(s.id)}
          aria-label={`Details of ${formatSessionWhen(s.startsAt, s.endsAt, s.timeZone)}`}
        >
          Details
        </Button>
      ),
    },
  ];

  return (
    <Stack gap="md">
      <Section
        title="Upcoming sessions"
        actions={
          <>
            <SegmentedControl size="xs" aria-label="How far ahead" data={WINDOWS} value={days} onChange={setDays} />
            {canBook && (
              <CreateDialog label="Book appointment" size="lg">
                {(close) => <BookAppointmentForm patientId={patientId} programId={programId} onDone={close} />}
              </CreateDialog>
            )}
          </>
        }
      >
        <QueryView
          query={sessions}
          isEmpty={(items) => items.length === 0}
          empty={
            <EmptyState
              title="Nothing scheduled"
              description="Enroll the patient in a group (Groups), or book an appointment."
            />
          }
        >
          {(items) => (
            <Stack gap="md">
              <GroupsOf sessions={items} />
              <DataTable
                caption="Upcoming sessions"
                columns={columns}
                rows={items}
                rowKey={(s) => s.id}
                minWidth={760}
              />
            </Stack>
          )}
        </QueryView>
      </Section>
      <SessionDrawer sessionId={openId} onClose={() => setOpenId(null)} />
    </Stack>
  );
}

/** The groups the patient is expected at in the window, with how many of their sessions. */
function GroupsOf({ sessions }: { sessions: CalendarSession[] }) {
  const groups = new Map<string, { name: string; count: number }>();
  for (const s of sessions) {
    if (!s.groupId || s.status === 'cancelled') continue;
    const g = groups.get(s.groupId) ?? { name: s.groupName ?? '—', count: 0 };
    g.count += 1;
    groups.set(s.groupId, g);
  }
  if (groups.size === 0) return null;
  return (
    <Text size="sm">
      Enrolled in:{' '}
      {[...groups.entries()].map(([id, g], i) => (
        <span key={id}>
          {i > 0 && ', '}
          <Anchor component={Link} to={`/groups/${id}?tab=members`}>
            {g.name}
          </Anchor>{' '}
          ({g.count} {g.count === 1 ? 'session' : 'sessions'})
        </span>
      ))}
    </Text>
  );
}
