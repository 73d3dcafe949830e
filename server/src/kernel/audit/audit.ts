// Audit of every read and write of patient data (AU-1..AU-4, 45 CFR 164.312(b)).
// Events are inserted in the caller's transaction; the sealer hash-chains them after commit.
import { createHash } from 'node:crypto';
import { asc, gt, sql } from 'drizzle-orm';
import type { Db } from '../db/index.ts';
import type { Clock } from '../clock.ts';
import type { RequestContext } from '../http/context.ts';
import { newId } from '../ids.ts';
import { auditChain, auditEvents } from './audit.tables.ts';

export type AuditAction =
  'create' | 'read' | 'update' | 'delete' | 'query' | 'login' | 'logout' | 'export' | 'print' | 'security';

export interface AuditEntry {
  action: AuditAction;
  category: string;
  patientId?: string | null;
  entityId?: string | null;
  outcome?: 'success' | 'failure' | 'denied';
  details?: Record<string, unknown>;
  /** For events before a user is known (a failed login names the attempted user here). */
  actorId?: string | null;
}

export interface Audit {
  /** Record events inside the given transaction: they commit or roll back with the change. */
  record(tx: Db, ctx: RequestContext, ...entries: AuditEntry[]): Promise<void>;
}

export function createAudit({ clock }: { clock: Clock }): Audit {
  return {
    async record(tx, ctx, ...entries) {
      if (entries.length === 0) return;
      const at = clock.now();
      await tx.insert(auditEvents).values(
        entries.map((e) => ({
          id: newId(),
          at,
          actorId: e.actorId !== undefined ? e.actorId : (ctx.actor?.userId ?? null),
          actorRoles: ctx.actor?.roles ?? [],
          patientId: e.patientId ?? null,
          action: e.action,
          category: e.category,
          entityId: e.entityId ?? null,
          outcome: e.outcome ?? 'success',
          ip: ctx.ip,
          requestId: ctx.requestId,
          details: e.details ?? {},
        })),
      );
    },
  };
}

type EventRow = typeof auditEvents.$inferSelect;

export const GENESIS_HASH = '0'.repeat(64);

/** The hash of one event: H(previous hash ‖ canonical row), over the row as stored. */
export function chainHash(prevHash: string, row: EventRow): string {
  const canonical = JSON.stringify([
    row.id,
    row.seq,
    row.at.toISOString(),
    row.actorId,
    row.actorRoles,
    row.patientId,
    row.action,
    row.category,
    row.entityId,
    row.outcome,
    row.ip,
    row.requestId,
    row.details,
  ]);
  return createHash('sha256').update(prevHash).update(canonical).digest('hex');
}

// Transactions commit out of sequence order, so an event with a lower seq can appear after a
// higher one was sealed. The sealer therefore looks back this many sequence numbers for stragglers.
const STRAGGLER_WINDOW = 100_000;
const SEAL_BATCH = 5_000;

/** Chain every committed, unsealed event. Safe to run from several processes at once. */
export async function sealPendingEvents(db: Db, clock: Clock): Promise<number> {
  let sealed = 0;
  for (;;) {
    const n = await db.transaction(async (tx) => {
      // One sealer at a time across all app processes.
      await tx.execute(sql`select pg_advisory_xact_lock(727100)`);
      const [last] = await tx
        .select()
        .from(auditChain)
        .orderBy(sql`${auditChain.position} desc`)
        .limit(1);
      const lastSeq = last
        ? ((
            await tx
              .select({ seq: auditEvents.seq })
              .from(auditEvents)
              .where(sql`${auditEvents.id} = ${last.eventId}`)
          )[0]?.seq ?? 0)
        : 0;
      const pending = await tx
        .select()
        .from(auditEvents)
        .where(
          sql`${auditEvents.seq} > ${Math.max(0, lastSeq - STRAGGLER_WINDOW)}
              and not exists (select 1 from ${auditChain} c where c.event_id = ${auditEvents.id})`,
        )
        .orderBy(asc(auditEvents.seq))
        .limit(SEAL_BATCH);
      if (pending.length === 0) return 0;
      let prev = last?.hash ?? GENESIS_HASH;
      let position = last?.position ?? 0;
      const sealedAt = clock.now();
      const links = pending.map((row) => {
        const hash = chainHash(prev, row);
        position += 1;
        const link = { position, eventId: row.id, prevHash: prev, hash, sealedAt };
        prev = hash;
        return link;
      });
      for (let i = 0; i < links.length; i += 1000) await tx.insert(auditChain).values(links.slice(i, i + 1000));
      return links.length;
    });
    sealed += n;
    if (n < SEAL_BATCH) return sealed;
  }
}

export interface ChainVerdict {
  ok: boolean;
  checked: number;
  /** The first broken link: which chain position and event, and what is wrong with it. */
  firstBad?: { position: number; eventId: string; problem: 'altered' | 'missing' | 'relinked' };
  /** Events committed but not yet sealed (normal for a few seconds after a write). */
  unsealed: number;
}

/** Walk the chain in order and recompute every hash (AU-4: the verifier names the first bad row). */
export async function verifyChain(db: Db): Promise<ChainVerdict> {
  let prev = GENESIS_HASH;
  let position = 0;
  let checked = 0;
  for (;;) {
    const links = await db
      .select({ link: auditChain, event: auditEvents })
      .from(auditChain)
      .leftJoin(auditEvents, sql`${auditEvents.id} = ${auditChain.eventId}`)
      .where(gt(auditChain.position, position))
      .orderBy(asc(auditChain.position))
      .limit(10_000);
    if (links.length === 0) break;
    for (const { link, event } of links) {
      const bad = (problem: 'altered' | 'missing' | 'relinked') => ({
        position: link.position,
        eventId: link.eventId,
        problem,
      });
      if (link.position !== position + 1 || link.prevHash !== prev)
        return { ok: false, checked, firstBad: bad('relinked'), unsealed: 0 };
      if (!event) return { ok: false, checked, firstBad: bad('missing'), unsealed: 0 };
      const hash = chainHash(prev, event);
      if (hash !== link.hash) return { ok: false, checked, firstBad: bad('altered'), unsealed: 0 };
      prev = hash;
      position = link.position;
      checked += 1;
    }
  }
  const [{ count }] = (await db
    .select({ count: sql<number>`count(*)::int` })
    .from(auditEvents)
    .where(sql`not exists (select 1 from ${auditChain} c where c.event_id = ${auditEvents.id})`)) as [
    { count: number },
  ];
  return { ok: true, checked, unsealed: count };
}
