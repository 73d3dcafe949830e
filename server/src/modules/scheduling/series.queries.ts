// SQL for edits of a whole series: schedule versions superseded by an edit, and the sessions it reaches.
import { and, asc, eq, gt, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '../../kernel/db/index.ts';
import { groupSchedules, sessions } from './scheduling.tables.ts';

/** Drops the versions that would take over after `date`: an edit governs everything from its date on. */
export async function deleteVersionsAfter(db: Db, groupId: string, date: string): Promise<void> {
  await db
    .delete(groupSchedules)
    .where(and(eq(groupSchedules.groupId, groupId), gt(groupSchedules.effectiveFrom, date)));
}

/** Sessions of the group on or after a local date that have not started and were not edited by hand. */
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
    .orderBy(asc(sessions.startsAt));
}

/** The occurrence dates in [from, to] that still have a session (started or edited ones survive edits). */
export async function occurrenceDates(db: Db, groupId: string, from: string, to: string): Promise<Set<string>> {
  const rows = await db
    .select({ date: sessions.occurrenceDate })
    .from(sessions)
    .where(and(eq(sessions.groupId, groupId), gte(sessions.occurrenceDate, from), lte(sessions.occurrenceDate, to)));
  return new Set(rows.flatMap((r) => (r.date ? [r.date] : [])));
}
