// All SQL of the attendance module; each function takes db or tx.
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../kernel/db/index.ts';
import { patients } from '../patients/index.ts';
import { sessionLocalDate, sessions, type SessionAttendance } from '../scheduling/index.ts';
import { attendance, attendanceRequests } from './attendance.tables.ts';

export type AttendanceRow = typeof attendance.$inferSelect;
export type NewAttendance = typeof attendance.$inferInsert;
export type SessionRow = typeof sessions.$inferSelect;

export async function findSession(db: Db, id: string): Promise<SessionRow | undefined> {
  const [row] = await db.select().from(sessions).where(eq(sessions.id, id));
  return row;
}

/**
 * Whether any of the session's attendance is confirmed by a signed note: then it is final. The
 * outer column is named in full: a single-table select would render it unqualified, and inside the
 * subquery `id` would be the attendance row's own.
 */
const confirmed = sql<boolean>`exists (select 1 from attendance c
  where c.session_id = "sessions"."id" and c.confirmed_at is not null)`;

/**
 * The session, held with a key-share lock for the rest of the transaction: writers of attendance
 * do not block each other, but signing the session's note (which locks the row for update) waits
 * for them, and they for it, so no change slips in beside a signature; so does a move or a
 * cancellation, which locks the row for update before recomputing its attendees' weeks
 * (attendance_weeks, migration 0010). `confirmed` says whether a signed note already made its
 * attendance final.
 */
export async function holdSession(
  db: Db,
  id: string,
): Promise<{ session: SessionRow; confirmed: boolean } | undefined> {
  const [row] = await db
    .select({ session: sessions, confirmed })
    .from(sessions)
    .where(eq(sessions.id, id))
    .for('key share', { of: sessions });
  return row;
}

/**
 * One arrival in one statement (the check-in burst, bench S1): the session held as above, the
 * patient's record if any, and whether the patient is on the expected roster — an active enrollment
 * of the group in effect on the session's local date, or the patient of an individual appointment
 * (the enrollments index answers it without building the roster).
 */
export async function holdArrival(db: Db, sessionId: string, patientId: string) {
  const onRoster = sql<boolean>`(${sessions.patientId} = ${patientId} or exists (
    select 1 from enrollments e
    where e.group_id = ${sessions.groupId} and e.patient_id = ${patientId} and e.status = 'active'
      and e.start_date <= ${sessionLocalDate} and (e.end_date is null or e.end_date >= ${sessionLocalDate})))`;
  const [row] = await db
    .select({ session: sessions, confirmed, record: attendance, onRoster })
    .from(sessions)
    .leftJoin(attendance, and(eq(attendance.sessionId, sessions.id), eq(attendance.patientId, patientId)))
    .where(eq(sessions.id, sessionId))
    .for('key share', { of: sessions });
  return row;
}

export async function sessionExists(db: Db, id: string): Promise<boolean> {
  const [row] = await db.select({ id: sessions.id }).from(sessions).where(eq(sessions.id, id));
  return row !== undefined;
}

export async function findRecords(db: Db, sessionId: string, patientIds?: string[]): Promise<AttendanceRow[]> {
  if (patientIds && patientIds.length === 0) return [];
  return db
    .select()
    .from(attendance)
    .where(
      and(eq(attendance.sessionId, sessionId), patientIds ? inArray(attendance.patientId, patientIds) : undefined),
    );
}

/** The session's records, limited to visible patients (a condition on `patients.id`), in name order. */
export async function visibleRecords(db: Db, sessionId: string, visible?: SQL) {
  return db
    .select({ record: attendance, givenName: patients.givenName, familyName: patients.familyName })
    .from(attendance)
    .innerJoin(patients, eq(patients.id, attendance.patientId))
    .where(and(eq(attendance.sessionId, sessionId), visible))
    .orderBy(asc(patients.familyName), asc(patients.givenName), asc(patients.id));
}

export async function attendanceFor(db: Db, sessionId: string, visible?: SQL): Promise<SessionAttendance[]> {
  const rows = await visibleRecords(db, sessionId, visible);
  return rows.map(({ record: r, givenName, familyName }) => ({
    patientId: r.patientId,
    givenName,
    familyName,
    status: r.status,
    minutesAttended: r.minutesAttended,
    modality: r.modality,
    dropIn: r.dropIn,
  }));
}

/** Of these sessions, those with at least one attendance record. */
export async function sessionsWithAttendance(db: Db, sessionIds: readonly string[]): Promise<Set<string>> {
  if (sessionIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ sessionId: attendance.sessionId })
    .from(attendance)
    .where(inArray(attendance.sessionId, [...sessionIds]));
  return new Set(rows.map((r) => r.sessionId));
}

/** Insert or replace the one record of (session, patient): the unique index makes it race-free. */
export async function upsertRecord(db: Db, row: NewAttendance): Promise<AttendanceRow> {
  const [saved] = await db
    .insert(attendance)
    .values(row)
    .onConflictDoUpdate({
      target: [attendance.sessionId, attendance.patientId],
      set: {
        status: row.status,
        checkInAt: row.checkInAt ?? null,
        checkOutAt: row.checkOutAt ?? null,
        minutesAttended: row.minutesAttended,
        modality: row.modality,
        participation: row.participation ?? null,
        dropIn: row.dropIn ?? false,
        dropInReason: row.dropInReason ?? null,
        makeupForSessionId: row.makeupForSessionId ?? null,
        recordedBy: row.recordedBy ?? null,
        updatedAt: row.updatedAt,
      },
    })
    .returning();
  return saved!;
}

/** Insert unless the patient already has a record: null when one existed (INSERT … ON CONFLICT DO NOTHING). */
export async function insertIfAbsent(db: Db, row: NewAttendance): Promise<AttendanceRow | null> {
  const [saved] = await db.insert(attendance).values(row).onConflictDoNothing().returning();
  return saved ?? null;
}

export async function lockRecord(db: Db, sessionId: string, patientId: string): Promise<AttendanceRow | undefined> {
  const [row] = await db
    .select()
    .from(attendance)
    .where(and(eq(attendance.sessionId, sessionId), eq(attendance.patientId, patientId)))
    .for('update');
  return row;
}

export async function updateRecord(db: Db, id: string, patch: Partial<NewAttendance>): Promise<AttendanceRow> {
  const [row] = await db.update(attendance).set(patch).where(eq(attendance.id, id)).returning();
  return row!;
}

export async function findRequest(db: Db, actorId: string, key: string) {
  const [row] = await db
    .select()
    .from(attendanceRequests)
    .where(and(eq(attendanceRequests.actorId, actorId), eq(attendanceRequests.key, key)));
  return row;
}

export async function saveRequest(db: Db, row: typeof attendanceRequests.$inferInsert): Promise<void> {
  await db.insert(attendanceRequests).values(row).onConflictDoNothing();
}

/** Serializes requests of one actor and key for the transaction (the answer is then read once). */
export async function lockKey(db: Db, actorId: string, key: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`${actorId}:${key}`}, 0))`);
}
