// This module's stable error codes (DESIGN §3.6): the code is the contract, the message is for people.
import { conflict, notFound, unprocessable } from '../../kernel/http/index.ts';

const at = (path: string, message: string) => [{ path, message }];

export const attendanceErrors = {
  sessionNotFound: () => notFound('scheduling.session_not_found', 'No such session.'),
  sessionCancelled: () => conflict('attendance.session_cancelled', 'The session was cancelled.'),
  sessionNotStarted: () =>
    unprocessable(
      'attendance.session_not_started',
      'Attendance opens 30 minutes before the session starts.',
      at('id', 'starts more than 30 minutes from now'),
    ),
  notOnRoster: (path: string) =>
    unprocessable(
      'attendance.not_on_roster',
      'The patient is not on the session’s roster; add them as a drop-in with a reason.',
      at(path, 'not on the expected roster and no drop-in reason'),
    ),
  invalidTimes: (path: string) =>
    unprocessable('attendance.invalid_times', 'Check-out is before check-in.', at(path, 'before the check-in')),
  timesOutsideSession: (path: string) =>
    unprocessable(
      'attendance.times_outside_session',
      'A time lies more than 2 hours outside the session.',
      at(path, 'more than 2 hours outside the session'),
    ),
  duplicatePatient: (path: string) =>
    unprocessable('attendance.duplicate_patient', 'A patient is listed twice.', at(path, 'listed twice')),
  invalidMakeUp: (path: string, message: string) =>
    unprocessable('attendance.invalid_make_up', `The make-up session is not usable: ${message}.`, at(path, message)),
  confirmed: () =>
    conflict(
      'attendance.confirmed',
      'The session’s note is signed, so its attendance is final; record a correction as an addendum to the note.',
    ),
  notCheckedIn: () => conflict('attendance.not_checked_in', 'The patient has not checked in to this session.'),
  idempotencyKeyReused: () =>
    unprocessable(
      'attendance.idempotency_key_reused',
      'This Idempotency-Key was already used for a different request.',
      at('Idempotency-Key', 'used for another request'),
    ),
};
