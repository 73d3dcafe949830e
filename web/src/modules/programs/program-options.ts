import type { DischargeBody, ProgramBody } from './programs.api';

export const LEVELS_OF_CARE: { value: ProgramBody['levelOfCare']; label: string }[] = [
  { value: 'IOP', label: 'IOP (intensive outpatient)' },
  { value: 'PHP', label: 'PHP (partial hospitalization)' },
];

export const POPULATIONS: { value: ProgramBody['population']; label: string }[] = [
  { value: 'mental_health', label: 'Mental health' },
  { value: 'substance_use', label: 'Substance use' },
  { value: 'co_occurring', label: 'Co-occurring' },
];

export const populationLabel = (value: string): string => POPULATIONS.find((p) => p.value === value)?.label ?? value;

/** Usual weekly minimums: Medicare IOP needs 9 hours, PHP 20 (42 CFR 410.43). */
export const DEFAULT_MIN_HOURS: Record<ProgramBody['levelOfCare'], number> = { IOP: 9, PHP: 20 };

/** Discharge dispositions the API accepts; details go in the note. */
export const DISPOSITIONS: { value: DischargeBody['disposition']; label: string }[] = [
  { value: 'completed', label: 'Completed program' },
  { value: 'transferred', label: 'Transferred (another level of care or provider)' },
  { value: 'against_advice', label: 'Left against clinical advice' },
  { value: 'administrative', label: 'Administrative discharge' },
  { value: 'other', label: 'Other' },
];

export const dispositionLabel = (value: string | null): string =>
  value ? (DISPOSITIONS.find((d) => d.value === value)?.label ?? value) : '—';
