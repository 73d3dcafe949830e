// What an S1 burst must leave in the database, read back after it: one attendance row per arrival
// and none besides, and one audit event per check-in request, told apart by what the service records.
import { sql } from 'drizzle-orm';
import { selectRows, type Db } from '../src/kernel/db/index.ts';
import type { Morning } from './s1-mornings.ts';

/** Mornings whose every arrival has exactly one row in its session, the sessions holding no other; rows past one per pair. */
export async function recordedMornings(
  db: Db,
  mornings: readonly Morning[],
): Promise<{ morningsWithAllRows: number; duplicateRows: number }> {
  const rows = await selectRows<{ session_id: string; patient_id: string; n: number }>(
    db,
    sql`select session_id, patient_id, count(*)::int as n from attendance group by session_id, patient_id`,
  );
  const recorded = new Map(rows.map((r) => [`${r.session_id} ${r.patient_id}`, r.n]));
  const rowsOfSession = new Map<string, number>();
  for (const r of rows) rowsOfSession.set(r.session_id, (rowsOfSession.get(r.session_id) ?? 0) + r.n);
  const morningsWithAllRows = mornings.filter(
    (morning) =>
      morning.arrivals.every((a) => recorded.get(`${a.sessionId} ${a.patientId}`) === 1) &&
      morning.sessionIds.reduce((sum, id) => sum + (rowsOfSession.get(id) ?? 0), 0) === morning.arrivals.length,
  ).length;
  return { morningsWithAllRows, duplicateRows: rows.filter((r) => r.n > 1).length };
}

export interface AttendanceAudit {
  /** A check-in that created the record. */
  creates: number;
  updates: number;
  /** An Idempotency-Key replay of the stored answer. */
  replays: number;
  /** A check-in without a key that found the record already there. */
  repeats: number;
  /** One per record a GET of a session's attendance returned. */
  polls: number;
}

/** Attendance audit events by kind (attendance.service.ts: the details each use case records). */
export async function attendanceAuditCounts(db: Db): Promise<AttendanceAudit> {
  const [counts] = await selectRows<AttendanceAudit>(
    db,
    sql`select count(*) filter (where action = 'create')::int as creates,
      count(*) filter (where action = 'update')::int as updates,
      count(*) filter (where action = 'read' and details ? 'idempotencyKey')::int as replays,
      count(*) filter (where action = 'read' and details ? 'repeatedCheckIn')::int as repeats,
      count(*) filter (where action = 'read' and details = '{}'::jsonb)::int as polls
      from audit_events where category = 'attendance'`,
  );
  return counts!;
}
