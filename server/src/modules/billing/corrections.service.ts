// Correcting a claim the payer has (BILLING-RULES §1: a claim in a batch is immutable): a
// replacement claim (frequency 7) or a void (8), each naming the original in REF*F8. The original
// keeps its content and becomes `replaced` or `voided`; one correction per claim.
//
// A replacement re-derives its lines from the current facts of the original's services rather than
// copying them: it exists to send what was wrong corrected (minutes, modality, rendering provider,
// diagnoses, prices), and a payer replaces the whole claim with it, so it carries every service still
// billable and drops the ones that are not. A void copies the original as sent, lines and all, so
// the payer finds the claim it cancels; its services are freed for a later run (to the right payer,
// say), and their authorization units given back.
import { sql } from 'drizzle-orm';
import type { Db } from '../../kernel/db/index.ts';
import { isUniqueViolation } from '../../kernel/db/index.ts';
import type { ErrorDetail, RequestContext } from '../../kernel/http/index.ts';
import { newId } from '../../kernel/ids.ts';
import type { BillingDeps } from './billing.deps.ts';
import { billingErrors as errors } from './billing.errors.ts';
import * as q from './billing.queries.ts';
import { toClaimResponse, type ClaimResponse } from './billing.schemas.ts';
import type { ClaimStatus } from './billing.tables.ts';
import { chargeMasterOf } from './charges.ts';
import { billingProviderOf, claimRecords } from './claim-store.ts';
import type { Claim, ServiceFacts } from './claim-model.ts';
import { patientFacts, serviceFacts } from './facts.queries.ts';
import {
  asCorrection,
  assembleClaims,
  deriveLines,
  replacementWindow,
  scrubClaim,
  voidOf,
  weekOf,
} from './rules/index.ts';
import { factKeys } from './service-keys.ts';

// What a payer has received and may have adjudicated. Draft and ready claims are not sent yet (the
// next run or batch takes care of them); a rejected claim never entered adjudication, so it is sent
// again as an original, not replaced.
const SENT: readonly ClaimStatus[] = ['batched', 'submitted', 'accepted', 'paid', 'partially_paid', 'denied'];

type Frequency = '7' | '8';
const OUTCOME = { '7': 'replaced', '8': 'voided' } as const satisfies Record<Frequency, ClaimStatus>;

export function createCorrections({ db, clock, audit, patientAccess }: BillingDeps) {
  /** The original, locked so that two corrections of it wait for each other. */
  async function correctable(tx: Db, ctx: RequestContext, id: string): Promise<q.ClaimRow> {
    const [row] = await q.holdClaims(tx, [id]);
    if (!row) throw errors.claimNotFound();
    await patientAccess.assertVisible(tx, ctx, row.patientId);
    if (row.frequency === '8') throw errors.voidNotCorrectable();
    if (row.status === 'replaced' || row.status === 'voided') {
      throw errors.claimAlreadyCorrected(await q.correctionOf(tx, id));
    }
    if (!SENT.includes(row.status as ClaimStatus)) throw errors.claimNotSubmitted(row.status);
    return row;
  }

  /** The patient's facts over the whole weeks of the original's statement (the weekly-hours warning). */
  function factsOf(tx: Db, original: q.ClaimRow): Promise<ServiceFacts[]> {
    const weeks = { from: weekOf(original.periodFrom).from, to: weekOf(original.periodTo).to };
    return serviceFacts(tx, weeks, sql`a.patient_id = ${original.patientId}`);
  }

  /** The replacement of the original from the current facts of the services it billed, scrubbed. */
  async function replacementOf(tx: Db, original: q.ClaimRow, released: q.ClaimLineRow[]) {
    const facts = await factsOf(tx, original);
    const services = new Set(released.map((line) => line.serviceKey));
    const inClaim = (fact: ServiceFacts) => factKeys(fact).some((key) => services.has(key));
    const scope = facts.filter(inClaim);
    const billedKeys = await q.billedKeys(tx, facts.flatMap(factKeys));
    const billed = facts.filter((fact) => !inClaim(fact) && factKeys(fact).some((key) => billedKeys.has(key)));
    const chargeFor = chargeMasterOf(await q.chargesBefore(tx, original.periodTo));
    const { lines, holds } = deriveLines(scope, chargeFor, { billed });
    const held: ErrorDetail[] = holds.map((h) => ({ path: `sessions.${h.sessionId}`, message: h.message }));
    if (lines.length === 0) throw errors.replacementEmpty(held);
    const assembled = assembleClaims(lines, scope, {
      billingProvider: await billingProviderOf(tx),
      period: replacementWindow(original.claim),
      patients: await patientFacts(tx, [original.patientId]),
      claimId: () => newId(),
    });
    const [claim, ...more] = assembled;
    if (!claim || more.length > 0 || claim.payer.payerId !== original.payerId) {
      throw errors.replacementNotOneClaim(
        assembled.map((c, i) => ({
          path: `claims.${i}`,
          message: `${c.payer.name}, ${c.statementFrom} to ${c.statementTo}, ${c.lines.length} line(s)`,
        })),
      );
    }
    const others = (await q.liveClaimsOfPatients(tx, [original.patientId])).filter((r) => r.id !== original.id);
    const replacement = asCorrection(claim, '7', {
      claimId: original.id,
      payerClaimControlNumber: await q.payerClaimControlOf(tx, original.id),
    });
    const issues = scrubClaim(replacement, { otherClaims: others.map((r) => r.claim), facts });
    return { claim: { ...replacement, issues }, holds, sessionIds: [...new Set(scope.map((f) => f.sessionId))] };
  }

  /**
   * One correction in one transaction: lock and check the original, free its services, store the
   * correction, mark the original, audit both claims.
   */
  async function correct(ctx: RequestContext, id: string, frequency: Frequency): Promise<ClaimResponse> {
    return db.transaction(async (tx) => {
      const original = await correctable(tx, ctx, id);
      const released = await q.releaseLines(tx, id);
      const now = clock.now();
      let claim: Claim;
      if (frequency === '7') {
        const replacement = await replacementOf(tx, original, released);
        claim = replacement.claim;
        // Services the corrected facts no longer bill are held as a run would hold them.
        await q.replaceHolds(
          tx,
          replacement.sessionIds,
          replacement.holds.map((h) => ({ ...h, heldAt: now })),
          original.patientId,
        );
      } else {
        const voided = voidOf(original.claim, newId(), await q.payerClaimControlOf(tx, original.id));
        // A void bills nothing: no weekly-hours warning and no IOP/PHP overlap apply to it.
        claim = { ...voided, issues: scrubClaim(voided, { otherClaims: [], facts: [] }) };
      }
      const { row, lines, uses } = claimRecords(claim, now, { bills: frequency === '7' });
      try {
        await q.insertClaim(tx, row, lines, uses);
      } catch (error) {
        // The lock above makes a second correction wait and then see the first; the index decides regardless.
        if (isUniqueViolation(error, 'claims_one_correction')) throw errors.claimAlreadyCorrected(null);
        throw error;
      }
      const status = OUTCOME[frequency];
      await q.setClaimStatuses(tx, [{ claimId: id, status }]);
      await audit.record(
        tx,
        ctx,
        {
          action: 'create',
          category: 'claim',
          patientId: row.patientId,
          entityId: row.id,
          details: { frequency, corrects: id, lines: claim.lines.length },
        },
        {
          action: 'update',
          category: 'claim',
          patientId: original.patientId,
          entityId: id,
          details: { status, by: row.id },
        },
      );
      return toClaimResponse(row);
    });
  }

  return {
    /** POST /api/claims/{id}/replacement: the corrected claim, frequency 7. */
    replace: (ctx: RequestContext, id: string) => correct(ctx, id, '7'),
    /** POST /api/claims/{id}/void: the cancellation, frequency 8. */
    void: (ctx: RequestContext, id: string) => correct(ctx, id, '8'),
  };
}
