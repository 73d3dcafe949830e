// All SQL about payers and their versioned rule packs. Each function takes db or tx.
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../kernel/db/index.ts';
import { payerRulePacks, payers } from './payers.tables.ts';

export type PayerRow = typeof payers.$inferSelect;
export type RulePackRow = typeof payerRulePacks.$inferSelect;

/** A payer with its current (highest) rule-pack version. */
export interface PayerRecord extends PayerRow {
  rules: Record<string, unknown>;
  rulesVersion: number;
}

function selectPayers(db: Db, where: SQL | undefined) {
  return db
    .select({ payer: payers, rules: payerRulePacks.rules, rulesVersion: payerRulePacks.version })
    .from(payers)
    .innerJoin(
      payerRulePacks,
      and(
        eq(payerRulePacks.payerId, payers.id),
        eq(
          payerRulePacks.version,
          sql`(select max(v.version) from payer_rule_packs v where v.payer_id = ${payers.id})`,
        ),
      ),
    )
    .where(where);
}

const toRecord = (r: { payer: PayerRow; rules: Record<string, unknown>; rulesVersion: number }): PayerRecord => ({
  ...r.payer,
  rules: r.rules,
  rulesVersion: r.rulesVersion,
});

export async function insertPayer(db: Db, row: typeof payers.$inferInsert): Promise<void> {
  await db.insert(payers).values(row);
}

export async function findPayer(db: Db, id: string): Promise<PayerRecord | undefined> {
  const [row] = await selectPayers(db, eq(payers.id, id));
  return row && toRecord(row);
}

/** Lock the payer row so rule versions are numbered one writer at a time. */
export async function lockPayer(db: Db, id: string): Promise<PayerRow | undefined> {
  const [row] = await db.select().from(payers).where(eq(payers.id, id)).for('update');
  return row;
}

export async function listPayers(db: Db, window: { limit: number; offset: number }): Promise<PayerRecord[]> {
  const rows = await selectPayers(db, undefined)
    .orderBy(asc(payers.name), asc(payers.id))
    .limit(window.limit + 1)
    .offset(window.offset);
  return rows.map(toRecord);
}

export async function latestVersion(db: Db, payerId: string): Promise<number> {
  const [row] = await db
    .select({ version: sql<number>`coalesce(max(${payerRulePacks.version}), 0)::int` })
    .from(payerRulePacks)
    .where(eq(payerRulePacks.payerId, payerId));
  return row?.version ?? 0;
}

export async function insertRulePack(db: Db, row: typeof payerRulePacks.$inferInsert): Promise<void> {
  await db.insert(payerRulePacks).values(row);
}

export async function listRulePacks(
  db: Db,
  payerId: string,
  window: { limit: number; offset: number },
): Promise<RulePackRow[]> {
  return db
    .select()
    .from(payerRulePacks)
    .where(eq(payerRulePacks.payerId, payerId))
    .orderBy(desc(payerRulePacks.version))
    .limit(window.limit + 1)
    .offset(window.offset);
}
