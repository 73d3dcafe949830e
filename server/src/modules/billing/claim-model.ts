// The billing engine's vocabulary, shared by the rules (attendance → lines and holds), claim
// assembly, the scrubber, the X12 837I/837P builders and the UB-04/CMS-1500 renderings. Plain data:
// no database rows, so each step is a pure function tested on its own (BILLING-RULES §1–§5).
import type { RulePack, Template } from '../payers/index.ts';

export type LevelOfCare = 'IOP' | 'PHP';
export type Population = 'mental_health' | 'substance_use' | 'co_occurring';
export type Modality = 'in_person' | 'telehealth_video' | 'telehealth_audio';
export type FacilityType = 'hospital_outpatient' | 'cmhc' | 'freestanding';

/** BILLING-RULES §1 hold reasons: a person can fix each, and a later run picks the service up. */
export const HOLD_REASONS = [
  'note_unsigned',
  'no_coverage',
  'no_authorization',
  'authorization_exhausted',
  'below_minimum_minutes',
  'group_too_large',
  'no_licensed_rendering_provider',
  'no_diagnosis',
  'outside_episode',
  'not_billable',
] as const;
export type HoldReason = (typeof HOLD_REASONS)[number];

export interface Provider {
  staffId: string;
  name: { given: string; family: string };
  npi: string | null;
  taxonomy: string | null;
  credentials: string | null;
  /**
   * Optional addition: may prescribe (psychiatrist, psychiatric nurse practitioner). A psychiatric
   * evaluation they lead includes medical services: CPT 90792 instead of 90791 (BILLING-RULES §3).
   */
  prescriber?: boolean;
}

export interface PayerFacts {
  payerId: string;
  /** The payer's X12 identifier (2010BB NM109). */
  payerCode: string;
  name: string;
  template: Template;
  rules: RulePack;
  rulesVersion: number;
}

export interface CoverageFacts {
  coverageId: string;
  memberId: string;
  groupNumber: string | null;
  /** 2000B SBR02 / 2010BA: `self`, `spouse`, `child`, `other`. */
  relationship: string;
  subscriber: { given: string; family: string; birthDate: string; sex: string } | null;
}

export interface AuthorizationFacts {
  authorizationId: string;
  number: string;
  startDate: string;
  endDate: string;
  unitType: 'days' | 'sessions' | 'hours';
  units: number;
  /** Units already consumed before this run. */
  used: number;
}

/**
 * One (session, patient) pair that may be billable (BILLING-RULES §1), with everything the rules
 * need resolved for this attendee alone: never the group's defaults.
 */
export interface ServiceFacts {
  sessionId: string;
  patientId: string;
  /** Clinic-local date of the session (YYYY-MM-DD) and its zone's instants. */
  serviceDate: string;
  startsAt: string;
  endsAt: string;
  sessionKind:
    | 'group_psychotherapy'
    | 'psychoeducation'
    | 'skills'
    | 'activity_therapy'
    | 'individual_therapy'
    | 'family_therapy'
    | 'psychiatric_evaluation'
    | 'medication_management';
  attendanceStatus: 'present' | 'late' | 'left_early' | 'absent_excused' | 'absent_unexcused';
  minutesAttended: number;
  modality: Modality;
  /** Members recorded present, late or left early in the session (group size rule). */
  presentCount: number;
  /** Family therapy: with the patient present (90847) or without (90846). */
  patientPresent: boolean;
  noteSigned: boolean;
  lead: Provider | null;
  /** A facilitator with role `supervisor`: reported as NM1*DQ when the pack says so, never rendering. */
  supervisor: Provider | null;
  /** The site's place of service (2 digits). */
  placeOfService: string;
  episode: {
    episodeId: string;
    levelOfCare: LevelOfCare;
    population: Population;
    admitDate: string;
    dischargeDate: string | null;
    disposition: string | null;
    /** ICD-10-CM with the dot, principal first. */
    diagnoses: string[];
    attending: Provider;
    /** Optional addition: the program's weekly minimum, for the scrubber's week warning (BILLING-RULES §2). */
    minHoursPerWeek?: number;
  } | null;
  payer: PayerFacts | null;
  coverage: CoverageFacts | null;
  authorization: AuthorizationFacts | null;
}

/** Why a line exists: each rule applied, in order, with the rule pack version (BILLING-RULES §1). */
export interface TraceStep {
  rule: string;
  detail: string;
}

export interface ServiceLine {
  sessionId: string;
  patientId: string;
  serviceDate: string;
  revenueCode: string | null;
  procedureCode: string;
  modifiers: string[];
  units: number;
  chargeCents: number;
  placeOfService: string | null;
  renderingStaffId: string | null;
  supervisingStaffId: string | null;
  /** For a per-diem line, every session the day bundles. */
  sessionIds: string[];
  /**
   * Optional addition: the authorization the line draws on (2300 REF*G1) and the units it consumes
   * (in the authorization's own unit), which the run adds to `used` once the line is billed.
   */
  authorization?: { authorizationId: string; number: string; units: number } | null;
  trace: TraceStep[];
}

export interface Hold {
  sessionId: string;
  patientId: string;
  serviceDate: string;
  reason: HoldReason;
  /** What a person should do, in words. */
  message: string;
}

/** Issues are values (DESIGN §3.6): an error keeps the claim from a batch, a warning does not. */
export interface ClaimIssue {
  severity: 'error' | 'warning';
  code: string;
  message: string;
  /** e.g. `lines.3.procedureCode`, `billingProvider.npi`. */
  path: string;
}

export interface BillingProvider {
  name: string;
  npi: string;
  taxId: string;
  taxonomy: string | null;
  facilityType: FacilityType;
  address: { line1: string; line2?: string | null; city: string; state: string; postalCode: string };
}

export interface PatientFacts {
  patientId: string;
  mrn: string;
  name: { given: string; family: string };
  birthDate: string;
  sex: string;
  address: { line1: string; line2?: string | null; city: string; state: string; postalCode: string } | null;
}

export interface Claim {
  /** Our claim id, sent as CLM01 / the patient control number, matched again from 835 CLP01. */
  claimId: string;
  format: '837I' | '837P';
  patient: PatientFacts;
  payer: PayerFacts;
  coverage: CoverageFacts;
  billingProvider: BillingProvider;
  /** 837I: type of bill (CLM05: facility code + frequency), e.g. `131`. */
  typeOfBill: string | null;
  /** 1 original, 7 replacement, 8 void (CLM05-3). */
  frequency: '1' | '7' | '8' | '2' | '3' | '4';
  /** The claim a replacement or void corrects (REF*F8). */
  originalClaimId: string | null;
  /**
   * Optional addition: the payer's claim control number of the corrected claim (835 CLP07), which
   * REF*F8 carries instead of our id when a remittance has told it.
   */
  payerClaimControlNumber?: string | null;
  statementFrom: string;
  statementTo: string;
  admissionDate: string | null;
  /** 837I CL103. */
  patientStatus: string | null;
  conditionCodes: string[];
  diagnoses: string[];
  attending: Provider | null;
  /**
   * Optional addition: the providers the lines name by staff id (`renderingStaffId`,
   * `supervisingStaffId`), for their NPIs and names: 837P 2420A NM1*82 / 2420D NM1*DQ and CMS-1500
   * box 24J. A line whose provider is missing here is printed without a rendering NPI.
   */
  providers?: Provider[];
  authorizationNumber: string | null;
  lines: ServiceLine[];
  totalCents: number;
  issues: ClaimIssue[];
}
