// Request and response shapes of enrollments, rosters, bulk enrollment and roster reviews, and
// their mappers (DESIGN §3.3).
import { Type, type Static } from 'typebox';
import { DateString, ListQuery, Name } from '../../kernel/http/index.ts';
import type { EnrollmentRow, listGroupEnrollments, PatientName } from './enrollments.queries.ts';
import type { SessionRow } from './groups.queries.ts';
import { Id } from './groups.schemas.ts';
import { localDate } from './recurrence.ts';
import type { RosterReviewRecord } from './roster-reviews.queries.ts';
import type { RosterMember } from './roster.queries.ts';
import { Warning } from './sessions.schemas.ts';

// What the use cases answer, before it becomes a response DTO.

export interface Placed {
  id: string;
  status: 'active' | 'waitlisted';
  waitlistPosition: number | null;
}

export interface Promoted {
  enrollmentId: string;
  patientId: string;
}

export type SkipReason = 'already_enrolled' | 'group_ended' | 'outside_group_dates';

export interface BulkResult {
  patient: PatientName;
  groupId: string;
  outcome: 'enrolled' | 'waitlisted' | 'skipped';
  reason?: SkipReason;
  enrollmentId?: string;
  waitlistPosition?: number;
}

export interface RosterSession {
  session: SessionRow;
  members: RosterMember[];
  openReviews: number;
}

const NullableDate = Type.Union([Type.String(), Type.Null()]);
const Instant = Type.String({ format: 'date-time' });

const nameOf = (p: { givenName: string; familyName: string }) => ({ given: p.givenName, family: p.familyName });

export const EnrollmentBody = Type.Object(
  { patientId: Id, startDate: DateString, endDate: Type.Optional(DateString) },
  { additionalProperties: false },
);
export type EnrollmentBody = Static<typeof EnrollmentBody>;

export const EndEnrollmentBody = Type.Object({ endDate: DateString }, { additionalProperties: false });

export const WithdrawEnrollmentBody = Type.Object(
  { reason: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })) },
  { additionalProperties: false },
);

export const BulkEnrollmentBody = Type.Object(
  {
    groupIds: Type.Array(Id, { minItems: 1, maxItems: 20, uniqueItems: true }),
    startDate: DateString,
    endDate: Type.Optional(DateString),
  },
  { additionalProperties: false },
);
export type BulkEnrollmentBody = Static<typeof BulkEnrollmentBody>;

export const RosterRange = Type.Object({ from: DateString, to: DateString });

export const RosterReviewsQuery = Type.Object({
  ...ListQuery.properties,
  groupId: Type.Optional(Id),
  status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('resolved')])),
});

export const EnrollmentCreatedResponse = Type.Object({
  id: Type.String(),
  status: Type.Union([Type.Literal('active'), Type.Literal('waitlisted')]),
  waitlistPosition: Type.Optional(Type.Integer()),
  /** Not errors: the enrollment stands (e.g. `scheduling.patient_overlap`, another session at the same time). */
  warnings: Type.Array(Warning),
});

export function toEnrollmentCreatedResponse(
  placed: Placed & { warnings: Warning[] },
): Static<typeof EnrollmentCreatedResponse> {
  return {
    id: placed.id,
    status: placed.status,
    ...(placed.waitlistPosition !== null ? { waitlistPosition: placed.waitlistPosition } : {}),
    warnings: placed.warnings,
  };
}

export const EnrollmentResponse = Type.Object({
  id: Type.String(),
  patientId: Type.String(),
  name: Name,
  mrn: Type.String(),
  startDate: Type.String(),
  endDate: NullableDate,
  status: Type.Union([Type.Literal('active'), Type.Literal('waitlisted'), Type.Literal('withdrawn')]),
  /** Place in line among the group's waitlisted enrollments (1 = next); null unless waitlisted. */
  waitlistPosition: Type.Union([Type.Integer(), Type.Null()]),
  requestedAt: Instant,
});

type EnrollmentListRow = Awaited<ReturnType<typeof listGroupEnrollments>>[number];

export function toEnrollmentResponse(row: EnrollmentListRow): Static<typeof EnrollmentResponse> {
  const e = row.enrollment;
  return {
    id: e.id,
    patientId: e.patientId,
    name: nameOf(row),
    mrn: row.mrn,
    startDate: e.startDate,
    endDate: e.endDate,
    status: e.status as Static<typeof EnrollmentResponse>['status'],
    waitlistPosition: row.waitlistPosition,
    requestedAt: e.requestedAt.toISOString(),
  };
}

export const EnrollmentChangeResponse = Type.Object({
  id: Type.String(),
  status: Type.String(),
  startDate: Type.String(),
  endDate: NullableDate,
  /** Waitlisted enrollments that got the freed seat, in line order. */
  promoted: Type.Array(Type.Object({ enrollmentId: Type.String(), patientId: Type.String() })),
});

export function toEnrollmentChangeResponse(change: {
  enrollment: EnrollmentRow;
  promoted: Promoted[];
}): Static<typeof EnrollmentChangeResponse> {
  const { enrollment: e, promoted } = change;
  return { id: e.id, status: e.status, startDate: e.startDate, endDate: e.endDate, promoted };
}

export const RosterResponse = Type.Object({
  sessions: Type.Array(
    Type.Object({
      sessionId: Type.String(),
      /** The session's clinic-local date. */
      date: Type.String(),
      startsAt: Instant,
      status: Type.String(),
      members: Type.Array(Type.Object({ patientId: Type.String(), name: Name })),
      /** Unresolved roster reviews of this session (a back-dated change touched it). */
      openReviews: Type.Integer(),
    }),
  ),
});

export function toRosterResponse(roster: RosterSession[]): Static<typeof RosterResponse> {
  return {
    sessions: roster.map(({ session, members, openReviews }) => ({
      sessionId: session.id,
      date: localDate(session.startsAt, session.timeZone),
      startsAt: session.startsAt.toISOString(),
      status: session.status,
      members: members.map((m) => ({ patientId: m.patientId, name: nameOf(m) })),
      openReviews,
    })),
  };
}

export const BulkEnrollmentResponse = Type.Object({
  results: Type.Array(
    Type.Object({
      patientId: Type.String(),
      name: Name,
      groupId: Type.String(),
      outcome: Type.Union([Type.Literal('enrolled'), Type.Literal('waitlisted'), Type.Literal('skipped')]),
      /** Why a patient was skipped: `already_enrolled`, `group_ended` or `outside_group_dates`. */
      reason: Type.Optional(Type.String()),
      enrollmentId: Type.Optional(Type.String()),
      waitlistPosition: Type.Optional(Type.Integer()),
    }),
  ),
  counts: Type.Object({ enrolled: Type.Integer(), waitlisted: Type.Integer(), skipped: Type.Integer() }),
});

export function toBulkEnrollmentResponse(results: BulkResult[]): Static<typeof BulkEnrollmentResponse> {
  const count = (outcome: BulkResult['outcome']) => results.filter((r) => r.outcome === outcome).length;
  return {
    results: results.map(({ patient, ...rest }) => ({ patientId: patient.id, name: nameOf(patient), ...rest })),
    counts: { enrolled: count('enrolled'), waitlisted: count('waitlisted'), skipped: count('skipped') },
  };
}

export const RosterReviewResponse = Type.Object({
  id: Type.String(),
  sessionId: Type.String(),
  groupId: Type.Union([Type.String(), Type.Null()]),
  startsAt: Instant,
  patientId: Type.String(),
  name: Name,
  change: Type.Union([Type.Literal('added'), Type.Literal('removed')]),
  createdAt: Instant,
  resolvedAt: Type.Union([Instant, Type.Null()]),
});

export function toRosterReviewResponse(r: RosterReviewRecord): Static<typeof RosterReviewResponse> {
  return {
    id: r.id,
    sessionId: r.sessionId,
    groupId: r.groupId,
    startsAt: r.startsAt.toISOString(),
    patientId: r.patientId,
    name: nameOf(r),
    change: r.change as 'added' | 'removed',
    createdAt: r.createdAt.toISOString(),
    resolvedAt: r.resolvedAt?.toISOString() ?? null,
  };
}
