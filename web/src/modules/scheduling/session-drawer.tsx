import {
  Alert,
  Anchor,
  Badge,
  Button,
  Divider,
  Drawer,
  Group,
  List,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowsMove, IconFlag, IconUserCog, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { can } from '../../app/access';
import { useRoles } from '../../app/auth/auth-context';
import { DetailItem } from '../../ui/detail-item';
import { formatName } from '../../ui/format';
import { QueryView } from '../../ui/query-view';
import { facilitatorRoleLabel, modalityLabel, sessionKindLabel } from './schedule-options';
import { CancelSessionForm, MoveSessionForm, StaffingForm } from './session-forms';
import { movable, sessionTitle } from './session-info';
import { useSession, type SessionDetail } from './sessions.api';
import { formatSessionWhen } from './time';

type Mode = 'view' | 'move' | 'staffing' | 'cancel';

const detailTitle = (s: SessionDetail) => sessionTitle(s.groupName, s.kind, s.groupId ? null : s.roster[0]?.name);

/** One session's detail (roster, facilitators) and what may be done to it. */
export function SessionDrawer({ sessionId, onClose }: { sessionId: string | null; onClose: () => void }) {
  const session = useSession(sessionId);
  const [mode, setMode] = useState<Mode>('view');
  const close = () => {
    setMode('view');
    onClose();
  };
  return (
    <Drawer
      opened={sessionId !== null}
      onClose={close}
      position="right"
      size="lg"
      title={session.data ? detailTitle(session.data) : 'Session'}
      closeButtonProps={{ 'aria-label': 'Close session details' }}
    >
      {sessionId && (
        <QueryView query={session} errorTitle="Could not open this session">
          {(s) => <SessionDetailView session={s} mode={mode} setMode={setMode} />}
        </QueryView>
      )}
    </Drawer>
  );
}

function SessionDetailView({
  session: s,
  mode,
  setMode,
}: {
  session: SessionDetail;
  mode: Mode;
  setMode: (mode: Mode) => void;
}) {
  const roles = useRoles();
  const canEdit = can(roles, 'editSchedule');
  const canTakeAttendance = can(roles, 'viewAttendance');
  const cancelled = s.status === 'cancelled';
  const back = () => setMode('view');
  const individual = s.groupId === null;
  return (
    <Stack gap="md">
      <Group gap="xs">
        <Badge variant="light" color="gray" c="dark.7" tt="none">
          {sessionKindLabel(s.kind)}
        </Badge>
        {cancelled && <Badge color="red">Cancelled</Badge>}
        {s.edited && !cancelled && (
          <Badge variant="outline" color="gray" c="dark.7" tt="none">
            Changed by hand
          </Badge>
        )}
        {s.openReviews > 0 && (
          <Badge color="yellow.4" c="dark.9" tt="none" leftSection={<IconFlag size={12} aria-hidden />}>
            {s.openReviews} roster {s.openReviews === 1 ? 'change' : 'changes'} to review
          </Badge>
        )}
      </Group>
      <SimpleGrid cols={2} spacing="sm">
        <DetailItem label="When">{formatSessionWhen(s.startsAt, s.endsAt, s.timeZone)}</DetailItem>
        <DetailItem label="Room">{s.roomName ?? 'No room'}</DetailItem>
        <DetailItem label="Time zone">{s.timeZone}</DetailItem>
        {individual && <DetailItem label="Modality">{modalityLabel(s.modality)}</DetailItem>}
      </SimpleGrid>
      {cancelled && s.cancelReason && (
        <Alert color="red" variant="light" title="Cancelled">
          {s.cancelReason}
        </Alert>
      )}

      {mode === 'move' && <MoveSessionForm session={s} onDone={back} />}
      {mode === 'staffing' && <StaffingForm session={s} onDone={back} />}
      {mode === 'cancel' && <CancelSessionForm session={s} onDone={back} />}

      {mode === 'view' && (
        <>
          {canEdit && !cancelled && (
            <Group gap="xs">
              {movable(s) && (
                <Button
                  variant="default"
                  size="xs"
                  leftSection={<IconArrowsMove size={14} aria-hidden />}
                  onClick={() => setMode('move')}
                >
                  Move…
                </Button>
              )}
              <Button
                variant="default"
                size="xs"
                leftSection={<IconUserCog size={14} aria-hidden />}
                onClick={() => setMode('staffing')}
              >
                Change room or staff
              </Button>
              <Button
                variant="default"
                size="xs"
                color="red"
                leftSection={<IconX size={14} aria-hidden />}
                onClick={() => setMode('cancel')}
              >
                Cancel session
              </Button>
            </Group>
          )}
          <Divider />
          <div>
            <Title order={3} size="h5" mb={4}>
              Facilitators
            </Title>
            <List size="sm" spacing={2}>
              {s.facilitators.map((f) => (
                <List.Item key={f.staffId}>
                  {formatName(f.name)} · {facilitatorRoleLabel(f.role)}
                </List.Item>
              ))}
            </List>
          </div>
          <div>
            <Title order={3} size="h5" mb={4}>
              {individual ? 'Patient' : `Expected (${s.roster.length})`}
            </Title>
            {s.roster.length === 0 ? (
              <Text size="sm" c="dimmed">
                Nobody is expected.
              </Text>
            ) : (
              <List size="sm" spacing={2}>
                {s.roster.map((m) => (
                  <List.Item key={m.patientId}>
                    <Anchor component={Link} to={`/patients/${m.patientId}?tab=schedule`} size="sm">
                      {formatName(m.name)}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            )}
          </div>
          <Group gap="md">
            {canTakeAttendance && !cancelled && (
              <Anchor component={Link} to={`/sessions/${s.id}`} size="sm">
                Open the session and attendance
              </Anchor>
            )}
            {s.groupId && (
              <Anchor component={Link} to={`/groups/${s.groupId}`} size="sm">
                Open the group page
              </Anchor>
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}
