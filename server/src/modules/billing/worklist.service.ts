// The billing office's read views (BILLING-RULES §1, §5): the worklist of held services, claims with
// names and totals, claim batches and remittances with their postings. Reads only; each is one
// transaction, limited to the patients the caller may see (DESIGN §3.4) and audited in it (§3.5):
// a query event for the search, and a read per patient listed.
import { page, type RequestContext } from '../../kernel/http/index.ts';
import type { BillingDeps } from './billing.deps.ts';
import { billingErrors as errors } from './billing.errors.ts';
import { claims, heldServices } from './billing.tables.ts';
import { parse, readRemittances, type Remittance } from './x12/index.ts';
import * as q from './worklist.queries.ts';
import {
  toBatchSummary,
  toClaimSummary,
  toHoldItem,
  toPosting,
  toRemittanceSummary,
  type BatchesQuery,
  type ClaimSummaries,
  type ClaimSummaryQuery,
  type HoldsQuery,
  type HoldsResponse,
  type RemittanceDetail,
} from './worklist.schemas.ts';

const DEFAULT_LIMIT = 50;

/**
 * The 835 transaction a stored remittance came from: one file may carry several, each stored as its
 * own remittance with the whole file beside it; BPR/TRN (payment, trace, date) and the payer tell them apart.
 */
function transactionOf(row: NonNullable<Awaited<ReturnType<typeof q.findRemittance>>>): Remittance | undefined {
  return readRemittances(parse(row.x12).segments).find(
    (r) =>
      r.checkNumber === row.checkNumber &&
      r.paymentDate === row.paymentDate &&
      r.totalPaidCents === row.totalPaidCents &&
      r.payer.name === row.payerName,
  );
}

export function createWorklist({ db, audit, patientAccess }: Pick<BillingDeps, 'db' | 'audit' | 'patientAccess'>) {
  return {
    async holds(ctx: RequestContext, query: HoldsQuery): Promise<HoldsResponse> {
      const limit = query.limit ?? DEFAULT_LIMIT;
      const offset = page.offset(query.cursor);
      const filter = { ...query, visible: patientAccess.visibleCondition(ctx, heldServices.patientId) };
      return db.transaction(async (tx) => {
        const result = page.of(await q.listHolds(tx, filter, limit + 1, offset), limit, offset);
        const counts = await q.holdCounts(tx, filter);
        await audit.record(
          tx,
          ctx,
          {
            action: 'query',
            category: 'billing_hold',
            details: { reason: query.reason ?? null, programId: query.programId ?? null, count: result.items.length },
          },
          // One read per patient listed, however many of their services the page holds.
          ...[...new Set(result.items.map((r) => r.patientId))].map((patientId) => ({
            action: 'read' as const,
            category: 'billing_hold',
            patientId,
          })),
        );
        return { items: result.items.map(toHoldItem), nextCursor: result.nextCursor, counts };
      });
    },

    async claims(ctx: RequestContext, query: ClaimSummaryQuery): Promise<ClaimSummaries> {
      const limit = query.limit ?? DEFAULT_LIMIT;
      const offset = page.offset(query.cursor);
      const filter = { ...query, visible: patientAccess.visibleCondition(ctx, claims.patientId) };
      return db.transaction(async (tx) => {
        const result = page.of(await q.listClaimSummaries(tx, filter, limit + 1, offset), limit, offset);
        const totals = await q.claimTotals(tx, filter);
        await audit.record(
          tx,
          ctx,
          {
            action: 'query',
            category: 'claim',
            details: { status: query.status ?? null, format: query.format ?? null, count: result.items.length },
          },
          ...result.items.map((r) => ({
            action: 'read' as const,
            category: 'claim',
            patientId: r.patientId,
            entityId: r.id,
          })),
        );
        return { items: result.items.map(toClaimSummary), nextCursor: result.nextCursor, totals };
      });
    },

    /** Batches name no patient (counts and totals only): one query event. */
    async batches(ctx: RequestContext, query: BatchesQuery) {
      const limit = query.limit ?? DEFAULT_LIMIT;
      const offset = page.offset(query.cursor);
      return db.transaction(async (tx) => {
        const result = page.of(await q.listBatches(tx, query.format, limit + 1, offset), limit, offset);
        await audit.record(tx, ctx, {
          action: 'query',
          category: 'claim_batch',
          details: { format: query.format ?? null, count: result.items.length },
        });
        return { items: result.items.map(toBatchSummary), nextCursor: result.nextCursor };
      });
    },

    /** Remittances name payers and amounts, no patient: one query event. */
    async remittances(ctx: RequestContext, query: { limit?: number | undefined; cursor?: string | undefined }) {
      const limit = query.limit ?? DEFAULT_LIMIT;
      const offset = page.offset(query.cursor);
      return db.transaction(async (tx) => {
        const result = page.of(await q.listRemittances(tx, limit + 1, offset), limit, offset);
        await audit.record(tx, ctx, {
          action: 'query',
          category: 'remittance',
          details: { count: result.items.length },
        });
        return { items: result.items.map(toRemittanceSummary), nextCursor: result.nextCursor };
      });
    },

    /**
     * One remittance as posted: each claim payment with its adjustments, and the payments that matched
     * none of our claims. Every posted claim's patient must be visible to the caller.
     */
    async remittance(ctx: RequestContext, id: string): Promise<RemittanceDetail> {
      return db.transaction(async (tx) => {
        const row = await q.findRemittance(tx, id);
        if (!row) throw errors.remittanceNotFound();
        const postings = await q.postingsOf(tx, id);
        for (const patientId of new Set(postings.map((p) => p.patientId))) {
          await patientAccess.assertVisible(tx, ctx, patientId);
        }
        const posted = new Set(postings.map((p) => p.payment.claimId));
        const unmatched = (transactionOf(row)?.payments ?? [])
          .filter((p) => !posted.has(p.claimId))
          .map((p) => ({ claimId: p.claimId, chargeCents: p.chargeCents, paidCents: p.paidCents }));
        await audit.record(
          tx,
          ctx,
          ...(postings.length > 0
            ? postings.map((p) => ({
                action: 'read' as const,
                category: 'remittance',
                patientId: p.patientId,
                entityId: p.claimId,
                details: { remittanceId: id },
              }))
            : [{ action: 'read' as const, category: 'remittance', entityId: id }]),
        );
        return { ...toRemittanceSummary(row), postings: postings.map(toPosting), unmatched };
      });
    },
  };
}

export type Worklist = ReturnType<typeof createWorklist>;
