import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { inList, instant, localDate } from '../../kernel/db/index.ts';
import { rooms, staff } from '../organization/index.ts';
import { patients } from '../patients/index.ts';
import { programs } from '../programs/index.ts';

export const GROUP_KINDS = ['group_psychotherapy', 'psychoeducation', 'skills', 'activity_therapy'] as const;
export const INDIVIDUAL_KINDS = [
  'individual_therapy',
  'family_therapy',
  'psychiatric_evaluation',
  'medication_management',
] as const;
export const FACILITATOR_ROLES = ['lead', 'co', 'peer', 'trainee', 'supervisor'] as const;
export const MODALITIES = ['in_person', 'telehealth_video', 'telehealth_audio'] as const;

/** A recurring therapy group of one program. Its schedule lives in `group_schedules`. */
export const groups = pgTable(
  'groups',
  {
    id: uuid('id').primaryKey(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    capacity: integer('capacity').notNull(),
    /** First and last local dates of the series (the last inclusive; null: open-ended). */
    startDate: localDate('start_date').notNull(),
    endDate: localDate('end_date'),
    /** The IANA zone of the room's site, fixed at creation: occurrences are local times there. */
    timeZone: text('time_zone').notNull(),
    /** How far ahead sessions exist as rows; the horizon job moves it forward. */
    materializedThrough: localDate('materialized_through').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [
    check('groups_kind', sql`${t.kind} in (${inList(GROUP_KINDS)})`),
    check('groups_capacity', sql`${t.capacity} >= 1`),
    check('groups_dates', sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`),
    index('groups_program').on(t.programId),
  ],
);

/**
 * The series' rule, time, length and room from a local date on. Editing the series adds a version
 * from the edit's date, so earlier occurrences keep the schedule they were made from.
 */
export const groupSchedules = pgTable(
  'group_schedules',
  {
    id: uuid('id').primaryKey(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id),
    effectiveFrom: localDate('effective_from').notNull(),
    rrule: text('rrule').notNull(),
    /** Local wall-clock start, HH:MM. */
    startTime: text('start_time').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    roomId: uuid('room_id')
      .notNull()
      .references(() => rooms.id),
  },
  (t) => [
    check('group_schedules_duration', sql`${t.durationMinutes} between 1 and 720`),
    uniqueIndex('group_schedules_version').on(t.groupId, t.effectiveFrom),
  ],
);

export const groupFacilitators = pgTable(
  'group_facilitators',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id),
    role: text('role').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.groupId, t.staffId] }),
    check('group_facilitators_role', sql`${t.role} in (${inList(FACILITATOR_ROLES)})`),
  ],
);

/**
 * One meeting: an occurrence of a group or an individual appointment. Group occurrences are keyed
 * by (group, local date) so materializing twice creates nothing new.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey(),
    groupId: uuid('group_id').references(() => groups.id),
    programId: uuid('program_id').references(() => programs.id),
    kind: text('kind').notNull(),
    /** The local date the series produced; stays put when the occurrence is moved. */
    occurrenceDate: localDate('occurrence_date'),
    startsAt: instant('starts_at').notNull(),
    endsAt: instant('ends_at').notNull(),
    timeZone: text('time_zone').notNull(),
    roomId: uuid('room_id').references(() => rooms.id),
    status: text('status').notNull().default('scheduled'),
    cancelReason: text('cancel_reason'),
    /** Moved, cancelled or re-staffed by hand: edits to the series leave it alone. */
    edited: boolean('edited').notNull().default(false),
    /** Why a program director allowed a room or facilitator double-booking. */
    conflictOverride: text('conflict_override'),
    /** Individual appointments: the one patient. */
    patientId: uuid('patient_id').references(() => patients.id),
    modality: text('modality'),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [
    check('sessions_kind', sql`${t.kind} in (${inList([...GROUP_KINDS, ...INDIVIDUAL_KINDS])})`),
    check('sessions_status', sql`${t.status} in ('scheduled', 'cancelled')`),
    check('sessions_times', sql`${t.endsAt} > ${t.startsAt}`),
    check('sessions_modality', sql`${t.modality} is null or ${t.modality} in (${inList(MODALITIES)})`),
    check(
      'sessions_group_or_patient',
      sql`(${t.groupId} is not null and ${t.occurrenceDate} is not null) or ${t.patientId} is not null`,
    ),
    uniqueIndex('sessions_group_occurrence').on(t.groupId, t.occurrenceDate),
    index('sessions_starts_at').on(t.startsAt),
    index('sessions_room_starts_at').on(t.roomId, t.startsAt),
    index('sessions_patient').on(t.patientId),
  ],
);

/** A session's clinic-local date in its own zone (DESIGN §3.7); a moved session takes its new date. */
export const sessionLocalDate = sql`(${sessions.startsAt} at time zone ${sessions.timeZone})::date`;

/**
 * Sessions whose local date lies in [from, to]. The instant range first lets the starts_at index
 * narrow the rows (every zone is within UTC−12 … UTC+14, so a day either side covers them); the
 * local-date test then decides exactly.
 */
export const sessionLocalDateBetween = (from: string, to: string) =>
  sql`${sessions.startsAt} >= (${from}::date - 1)::timestamptz and ${sessions.startsAt} < (${to}::date + 2)::timestamptz
    and ${sessionLocalDate} between ${from}::date and ${to}::date`;

export const sessionFacilitators = pgTable(
  'session_facilitators',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id),
    role: text('role').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.staffId] }),
    index('session_facilitators_staff').on(t.staffId),
    check('session_facilitators_role', sql`${t.role} in (${inList(FACILITATOR_ROLES)})`),
  ],
);

/**
 * A patient's place in a group over a span of local dates. A session's expected roster is every
 * active enrollment in effect on its date; waitlisted ones wait in `requestSeq` order.
 */
export const enrollments = pgTable(
  'enrollments',
  {
    id: uuid('id').primaryKey(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    startDate: localDate('start_date').notNull(),
    endDate: localDate('end_date'),
    status: text('status').notNull(),
    /** Request order: the waitlist is served first come, first served. */
    requestSeq: bigserial('request_seq', { mode: 'number' }).notNull(),
    requestedAt: instant('requested_at').notNull(),
    promotedAt: instant('promoted_at'),
  },
  (t) => [
    check('enrollments_status', sql`${t.status} in ('active', 'waitlisted', 'withdrawn')`),
    check('enrollments_dates', sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`),
    index('enrollments_group').on(t.groupId, t.status),
    index('enrollments_patient').on(t.patientId),
  ],
);

/**
 * A past session whose expected roster changed after the fact (a back-dated enrollment, start or
 * end). The session is not rewritten; someone reviews it.
 */
export const rosterReviews = pgTable(
  'roster_reviews',
  {
    id: uuid('id').primaryKey(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    change: text('change').notNull(),
    enrollmentId: uuid('enrollment_id')
      .notNull()
      .references(() => enrollments.id),
    createdAt: instant('created_at').notNull(),
    resolvedAt: instant('resolved_at'),
    resolvedBy: uuid('resolved_by'),
  },
  (t) => [
    check('roster_reviews_change', sql`${t.change} in ('added', 'removed')`),
    index('roster_reviews_session').on(t.sessionId),
  ],
);

/** Secret iCalendar feed URLs per staff member or room; only the token's hash is stored. */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: uuid('id').primaryKey(),
    ownerKind: text('owner_kind').notNull(),
    ownerId: uuid('owner_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: instant('created_at').notNull(),
    createdBy: uuid('created_by'),
    revokedAt: instant('revoked_at'),
  },
  (t) => [
    check('calendar_feeds_owner_kind', sql`${t.ownerKind} in ('staff', 'room')`),
    uniqueIndex('calendar_feeds_token').on(t.tokenHash),
    index('calendar_feeds_owner').on(t.ownerKind, t.ownerId),
  ],
);
