// All SQL about secret calendar feed URLs. Each function takes db or tx.
import { and, desc, eq, isNull, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../kernel/db/index.ts';
import { calendarFeeds } from './scheduling.tables.ts';

export type FeedRow = typeof calendarFeeds.$inferSelect;
/** Whose feeds: everyone's, or a user's (made by them, or publishing their own calendar). */
export type Owner = { userId: string } | 'all';

export async function insertFeed(db: Db, row: typeof calendarFeeds.$inferInsert): Promise<void> {
  await db.insert(calendarFeeds).values(row);
}

/** The live feed whose token hashes to this value. */
export async function findFeedByTokenHash(db: Db, tokenHash: string): Promise<FeedRow | undefined> {
  const [row] = await db
    .select()
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.tokenHash, tokenHash), isNull(calendarFeeds.revokedAt)));
  return row;
}

/** Live feeds, newest first. */
export async function listFeeds(db: Db, of: Owner): Promise<FeedRow[]> {
  return db
    .select()
    .from(calendarFeeds)
    .where(and(isNull(calendarFeeds.revokedAt), mine(of)))
    .orderBy(desc(calendarFeeds.createdAt), desc(calendarFeeds.id));
}

/** One live feed, if it is among those `listFeeds(db, of)` answers. */
export async function findFeed(db: Db, id: string, of: Owner): Promise<FeedRow | undefined> {
  const [row] = await db
    .select()
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.id, id), isNull(calendarFeeds.revokedAt), mine(of)))
    .for('update');
  return row;
}

export async function revokeFeed(db: Db, id: string, at: Date): Promise<void> {
  await db.update(calendarFeeds).set({ revokedAt: at }).where(eq(calendarFeeds.id, id));
}

function mine(of: Owner): SQL | undefined {
  if (of === 'all') return undefined;
  return or(
    eq(calendarFeeds.createdBy, of.userId),
    and(eq(calendarFeeds.ownerKind, 'staff'), eq(calendarFeeds.ownerId, of.userId)),
  );
}
