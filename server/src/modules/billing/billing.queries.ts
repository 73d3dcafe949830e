// All SQL of the billing module's own tables; each function takes db or tx (DESIGN §2).
import { and, asc, desc, eq, getTableColumns, inArray, lte, notInArray, or, sql, type SQL } from 'drizzle-orm';
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
import type { Claim } from './claim-model.ts';
import { useSource } from './service-keys.ts';

export type ClaimRow = typeof claims.$inferSelect;
export type ChargeRow = typeof chargeMaster.$inferSelect;
export type HeldRow = typeof heldServices.$inferSelect;
export type BatchRow = typeof claimBatches.$inferSelect;
export type ClaimLineRow = typeof claimLines.$inferSelect;

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

export async function insertCharges(db: Db, rows: (typeof chargeMaster.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await db.insert(chargeMaster).values(rows);
}

/** Every payer's current rule pack (its latest version). */
export async function currentRulePacks(db: Db): Promise<unknown[]> {
  const rows = await selectRows<{ rules: unknown }>(
    db,
    sql`select distinct on (payer_id) rules from payer_rule_packs order by payer_id, version desc`,
  );
  return rows.map((r) => r.rules);
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

/**
 * The holds of the run's sessions (of one patient's, when given) are replaced by the run's own
 * (BILLING-RULES §1: fixed holds disappear).
 */
export async function replaceHolds(db: Db, sessionIds: string[], holds: HeldRow[], patientId?: string): Promise<void> {
  if (sessionIds.length > 0) {
    await db
      .delete(heldServices)
      .where(
        and(
          inArray(heldServices.sessionId, sessionIds),
          patientId === undefined ? undefined : eq(heldServices.patientId, patientId),
        ),
      );
  }
  if (holds.length > 0) await db.insert(heldServices).values(holds);
}

// A replaced or voided claim is no longer before the payer; its replacement or void is.
const SUPERSEDED = ['replaced', 'voided'];

/** The patients' claims still in force (for the scrubber's overlap edit). */
export function liveClaimsOfPatients(db: Db, patientIds: string[]): Promise<ClaimRow[]> {
  if (patientIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(claims)
    .where(and(inArray(claims.patientId, patientIds), notInArray(claims.status, SUPERSEDED)));
}

/** The claims whose lines bill any of the service keys. */
export async function claimsBilling(db: Db, keys: string[]): Promise<Claim[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .selectDistinct({ id: claims.id, claim: claims.claim })
    .from(claimLines)
    .innerJoin(claims, eq(claims.id, claimLines.claimId))
    .where(inArray(claimLines.serviceKey, keys))
    .orderBy(asc(claims.id));
  return rows.map((r) => r.claim);
}

/**
 * Frees the services a claim bills (a replacement takes them over, a void lets a later run bill them
 * again) and gives back the authorization units its lines drew. Returns the freed lines.
 */
export async function releaseLines(db: Db, claimId: string): Promise<ClaimLineRow[]> {
  const lines = await db.delete(claimLines).where(eq(claimLines.claimId, claimId)).returning();
  if (lines.length > 0) {
    await db.delete(authorizationUses).where(
      inArray(
        authorizationUses.source,
        lines.map((line) => useSource(line.id)),
      ),
    );
  }
  return lines;
}

/** The replacement or void of a claim, if it has one. */
export async function correctionOf(db: Db, claimId: string): Promise<string | null> {
  const [row] = await db.select({ id: claims.id }).from(claims).where(eq(claims.originalClaimId, claimId));
  return row?.id ?? null;
}

/** 835 CLP07 of a claim from its latest remittance that gave one: the payer's claim control number. */
export async function payerClaimControlOf(db: Db, claimId: string): Promise<string | null> {
  const [row] = await db
    .select({ control: sql<string>`${remittancePostings.payment}->>'payerClaimControl'` })
    .from(remittancePostings)
    .innerJoin(remittances, eq(remittances.id, remittancePostings.remittanceId))
    .where(
      and(
        eq(remittancePostings.claimId, claimId),
        sql`coalesce(${remittancePostings.payment}->>'payerClaimControl', '') <> ''`,
      ),
    )
    .orderBy(desc(remittances.receivedAt), desc(remittances.id))
    .limit(1);
  return row?.control ?? null;
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

/**
 * Claims locked for a batch, as its file needs them: only those of patients the caller may see
 * (`visible`, PatientAccess.visibleCondition; undefined: all), in one statement whatever their
 * number, and each line with an empty trace. The 837 carries no rule traces, and they are most of a
 * stored claim (two thirds of a month-end batch's 32 MB), so the database does not send them.
 */
export function holdClaimsToBatch(db: Db, ids: string[], visible: SQL | undefined): Promise<ClaimRow[]> {
  const lines = sql`(select coalesce(jsonb_agg(line || '{"trace":[]}'::jsonb order by n), '[]'::jsonb)
    from jsonb_array_elements(${claims.claim} -> 'lines') with ordinality as l(line, n))`;
  return db
    .select({ ...getTableColumns(claims), claim: sql<Claim>`${claims.claim} || jsonb_build_object('lines', ${lines})` })
    .from(claims)
    .where(and(inArray(claims.id, ids), visible))
    .for('update', { of: claims });
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

/** Remittances posted before with the same file, or the same payment (TRN03 payer, TRN02 trace). */
export function remittancesPosted(
  db: Db,
  fileHash: string,
  traces: readonly { payerIdentifier: string; checkNumber: string }[],
): Promise<Pick<typeof remittances.$inferSelect, 'id' | 'payerIdentifier' | 'checkNumber' | 'fileHash'>[]> {
  return db
    .select({
      id: remittances.id,
      payerIdentifier: remittances.payerIdentifier,
      checkNumber: remittances.checkNumber,
      fileHash: remittances.fileHash,
    })
    .from(remittances)
    .where(
      or(
        eq(remittances.fileHash, fileHash),
        ...traces.map((t) =>
          and(eq(remittances.payerIdentifier, t.payerIdentifier), eq(remittances.checkNumber, t.checkNumber)),
        ),
      ),
    )
    .orderBy(asc(remittances.receivedAt), asc(remittances.id));
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
