import { Alert, Anchor, Badge, Box, Group, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { can } from '../../app/access';
import { useAuth, useRoles } from '../../app/auth/auth-context';
import { BackLink } from '../../ui/back-link';
import { DetailItem } from '../../ui/detail-item';
import { formatName } from '../../ui/format';
import { QueryView } from '../../ui/query-view';
import { LoadingState } from '../../ui/states';
import { facilitatorRoleLabel, sessionKindLabel } from '../scheduling/schedule-options';
import { sessionTitle } from '../scheduling/session-info';
import { useSession, type SessionDetail } from '../scheduling/sessions.api';
import { formatSessionWhen } from '../scheduling/time';
import { useAttendance } from './attendance.api';
import { AttendanceSheet } from './attendance-sheet';
import { BillingPreview } from './billing-preview';
import { goToPart, SESSION_ANCHORS } from './session-anchors';
import { GroupNoteSection } from '../notes/group-note-section';

/** Attendance may be taken from 30 minutes before the start (the server's rule). */
const OPENS_BEFORE_MS = 30 * 60_000;

/** One session: who leads it, where and when, and its attendance. */
export function SessionPage() {
  const { sessionId = '' } = useParams();
  const session = useSession(sessionId);
  const attendance = useAttendance(sessionId);
  const roles = useRoles();
  const canEdit = can(roles, 'editAttendance');
  // billing:read only: for everyone else the page never asks for the preview.
  const canBill = can(roles, 'viewBilling');
  // Arriving at #group-note or #attendance (the billing worklist's links): go there once the session
  // and its attendance, which decide where the parts sit, have loaded.
  const { hash } = useLocation();
  const placed = session.isSuccess && attendance.isSuccess;
  useEffect(() => {
    if (placed && hash) goToPart(decodeURIComponent(hash.slice(1)));
  }, [placed, hash]);
  const me = useAuth().user?.id;
  // The server shows a group note to the session's facilitators and to reviewers (notes:review).
  const mayReadNote = (s: SessionDetail) =>
    can(roles, 'reviewNotes') || (can(roles, 'viewNotes') && s.facilitators.some((f) => f.staffId === me));
  return (
    <Stack gap="md">
      <BackLink to="/schedule">Schedule</BackLink>
      <QueryView query={session} errorTitle="Could not open this session">
        {(s) => {
          const cancelled = s.status === 'cancelled';
          const notOpen = Date.parse(s.startsAt) - OPENS_BEFORE_MS > Date.now();
          const noteShown = Boolean(s.groupId) && !cancelled && !notOpen && mayReadNote(s);
          return (
            <>
              <SessionHeader session={s} />
              {cancelled && (
                <Alert color="red" variant="light" title="Cancelled">
                  {s.cancelReason ?? 'This session was cancelled; no attendance is taken.'}
                </Alert>
              )}
              {!cancelled && notOpen && (
                <Alert color="blue" variant="light" title="Attendance is not open yet">
                  It opens 30 minutes before the session starts.
                </Alert>
              )}
              <QueryView query={attendance} errorTitle="Could not load attendance" loading={<LoadingState rows={8} />}>
                {(records) => {
                  // Signing the note made the attendance final (the claim is built from it).
                  const final = records.some((r) => r.confirmed);
                  return (
                    <>
                      {final && (
                        <Alert color="teal" variant="light" title="Attendance is final">
                          The group note is signed, so this attendance is what the claim uses. Record a correction as an
                          addendum to the note.
                        </Alert>
                      )}
                      <JumpTarget id={SESSION_ANCHORS.attendance}>
                        <AttendanceSheet
                          session={s}
                          records={records}
                          editable={canEdit && !cancelled && !notOpen && !final}
                        />
                      </JumpTarget>
                    </>
                  );
                }}
              </QueryView>
              {noteShown && (
                <JumpTarget id={SESSION_ANCHORS.groupNote}>
                  <GroupNoteSection session={s} />
                </JumpTarget>
              )}
              {canBill && !cancelled && !notOpen && <BillingPreview session={s} noteShown={noteShown} />}
            </>
          );
        }}
      </QueryView>
    </Stack>
  );
}

/**
 * A part of the page the billing preview's fixes point at: focusable from script only, and clear of
 * the fixed 56 px header when scrolled to.
 */
function JumpTarget({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Box id={id} tabIndex={-1} style={{ scrollMarginTop: 72, outline: 'none' }}>
      {children}
    </Box>
  );
}

function SessionHeader({ session: s }: { session: SessionDetail }) {
  const title = sessionTitle(s.groupName, s.kind, s.groupId ? null : s.roster[0]?.name);
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Title order={1} size="h2">
            {title}
          </Title>
          <Group gap="xs">
            <Badge variant="light" color="gray" c="dark.7" tt="none">
              {sessionKindLabel(s.kind)}
            </Badge>
            {s.status === 'cancelled' ? (
              <Badge color="red">Cancelled</Badge>
            ) : (
              <Badge variant="light" color="teal" c="teal.9" tt="none">
                Scheduled
              </Badge>
            )}
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
          <DetailItem label="When">{formatSessionWhen(s.startsAt, s.endsAt, s.timeZone)}</DetailItem>
          <DetailItem label="Room">{s.roomName ?? 'No room'}</DetailItem>
          <DetailItem label="Facilitators">
            {s.facilitators.length === 0
              ? 'None'
              : s.facilitators.map((f) => `${formatName(f.name)} (${facilitatorRoleLabel(f.role)})`).join('; ')}
          </DetailItem>
          <DetailItem label="Group">
            {s.groupId ? (
              <Anchor component={Link} to={`/groups/${s.groupId}`} size="sm">
                Open the group page
              </Anchor>
            ) : (
              'Individual appointment'
            )}
          </DetailItem>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
