// SQL for edits of a whole series: schedule versions superseded by an edit, and the sessions it reaches.
import { and, asc, eq, gt, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../../kernel/db/index.ts';
import { groupSchedules, sessionFacilitators, sessions } from './scheduling.tables.ts';

/** Drops the versions that would take over after `date`: an edit governs everything from its date on. */
export async function deleteVersionsAfter(db: Db, groupId: string, date: string): Promise<void> {
  await db
    .delete(groupSchedules)
    .where(and(eq(groupSchedules.groupId, groupId), gt(groupSchedules.effectiveFrom, date)));
}

/**
 * What other modules have recorded against sessions (attendance, later notes): of these ids, the
 * sessions in use. A port: modules built on scheduling answer it, scheduling never imports them.
 */
export type SessionsInUse = (db: Db, sessionIds: readonly string[]) => Promise<Set<string>>;

/**
 * Sessions of the group on or after a local date that have not started and were not edited by hand,
 * locked (FOR UPDATE) until the edit commits: a record about to reference one waits for the edit.
 */
export async function futureUneditedSessions(
  db: Db,
  groupId: string,
  fromDate: string,
  now: Date,
): Promise<{ id: string; startsAt: Date; endsAt: Date }[]> {
  return db
    .select({ id: sessions.id, startsAt: sessions.startsAt, endsAt: sessions.endsAt })
    .from(sessions)
    .where(
      and(
        eq(sessions.groupId, groupId),
        eq(sessions.edited, false),
        gte(sessions.occurrenceDate, fromDate),
        sql`${sessions.startsAt} > ${now}`,
      ),
    )
    .orderBy(asc(sessions.startsAt))
    .for('update');
}

/** Deletes sessions that no longer happen, with their facilitators. */
export async function deleteSessions(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.delete(sessionFacilitators).where(inArray(sessionFacilitators.sessionId, [...ids]));
  await db.delete(sessions).where(inArray(sessions.id, [...ids]));
}

/** The occurrence dates in [from, to] that still have a session (started or edited ones survive edits). */
export async function occurrenceDates(db: Db, groupId: string, from: string, to: string): Promise<Set<string>> {
  const rows = await db
    .select({ date: sessions.occurrenceDate })
    .from(sessions)
    .where(and(eq(sessions.groupId, groupId), gte(sessions.occurrenceDate, from), lte(sessions.occurrenceDate, to)));
  return new Set(rows.flatMap((r) => (r.date ? [r.date] : [])));
}
