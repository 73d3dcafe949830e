// SQL of the attendance alerts. Each function reads many patients in one statement, so recording a
// whole roster evaluates it in a fixed number of statements.
import { and, asc, eq, gt, inArray, lte, ne, or, sql, sum } from 'drizzle-orm';
import type { Db } from '../../kernel/db/index.ts';
import { enrollments, sessionLocalDate, sessionLocalDateBetween, sessions } from '../scheduling/index.ts';
import { attendance, type AttendanceStatus } from './attendance.tables.ts';

export interface RecentRecord {
  sessionId: string;
  status: AttendanceStatus;
  /** The session's local date. */
  date: string;
}

/**
 * Each patient's latest `limit` records in group sessions (individual appointments are not the
 * program's groups), newest session start first. Cancelled sessions do not count.
 */
export async function recentGroupRecords(
  db: Db,
  patientIds: readonly string[],
  limit: number,
): Promise<Map<string, RecentRecord[]>> {
  const byPatient = new Map<string, RecentRecord[]>(patientIds.map((id) => [id, []]));
  if (patientIds.length === 0 || limit < 1) return byPatient;
  const ranked = db
    .select({
      patientId: attendance.patientId,
      sessionId: attendance.sessionId,
      status: attendance.status,
      date: sql<string>`(${sessionLocalDate})::text`.as('date'),
      rank: sql<number>`row_number() over (partition by ${attendance.patientId} order by ${sessions.startsAt} desc, ${sessions.id} desc)`.as(
        'rank',
      ),
    })
    .from(attendance)
    .innerJoin(sessions, eq(sessions.id, attendance.sessionId))
    .where(
      and(
        inArray(attendance.patientId, [...patientIds]),
        sql`${sessions.groupId} is not null`,
        ne(sessions.status, 'cancelled'),
      ),
    )
    .as('ranked');
  const rows = await db
    .select()
    .from(ranked)
    .where(lte(ranked.rank, limit))
    .orderBy(asc(ranked.patientId), asc(ranked.rank));
  for (const r of rows) {
    byPatient.get(r.patientId)!.push({ sessionId: r.sessionId, status: r.status as AttendanceStatus, date: r.date });
  }
  return byPatient;
}

export interface Week {
  programId: string;
  /** First and last local dates, inclusive. */
  start: string;
  end: string;
}

/** Minutes each patient attended in the program's sessions of the week (recorded so far). */
export async function attendedMinutes(db: Db, patientIds: readonly string[], week: Week): Promise<Map<string, number>> {
  if (patientIds.length === 0) return new Map();
  const rows = await db
    .select({ patientId: attendance.patientId, minutes: sum(attendance.minutesAttended).mapWith(Number) })
    .from(attendance)
    .innerJoin(sessions, eq(sessions.id, attendance.sessionId))
    .where(
      and(
        inArray(attendance.patientId, [...patientIds]),
        eq(sessions.programId, week.programId),
        ne(sessions.status, 'cancelled'),
        sessionLocalDateBetween(week.start, week.end),
      ),
    )
    .groupBy(attendance.patientId);
  return new Map(rows.map((r) => [r.patientId, r.minutes]));
}

/**
 * The program's sessions of the week that have not started and are not cancelled, and that one of
 * these patients may be expected at (a group they hold an active enrollment in, or their own
 * appointment). Whether they are on a session's roster that day is the roster's to say.
 */
export async function sessionsAhead(
  db: Db,
  patientIds: readonly string[],
  week: Week,
  now: Date,
): Promise<{ id: string; startsAt: Date; endsAt: Date }[]> {
  if (patientIds.length === 0) return [];
  const ids = [...patientIds];
  const theirGroups = db
    .select({ groupId: enrollments.groupId })
    .from(enrollments)
    .where(and(inArray(enrollments.patientId, ids), eq(enrollments.status, 'active')));
  return db
    .select({ id: sessions.id, startsAt: sessions.startsAt, endsAt: sessions.endsAt })
    .from(sessions)
    .where(
      and(
        eq(sessions.programId, week.programId),
        ne(sessions.status, 'cancelled'),
        gt(sessions.startsAt, now),
        sessionLocalDateBetween(week.start, week.end),
        or(inArray(sessions.groupId, theirGroups), inArray(sessions.patientId, ids)),
      ),
    );
}

/** The (session, patient) pairs among these that already have a record, as `session:patient` keys. */
export async function recordedPairs(
  db: Db,
  sessionIds: readonly string[],
  patientIds: readonly string[],
): Promise<Set<string>> {
  if (sessionIds.length === 0 || patientIds.length === 0) return new Set();
  const rows = await db
    .select({ sessionId: attendance.sessionId, patientId: attendance.patientId })
    .from(attendance)
    .where(and(inArray(attendance.sessionId, [...sessionIds]), inArray(attendance.patientId, [...patientIds])));
  return new Set(rows.map((r) => `${r.sessionId}:${r.patientId}`));
}
