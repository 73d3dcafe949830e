// Billing runs and the session claim preview (BILLING-RULES §1, §5): facts from the other modules'
// records → lines and holds (rules/) → claims per patient, payer and period → scrubbed, stored with
// their lines under a unique service key, so re-running a period bills nothing twice (DESIGN §4).
import { sql } from 'drizzle-orm';
import type { AuditEntry } from '../../kernel/audit/index.ts';
import type { Db } from '../../kernel/db/index.ts';
import type { RequestContext } from '../../kernel/http/index.ts';
import { newId } from '../../kernel/ids.ts';
import type { BillingDeps } from './billing.deps.ts';
import { billingErrors as errors } from './billing.errors.ts';
import * as q from './billing.queries.ts';
import { toClaimResponse, toLineResponse, type ClaimResponse, type PreviewResponse } from './billing.schemas.ts';
import { chargeMasterOf } from './charges.ts';
import { billingProviderOf, claimRecords } from './claim-store.ts';
import type { Claim, Hold, ServiceFacts } from './claim-model.ts';
import { patientFacts, serviceFacts } from './facts.queries.ts';
import { assembleClaims, deriveLines, scrubClaim, weekOf, within, type DateRange } from './rules/index.ts';
import { claimIdOf, factKeys } from './service-keys.ts';

export interface RunResult {
  claims: ClaimResponse[];
  held: Hold[];
}

export function createRuns({ db, clock, audit, patientAccess }: BillingDeps) {
  /** Lines and holds of services not billed yet; facts are read over whole weeks for the weekly-hours warning. */
  async function derive(tx: Db, ctx: RequestContext, period: DateRange) {
    const weeks = { from: weekOf(period.from).from, to: weekOf(period.to).to };
    const facts = await serviceFacts(tx, weeks, patientAccess.visibleCondition(ctx, sql`a.patient_id`));
    const inPeriod = facts.filter((fact) => within(fact.serviceDate, period));
    const billedKeys = await q.billedKeys(tx, inPeriod.flatMap(factKeys));
    const isBilled = (fact: ServiceFacts) => factKeys(fact).some((key) => billedKeys.has(key));
    const fresh = inPeriod.filter((fact) => !isBilled(fact));
    const chargeFor = chargeMasterOf(await q.chargesBefore(tx, period.to));
    // Earlier runs' services of the same days still count (a second group line's modifier 59).
    return { facts, inPeriod, fresh, ...deriveLines(fresh, chargeFor, { billed: inPeriod.filter(isBilled) }) };
  }

  async function storeClaims(tx: Db, claims: Claim[], facts: ServiceFacts[]) {
    const patientIds = [...new Set(claims.map((c) => c.patient.patientId))];
    const earlier = (await q.liveClaimsOfPatients(tx, patientIds)).map((row) => row.claim);
    const now = clock.now();
    const rows: q.ClaimRow[] = [];
    for (const assembled of claims) {
      const patientId = assembled.patient.patientId;
      const issues = scrubClaim(assembled, {
        otherClaims: [...earlier, ...claims.filter((c) => c !== assembled)],
        facts: facts.filter((f) => f.patientId === patientId),
      });
      const { row, lines, uses } = claimRecords({ ...assembled, issues }, now);
      await q.insertClaim(tx, row, lines, uses);
      rows.push(row);
    }
    return rows;
  }

  return {
    async run(ctx: RequestContext, period: DateRange): Promise<RunResult> {
      if (period.to < period.from) throw errors.invalidPeriod();
      return db.transaction(async (tx) => {
        await q.lockRuns(tx);
        const { facts, inPeriod, fresh, lines, holds } = await derive(tx, ctx, period);
        let rows: q.ClaimRow[] = [];
        if (lines.length > 0) {
          const runId = newId();
          const claims = assembleClaims(lines, fresh, {
            billingProvider: await billingProviderOf(tx),
            period,
            patients: await patientFacts(
              tx,
              lines.map((l) => l.patientId),
            ),
            claimId: (key) => claimIdOf(runId, key),
          });
          rows = await storeClaims(tx, claims, facts);
        }
        const heldAt = clock.now();
        await q.replaceHolds(
          tx,
          [...new Set(inPeriod.map((f) => f.sessionId))],
          holds.map((h) => ({ ...h, heldAt })),
        );
        const claimed = new Set(rows.map((r) => r.patientId));
        const events: AuditEntry[] = [
          // The run itself, even when it bills and holds nothing: it read every attendee's records.
          {
            action: 'query',
            category: 'billing_run',
            details: { from: period.from, to: period.to, claims: rows.length, held: holds.length },
          },
          ...rows.map((r) => ({
            action: 'create' as const,
            category: 'claim',
            patientId: r.patientId,
            entityId: r.id,
            details: { from: period.from, to: period.to, lines: r.claim.lines.length },
          })),
          ...[...new Set(holds.map((h) => h.patientId))]
            .filter((id) => !claimed.has(id))
            .map((patientId) => ({
              action: 'update' as const,
              category: 'billing_hold',
              patientId,
              details: { from: period.from, to: period.to },
            })),
        ];
        await audit.record(tx, ctx, ...events);
        return { claims: rows.map(toClaimResponse), held: holds };
      });
    },

    /**
     * What each member of a session would produce, or why it is held, as a run would see it: the
     * members' whole day (per-diem thresholds, a second group line's modifier 59 after a line billed
     * before). Nothing is written but the audit; `billed` says a run has billed the service already,
     * and then its lines are the ones its claim carries.
     */
    async preview(ctx: RequestContext, sessionId: string): Promise<PreviewResponse> {
      return db.transaction(async (tx) => {
        if (!(await q.sessionExists(tx, sessionId))) throw errors.sessionNotFound();
        const visible = patientAccess.visibleCondition(ctx, sql`a.patient_id`);
        const own = await serviceFacts(tx, { sessionId }, visible);
        const [first] = own;
        const patientIds = new Set(own.map((f) => f.patientId));
        const day = first
          ? (await serviceFacts(tx, { from: first.serviceDate, to: first.serviceDate }, visible)).filter((f) =>
              patientIds.has(f.patientId),
            )
          : [];
        const chargeFor = chargeMasterOf(await q.chargesBefore(tx, first?.serviceDate ?? '9999-12-31'));
        const billedKeys = await q.billedKeys(tx, day.flatMap(factKeys));
        const isBilled = (fact: ServiceFacts) => factKeys(fact).some((key) => billedKeys.has(key));
        const { lines, holds } = deriveLines(
          day.filter((fact) => !isBilled(fact)),
          chargeFor,
          { billed: day.filter(isBilled) },
        );
        const stored = (await q.claimsBilling(tx, own.filter(isBilled).flatMap(factKeys))).flatMap((c) => c.lines);
        const members = own.map((fact) => {
          const { patientId } = fact;
          const hold = holds.find((h) => h.patientId === patientId && h.sessionId === sessionId);
          return {
            patientId,
            billed: isBilled(fact),
            lines: (isBilled(fact) ? stored : lines)
              .filter((l) => l.patientId === patientId && l.sessionIds.includes(sessionId))
              .map(toLineResponse),
            held: hold ? { reason: hold.reason, message: hold.message } : null,
          };
        });
        if (members.length > 0) {
          await audit.record(
            tx,
            ctx,
            ...members.map((m) => ({
              action: 'read' as const,
              category: 'claim_preview',
              patientId: m.patientId,
              entityId: sessionId,
            })),
          );
        }
        return { sessionId, members };
      });
    },
  };
}
