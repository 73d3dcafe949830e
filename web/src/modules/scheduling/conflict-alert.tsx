import { Alert, Button, List, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { isApiError, type ApiError, type ApiErrorDetail } from '../../api/errors';
import { can } from '../../app/access';
import { useRoles } from '../../app/auth/auth-context';
import { useSchedulingLookups } from './lookups';
import { browserTimeZone, formatSessionWhen } from './time';

const CONFLICT_CODES = new Set(['scheduling.room_conflict', 'scheduling.facilitator_conflict']);

/** A 409 room or facilitator double-booking (API.md): the one error a director may override. */
export const isScheduleConflict = (error: unknown): error is ApiError =>
  isApiError(error) && error.status === 409 && CONFLICT_CODES.has(error.code);

/** How many of the sessions in the way are listed; a series can collide dozens of times. */
const LISTED = 5;

// Each detail names a session in the way: "[staff <id> ]already in session <id>, <start> to <end>"
// (server scheduling.errors.ts). Read back as a time and, for a facilitator, a name.
const CONFLICT_DETAIL = /^(?:staff ([0-9a-f-]{36}) )?already in session [0-9a-f-]{36}, (\S+) to (\S+)$/;

function describeConflict(detail: ApiErrorDetail, timeZone: string, staffName: (id: string) => string): string {
  const match = CONFLICT_DETAIL.exec(detail.message);
  if (!match) return detail.message;
  const [, staffId, startsAt = '', endsAt = ''] = match;
  const when = formatSessionWhen(startsAt, endsAt, timeZone);
  return staffId ? `${staffName(staffId)} is booked ${when}` : `Booked ${when}`;
}

interface ConflictAlertProps {
  error: ApiError;
  /** The zone the times are shown in: the site's, where known. */
  timeZone?: string | null;
  /** Sends the same request again with `override: { reason }`. */
  onOverride: (reason: string) => void;
  submitting: boolean;
}

/**
 * The server's conflict message and the sessions in the way; a user with scheduling:override may
 * book anyway with a reason, which the server keeps on the session.
 */
export function ConflictAlert({ error, timeZone, onOverride, submitting }: ConflictAlertProps) {
  const canOverride = can(useRoles(), 'overrideSchedule');
  const { staffName } = useSchedulingLookups();
  const zone = timeZone ?? browserTimeZone();
  const more = error.details.length - LISTED;
  const [reason, setReason] = useState('');
  const tooShort = reason.trim().length < 3;
  return (
    <Alert color="orange" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />} title="Conflict">
      <Stack gap="sm">
        <Text size="sm">{error.message}</Text>
        {error.details.length > 0 && (
          <List size="sm" spacing={2}>
            {error.details.slice(0, LISTED).map((d, i) => (
              <List.Item key={i}>{describeConflict(d, zone, staffName)}</List.Item>
            ))}
            {more > 0 && <List.Item>and {more} more</List.Item>}
          </List>
        )}
        {canOverride ? (
          <>
            <Textarea
              label="Reason for double-booking"
              description="Kept on the session; at least 3 characters."
              autosize
              minRows={2}
              maxLength={500}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
            <Button
              color="orange"
              w="fit-content"
              disabled={tooShort}
              loading={submitting}
              onClick={() => onOverride(reason.trim())}
            >
              Book anyway
            </Button>
          </>
        ) : (
          <Text size="sm">Choose another time or room, or ask a program director to allow the double-booking.</Text>
        )}
      </Stack>
    </Alert>
  );
}
