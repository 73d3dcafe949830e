// This module's stable error codes (DESIGN §3.6): the code is the contract, the message is for people.
import { AppError, conflict, notFound, unprocessable, type ErrorDetail } from '../../kernel/http/index.ts';

export interface ConflictingSession {
  id: string;
  startsAt: Date;
  endsAt: Date;
  groupId: string | null;
  roomId: string | null;
  staffId?: string;
}

// The conflicting sessions themselves, so the caller can show or open them (first 20).
const conflictDetails = (path: string, found: ConflictingSession[]) =>
  found.slice(0, 20).map((s) => ({
    path,
    message:
      `${s.staffId ? `staff ${s.staffId} ` : ''}already in session ${s.id}, ` +
      `${s.startsAt.toISOString()} to ${s.endsAt.toISOString()}`,
  }));

/** A 409 for a double-booking of a room or facilitator, naming the sessions in the way. */
const bookingConflict = (code: string, who: string, path: string) => (found: ConflictingSession[]) =>
  new AppError(
    409,
    code,
    `${who} is already booked at ${found.length === 1 ? 'that time' : `${found.length} of these times`}.`,
    conflictDetails(path, found),
  );

/** A warning, not an error (the booking stands): the patient is booked elsewhere at that time (issue). */
export const PATIENT_OVERLAP = 'scheduling.patient_overlap';

export const schedulingErrors = {
  groupNotFound: () => notFound('scheduling.group_not_found', 'No such group.'),
  sessionNotFound: () => notFound('scheduling.session_not_found', 'No such session.'),
  enrollmentNotFound: () => notFound('scheduling.enrollment_not_found', 'No such enrollment.'),
  unknownProgram: () =>
    unprocessable('scheduling.unknown_program', 'The program does not exist.', [
      { path: 'programId', message: 'no such program' },
    ]),
  unknownRoom: (path = 'roomId') =>
    unprocessable('scheduling.unknown_room', 'The room does not exist or is inactive.', [
      { path, message: 'no such active room' },
    ]),
  unknownStaff: (details: ErrorDetail[]) =>
    unprocessable('scheduling.unknown_staff', 'Some staff members do not exist or are inactive.', details),
  invalidRule: (message: string) =>
    unprocessable('scheduling.invalid_rrule', `The recurrence rule is not usable: ${message}.`, [
      { path: 'schedule.rrule', message },
    ]),
  noOccurrences: () =>
    unprocessable('scheduling.no_occurrences', 'The schedule produces no session between its start and end dates.', [
      { path: 'schedule.rrule', message: 'no occurrence between startDate and endDate' },
    ]),
  invalidDates: (path: string, message: string) =>
    unprocessable('scheduling.invalid_dates', message, [{ path, message }]),
  outsideGroupDates: (path: string) =>
    unprocessable('scheduling.outside_group_dates', 'The enrollment lies outside the group’s dates.', [
      { path, message: 'outside the group’s start and end dates' },
    ]),
  duplicateEnrollment: () =>
    conflict('scheduling.duplicate_enrollment', 'The patient is already enrolled or waitlisted for these dates.'),
  enrollmentNotActive: () => conflict('scheduling.enrollment_not_active', 'Only an active enrollment can be ended.'),
  enrollmentStarted: () =>
    conflict(
      'scheduling.enrollment_started',
      'Sessions of this enrollment have already taken place: end it instead of withdrawing it.',
    ),
  capacityBelowEnrolled: (peak: number) =>
    conflict(
      'scheduling.capacity_below_enrolled',
      `${peak} patients are enrolled on a coming date: end or withdraw enrollments before lowering the capacity.`,
      [{ path: 'capacity', message: `at least ${peak}` }],
    ),
  enrollmentWithdrawn: () => conflict('scheduling.enrollment_withdrawn', 'The enrollment is already withdrawn.'),
  notInProgram: () =>
    unprocessable('scheduling.not_in_program', 'The patient has no open episode in the group’s program.', [
      { path: 'patientId', message: 'no open episode in the program' },
    ]),
  groupEnded: () => unprocessable('scheduling.group_ended', 'The group has ended or is no longer active.'),
  programNotFound: () => notFound('scheduling.program_not_found', 'No such program.'),
  unknownGroups: (details: ErrorDetail[]) =>
    unprocessable('scheduling.unknown_group', 'Some groups do not exist or belong to another program.', details),
  rosterReviewNotFound: () => notFound('scheduling.roster_review_not_found', 'No such roster review.'),
  rosterReviewResolved: () => conflict('scheduling.roster_review_resolved', 'The roster review is already resolved.'),
  sessionCancelled: () => conflict('scheduling.session_cancelled', 'The session is cancelled.'),
  notGroupSession: () =>
    unprocessable('scheduling.not_group_session', 'This is an individual appointment, not a group occurrence.'),
  sessionStarted: () =>
    unprocessable('scheduling.session_started', 'The session has already started: it can no longer be moved.', [
      { path: 'startsAt', message: 'the session has started' },
    ]),
  oneClinician: () =>
    unprocessable('scheduling.one_clinician', 'An individual appointment has exactly one clinician, as lead.', [
      { path: 'facilitators', message: 'give exactly one facilitator with role lead' },
    ]),
  noTimeZone: () =>
    unprocessable(
      'scheduling.no_time_zone',
      'Give a room: the patient has no open episode whose clinic would place the appointment in a time zone.',
      [{ path: 'roomId', message: 'required when the patient has no open episode' }],
    ),
  roomInOtherZone: (path: string) =>
    unprocessable('scheduling.room_in_other_time_zone', 'The room is in a clinic with another time zone.', [
      { path, message: 'the room’s site is in another time zone than the session' },
    ]),
  feedNotFound: () => notFound('scheduling.feed_not_found', 'No such calendar feed.'),
  feedNotAllowed: () =>
    new AppError(403, 'scheduling.feed_forbidden', 'You may not publish a calendar feed for this owner.'),
  overrideNotAllowed: () =>
    new AppError(403, 'scheduling.override_forbidden', 'Only a program director may override a scheduling conflict.'),
  roomConflict: bookingConflict('scheduling.room_conflict', 'The room', 'roomId'),
  facilitatorConflict: bookingConflict('scheduling.facilitator_conflict', 'A facilitator', 'facilitators'),
};
