import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { formatDate } from '../../ui/format';
import type { MoveRequest } from './calendar-grid';
import { sessionTitle } from './session-info';
import { useSessionChange } from './session-update';
import { formatDayTime, zonedInstant } from './time';

/** A dropped session is not moved until the move is confirmed: a stray drag must not reschedule a group. */
export function MoveConfirmModal({ request, onClose }: { request: MoveRequest | null; onClose: () => void }) {
  return (
    <Modal opened={request !== null} onClose={onClose} title="Move session?">
      {request && <MoveConfirm request={request} onClose={onClose} />}
    </Modal>
  );
}

function MoveConfirm({ request, onClose }: { request: MoveRequest; onClose: () => void }) {
  const { session, date, time } = request;
  const startsAt = zonedInstant(date, time, session.timeZone);
  const change = useSessionChange(session, 'Session moved.', onClose);
  const name = sessionTitle(session.groupName, session.kind, session.patient?.name);
  return (
    <Stack gap="md">
      <Text>
        Move <strong>{name}</strong> from {formatDayTime(session.startsAt, session.timeZone)} to{' '}
        {formatDayTime(startsAt, session.timeZone)} ({formatDate(date)})?
      </Text>
      <Text size="sm" c="dimmed">
        Only this occurrence moves; the group&apos;s schedule stays as it is. Times in {session.timeZone}.
      </Text>
      {change.feedback}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} disabled={change.pending}>
          Keep it where it was
        </Button>
        <Button onClick={() => change.send({ startsAt })} loading={change.pending} data-autofocus>
          Move
        </Button>
      </Group>
    </Stack>
  );
}
