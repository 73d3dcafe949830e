// The charge master as the rules read it (BILLING-RULES §2: charges from the organization's charge
// master, code → cents). A price holds from its effective date through its end date; the latest
// effective price on the date wins.
import type { ChargeFor } from './rules/index.ts';

export interface Charge {
  code: string;
  cents: number;
  effectiveFrom: string;
  effectiveTo: string | null;
}

/**
 * Synthetic list prices in cents for the codes the three templates produce, used for a code the
 * organization has not priced. They are placeholders for the demo and tests, not a fee schedule:
 * a real organization sets its own prices in `charge_master`.
 */
export const DEFAULT_CHARGES: Readonly<Record<string, number>> = {
  G0410: 15_000,
  G0176: 9_000,
  G0177: 9_000,
  '90853': 9_500,
  '90832': 11_000,
  '90834': 15_000,
  '90837': 20_000,
  '90846': 15_500,
  '90847': 16_500,
  '90791': 25_000,
  '90792': 30_000,
  S9480: 45_000,
  H0015: 40_000,
  S0201: 95_000,
  H0035: 60_000,
  H0037: 90_000,
};

export function chargeMasterOf(charges: readonly Charge[], defaults = DEFAULT_CHARGES): ChargeFor {
  return (code, date) => {
    let best: Charge | undefined;
    for (const charge of charges) {
      const inEffect = charge.effectiveFrom <= date && (charge.effectiveTo === null || date <= charge.effectiveTo);
      if (charge.code === code && inEffect && (!best || charge.effectiveFrom > best.effectiveFrom)) best = charge;
    }
    return best?.cents ?? defaults[code] ?? null;
  };
}

// The rule-pack fields that hold a CPT/HCPCS code (payers: rule-packs.ts, BILLING-RULES §2–§4).
const CODE_FIELDS = new Set(['procedureCode', 'withPatient', 'withoutPatient', 'withMedicalServices']);

/** Every procedure code a rule pack can put on a claim line, sorted: the codes a charge master prices. */
export function procedureCodesOf(rules: unknown): string[] {
  const codes = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      for (const [key, field] of Object.entries(value)) {
        if (CODE_FIELDS.has(key) && typeof field === 'string') codes.add(field);
        else visit(field);
      }
    }
  };
  visit(rules);
  return [...codes].sort();
}
