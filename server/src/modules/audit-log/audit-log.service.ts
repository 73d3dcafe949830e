// The audit report (AU-6): who did what to which patient, when. Reading it is itself audited.
import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { auditEvents, type Audit } from '../../kernel/audit/index.ts';
import type { Db } from '../../kernel/db/index.ts';
import { page, type RequestContext } from '../../kernel/http/index.ts';

export interface AuditQuery {
  patientId?: string | undefined;
  actorId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  action?: string | undefined;
  limit?: number | undefined;
  cursor?: string | undefined;
}

export type AuditService = ReturnType<typeof createAuditService>;

export function createAuditService({ db, audit }: { db: Db; audit: Audit }) {
  return {
    async list(ctx: RequestContext, query: AuditQuery) {
      const limit = query.limit ?? 50;
      const offset = page.offset(query.cursor);
      const conditions: (SQL | undefined)[] = [
        query.patientId ? eq(auditEvents.patientId, query.patientId) : undefined,
        query.actorId ? eq(auditEvents.actorId, query.actorId) : undefined,
        query.action ? eq(auditEvents.action, query.action) : undefined,
        query.from ? gte(auditEvents.at, new Date(query.from)) : undefined,
        query.to ? lt(auditEvents.at, new Date(query.to)) : undefined,
      ];
      return db.transaction(async (tx) => {
        const rows = await tx
          .select()
          .from(auditEvents)
          .where(and(...conditions))
          .orderBy(desc(auditEvents.seq))
          .limit(limit + 1)
          .offset(offset);
        await audit.record(tx, ctx, {
          action: 'query',
          category: 'audit_event',
          patientId: query.patientId ?? null,
          details: { filters: { ...query, cursor: undefined }, returned: Math.min(rows.length, limit) },
        });
        return page.of(rows, limit, offset);
      });
    },
  };
}
