import {
  ActionIcon,
  Anchor,
  Group as Row,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { IconCheck, IconChevronLeft, IconChevronRight, IconFlag } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDate, formatName, type PersonName } from '../../ui/format';
import { QueryView } from '../../ui/query-view';
import { Section } from '../../ui/section';
import { EmptyState } from '../../ui/states';
import { useGroupRoster, type Group, type RosterSession } from './groups.api';
import { addDays, formatTime, todayLocal, weekStart } from './time';

const WINDOWS = [
  { value: '2', label: '2 weeks' },
  { value: '3', label: '3 weeks' },
  { value: '4', label: '4 weeks' },
];

interface Member {
  patientId: string;
  name: PersonName;
}

/** Everyone expected at any session of the window, in name order. */
function membersOf(sessions: RosterSession[]): Member[] {
  const byId = new Map<string, Member>();
  for (const s of sessions) for (const m of s.members) byId.set(m.patientId, m);
  return [...byId.values()].sort((a, b) => formatName(a.name).localeCompare(formatName(b.name)));
}

/**
 * The roster over time: who is expected on which date, as enrollments start and end. Cancelled
 * sessions are greyed; a flag marks past sessions whose roster changed afterwards (open reviews).
 */
export function RosterTab({ group }: { group: Group }) {
  const [start, setStart] = useState(() => weekStart(todayLocal()));
  const [weeks, setWeeks] = useState('2');
  const days = Number(weeks) * 7;
  const to = addDays(start, days - 1);
  const roster = useGroupRoster(group.id, start, to);

  return (
    <Section
      title="Roster over time"
      actions={
        <Row gap="xs">
          <ActionIcon variant="default" size="lg" onClick={() => setStart(addDays(start, -days))} aria-label="Earlier">
            <IconChevronLeft size={18} aria-hidden />
          </ActionIcon>
          <Text size="sm" fw={600} aria-live="polite">
            {formatDate(start)} – {formatDate(to)}
          </Text>
          <ActionIcon variant="default" size="lg" onClick={() => setStart(addDays(start, days))} aria-label="Later">
            <IconChevronRight size={18} aria-hidden />
          </ActionIcon>
          <SegmentedControl size="xs" data={WINDOWS} value={weeks} onChange={setWeeks} aria-label="Window" />
        </Row>
      }
    >
      <QueryView
        query={roster}
        isEmpty={(sessions) => sessions.length === 0}
        empty={<EmptyState title="No sessions in these weeks" description="Try earlier or later weeks." />}
      >
        {(sessions) => <RosterGrid sessions={sessions} timeZone={group.timeZone} />}
      </QueryView>
    </Section>
  );
}

function RosterGrid({ sessions, timeZone }: { sessions: RosterSession[]; timeZone: string }) {
  const members = membersOf(sessions);
  if (members.length === 0) {
    return <EmptyState title="Nobody is expected in these weeks" description="Enroll patients on the Members tab." />;
  }
  const expected = sessions.map((s) => new Set(s.members.map((m) => m.patientId)));
  const greyed = (s: RosterSession) => (s.status === 'cancelled' ? 'var(--mantine-color-gray-1)' : undefined);
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={160 + sessions.length * 64}>
        <Table
          withTableBorder
          withColumnBorders
          verticalSpacing={4}
          horizontalSpacing={6}
          aria-label="Roster over time"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" style={{ position: 'sticky', left: 0, background: 'var(--mantine-color-body)' }}>
                Patient
              </Table.Th>
              {sessions.map((s) => (
                <Table.Th key={s.sessionId} scope="col" ta="center" bg={greyed(s)} miw={60}>
                  <Text size="xs" fw={700} td={s.status === 'cancelled' ? 'line-through' : undefined}>
                    {dayjs(s.date).format('ddd')}
                    <br />
                    {dayjs(s.date).format('MM/DD')}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatTime(s.startsAt, timeZone)}
                  </Text>
                  {s.status === 'cancelled' && <VisuallyHidden component="span">cancelled</VisuallyHidden>}
                  {s.openReviews > 0 && (
                    <Tooltip label={`Roster changed after the session: ${s.openReviews} to review`} withArrow>
                      <span>
                        <IconFlag size={14} color="var(--mantine-color-orange-9)" aria-hidden />
                        <VisuallyHidden component="span">{s.openReviews} roster changes to review</VisuallyHidden>
                      </span>
                    </Tooltip>
                  )}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((m) => (
              <Table.Tr key={m.patientId}>
                <Table.Th
                  scope="row"
                  fw={500}
                  style={{ position: 'sticky', left: 0, background: 'var(--mantine-color-body)', whiteSpace: 'nowrap' }}
                >
                  <Anchor component={Link} to={`/patients/${m.patientId}?tab=schedule`} size="sm">
                    {formatName(m.name)}
                  </Anchor>
                </Table.Th>
                {sessions.map((s, i) => (
                  <Table.Td key={s.sessionId} ta="center" bg={greyed(s)}>
                    {expected[i]!.has(m.patientId) ? (
                      <>
                        <IconCheck
                          size={16}
                          aria-hidden
                          color={
                            s.status === 'cancelled' ? 'var(--mantine-color-gray-6)' : 'var(--mantine-color-teal-9)'
                          }
                        />
                        <VisuallyHidden component="span">expected</VisuallyHidden>
                      </>
                    ) : null}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row" style={{ position: 'sticky', left: 0, background: 'var(--mantine-color-body)' }}>
                Expected
              </Table.Th>
              {sessions.map((s) => (
                <Table.Td key={s.sessionId} ta="center" fw={700} bg={greyed(s)}>
                  {s.status === 'cancelled' ? '—' : s.members.length}
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed">
        A check marks a patient expected at the session. Struck-through dates are cancelled; a flag marks a past session
        whose roster changed afterwards.
      </Text>
    </Stack>
  );
}
