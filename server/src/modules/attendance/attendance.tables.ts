import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { inList, instant, localDate } from '../../kernel/db/index.ts';
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

/**
 * Attendance per program, patient and Monday–Sunday week of the sessions' local dates: what the
 * compliance tracker reads instead of aggregating a year of records (bench S4). Written only by the
 * database: migration 0010's triggers keep it equal to the records in the transaction of every write
 * to attendance, or to a session's program, group, status, times or zone, whatever code or SQL made
 * it (docs/decisions/0009). Cancelled sessions and sessions of no program count for nothing. No
 * foreign keys: every row is derived from attendance rows that have them.
 */
export const attendanceWeeks = pgTable(
  'attendance_weeks',
  {
    programId: uuid('program_id').notNull(),
    weekStart: localDate('week_start').notNull(),
    patientId: uuid('patient_id').notNull(),
    /** Minutes attended in the program's sessions of the week. */
    minutes: integer('minutes').notNull(),
    /** The latest start of the week's group sessions the patient attended (present, late or left early). */
    lastPresentAt: instant('last_present_at'),
    /**
     * The week's absences from group sessions after `lastPresentAt` (all of them when it is null):
     * their starts and local dates, pairwise, in time order.
     */
    absentAt: timestamp('absent_at', { withTimezone: true, mode: 'date' }).array().notNull(),
    absentOn: date('absent_on', { mode: 'string' }).array().notNull(),
    /**
     * Ends of the week's group sessions attended whose records no signed note has confirmed yet
     * (signing confirms them: notes/README.md), in time order: unsigned notes once they have ended.
     */
    unconfirmedEnds: timestamp('unconfirmed_ends', { withTimezone: true, mode: 'date' }).array().notNull(),
  },
  (t) => [primaryKey({ columns: [t.programId, t.weekStart, t.patientId] })],
);
