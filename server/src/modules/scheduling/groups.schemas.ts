// Request and response shapes of /api/groups (API.md "Groups, sessions, rosters") and their mappers.
import { Type, type Static } from 'typebox';
import { DateString, ListQuery } from '../../kernel/http/index.ts';
import { FACILITATOR_ROLES, GROUP_KINDS } from './scheduling.tables.ts';
import type { FacilitatorRow, GroupRow, ScheduleRow, SessionRow } from './groups.queries.ts';

export const Id = Type.String({ format: 'uuid' });
export const LocalTime = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', examples: ['09:00'] });
export const Duration = Type.Integer({ minimum: 5, maximum: 720 });
const Rule = Type.String({ minLength: 6, maxLength: 500, examples: ['FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'] });

export const Facilitator = Type.Object(
  { staffId: Id, role: Type.Enum(FACILITATOR_ROLES) },
  { additionalProperties: false },
);
export type Facilitator = Static<typeof Facilitator>;
const Facilitators = Type.Array(Facilitator, { minItems: 1, maxItems: 10 });

/** A director's permission to double-book, with the reason kept on the sessions (API.md 409s). */
export const Override = Type.Object(
  { reason: Type.String({ minLength: 3, maxLength: 500 }) },
  { additionalProperties: false },
);

export const GroupBody = Type.Object(
  {
    programId: Id,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    kind: Type.Enum(GROUP_KINDS),
    capacity: Type.Integer({ minimum: 1, maximum: 100 }),
    roomId: Id,
    facilitators: Facilitators,
    schedule: Type.Object(
      {
        startDate: DateString,
        endDate: Type.Optional(DateString),
        rrule: Rule,
        startTime: LocalTime,
        durationMinutes: Duration,
      },
      { additionalProperties: false },
    ),
    override: Type.Optional(Override),
  },
  { additionalProperties: false },
);
export type GroupBody = Static<typeof GroupBody>;

export const GroupsQuery = Type.Object({
  ...ListQuery.properties,
  programId: Type.Optional(Id),
  active: Type.Optional(Type.Boolean()),
});

export const SessionRange = Type.Object({ from: DateString, to: DateString });

const Schedule = Type.Object({
  startDate: Type.String(),
  endDate: Type.Union([Type.String(), Type.Null()]),
  rrule: Type.String(),
  startTime: Type.String(),
  durationMinutes: Type.Integer(),
  roomId: Type.String(),
});

export const GroupResponse = Type.Object({
  id: Type.String(),
  programId: Type.String(),
  name: Type.String(),
  kind: Type.String(),
  capacity: Type.Integer(),
  roomId: Type.String(),
  timeZone: Type.String(),
  active: Type.Boolean(),
  facilitators: Type.Array(Type.Object({ staffId: Type.String(), role: Type.String() })),
  /** The schedule in effect today (or, before the series starts, the first one). */
  schedule: Schedule,
  /** Active enrollments in effect today, and the waitlist's length. */
  enrolledCount: Type.Integer(),
  waitlistCount: Type.Integer(),
  /** 80 % of capacity or more enrolled (the front desk's early warning). */
  approachingCapacity: Type.Boolean(),
});

export const GroupSessionResponse = Type.Object({
  id: Type.String(),
  startsAt: Type.String({ format: 'date-time' }),
  endsAt: Type.String({ format: 'date-time' }),
  status: Type.String(),
  roomId: Type.Union([Type.String(), Type.Null()]),
  occurrenceDate: Type.Union([Type.String(), Type.Null()]),
  edited: Type.Boolean(),
});

export interface GroupView {
  group: GroupRow;
  schedule: ScheduleRow;
  facilitators: FacilitatorRow[];
  enrolledCount: number;
  waitlistCount: number;
}

export const APPROACHING_CAPACITY = 0.8;

export function toGroupResponse(view: GroupView): Static<typeof GroupResponse> {
  const { group, schedule } = view;
  return {
    id: group.id,
    programId: group.programId,
    name: group.name,
    kind: group.kind,
    capacity: group.capacity,
    roomId: schedule.roomId,
    timeZone: group.timeZone,
    active: group.active,
    facilitators: view.facilitators,
    schedule: {
      startDate: group.startDate,
      endDate: group.endDate,
      rrule: schedule.rrule,
      startTime: schedule.startTime,
      durationMinutes: schedule.durationMinutes,
      roomId: schedule.roomId,
    },
    enrolledCount: view.enrolledCount,
    waitlistCount: view.waitlistCount,
    approachingCapacity: view.enrolledCount >= Math.ceil(group.capacity * APPROACHING_CAPACITY),
  };
}

export function toGroupSessionResponse(row: SessionRow): Static<typeof GroupSessionResponse> {
  return {
    id: row.id,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    status: row.status,
    roomId: row.roomId,
    occurrenceDate: row.occurrenceDate,
    edited: row.edited,
  };
}
