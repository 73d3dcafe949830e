// A payer's rule pack narrowed to its template, so each template's rules read their own fields.
import type { RulePack } from '../../payers/index.ts';
import type { PayerFacts, TraceStep } from '../claim-model.ts';

export type TemplatePack =
  | { template: 'medicare_institutional'; rules: RulePack<'medicare_institutional'> }
  | { template: 'commercial_professional'; rules: RulePack<'commercial_professional'> }
  | { template: 'commercial_per_diem'; rules: RulePack<'commercial_per_diem'> };

export function templatePack(payer: PayerFacts): TemplatePack {
  // The payers module stores a pack only after it fits its template's schema (payers README), so a
  // template and the pack stored with it always belong together.
  return { template: payer.template, rules: payer.rules } as TemplatePack;
}

/** The first step of every trace: which pack, at which version, produced the line (BILLING-RULES §1). */
export const packStep = (payer: PayerFacts): TraceStep => ({
  rule: 'rule_pack',
  detail: `${payer.name} (${payer.payerId}): ${payer.template} rule pack version ${payer.rulesVersion}`,
});
