// Version 1 of every payer's rule pack: the template defaults of BILLING-RULES §2–§4, as data.
// Sources for the codes: shared/reference/iop-php-domain.md §1.2–§1.5.
import type { RulePack, Template } from './rule-packs.ts';

// CPT time rule for psychotherapy: 16–37 min → 90832, 38–52 → 90834, ≥ 53 → 90837; under 16 is
// not billable (no band).
const psychotherapyBands = [
  { minMinutes: 16, maxMinutes: 37, procedureCode: '90832' },
  { minMinutes: 38, maxMinutes: 52, procedureCode: '90834' },
  { minMinutes: 53, maxMinutes: null, procedureCode: '90837' },
];

// NUBC FL17 / 837I CL103: 30 while still a patient (interim bills); at discharge 01 home unless the
// disposition says otherwise (07 left against medical advice, 70 transferred to another facility).
const patientStatus = {
  stillPatient: '30',
  byDisposition: { against_advice: '07', transferred: '70' },
  default: '01',
};

const medicareInstitutional: RulePack<'medicare_institutional'> = {
  claimPeriod: 'month',
  // Type of bill 013X hospital outpatient, 076X CMHC; Medicare pays no freestanding IOP/PHP.
  facilityTypeCodes: { hospital_outpatient: '13', cmhc: '76' },
  // CC 92 IOP (CR 13222), CC 41 PHP; never both on one claim.
  conditionCodes: { IOP: '92', PHP: '41' },
  patientStatus,
  services: {
    group_psychotherapy: { revenueCode: '0915', procedureCode: 'G0410' },
    individual_therapy: { revenueCode: '0914', minuteBands: psychotherapyBands },
    family_therapy: { revenueCode: '0916', withPatient: '90847', withoutPatient: '90846' },
    activity_therapy: { revenueCode: '0904', procedureCode: 'G0176', minMinutes: 45 },
    psychoeducation: { revenueCode: '0942', procedureCode: 'G0177', minMinutes: 45 },
  },
  // Medicare pays its PHP/IOP per diem at 3 and at 4+ services a day.
  minServicesPerDayWarning: 3,
  // Traditional Medicare has no prior authorization for PHP/IOP.
  requiresAuthorization: false,
  authorizationUnit: 'days',
};

const commercialProfessional: RulePack<'commercial_professional'> = {
  claimPeriod: 'week',
  maxLinesPerClaim: 50,
  services: {
    group_psychotherapy: { procedureCode: '90853' },
    individual_therapy: { minuteBands: psychotherapyBands },
    family_therapy: { withPatient: '90847', withoutPatient: '90846' },
    psychiatric_evaluation: { procedureCode: '90791', withMedicalServices: '90792' },
  },
  // POS 10: telehealth in the patient's home; 95 synchronous video, 93 audio only.
  telehealth: { video: { placeOfService: '10', modifier: '95' }, audio: { placeOfService: '10', modifier: '93' } },
  supervisorAsDQ: true,
  maxGroupSize: 12,
  groupMinMinutes: 45,
  requiresAuthorization: true,
  authorizationUnit: 'sessions',
  optionalModifiers: { HQ: false, HF: false, '59': false },
};

const psychiatricIop = { revenueCode: '0905', procedureCode: 'S9480' };
const intensivePhp = { revenueCode: '0913', procedureCode: 'S0201' };

const commercialPerDiem: RulePack<'commercial_per_diem'> = {
  claimPeriod: 'week',
  facilityTypeCodes: { hospital_outpatient: '13', cmhc: '76', freestanding: '89' },
  conditionCodes: {},
  patientStatus,
  perDiemCodes: {
    // 0905 psychiatric IOP + S9480; 0906 chemical-dependency IOP + H0015. Co-occurring programs
    // default to the psychiatric pair; payers that want H0015 change it here.
    IOP: {
      mental_health: psychiatricIop,
      substance_use: { revenueCode: '0906', procedureCode: 'H0015' },
      co_occurring: psychiatricIop,
    },
    // 0913 intensive PHP + S0201 (some payers use 0912/0913 with H0035/H0037: edit the pack).
    PHP: { mental_health: intensivePhp, substance_use: intensivePhp, co_occurring: intensivePhp },
  },
  minDailyMinutes: { IOP: 180, PHP: 300 },
  requiresAuthorization: true,
  authorizationUnit: 'days',
};

export const DEFAULT_RULE_PACKS: { [T in Template]: RulePack<T> } = {
  medicare_institutional: medicareInstitutional,
  commercial_professional: commercialProfessional,
  commercial_per_diem: commercialPerDiem,
};

/** The claim format each template produces (BILLING-RULES §2–§4). */
export const CLAIM_FORMATS: Record<Template, '837I' | '837P'> = {
  medicare_institutional: '837I',
  commercial_professional: '837P',
  commercial_per_diem: '837I',
};

/** A fresh copy: stored packs must never share objects with the defaults. */
export const defaultRulePack = <T extends Template>(template: T): RulePack<T> =>
  structuredClone(DEFAULT_RULE_PACKS[template]);
