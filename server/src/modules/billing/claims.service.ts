// Claims: lists, one claim with its lines' traces and issues, its paper form (BILLING-RULES §5:
// UB-04 for 837I, CMS-1500 for 837P), and its replacement or void (corrections.service.ts). Every
// read is audited per patient (DESIGN §3.5).
import { page, type RequestContext } from '../../kernel/http/index.ts';
import type { BillingDeps } from './billing.deps.ts';
import { billingErrors as errors } from './billing.errors.ts';
import * as q from './billing.queries.ts';
import { toClaimResponse, type ClaimResponse, type ClaimsQuery } from './billing.schemas.ts';
import { claims } from './billing.tables.ts';
import { createCorrections } from './corrections.service.ts';
import { renderClaimForm } from './pdf/index.ts';

export function createClaims(deps: BillingDeps) {
  const { db, audit, patientAccess } = deps;
  async function visibleClaim(tx: typeof db, ctx: RequestContext, id: string): Promise<q.ClaimRow> {
    const row = await q.findClaim(tx, id);
    if (!row) throw errors.claimNotFound();
    await patientAccess.assertVisible(tx, ctx, row.patientId);
    return row;
  }

  return {
    async list(
      ctx: RequestContext,
      query: ClaimsQuery,
    ): Promise<{ items: ClaimResponse[]; nextCursor: string | null }> {
      const limit = query.limit ?? 50;
      const offset = page.offset(query.cursor);
      return db.transaction(async (tx) => {
        const rows = await q.listClaims(
          tx,
          { ...query, visible: patientAccess.visibleCondition(ctx, claims.patientId) },
          limit + 1,
          offset,
        );
        const result = page.of(rows, limit, offset);
        await audit.record(
          tx,
          ctx,
          { action: 'query', category: 'claim', details: { status: query.status ?? null, count: result.items.length } },
          ...result.items.map((r) => ({
            action: 'read' as const,
            category: 'claim',
            patientId: r.patientId,
            entityId: r.id,
          })),
        );
        return { items: result.items.map(toClaimResponse), nextCursor: result.nextCursor };
      });
    },

    async get(ctx: RequestContext, id: string): Promise<ClaimResponse> {
      return db.transaction(async (tx) => {
        const row = await visibleClaim(tx, ctx, id);
        await audit.record(tx, ctx, { action: 'read', category: 'claim', patientId: row.patientId, entityId: id });
        return toClaimResponse(row);
      });
    },

    async form(ctx: RequestContext, id: string): Promise<Uint8Array> {
      const row = await db.transaction(async (tx) => {
        const found = await visibleClaim(tx, ctx, id);
        await audit.record(tx, ctx, { action: 'print', category: 'claim', patientId: found.patientId, entityId: id });
        return found;
      });
      return renderClaimForm(row.claim);
    },

    ...createCorrections(deps),
  };
}
