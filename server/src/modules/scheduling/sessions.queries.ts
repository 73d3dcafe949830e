// All SQL about single sessions: individual appointments, the calendar's joined rows, facilitators
// with their names, and a patient's overlapping bookings. Each function takes db or tx.
import { and, asc, eq, inArray, isNull, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { selectRows, type Db } from '../../kernel/db/index.ts';
import { users } from '../identity/index.ts';
import { rooms, sites } from '../organization/index.ts';
import { patients } from '../patients/index.ts';
import { episodes, programs } from '../programs/index.ts';
import type { FacilitatorRow, SessionRow } from './groups.queries.ts';
import {
  FACILITATOR_ROLES,
  groups,
  sessionFacilitators,
  sessionLocalDate,
  sessionLocalDateBetween,
  sessions,
} from './scheduling.tables.ts';

/** A session with the names a calendar shows beside it. */
export interface SessionView {
  session: SessionRow;
  groupName: string | null;
  roomName: string | null;
  /** The appointment's patient, null for group sessions and for patients the caller may not see. */
  patient: { id: string; givenName: string; familyName: string } | null;
  /** Active enrollments in effect on the session's local date, or 1 for an appointment. */
  expectedCount: number;
}

export interface NamedFacilitator extends FacilitatorRow {
  givenName: string;
  familyName: string;
}

export interface SessionFilter {
  /** Local dates, compared with each session's own local date. */
  from: string;
  to: string;
  roomId?: string | undefined;
  staffId?: string | undefined;
  programId?: string | undefined;
  patientId?: string | undefined;
}

/** A session's clinic-local date, in the session's own zone (DESIGN §3.7). */
const localDateOf = (startsAt: SQL | AnyColumn, timeZone: SQL | AnyColumn) =>
  sql`(${startsAt} at time zone ${timeZone})::date`;

/** `from` and `where` of a group's active enrollments (alias e) in effect on a local date. */
const enrollmentsInEffect = (groupId: SQL | AnyColumn, onDate: SQL) =>
  sql`from enrollments e where e.group_id = ${groupId} and e.status = 'active'
    and e.start_date <= ${onDate} and (e.end_date is null or e.end_date >= ${onDate})`;

const expectedCount = sql<number>`case when ${sessions.patientId} is not null then 1
  else (select count(*) ${enrollmentsInEffect(sessions.groupId, sessionLocalDate)}) end`.mapWith(Number);

/**
 * Sessions with their group, room, visible patient and expected head count, in one statement
 * whatever their number. `visible` limits which patients are named (a condition on `patients.id`).
 */
async function selectViews(db: Db, where: SQL | undefined, visible: SQL | undefined): Promise<SessionView[]> {
  const rows = await db
    .select({
      session: sessions,
      groupName: groups.name,
      roomName: rooms.name,
      patientId: patients.id,
      givenName: patients.givenName,
      familyName: patients.familyName,
      expectedCount,
    })
    .from(sessions)
    .leftJoin(groups, eq(groups.id, sessions.groupId))
    .leftJoin(rooms, eq(rooms.id, sessions.roomId))
    .leftJoin(patients, and(eq(patients.id, sessions.patientId), visible))
    .where(where)
    .orderBy(asc(sessions.startsAt), asc(sessions.id));
  return rows.map((r) => ({
    session: r.session,
    groupName: r.groupName,
    roomName: r.roomName,
    patient:
      r.patientId && r.givenName !== null && r.familyName !== null
        ? { id: r.patientId, givenName: r.givenName, familyName: r.familyName }
        : null,
    expectedCount: r.expectedCount,
  }));
}

export async function findSessionView(db: Db, id: string, visible: SQL | undefined): Promise<SessionView | undefined> {
  const [view] = await selectViews(db, eq(sessions.id, id), visible);
  return view;
}

/** The calendar: sessions whose local date lies in [from, to], narrowed by the filter, in start order. */
export async function calendarViews(db: Db, filter: SessionFilter, visible: SQL | undefined): Promise<SessionView[]> {
  const { from, to, roomId, staffId, programId, patientId } = filter;
  return selectViews(
    db,
    and(
      sessionLocalDateBetween(from, to),
      roomId ? eq(sessions.roomId, roomId) : undefined,
      programId ? eq(sessions.programId, programId) : undefined,
      staffId
        ? sql`exists (select 1 from session_facilitators f where f.session_id = ${sessions.id} and f.staff_id = ${staffId})`
        : undefined,
      patientId
        ? or(
            eq(sessions.patientId, patientId),
            sql`exists (select 1 ${enrollmentsInEffect(sessions.groupId, sessionLocalDate)} and e.patient_id = ${patientId})`,
          )
        : undefined,
    ),
    visible,
  );
}

export async function findSession(db: Db, id: string, { lock = false } = {}): Promise<SessionRow | undefined> {
  const query = db.select().from(sessions).where(eq(sessions.id, id));
  // FOR UPDATE: two edits of one occurrence apply one after the other, each seeing the other's result.
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function insertSession(db: Db, row: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(row);
}

export async function updateSession(
  db: Db,
  id: string,
  patch: Partial<Omit<typeof sessions.$inferInsert, 'id' | 'groupId' | 'patientId' | 'kind'>>,
): Promise<void> {
  await db.update(sessions).set(patch).where(eq(sessions.id, id));
}

/** Gives every listed session exactly these facilitators. */
export async function replaceSessionFacilitators(
  db: Db,
  sessionIds: readonly string[],
  rows: readonly FacilitatorRow[],
): Promise<void> {
  if (sessionIds.length === 0) return;
  await db.delete(sessionFacilitators).where(inArray(sessionFacilitators.sessionId, [...sessionIds]));
  if (rows.length === 0) return;
  await db
    .insert(sessionFacilitators)
    .values(sessionIds.flatMap((sessionId) => rows.map((r) => ({ sessionId, staffId: r.staffId, role: r.role }))));
}

/** Facilitators of many sessions in one statement, lead first, with their names. */
export async function namedFacilitators(
  db: Db,
  sessionIds: readonly string[],
): Promise<Map<string, NamedFacilitator[]>> {
  const bySession = new Map<string, NamedFacilitator[]>(sessionIds.map((id) => [id, []]));
  if (sessionIds.length === 0) return bySession;
  const roleOrder = sql.raw(`array[${FACILITATOR_ROLES.map((r) => `'${r}'`).join(', ')}]`);
  const rows = await db
    .select({
      sessionId: sessionFacilitators.sessionId,
      staffId: sessionFacilitators.staffId,
      role: sessionFacilitators.role,
      givenName: users.givenName,
      familyName: users.familyName,
    })
    .from(sessionFacilitators)
    .innerJoin(users, eq(users.id, sessionFacilitators.staffId))
    .where(
      sql`${sessionFacilitators.sessionId} in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(sessionIds)}::jsonb))`,
    )
    .orderBy(
      sql`array_position(${roleOrder}, ${sessionFacilitators.role})`,
      asc(users.familyName),
      asc(users.givenName),
    );
  for (const { sessionId, ...f } of rows) bySession.get(sessionId)?.push(f);
  return bySession;
}

/** The programs of a patient's open episodes, each with its site's time zone. */
export async function openEpisodePrograms(
  db: Db,
  patientId: string,
): Promise<{ programId: string; timeZone: string }[]> {
  return db
    .selectDistinct({ programId: programs.id, timeZone: sites.timeZone })
    .from(episodes)
    .innerJoin(programs, eq(programs.id, episodes.programId))
    .innerJoin(sites, eq(sites.id, programs.siteId))
    .where(and(eq(episodes.patientId, patientId), isNull(episodes.dischargeDate)))
    .orderBy(asc(programs.id));
}

/**
 * Live sessions other than `excludeId` that overlap [startsAt, endsAt) and that one of the patients
 * is booked into: as an appointment's patient, or through an enrollment in effect on that date.
 */
export async function patientOverlaps(
  db: Db,
  patientIds: readonly string[],
  interval: { startsAt: Date; endsAt: Date },
  excludeId: string,
): Promise<{ sessionId: string; patientId: string }[]> {
  if (patientIds.length === 0) return [];
  const rows = await selectRows<{ session_id: string; patient_id: string }>(
    db,
    sql`
    with wanted as (select value::uuid as patient_id from jsonb_array_elements_text(${JSON.stringify(patientIds)}::jsonb))
    select distinct s.id as session_id, w.patient_id, s.starts_at
    from sessions s
    cross join wanted w
    where s.status <> 'cancelled' and s.id <> ${excludeId}::uuid
      and s.starts_at < ${interval.endsAt.toISOString()}::timestamptz
      and s.ends_at > ${interval.startsAt.toISOString()}::timestamptz
      and (s.patient_id = w.patient_id or exists (
        select 1 ${enrollmentsInEffect(sql`s.group_id`, localDateOf(sql`s.starts_at`, sql`s.time_zone`))}
          and e.patient_id = w.patient_id))
    order by s.starts_at, s.id, w.patient_id`,
  );
  return rows.map((r) => ({ sessionId: r.session_id, patientId: r.patient_id }));
}
