// Request and response shapes of /api/sessions (API.md "Groups, sessions, rosters") and their mappers.
import { Type, type Static } from 'typebox';
import { DateString, Name } from '../../kernel/http/index.ts';
import { Duration, Facilitator, Id, Override } from './groups.schemas.ts';
import type { RosterMember } from './roster.queries.ts';
import { INDIVIDUAL_KINDS, MODALITIES } from './scheduling.tables.ts';
import type { NamedFacilitator, SessionView } from './sessions.queries.ts';

const Instant = Type.String({ format: 'date-time', examples: ['2026-03-09T09:00:00-04:00'] });
const NullableString = Type.Union([Type.String(), Type.Null()]);

export const AppointmentBody = Type.Object(
  {
    kind: Type.Enum(INDIVIDUAL_KINDS),
    patientId: Id,
    staffId: Id,
    startsAt: Instant,
    durationMinutes: Duration,
    roomId: Type.Optional(Id),
    modality: Type.Enum(MODALITIES),
    override: Type.Optional(Override),
  },
  { additionalProperties: false },
);
export type AppointmentBody = Static<typeof AppointmentBody>;

/** One occurrence moved, re-roomed or re-staffed by hand; the series is left as it is. */
export const SessionPatch = Type.Object(
  {
    startsAt: Type.Optional(Instant),
    durationMinutes: Type.Optional(Duration),
    /** null: no room (a telehealth meeting). */
    roomId: Type.Optional(Type.Union([Id, Type.Null()])),
    facilitators: Type.Optional(Type.Array(Facilitator, { minItems: 1, maxItems: 10 })),
    override: Type.Optional(Override),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type SessionPatch = Static<typeof SessionPatch>;

export const CancelBody = Type.Object(
  { reason: Type.String({ minLength: 3, maxLength: 500 }) },
  { additionalProperties: false },
);

export const CalendarQuery = Type.Object({
  from: DateString,
  to: DateString,
  roomId: Type.Optional(Id),
  staffId: Type.Optional(Id),
  programId: Type.Optional(Id),
  patientId: Type.Optional(Id),
});
export type CalendarQuery = Static<typeof CalendarQuery>;

/** Not errors: the booking stands, the people booking it should know (issue: patient overlap). */
export const Warning = Type.Object({ code: Type.String(), message: Type.String(), sessionId: Type.String() });
export type Warning = Static<typeof Warning>;

export const AppointmentResponse = Type.Object({ id: Type.String(), warnings: Type.Array(Warning) });

const FacilitatorResponse = Type.Object({ staffId: Type.String(), role: Type.String(), name: Name });

/** What the calendar and a session's detail both show about a session. */
const SessionFields = {
  id: Type.String(),
  groupId: NullableString,
  groupName: NullableString,
  kind: Type.String(),
  programId: NullableString,
  startsAt: Type.String({ format: 'date-time' }),
  endsAt: Type.String({ format: 'date-time' }),
  timeZone: Type.String(),
  status: Type.String(),
  roomId: NullableString,
  roomName: NullableString,
  edited: Type.Boolean(),
  facilitators: Type.Array(FacilitatorResponse),
};

export const CalendarItem = Type.Object({
  ...SessionFields,
  /** An appointment's patient when the caller may see them; null for group sessions. */
  patient: Type.Union([Type.Object({ id: Type.String(), name: Name }), Type.Null()]),
  expectedCount: Type.Integer(),
});

export const SessionDetail = Type.Object({
  ...SessionFields,
  cancelReason: NullableString,
  modality: NullableString,
  /** The expected roster, limited to patients the caller may see. */
  roster: Type.Array(
    Type.Object({
      patientId: Type.String(),
      name: Name,
      /** Null until attendance is recorded; drop-ins (recorded, not expected) follow the expected members. */
      attendance: Type.Union([
        Type.Object({ status: Type.String(), minutesAttended: Type.Integer(), modality: Type.String() }),
        Type.Null(),
      ]),
    }),
  ),
  openReviews: Type.Integer(),
  /** After a move or substitution: the roster's other bookings at the new time. */
  warnings: Type.Optional(Type.Array(Warning)),
});

export interface RosterEntry extends RosterMember {
  attendance: { status: string; minutesAttended: number; modality: string } | null;
}

export interface SessionDetailView {
  view: SessionView;
  facilitators: NamedFacilitator[];
  roster: RosterEntry[];
  openReviews: number;
  warnings?: Warning[];
}

const toFacilitator = (f: NamedFacilitator) => ({
  staffId: f.staffId,
  role: f.role,
  name: { given: f.givenName, family: f.familyName },
});

function toSessionFields(view: SessionView, facilitators: NamedFacilitator[]) {
  const { session: s } = view;
  return {
    id: s.id,
    groupId: s.groupId,
    groupName: view.groupName,
    kind: s.kind,
    programId: s.programId,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    timeZone: s.timeZone,
    status: s.status,
    roomId: s.roomId,
    roomName: view.roomName,
    edited: s.edited,
    facilitators: facilitators.map(toFacilitator),
  };
}

export function toCalendarItem(view: SessionView, facilitators: NamedFacilitator[]): Static<typeof CalendarItem> {
  const { patient } = view;
  return {
    ...toSessionFields(view, facilitators),
    patient: patient && { id: patient.id, name: { given: patient.givenName, family: patient.familyName } },
    expectedCount: view.expectedCount,
  };
}

export function toSessionDetail(detail: SessionDetailView): Static<typeof SessionDetail> {
  const { session: s } = detail.view;
  return {
    ...toSessionFields(detail.view, detail.facilitators),
    cancelReason: s.cancelReason,
    modality: s.modality,
    roster: detail.roster.map((m) => ({
      patientId: m.patientId,
      name: { given: m.givenName, family: m.familyName },
      attendance: m.attendance,
    })),
    openReviews: detail.openReviews,
    ...(detail.warnings ? { warnings: detail.warnings } : {}),
  };
}
