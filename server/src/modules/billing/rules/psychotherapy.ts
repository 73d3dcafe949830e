// Codes shared by the itemized and professional templates (BILLING-RULES §2–§3): time-based
// individual psychotherapy, where the payer's band holding the minutes wins (CPT time rule 16–37 →
// 90832, 38–52 → 90834, ≥ 53 → 90837; under 16 no band, not billable), and family psychotherapy
// (CPT 90847 with the patient present, 90846 without).
import type { RulePack } from '../../payers/index.ts';
import { held, type Coded, type Held } from './verdict.ts';

type MinuteBands = RulePack<'commercial_professional'>['services']['individual_therapy']['minuteBands'];

export function individualTherapyCode(bands: MinuteBands, minutes: number): Coded | Held {
  const band = bands.find((b) => b.minMinutes <= minutes && (b.maxMinutes === null || minutes <= b.maxMinutes));
  if (!band) {
    return held(
      'not_billable',
      `${minutes} minutes of individual therapy fall in none of the payer's time bands (CPT time rule: at least 16 minutes), so it is not billable.`,
    );
  }
  const range = band.maxMinutes === null ? `${band.minMinutes}+` : `${band.minMinutes}–${band.maxMinutes}`;
  return {
    procedureCode: band.procedureCode,
    step: {
      rule: 'procedure',
      detail: `individual_therapy ${minutes} min → ${band.procedureCode} (CPT time rule, band ${range} min)`,
    },
  };
}

export function familyTherapyCode(
  codes: { withPatient: string; withoutPatient: string },
  patientPresent: boolean,
): Coded {
  const procedureCode = patientPresent ? codes.withPatient : codes.withoutPatient;
  return {
    procedureCode,
    step: {
      rule: 'procedure',
      detail: `family_therapy ${patientPresent ? 'with' : 'without'} the patient → ${procedureCode}`,
    },
  };
}
