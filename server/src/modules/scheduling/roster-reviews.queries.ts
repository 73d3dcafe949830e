// All SQL about roster reviews: past sessions whose expected roster changed after the fact.
import { and, asc, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../kernel/db/index.ts';
import { patients } from '../patients/index.ts';
import { rosterReviews, sessions } from './scheduling.tables.ts';

export type RosterReviewRow = typeof rosterReviews.$inferSelect;

export interface RosterReviewRecord extends RosterReviewRow {
  groupId: string | null;
  startsAt: Date;
  givenName: string;
  familyName: string;
}

export async function insertRosterReviews(db: Db, rows: (typeof rosterReviews.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await db.insert(rosterReviews).values(rows);
}

/** Open reviews per session, counting only patients the caller may see. */
export async function openReviewCounts(
  db: Db,
  sessionIds: readonly string[],
  visible: SQL | undefined,
): Promise<Map<string, number>> {
  if (sessionIds.length === 0) return new Map();
  const rows = await db
    .select({ sessionId: rosterReviews.sessionId, count: sql<number>`count(*)`.mapWith(Number) })
    .from(rosterReviews)
    .where(and(inArray(rosterReviews.sessionId, [...sessionIds]), isNull(rosterReviews.resolvedAt), visible))
    .groupBy(rosterReviews.sessionId);
  return new Map(rows.map((r) => [r.sessionId, r.count]));
}

function selectReviews(db: Db, where: SQL | undefined) {
  return db
    .select({
      review: rosterReviews,
      groupId: sessions.groupId,
      startsAt: sessions.startsAt,
      givenName: patients.givenName,
      familyName: patients.familyName,
    })
    .from(rosterReviews)
    .innerJoin(sessions, eq(sessions.id, rosterReviews.sessionId))
    .innerJoin(patients, eq(patients.id, rosterReviews.patientId))
    .where(where);
}

const toRecord = (r: Awaited<ReturnType<typeof selectReviews>>[number]): RosterReviewRecord => ({
  ...r.review,
  groupId: r.groupId,
  startsAt: r.startsAt,
  givenName: r.givenName,
  familyName: r.familyName,
});

/** Reviews in session order (oldest first: the order they are worked through). */
export async function listRosterReviews(
  db: Db,
  filter: { groupId?: string | undefined; status: 'open' | 'resolved' },
  visible: SQL | undefined,
  window: { limit: number; offset: number },
): Promise<RosterReviewRecord[]> {
  const rows = await selectReviews(
    db,
    and(
      filter.groupId ? eq(sessions.groupId, filter.groupId) : undefined,
      filter.status === 'open' ? isNull(rosterReviews.resolvedAt) : isNotNull(rosterReviews.resolvedAt),
      visible,
    ),
  )
    .orderBy(asc(sessions.startsAt), asc(rosterReviews.createdAt), asc(rosterReviews.id))
    .limit(window.limit + 1)
    .offset(window.offset);
  return rows.map(toRecord);
}

/** One review if its patient is visible; `lock` holds it for resolving. */
export async function findRosterReview(
  db: Db,
  id: string,
  visible: SQL | undefined,
  { lock = false } = {},
): Promise<RosterReviewRecord | undefined> {
  const query = selectReviews(db, and(eq(rosterReviews.id, id), visible));
  const [row] = lock ? await query.for('update', { of: rosterReviews }) : await query;
  return row && toRecord(row);
}

export async function resolveRosterReview(db: Db, id: string, by: string | null, at: Date): Promise<void> {
  await db.update(rosterReviews).set({ resolvedAt: at, resolvedBy: by }).where(eq(rosterReviews.id, id));
}
