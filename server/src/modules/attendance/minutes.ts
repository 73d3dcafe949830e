// Pure attendance rules: minutes attended, and the status a check-in or check-out implies (issue:
// group session screen). Minutes feed hour minimums and billing, so they never exceed the session.
import { ABSENCES, type AttendanceStatus } from './attendance.tables.ts';

const MINUTE = 60_000;
/** Arriving more than this after the start makes the arrival late; leaving this early, early. */
export const GRACE_MS = 10 * MINUTE;
/** Times further than this outside the session are taken for typing mistakes. */
export const OUTSIDE_LIMIT_MS = 2 * 60 * MINUTE;
/** Attendance can be taken from this long before a session starts. */
export const EARLY_OPEN_MS = 30 * MINUTE;

export interface SessionTimes {
  startsAt: Date;
  endsAt: Date;
}

export const isAbsence = (status: AttendanceStatus) => ABSENCES.includes(status);

/**
 * Whole minutes between check-in and check-out, clipped to the session; 0 for absences. A missing
 * check-in counts from the start, a missing check-out to the end (the record's defaults).
 */
export function minutesAttended(
  status: AttendanceStatus,
  checkInAt: Date | null,
  checkOutAt: Date | null,
  session: SessionTimes,
): number {
  if (isAbsence(status)) return 0;
  const from = Math.max((checkInAt ?? session.startsAt).getTime(), session.startsAt.getTime());
  const to = Math.min((checkOutAt ?? session.endsAt).getTime(), session.endsAt.getTime());
  return to > from ? Math.floor((to - from) / MINUTE) : 0;
}

/** A check-in is late when more than the grace period after the start. */
export function checkInStatus(at: Date, session: SessionTimes): AttendanceStatus {
  return at.getTime() > session.startsAt.getTime() + GRACE_MS ? 'late' : 'present';
}

/** Leaving more than the grace period before the end makes the record `left_early`. */
export function checkOutStatus(current: AttendanceStatus, at: Date, session: SessionTimes): AttendanceStatus {
  return at.getTime() < session.endsAt.getTime() - GRACE_MS ? 'left_early' : current;
}

/** True when the instant lies more than the limit before the start or after the end. */
export function outsideSession(at: Date, session: SessionTimes): boolean {
  return (
    at.getTime() < session.startsAt.getTime() - OUTSIDE_LIMIT_MS ||
    at.getTime() > session.endsAt.getTime() + OUTSIDE_LIMIT_MS
  );
}

/** Attendance opens half an hour before the start. */
export function notStarted(now: Date, session: SessionTimes): boolean {
  return session.startsAt.getTime() - now.getTime() > EARLY_OPEN_MS;
}
