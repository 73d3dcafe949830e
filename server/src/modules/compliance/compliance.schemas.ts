// Request and response shapes of /api/compliance (API.md "Outcomes and compliance") and their mappers.
import { Type, type Static } from 'typebox';
import { DateString } from '../../kernel/http/index.ts';
import type { AuthorizationOutlook } from './authorization-outlook.ts';
import type { ComplianceItem, WeekReport } from './weekly-report.ts';

const Id = Type.String({ format: 'uuid' });
const NullableDate = Type.Union([DateString, Type.Null()]);
const Hours = Type.Number({ description: 'Hours, two decimals.' });

export const WeeklyQuery = Type.Object({
  programId: Id,
  /** Any date of the week wanted (Monday–Sunday in the program site's zone); default today there. */
  weekOf: Type.Optional(DateString),
});
export type WeeklyQuery = Static<typeof WeeklyQuery>;

export const WeeksQuery = Type.Object({
  programId: Id,
  /** The weeks holding `from` and `to` and every week between them, at most 53. */
  from: DateString,
  to: DateString,
});
export type WeeksQuery = Static<typeof WeeksQuery>;

const Authorization = Type.Object({
  number: Type.String(),
  unitType: Type.String(),
  units: Type.Integer(),
  used: Type.Number(),
  remaining: Type.Number(),
  endDate: DateString,
  /** 80 % of the units used, or ending within 7 days. */
  nearExhaustion: Type.Boolean(),
  /** When near exhaustion: the date the units run out at the pace used so far, or the end date if sooner. */
  exhaustsOn: Type.Optional(DateString),
});

export const ComplianceItemResponse = Type.Object({
  patientId: Type.String(),
  name: Type.Object({ given: Type.String(), family: Type.String() }),
  programId: Type.String(),
  episodeId: Type.String(),
  /** In effect at the week's end (a step-down changes it). */
  levelOfCare: Type.String(),
  admitDate: DateString,
  dischargeDate: NullableDate,
  /** The program's weekly minimum. */
  requiredHours: Hours,
  attendedHours: Hours,
  /** Sessions of the week not started yet that the patient is expected at. */
  scheduledRemainingHours: Hours,
  projectedHours: Hours,
  /** Hours the week cannot reach even with every remaining session: make-up time needed. */
  shortfallHours: Hours,
  met: Type.Boolean(),
  /** The latest group-session records that are absences in a row, back to the admission at most. */
  consecutiveAbsences: Type.Integer(),
  /** Attended group sessions that have ended with no signed group note. */
  unsignedNotes: Type.Integer(),
  /** Measures whose latest closed window passed with no administration (PHQ-9 weekly from admission). */
  overdueMeasures: Type.Array(Type.Object({ instrument: Type.String(), dueOn: DateString })),
  /** The authorization for the level of care in effect at the week's end (or today), if any. */
  authorization: Type.Union([Authorization, Type.Null()]),
  /** The next physician recertification on or after the week's start (PHP day 18 then every 30 days, IOP every 60). */
  recertificationDue: NullableDate,
});
export type ComplianceItemResponse = Static<typeof ComplianceItemResponse>;

const WeekFields = {
  weekStart: DateString,
  weekEnd: DateString,
  /** The week's last local date with a session of the program: the day a shortfall must be made up by. */
  lastProgramDay: NullableDate,
  items: Type.Array(ComplianceItemResponse),
};

export const WeeklyResponse = Type.Object({ programId: Type.String(), ...WeekFields });
export type WeeklyResponse = Static<typeof WeeklyResponse>;

export const WeeksResponse = Type.Object({ programId: Type.String(), weeks: Type.Array(Type.Object(WeekFields)) });
export type WeeksResponse = Static<typeof WeeksResponse>;

// The routes write these with JSON.stringify (compliance.routes.ts), so every object is built here
// field by field, nested ones too: nothing outside the response schema can reach the body.
function toAuthorizationResponse(a: AuthorizationOutlook): Static<typeof Authorization> {
  return {
    number: a.number,
    unitType: a.unitType,
    units: a.units,
    used: a.used,
    remaining: a.remaining,
    endDate: a.endDate,
    nearExhaustion: a.nearExhaustion,
    exhaustsOn: a.exhaustsOn,
  };
}

function toItemResponse(item: ComplianceItem): ComplianceItemResponse {
  return {
    patientId: item.patientId,
    name: { given: item.name.given, family: item.name.family },
    programId: item.programId,
    episodeId: item.episodeId,
    levelOfCare: item.levelOfCare,
    admitDate: item.admitDate,
    dischargeDate: item.dischargeDate,
    requiredHours: item.requiredHours,
    attendedHours: item.attendedHours,
    scheduledRemainingHours: item.scheduledRemainingHours,
    projectedHours: item.projectedHours,
    shortfallHours: item.shortfallHours,
    met: item.met,
    consecutiveAbsences: item.consecutiveAbsences,
    unsignedNotes: item.unsignedNotes,
    overdueMeasures: item.overdueMeasures.map((m) => ({ instrument: m.instrument, dueOn: m.dueOn })),
    authorization: item.authorization && toAuthorizationResponse(item.authorization),
    recertificationDue: item.recertificationDue,
  };
}

export function toWeekResponse(week: WeekReport) {
  return {
    weekStart: week.weekStart,
    weekEnd: week.weekEnd,
    lastProgramDay: week.lastProgramDay,
    items: week.items.map(toItemResponse),
  };
}
