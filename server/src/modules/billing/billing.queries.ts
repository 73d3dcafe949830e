// All SQL of the billing module's own tables; each function takes db or tx (DESIGN §2).
import { and, asc, desc, eq, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { selectRows, type Db } from '../../kernel/db/index.ts';
import { authorizationUses } from '../patients/index.ts';
import {
  chargeMaster,
  claimBatches,
  claimLines,
  claims,
  heldServices,
  interchangeControlSequence,
  remittancePostings,
  remittances,
} from './billing.tables.ts';

export type ClaimRow = typeof claims.$inferSelect;
export type ChargeRow = typeof chargeMaster.$inferSelect;
export type HeldRow = typeof heldServices.$inferSelect;
export type BatchRow = typeof claimBatches.$inferSelect;

/**
 * One billing run at a time: parallel runs wait here, then see each other's lines, so neither
 * bills a service twice; the unique `claim_lines_service` index holds the invariant regardless.
 */
export async function lockRuns(tx: Db): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('billing.run'))`);
}

export function chargesBefore(db: Db, to: string): Promise<ChargeRow[]> {
  return db
    .select()
    .from(chargeMaster)
    .where(lte(chargeMaster.effectiveFrom, to))
    .orderBy(asc(chargeMaster.code), desc(chargeMaster.effectiveFrom));
}

/** The service keys among `keys` already on a claim line. */
export async function billedKeys(db: Db, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db
    .select({ key: claimLines.serviceKey })
    .from(claimLines)
    .where(inArray(claimLines.serviceKey, keys));
  return new Set(rows.map((r) => r.key));
}

export async function insertClaim(
  db: Db,
  claim: typeof claims.$inferInsert,
  lines: (typeof claimLines.$inferInsert)[],
  uses: (typeof authorizationUses.$inferInsert)[],
): Promise<void> {
  await db.insert(claims).values(claim);
  if (lines.length > 0) await db.insert(claimLines).values(lines);
  if (uses.length > 0) await db.insert(authorizationUses).values(uses);
}

/** The holds of the run's sessions are replaced by the run's own (BILLING-RULES §1: fixed holds disappear). */
export async function replaceHolds(db: Db, sessionIds: string[], holds: HeldRow[]): Promise<void> {
  if (sessionIds.length > 0) await db.delete(heldServices).where(inArray(heldServices.sessionId, sessionIds));
  if (holds.length > 0) await db.insert(heldServices).values(holds);
}

export function claimsOfPatients(db: Db, patientIds: string[]): Promise<ClaimRow[]> {
  if (patientIds.length === 0) return Promise.resolve([]);
  return db.select().from(claims).where(inArray(claims.patientId, patientIds));
}

export interface ClaimFilter {
  status?: string | undefined;
  patientId?: string | undefined;
  payerId?: string | undefined;
  visible?: SQL | undefined;
}

export function listClaims(db: Db, filter: ClaimFilter, limit: number, offset: number): Promise<ClaimRow[]> {
  return db
    .select()
    .from(claims)
    .where(
      and(
        filter.status ? eq(claims.status, filter.status) : undefined,
        filter.patientId ? eq(claims.patientId, filter.patientId) : undefined,
        filter.payerId ? eq(claims.payerId, filter.payerId) : undefined,
        filter.visible,
      ),
    )
    .orderBy(desc(claims.createdAt), asc(claims.id))
    .limit(limit)
    .offset(offset);
}

export async function findClaim(db: Db, id: string): Promise<ClaimRow | undefined> {
  const [row] = await db.select().from(claims).where(eq(claims.id, id));
  return row;
}

/** Claims locked for batching, so two batches cannot take the same claim. */
export function holdClaims(db: Db, ids: string[]): Promise<ClaimRow[]> {
  return db.select().from(claims).where(inArray(claims.id, ids)).for('update');
}

export async function nextControlNumber(db: Db): Promise<number> {
  const [row] = await selectRows<{ n: number }>(
    db,
    sql`select nextval(${interchangeControlSequence.seqName})::int as n`,
  );
  if (!row) throw new Error('interchange control sequence returned nothing');
  return row.n;
}

export async function insertBatch(db: Db, batch: BatchRow, claimIds: string[]): Promise<void> {
  await db.insert(claimBatches).values(batch);
  await db.update(claims).set({ status: 'batched', batchId: batch.id }).where(inArray(claims.id, claimIds));
}

export async function findBatch(db: Db, id: string): Promise<BatchRow | undefined> {
  const [row] = await db.select().from(claimBatches).where(eq(claimBatches.id, id));
  return row;
}

export function claimsOfBatch(db: Db, batchId: string): Promise<ClaimRow[]> {
  return db.select().from(claims).where(eq(claims.batchId, batchId));
}

export async function insertRemittance(
  db: Db,
  remittance: typeof remittances.$inferInsert,
  postings: (typeof remittancePostings.$inferInsert)[],
): Promise<void> {
  await db.insert(remittances).values(remittance);
  if (postings.length > 0) await db.insert(remittancePostings).values(postings);
}

export async function setClaimStatuses(db: Db, statuses: { claimId: string; status: string }[]): Promise<void> {
  for (const { claimId, status } of statuses) await db.update(claims).set({ status }).where(eq(claims.id, claimId));
}

export function claimsByIds(db: Db, ids: string[]): Promise<ClaimRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.select().from(claims).where(inArray(claims.id, ids));
}

export async function sessionExists(db: Db, id: string): Promise<boolean> {
  const rows = await selectRows<{ id: string }>(db, sql`select id from sessions where id = ${id}`);
  return rows.length > 0;
}

/** The time zone of the first active site: the clinic-local wall time an interchange is dated in. */
export async function clinicTimeZone(db: Db): Promise<string> {
  const [row] = await selectRows<{ time_zone: string }>(
    db,
    sql`select time_zone from sites where active order by name, id limit 1`,
  );
  return row?.time_zone ?? 'UTC';
}
