// The shape of each template's rule pack (BILLING-RULES §2–§4) and its validation. Code tables are
// data a payer may edit; the schema keeps every edit well-formed before it becomes a new version.
import { Type, type Static, type TSchema } from 'typebox';
import { Value } from 'typebox/value';
import type { ErrorDetail } from '../../kernel/http/index.ts';

const strict = { additionalProperties: false } as const;

// UB-04 FL42 / 837I SV201: four digits with the leading zero.
const RevenueCode = Type.String({ pattern: '^\\d{4}$', examples: ['0915'] });
// CPT (five digits) or HCPCS Level II (a letter and four digits).
const ProcedureCode = Type.String({ pattern: '^[A-Z0-9]{5}$', examples: ['90853', 'G0410'] });
const Modifier = Type.String({ pattern: '^[A-Z0-9]{2}$', examples: ['95'] });
const PlaceOfService = Type.String({ pattern: '^\\d{2}$', examples: ['10'] });
// 837I HI*BG; UB-04 FL18–28.
const ConditionCode = Type.String({ pattern: '^[A-Z0-9]{2}$', examples: ['92'] });
// 837I CL103; UB-04 FL17.
const PatientStatus = Type.String({ pattern: '^\\d{2}$', examples: ['01'] });
// The first two digits of the type of bill (837I CLM05-1), e.g. 13 → 013X.
const FacilityTypeCode = Type.String({ pattern: '^\\d{2}$', examples: ['13'] });
const Minutes = Type.Integer({ minimum: 1, maximum: 1440 });

const ClaimPeriod = Type.Enum(['week', 'month'], { description: 'One claim per patient per payer per period.' });
const AuthorizationUnit = Type.Enum(['days', 'sessions', 'hours']);

const CodePair = Type.Object({ revenueCode: RevenueCode, procedureCode: ProcedureCode }, strict);

/** Time-based psychotherapy codes (CPT 90832/90834/90837): the band containing the minutes wins. */
const MinuteBands = Type.Array(
  Type.Object(
    { minMinutes: Minutes, maxMinutes: Type.Union([Minutes, Type.Null()]), procedureCode: ProcedureCode },
    strict,
  ),
  { minItems: 1, maxItems: 10 },
);

const FamilyTherapyCodes = { withPatient: ProcedureCode, withoutPatient: ProcedureCode };

const FacilityTypeCodes = Type.Object(
  {
    hospital_outpatient: Type.Optional(FacilityTypeCode),
    cmhc: Type.Optional(FacilityTypeCode),
    freestanding: Type.Optional(FacilityTypeCode),
  },
  { ...strict, description: "By the organization's facility type." },
);

const PatientStatusRules = Type.Object(
  {
    /** Interim bills (frequency 2 and 3): the patient is still in the program. */
    stillPatient: PatientStatus,
    /** Final bills (frequency 1 and 4): by the episode's discharge disposition, else the default. */
    byDisposition: Type.Record(Type.String({ pattern: '^[a-z_]{1,40}$' }), PatientStatus),
    default: PatientStatus,
  },
  strict,
);

const Authorization = {
  requiresAuthorization: Type.Boolean(),
  authorizationUnit: AuthorizationUnit,
};

const TimedService = Type.Object({ ...CodePair.properties, minMinutes: Minutes }, strict);

/** BILLING-RULES §2: 837I, itemized, Medicare IOP/PHP. */
export const MedicareInstitutionalRules = Type.Object(
  {
    claimPeriod: ClaimPeriod,
    facilityTypeCodes: FacilityTypeCodes,
    conditionCodes: Type.Object({ IOP: ConditionCode, PHP: ConditionCode }, strict),
    patientStatus: PatientStatusRules,
    services: Type.Object(
      {
        group_psychotherapy: CodePair,
        individual_therapy: Type.Object({ revenueCode: RevenueCode, minuteBands: MinuteBands }, strict),
        family_therapy: Type.Object({ revenueCode: RevenueCode, ...FamilyTherapyCodes }, strict),
        activity_therapy: TimedService,
        psychoeducation: TimedService,
      },
      strict,
    ),
    /** Days with fewer qualifying services are a warning (the per diem is paid at 3 and at 4+). */
    minServicesPerDayWarning: Type.Integer({ minimum: 0, maximum: 10 }),
    ...Authorization,
  },
  strict,
);

const Telehealth = Type.Object({ placeOfService: PlaceOfService, modifier: Modifier }, strict);

/** BILLING-RULES §3: 837P, per service. */
export const CommercialProfessionalRules = Type.Object(
  {
    claimPeriod: ClaimPeriod,
    // 837P 2400 loop: at most 50 service lines per claim; longer claims are split.
    maxLinesPerClaim: Type.Integer({ minimum: 1, maximum: 50 }),
    services: Type.Object(
      {
        group_psychotherapy: Type.Object({ procedureCode: ProcedureCode }, strict),
        individual_therapy: Type.Object({ minuteBands: MinuteBands }, strict),
        family_therapy: Type.Object(FamilyTherapyCodes, strict),
        psychiatric_evaluation: Type.Object(
          { procedureCode: ProcedureCode, withMedicalServices: ProcedureCode },
          { ...strict, description: 'withMedicalServices when the clinician prescribes (90792).' },
        ),
      },
      strict,
    ),
    telehealth: Type.Object({ video: Telehealth, audio: Telehealth }, strict),
    /** Report a facilitator in the supervisor role as supervising provider (2310D NM1*DQ). */
    supervisorAsDQ: Type.Boolean(),
    maxGroupSize: Type.Integer({ minimum: 1, maximum: 100 }),
    groupMinMinutes: Minutes,
    ...Authorization,
    optionalModifiers: Type.Object(
      {
        HQ: Type.Boolean({ description: 'HQ (group setting) on group lines.' }),
        HF: Type.Boolean({ description: 'HF (substance abuse program) for substance-use programs.' }),
        '59': Type.Boolean({ description: '59 on a second same-day group line.' }),
      },
      strict,
    ),
  },
  strict,
);

const ByPopulation = Type.Object({ mental_health: CodePair, substance_use: CodePair, co_occurring: CodePair }, strict);

/** BILLING-RULES §4: 837I, one line per attended program day. */
export const CommercialPerDiemRules = Type.Object(
  {
    claimPeriod: ClaimPeriod,
    facilityTypeCodes: FacilityTypeCodes,
    conditionCodes: Type.Object({ IOP: Type.Optional(ConditionCode), PHP: Type.Optional(ConditionCode) }, strict),
    patientStatus: PatientStatusRules,
    perDiemCodes: Type.Object({ IOP: ByPopulation, PHP: ByPopulation }, strict),
    minDailyMinutes: Type.Object({ IOP: Minutes, PHP: Minutes }, strict),
    ...Authorization,
  },
  strict,
);

export const TEMPLATE_SCHEMAS = {
  medicare_institutional: MedicareInstitutionalRules,
  commercial_professional: CommercialProfessionalRules,
  commercial_per_diem: CommercialPerDiemRules,
} as const satisfies Record<string, TSchema>;

export type Template = keyof typeof TEMPLATE_SCHEMAS;
export type RulePack<T extends Template = Template> = Static<(typeof TEMPLATE_SCHEMAS)[T]>;
export const TEMPLATES = Object.keys(TEMPLATE_SCHEMAS) as Template[];

export const isTemplate = (value: string): value is Template => Object.hasOwn(TEMPLATE_SCHEMAS, value);

/** Every problem of a rule pack for its template, as API error details (`path` in dot notation). */
export function rulePackProblems(template: Template, rules: unknown): ErrorDetail[] {
  const schemaProblems = Value.Errors(TEMPLATE_SCHEMAS[template], rules).flatMap(toDetails);
  if (schemaProblems.length > 0) return schemaProblems;
  const pack = rules as RulePack;
  return 'services' in pack && 'minuteBands' in pack.services.individual_therapy
    ? minuteBandProblems(pack.services.individual_therapy.minuteBands, 'services.individual_therapy.minuteBands')
    : [];
}

type SchemaError = ReturnType<typeof Value.Errors>[number];

function toDetails(error: SchemaError): ErrorDetail[] {
  const base = error.instancePath.split('/').filter(Boolean).join('.');
  const at = (key: string) => (base ? `${base}.${key}` : key);
  const params = error.params as { requiredProperties?: string[]; additionalProperties?: string[] };
  if (error.keyword === 'required')
    return (params.requiredProperties ?? []).map((p) => ({ path: at(p), message: 'is required' }));
  if (error.keyword === 'additionalProperties') {
    return (params.additionalProperties ?? []).map((p) => ({ path: at(p), message: 'is not a known rule' }));
  }
  // `additionalProperties: false` also reports each extra key as a failed `false` schema: said above.
  if (error.keyword === 'boolean') return [];
  return [{ path: base || '(rules)', message: error.message }];
}

/** Bands must ascend without gaps in meaning: ordered, not overlapping, only the last open-ended. */
export function minuteBandProblems(
  bands: RulePack<'commercial_professional'>['services']['individual_therapy']['minuteBands'],
  path: string,
): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  bands.forEach((band, i) => {
    const here = `${path}.${i}`;
    if (band.maxMinutes !== null && band.maxMinutes < band.minMinutes) {
      problems.push({ path: `${here}.maxMinutes`, message: 'must not be below minMinutes' });
    }
    if (band.maxMinutes === null && i < bands.length - 1) {
      problems.push({ path: `${here}.maxMinutes`, message: 'only the last band may be open-ended' });
    }
    const previous = bands[i - 1];
    // A malformed previous band (max below min) still ends no earlier than its start.
    const previousEnd =
      previous && (previous.maxMinutes === null ? Infinity : Math.max(previous.minMinutes, previous.maxMinutes));
    if (previousEnd !== undefined && band.minMinutes <= previousEnd) {
      problems.push({ path: `${here}.minMinutes`, message: 'must start after the previous band ends' });
    }
  });
  return problems;
}
