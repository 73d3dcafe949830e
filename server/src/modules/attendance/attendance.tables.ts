import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { inList, instant } from '../../kernel/db/index.ts';
import { patients } from '../patients/index.ts';
import { MODALITIES, sessions } from '../scheduling/index.ts';

export const ATTENDANCE_STATUSES = ['present', 'late', 'left_early', 'absent_excused', 'absent_unexcused'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const ABSENCES: readonly AttendanceStatus[] = ['absent_excused', 'absent_unexcused'];
export const PARTICIPATION = ['active', 'engaged', 'minimal', 'disruptive', 'none'] as const;
export { MODALITIES };

/**
 * One row per patient per session (DESIGN §4: the database holds the invariant, so parallel
 * check-ins cannot double a row). Minutes are stored as computed from the times, clipped to the session.
 */
export const attendance = pgTable(
  'attendance',
  {
    id: uuid('id').primaryKey(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    status: text('status').notNull(),
    checkInAt: instant('check_in_at'),
    checkOutAt: instant('check_out_at'),
    minutesAttended: integer('minutes_attended').notNull(),
    modality: text('modality').notNull(),
    participation: text('participation'),
    /** Not on the session's expected roster; admitted with a reason. */
    dropIn: boolean('drop_in').notNull().default(false),
    dropInReason: text('drop_in_reason'),
    /** On an absence: the session the patient attends to make it up. */
    makeupForSessionId: uuid('makeup_for_session_id').references(() => sessions.id),
    recordedBy: uuid('recorded_by'),
    recordedAt: instant('recorded_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
    /** Set when the session's note is signed: from then on the record is what the claim is built from. */
    confirmedAt: instant('confirmed_at'),
  },
  (t) => [
    uniqueIndex('attendance_session_patient').on(t.sessionId, t.patientId),
    index('attendance_patient').on(t.patientId),
    check('attendance_status', sql`${t.status} in (${inList(ATTENDANCE_STATUSES)})`),
    check('attendance_modality', sql`${t.modality} in (${inList(MODALITIES)})`),
    check(
      'attendance_participation',
      sql`${t.participation} is null or ${t.participation} in (${inList(PARTICIPATION)})`,
    ),
    check('attendance_minutes', sql`${t.minutesAttended} >= 0`),
    check(
      'attendance_times',
      sql`${t.checkOutAt} is null or ${t.checkInAt} is null or ${t.checkOutAt} >= ${t.checkInAt}`,
    ),
    check('attendance_drop_in_reason', sql`not ${t.dropIn} or ${t.dropInReason} is not null`),
  ],
);

/** Answers already given to an `Idempotency-Key`, per actor, replayed when the same key comes again. */
export const attendanceRequests = pgTable(
  'attendance_requests',
  {
    actorId: uuid('actor_id').notNull(),
    key: text('key').notNull(),
    /** SHA-256 of the route and body: the same key with another request is refused. */
    fingerprint: text('fingerprint').notNull(),
    statusCode: integer('status_code').notNull(),
    response: jsonb('response').notNull(),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.actorId, t.key] })],
);
