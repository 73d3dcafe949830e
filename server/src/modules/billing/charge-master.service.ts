// The organization's charge master (BILLING-RULES §2: charges from the charge master, code → cents).
// The demo program prices the codes its payers bill with the invented list prices of charges.ts,
// each row marked synthetic so nobody mistakes them for a fee schedule.
import type { RequestContext } from '../../kernel/http/index.ts';
import { newId } from '../../kernel/ids.ts';
import type { BillingDeps } from './billing.deps.ts';
import * as q from './billing.queries.ts';
import { chargeMasterOf, DEFAULT_CHARGES, procedureCodesOf } from './charges.ts';

export function createChargeMaster({ db, audit }: Pick<BillingDeps, 'db' | 'audit'>) {
  return {
    /**
     * Synthetic prices from `effectiveFrom` on for every code the payers' current rule packs bill and
     * the charge master does not price on that date yet. Returns the codes priced.
     */
    async priceSynthetically(ctx: RequestContext, effectiveFrom: string): Promise<string[]> {
      return db.transaction(async (tx) => {
        const codes = [...new Set((await q.currentRulePacks(tx)).flatMap(procedureCodesOf))].sort();
        const priced = chargeMasterOf(await q.chargesBefore(tx, effectiveFrom), {});
        const rows = codes.flatMap((code) => {
          const cents = DEFAULT_CHARGES[code];
          return cents === undefined || priced(code, effectiveFrom) !== null
            ? []
            : [{ id: newId(), code, cents, effectiveFrom, effectiveTo: null, synthetic: true }];
        });
        await q.insertCharges(tx, rows);
        await audit.record(tx, ctx, {
          action: 'create',
          category: 'charge_master',
          details: { effectiveFrom, codes: rows.map((r) => r.code), synthetic: true },
        });
        return rows.map((r) => r.code);
      });
    },
  };
}
