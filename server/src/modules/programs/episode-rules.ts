// Admission and discharge rules that need no database: diagnoses, attending, dispositions, dates.
import type { AppError } from '../../kernel/http/index.ts';
import { isIcd10CmCode } from './icd10.ts';
import { programErrors } from './programs.errors.ts';

export const LEVELS_OF_CARE = ['IOP', 'PHP'] as const;
export type LevelOfCare = (typeof LEVELS_OF_CARE)[number];

export const POPULATIONS = ['mental_health', 'substance_use', 'co_occurring'] as const;

/** Discharge dispositions; billing maps them to the 837I patient status (BILLING-RULES §2, CL103). */
export const DISPOSITIONS = ['completed', 'transferred', 'against_advice', 'administrative', 'other'] as const;

// The attending is reported as NM1*71 on institutional claims (BILLING-RULES §2) and must be a
// prescriber who can direct the treatment plan.
const ATTENDING_ROLES = ['psychiatrist', 'nurse_practitioner'];

export const canAttend = (roles: readonly string[]): boolean => roles.some((r) => ATTENDING_ROLES.includes(r));

export interface Diagnosis {
  code: string;
  principal: boolean;
}

/** The first rule a diagnosis list breaks, or undefined. Codes are expected already normalized. */
export function diagnosisIssue(diagnoses: readonly Diagnosis[]): AppError | undefined {
  const malformed = diagnoses.flatMap((d, i) =>
    isIcd10CmCode(d.code) ? [] : [{ path: `diagnoses.${i}.code`, message: `"${d.code}" is not an ICD-10-CM code` }],
  );
  if (malformed.length > 0) return programErrors.invalidDiagnosisCode(malformed);
  // 837 HI: one principal (ABK) and the others (ABF); a claim cannot carry two principals.
  if (diagnoses.filter((d) => d.principal).length !== 1) return programErrors.principalDiagnosisRequired();
  const duplicates = diagnoses.flatMap((d, i) =>
    diagnoses.findIndex((other) => other.code === d.code) < i
      ? [{ path: `diagnoses.${i}.code`, message: `${d.code} is listed twice` }]
      : [],
  );
  return duplicates.length > 0 ? programErrors.duplicateDiagnosis(duplicates) : undefined;
}

/**
 * The earliest date a new event (discharge, level-of-care change) may carry: history is
 * chronological, so nothing goes before the admission or before the latest recorded change.
 */
export function earliestNextDate(admitDate: string, changeDates: readonly string[]): string {
  // ISO dates (YYYY-MM-DD) order correctly as strings.
  return changeDates.reduce((latest, d) => (d > latest ? d : latest), admitDate);
}
