import { Type, type Static, type TSchema } from 'typebox';
import { Address, DateString, ListQuery, Name } from '../../kernel/http/index.ts';
import type { AuthorizationRecord, CoverageRecord, PatientRow } from './patients.queries.ts';
import type { EpisodeSummary } from './patients.deps.ts';

// Formats are checked here (400); rules that need the clock or the database are 422s in the services.
const Uuid = Type.String({ format: 'uuid' });
const Sex = Type.Enum(['F', 'M', 'U'], { description: 'Administrative sex (X12 DMG03): F, M or U (unknown).' });
// Patients' numbers are kept as written (international and extension forms exist); only the
// organization's billing phone has to be a bare 10-digit NANP number.
const Phone = Type.String({
  pattern: '^\\+?[0-9 ().-]{7,25}( ?(x|ext\\.?) ?[0-9]{1,6})?$',
  examples: ['(555) 123-4567', '+44 20 7946 0958'],
});
const Email = Type.String({ format: 'email', maxLength: 254 });
const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

// Patients

export const PatientBody = Type.Object(
  {
    name: Name,
    birthDate: DateString,
    sex: Sex,
    address: Type.Optional(Address),
    phone: Type.Optional(Phone),
    email: Type.Optional(Email),
  },
  { additionalProperties: false },
);
export type PatientInput = Static<typeof PatientBody>;

/** Null clears an optional field; an absent field is left as it is. */
export const PatientPatchBody = Type.Object(
  {
    name: Type.Optional(Name),
    birthDate: Type.Optional(DateString),
    sex: Type.Optional(Sex),
    address: Type.Optional(nullable(Address)),
    phone: Type.Optional(nullable(Phone)),
    email: Type.Optional(nullable(Email)),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type PatientPatch = Static<typeof PatientPatchBody>;

export const PatientSearchQuery = Type.Object({
  ...ListQuery.properties,
  query: Type.Optional(
    Type.String({
      maxLength: 200,
      description: 'An MRN, a birth date (YYYY-MM-DD or MM/DD/YYYY) or name beginnings, e.g. "ruiz ana".',
    }),
  ),
  sort: Type.Optional(Type.Enum(['name', 'birthDate', 'mrn'], { default: 'name' })),
});
export type PatientSearch = Static<typeof PatientSearchQuery>;

export const DuplicatesQuery = Type.Object({
  given: Name.properties.given,
  family: Name.properties.family,
  birthDate: DateString,
});
export type DuplicatesInput = Static<typeof DuplicatesQuery>;

export const PatientSummaryResponse = Type.Object({
  id: Type.String(),
  mrn: Type.String(),
  name: Name,
  birthDate: Type.String(),
  sex: Type.String(),
});

export const DuplicateResponse = Type.Object({
  id: Type.String(),
  mrn: Type.String(),
  name: Name,
  birthDate: Type.String(),
});
export const DuplicatesResponse = Type.Object({ items: Type.Array(DuplicateResponse) });

export const PatientCreatedResponse = Type.Object({
  id: Type.String(),
  mrn: Type.String(),
  possibleDuplicates: Type.Array(DuplicateResponse),
});

export const PatientResponse = Type.Object({
  ...PatientSummaryResponse.properties,
  address: nullable(Address),
  phone: nullable(Type.String()),
  email: nullable(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
});

const nameOf = (row: PatientRow) => ({ given: row.givenName, family: row.familyName });

export const toPatientSummaryResponse = (row: PatientRow): Static<typeof PatientSummaryResponse> => ({
  id: row.id,
  mrn: row.mrn,
  name: nameOf(row),
  birthDate: row.birthDate,
  sex: row.sex,
});

export const toDuplicateResponse = (row: PatientRow): Static<typeof DuplicateResponse> => ({
  id: row.id,
  mrn: row.mrn,
  name: nameOf(row),
  birthDate: row.birthDate,
});

export const toPatientResponse = (row: PatientRow): Static<typeof PatientResponse> => ({
  ...toPatientSummaryResponse(row),
  address: row.address ?? null,
  phone: row.phone,
  email: row.email,
  createdAt: row.createdAt.toISOString(),
});

// Coverages

const Subscriber = Type.Object(
  {
    name: Name,
    birthDate: Type.Optional(DateString),
    sex: Type.Optional(Sex),
    /** The subscriber's own member id, when the plan gives dependents a different one. */
    memberId: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
  },
  { additionalProperties: false },
);

export const CoverageBody = Type.Object(
  {
    payerId: Uuid,
    memberId: Type.String({ minLength: 1, maxLength: 80 }),
    priority: Type.Integer({ minimum: 1, maximum: 3, description: '1 primary, 2 secondary, 3 tertiary.' }),
    relationship: Type.Enum(['self', 'spouse', 'child', 'other'], {
      description: "The patient's relationship to the subscriber.",
    }),
    subscriber: Type.Optional(Subscriber),
    startDate: Type.Optional(DateString),
    endDate: Type.Optional(DateString),
  },
  { additionalProperties: false },
);
export type CoverageInput = Static<typeof CoverageBody>;

export const CoverageResponse = Type.Object({
  id: Type.String(),
  payerId: Type.String(),
  payerName: Type.String(),
  memberId: Type.String(),
  priority: Type.Integer(),
  relationship: Type.String(),
  subscriber: nullable(Subscriber),
  startDate: nullable(Type.String()),
  endDate: nullable(Type.String()),
});

export const toCoverageResponse = (row: CoverageRecord): Static<typeof CoverageResponse> => ({
  id: row.id,
  payerId: row.payerId,
  payerName: row.payerName,
  memberId: row.memberId,
  priority: row.priority,
  relationship: row.relationship,
  subscriber: row.subscriber ?? null,
  startDate: row.startDate,
  endDate: row.endDate,
});

// Authorizations

export const AuthorizationBody = Type.Object(
  {
    coverageId: Uuid,
    number: Type.String({
      minLength: 1,
      maxLength: 50,
      description: "The payer's authorization number (X12 837 REF*G1).",
    }),
    levelOfCare: Type.Enum(['IOP', 'PHP']),
    startDate: DateString,
    endDate: DateString,
    units: Type.Integer({ minimum: 1, maximum: 10_000 }),
    unitType: Type.Enum(['days', 'sessions', 'hours']),
  },
  { additionalProperties: false },
);
export type AuthorizationInput = Static<typeof AuthorizationBody>;

export const AuthorizationResponse = Type.Object({
  id: Type.String(),
  coverageId: Type.String(),
  number: Type.String(),
  levelOfCare: Type.String(),
  startDate: Type.String(),
  endDate: Type.String(),
  units: Type.Integer(),
  unitType: Type.String(),
  used: Type.Number(),
  remaining: Type.Number(),
});

export const toAuthorizationResponse = (row: AuthorizationRecord): Static<typeof AuthorizationResponse> => ({
  id: row.id,
  coverageId: row.coverageId,
  number: row.number,
  levelOfCare: row.levelOfCare,
  startDate: row.startDate,
  endDate: row.endDate,
  units: row.units,
  unitType: row.unitType,
  used: row.used,
  remaining: row.remaining,
});

// The patient chart header: demographics, coverages and open episodes

const EpisodeSummaryResponse = Type.Object({
  id: Type.String(),
  programId: Type.String(),
  programName: Type.String(),
  levelOfCare: Type.String(),
  admitDate: Type.String(),
  dischargeDate: nullable(Type.String()),
  attendingStaffId: Type.String(),
  diagnoses: Type.Array(Type.Object({ code: Type.String(), principal: Type.Boolean() })),
});

export const PatientDetailResponse = Type.Object({
  ...PatientResponse.properties,
  coverages: Type.Array(CoverageResponse),
  activeEpisodes: Type.Array(EpisodeSummaryResponse),
});

export const toPatientDetailResponse = (detail: {
  patient: PatientRow;
  coverages: CoverageRecord[];
  activeEpisodes: EpisodeSummary[];
}): Static<typeof PatientDetailResponse> => ({
  ...toPatientResponse(detail.patient),
  coverages: detail.coverages.map(toCoverageResponse),
  // EpisodeSummary is already the public shape the programs module promises; nothing to rename.
  activeEpisodes: detail.activeEpisodes,
});
