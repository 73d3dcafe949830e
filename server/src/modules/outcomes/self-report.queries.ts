// SQL of self-report tokens; each function takes db or tx.
import { eq } from 'drizzle-orm';
import type { Db } from '../../kernel/db/index.ts';
import { patients } from '../patients/index.ts';
import { selfReportTokens } from './outcomes.tables.ts';

export type TokenRow = typeof selfReportTokens.$inferSelect;

export async function insertToken(db: Db, row: typeof selfReportTokens.$inferInsert): Promise<void> {
  await db.insert(selfReportTokens).values(row);
}

/** The token whose secret hashes to this value, with its patient's given name and nothing else. */
export async function findToken(
  db: Db,
  tokenHash: string,
  { lock }: { lock: boolean },
): Promise<{ token: TokenRow; givenName: string } | undefined> {
  const query = db
    .select({ token: selfReportTokens, givenName: patients.givenName })
    .from(selfReportTokens)
    .innerJoin(patients, eq(patients.id, selfReportTokens.patientId))
    .where(eq(selfReportTokens.tokenHash, tokenHash));
  // An answer locks its token: two submissions at once cannot both pass the checks.
  const [row] = await (lock ? query.for('update', { of: selfReportTokens }) : query);
  return row;
}

export async function markAnswered(db: Db, id: string, answered: string[], usedAt: Date | null): Promise<void> {
  await db.update(selfReportTokens).set({ answered, usedAt }).where(eq(selfReportTokens.id, id));
}
