// Request and response shapes of /api/programs and /api/episodes (API.md "Programs and episodes"),
// and the mappers from records to response DTOs (DESIGN §3.3).
import { Type, type Static } from 'typebox';
import { DateString, ListQuery, Name } from '../../kernel/http/index.ts';
import { DISPOSITIONS, LEVELS_OF_CARE, POPULATIONS } from './episode-rules.ts';
import type { EpisodeRecord, LevelOfCareChangeRow } from './episodes.queries.ts';
import type { ProgramRow, ProgramStaffRow } from './programs.queries.ts';

const Id = Type.String({ format: 'uuid' });

export const LevelOfCare = Type.Enum(LEVELS_OF_CARE);
const Population = Type.Enum(POPULATIONS);
const ProgramName = Type.String({ minLength: 1, maxLength: 200 });
// Weekly hour minimum of the level of care (e.g. Medicare IOP 9, PHP 20); numeric(4,1) in the table.
const MinHours = Type.Number({ minimum: 0, maximum: 40 });

// Programs

export const ProgramBody = Type.Object(
  { name: ProgramName, siteId: Id, levelOfCare: LevelOfCare, population: Population, minHoursPerWeek: MinHours },
  { additionalProperties: false },
);
export type ProgramBody = Static<typeof ProgramBody>;

export const ProgramPatch = Type.Object(
  {
    name: Type.Optional(ProgramName),
    siteId: Type.Optional(Id),
    levelOfCare: Type.Optional(LevelOfCare),
    population: Type.Optional(Population),
    minHoursPerWeek: Type.Optional(MinHours),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type ProgramPatch = Static<typeof ProgramPatch>;

export const ProgramsQuery = Type.Object({
  ...ListQuery.properties,
  siteId: Type.Optional(Id),
  active: Type.Optional(Type.Boolean()),
});

export const ProgramResponse = Type.Object({
  id: Type.String(),
  name: Type.String(),
  siteId: Type.String(),
  levelOfCare: Type.String(),
  population: Type.String(),
  minHoursPerWeek: Type.Number(),
  active: Type.Boolean(),
});

export const toProgramResponse = (p: ProgramRow): Static<typeof ProgramResponse> => ({
  id: p.id,
  name: p.name,
  siteId: p.siteId,
  levelOfCare: p.levelOfCare,
  population: p.population,
  minHoursPerWeek: p.minHoursPerWeek,
  active: p.active,
});

export const StaffAssignmentBody = Type.Object(
  { staffIds: Type.Array(Id, { uniqueItems: true, maxItems: 500 }) },
  { additionalProperties: false },
);

export const ProgramStaffResponse = Type.Object({
  id: Type.String(),
  name: Name,
  roles: Type.Array(Type.String()),
  credentials: Type.Union([Type.String(), Type.Null()]),
  active: Type.Boolean(),
});

export const toProgramStaffResponse = (s: ProgramStaffRow): Static<typeof ProgramStaffResponse> => ({
  id: s.id,
  name: { given: s.givenName, family: s.familyName },
  roles: s.roles,
  credentials: s.credentials,
  active: s.active,
});

// Episodes

export const EpisodeBody = Type.Object(
  {
    patientId: Id,
    programId: Id,
    admitDate: DateString,
    attendingStaffId: Id,
    // No minItems: an empty list answers 422 programs.principal_diagnosis_required, not a bare 400.
    // 12: the diagnosis slots of a CMS-1500 / 837P claim (2300 HI).
    diagnoses: Type.Array(
      Type.Object(
        {
          code: Type.String({ minLength: 1, maxLength: 20 }),
          principal: Type.Optional(Type.Boolean({ default: false })),
        },
        { additionalProperties: false },
      ),
      { maxItems: 12 },
    ),
  },
  { additionalProperties: false },
);
export type EpisodeBody = Static<typeof EpisodeBody>;

export const DischargeBody = Type.Object(
  { date: DateString, disposition: Type.Enum(DISPOSITIONS), note: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false },
);
export type DischargeBody = Static<typeof DischargeBody>;

export const LevelOfCareBody = Type.Object(
  { levelOfCare: LevelOfCare, effectiveDate: DateString, reason: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);
export type LevelOfCareBody = Static<typeof LevelOfCareBody>;

const Diagnosis = Type.Object({ code: Type.String(), principal: Type.Boolean() });
const NullableString = Type.Union([Type.String(), Type.Null()]);

export const EpisodeResponse = Type.Object({
  id: Type.String(),
  patientId: Type.String(),
  programId: Type.String(),
  programName: Type.String(),
  levelOfCare: Type.String({ description: 'The latest entry of the level-of-care history.' }),
  admitDate: Type.String(),
  dischargeDate: NullableString,
  disposition: NullableString,
  attendingStaffId: Type.String(),
  diagnoses: Type.Array(Diagnosis),
});

export const EpisodeDetailResponse = Type.Object({
  ...EpisodeResponse.properties,
  dispositionNote: NullableString,
  levelOfCareHistory: Type.Array(
    Type.Object({ levelOfCare: Type.String(), effectiveDate: Type.String(), reason: NullableString }),
  ),
});

export const toEpisodeResponse = (e: EpisodeRecord): Static<typeof EpisodeResponse> => ({
  id: e.id,
  patientId: e.patientId,
  programId: e.programId,
  programName: e.programName,
  levelOfCare: e.levelOfCare,
  admitDate: e.admitDate,
  dischargeDate: e.dischargeDate,
  disposition: e.disposition,
  attendingStaffId: e.attendingStaffId,
  diagnoses: e.diagnoses,
});

export const toEpisodeDetailResponse = (
  e: EpisodeRecord,
  history: readonly LevelOfCareChangeRow[],
): Static<typeof EpisodeDetailResponse> => ({
  ...toEpisodeResponse(e),
  dispositionNote: e.dispositionNote,
  levelOfCareHistory: history.map((h) => ({
    levelOfCare: h.levelOfCare,
    effectiveDate: h.effectiveDate,
    reason: h.reason,
  })),
});
