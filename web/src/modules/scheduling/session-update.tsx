import { Alert } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { errorMessage } from '../../api/errors';
import { notifySuccess } from '../../ui/notify';
import { ConflictAlert, isScheduleConflict } from './conflict-alert';
import { useUpdateSession, type SessionDetail, type SessionPatch } from './sessions.api';

type Change = Omit<SessionPatch, 'override'>;

/** Warnings do not stop a change (a member booked elsewhere at the new time); they are shown after it. */
function notifyWarnings(warnings: { message: string }[] | undefined): void {
  if (!warnings?.length) return;
  notifications.show({
    color: 'yellow',
    title: 'Please check',
    message: warnings.map((w) => w.message).join(' '),
    autoClose: 12_000,
  });
}

/**
 * One occurrence changed by hand (moved, re-roomed, re-staffed). A room or facilitator conflict
 * comes back as the server's message with the sessions in the way, and a director may resend the
 * same change with a reason; any other refusal is shown as it came.
 */
export function useSessionChange(
  session: { id: string; timeZone: string },
  success: string,
  onDone: (detail: SessionDetail) => void,
) {
  const update = useUpdateSession();
  const [last, setLast] = useState<Change | null>(null);

  const send = (change: Change, override?: { reason: string }) => {
    setLast(change);
    update.mutate(
      { id: session.id, ...change, ...(override ? { override } : {}) },
      {
        onSuccess: (detail) => {
          notifySuccess(success);
          notifyWarnings(detail.warnings);
          onDone(detail);
        },
      },
    );
  };

  let feedback: ReactNode = null;
  if (isScheduleConflict(update.error) && last) {
    feedback = (
      <ConflictAlert
        error={update.error}
        timeZone={session.timeZone}
        submitting={update.isPending}
        onOverride={(reason) => send(last, { reason })}
      />
    );
  } else if (update.error) {
    feedback = (
      <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />} title="Not changed">
        {errorMessage(update.error)}
      </Alert>
    );
  }
  return { send, pending: update.isPending, feedback, reset: update.reset };
}
