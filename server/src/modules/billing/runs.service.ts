// Billing runs and the session claim preview (BILLING-RULES §1, §5): facts from the other modules'
// records → lines and holds (rules/) → claims per patient, payer and period → scrubbed, stored with
// their lines under a unique service key, so re-running a period bills nothing twice (DESIGN §4).
import { sql } from 'drizzle-orm';
import type { AuditEntry } from '../../kernel/audit/index.ts';
import type { Db } from '../../kernel/db/index.ts';
import type { RequestContext } from '../../kernel/http/index.ts';
import { newId } from '../../kernel/ids.ts';
import { getOrganization } from '../organization/index.ts';
import type { BillingDeps } from './billing.deps.ts';
import { billingErrors as errors } from './billing.errors.ts';
import * as q from './billing.queries.ts';
import { toClaimResponse, toLineResponse, type ClaimResponse, type PreviewResponse } from './billing.schemas.ts';
import { chargeMasterOf } from './charges.ts';
import type { BillingProvider, Claim, FacilityType, Hold, ServiceFacts } from './claim-model.ts';
import { patientFacts, serviceFacts } from './facts.queries.ts';
import { assembleClaims, deriveLines, scrubClaim, weekOf, within, type DateRange } from './rules/index.ts';
import { claimIdOf, factKeys, lineKey } from './service-keys.ts';

export interface RunResult {
  claims: ClaimResponse[];
  held: Hold[];
}

async function billingProviderOf(tx: Db): Promise<BillingProvider> {
  const org = await getOrganization(tx);
  if (!org) throw errors.organizationMissing();
  return {
    name: org.name,
    npi: org.npi,
    taxId: org.taxId,
    taxonomy: org.taxonomy,
    facilityType: org.facilityType as FacilityType,
    address: org.address,
  };
}

const isError = (claim: Claim) => claim.issues.some((issue) => issue.severity === 'error');

export function createRuns({ db, clock, audit, patientAccess }: BillingDeps) {
  /** Lines and holds of services not billed yet; facts are read over whole weeks for the weekly-hours warning. */
  async function derive(tx: Db, ctx: RequestContext, period: DateRange) {
    const weeks = { from: weekOf(period.from).from, to: weekOf(period.to).to };
    const facts = await serviceFacts(tx, weeks, patientAccess.visibleCondition(ctx, sql`a.patient_id`));
    const inPeriod = facts.filter((fact) => within(fact.serviceDate, period));
    const billed = await q.billedKeys(tx, inPeriod.flatMap(factKeys));
    const fresh = inPeriod.filter((fact) => !factKeys(fact).some((key) => billed.has(key)));
    const chargeFor = chargeMasterOf(await q.chargesBefore(tx, period.to));
    return { facts, inPeriod, fresh, ...deriveLines(fresh, chargeFor) };
  }

  async function storeClaims(tx: Db, claims: Claim[], facts: ServiceFacts[]) {
    const patientIds = [...new Set(claims.map((c) => c.patient.patientId))];
    const earlier = (await q.claimsOfPatients(tx, patientIds)).map((row) => row.claim);
    const now = clock.now();
    const rows: q.ClaimRow[] = [];
    for (const assembled of claims) {
      const patientId = assembled.patient.patientId;
      const issues = scrubClaim(assembled, {
        otherClaims: [...earlier, ...claims.filter((c) => c !== assembled)],
        facts: facts.filter((f) => f.patientId === patientId),
      });
      const claim: Claim = { ...assembled, issues };
      const perDiem = claim.payer.template === 'commercial_per_diem';
      const lines = claim.lines.map((line, position) => ({
        id: newId(),
        claimId: claim.claimId,
        position,
        serviceKey: lineKey(line, perDiem),
        patientId,
        sessionId: line.sessionId,
        serviceDate: line.serviceDate,
        procedureCode: line.procedureCode,
        chargeCents: line.chargeCents,
        trace: line.trace,
      }));
      const uses = claim.lines.flatMap((line, i) =>
        line.authorization
          ? [
              {
                id: newId(),
                authorizationId: line.authorization.authorizationId,
                units: String(line.authorization.units),
                serviceDate: line.serviceDate,
                source: `claim_line:${lines[i]?.id ?? ''}`,
                createdAt: now,
              },
            ]
          : [],
      );
      const row: q.ClaimRow = {
        id: claim.claimId,
        patientId,
        payerId: claim.payer.payerId,
        format: claim.format,
        // Errors keep a claim out of a batch until fixed; warnings do not (DESIGN §3.6).
        status: isError(claim) ? 'draft' : 'ready',
        frequency: claim.frequency,
        originalClaimId: claim.originalClaimId,
        periodFrom: claim.statementFrom,
        periodTo: claim.statementTo,
        totalCents: claim.totalCents,
        rulesVersion: claim.payer.rulesVersion,
        claim,
        issues,
        batchId: null,
        createdAt: now,
      };
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
     * members' whole day (per-diem thresholds, a second group line's modifier 59). Nothing is written
     * but the audit; `billed` says a run has billed the service already.
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
        const { lines, holds } = deriveLines(day, chargeFor);
        const billed = await q.billedKeys(tx, own.flatMap(factKeys));
        const members = own.map((fact) => {
          const { patientId } = fact;
          const hold = holds.find((h) => h.patientId === patientId && h.sessionId === sessionId);
          return {
            patientId,
            billed: factKeys(fact).some((key) => billed.has(key)),
            lines: lines
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
