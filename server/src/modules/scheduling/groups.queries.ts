// All SQL about groups, their schedule versions, facilitators and materialized sessions.
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { selectRows, type Db } from '../../kernel/db/index.ts';
import {
  enrollments,
  groupFacilitators,
  groups,
  groupSchedules,
  sessionFacilitators,
  sessionLocalDateBetween,
  sessions,
} from './scheduling.tables.ts';
import type { PlannedOccurrence } from './planning.ts';
import type { ConflictingSession } from './scheduling.errors.ts';

export type GroupRow = typeof groups.$inferSelect;
export type ScheduleRow = typeof groupSchedules.$inferSelect;
export type FacilitatorRow = { staffId: string; role: string };
export type SessionRow = typeof sessions.$inferSelect;

export async function insertGroup(db: Db, row: typeof groups.$inferInsert): Promise<void> {
  await db.insert(groups).values(row);
}

export async function findGroup(db: Db, id: string, { lock = false } = {}): Promise<GroupRow | undefined> {
  const query = db.select().from(groups).where(eq(groups.id, id));
  // FOR UPDATE serializes enrollments and materialization of one group across app processes.
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function listGroups(
  db: Db,
  filter: { programId?: string | undefined; active?: boolean | undefined },
  window: { limit: number; offset: number },
): Promise<GroupRow[]> {
  const conditions: (SQL | undefined)[] = [
    filter.programId ? eq(groups.programId, filter.programId) : undefined,
    filter.active !== undefined ? eq(groups.active, filter.active) : undefined,
  ];
  return db
    .select()
    .from(groups)
    .where(and(...conditions))
    .orderBy(asc(groups.name), asc(groups.id))
    .limit(window.limit + 1)
    .offset(window.offset);
}

export async function updateGroup(db: Db, id: string, patch: Partial<Omit<typeof groups.$inferInsert, 'id'>>) {
  await db.update(groups).set(patch).where(eq(groups.id, id));
}

export async function insertSchedule(db: Db, row: typeof groupSchedules.$inferInsert): Promise<void> {
  await db
    .insert(groupSchedules)
    .values(row)
    .onConflictDoUpdate({
      target: [groupSchedules.groupId, groupSchedules.effectiveFrom],
      set: { rrule: row.rrule, startTime: row.startTime, durationMinutes: row.durationMinutes, roomId: row.roomId },
    });
}

/** Every schedule version of a group, oldest first. */
export async function scheduleVersions(db: Db, groupId: string): Promise<ScheduleRow[]> {
  return db
    .select()
    .from(groupSchedules)
    .where(eq(groupSchedules.groupId, groupId))
    .orderBy(asc(groupSchedules.effectiveFrom));
}

export async function groupFacilitatorRows(db: Db, groupId: string): Promise<FacilitatorRow[]> {
  return db
    .select({ staffId: groupFacilitators.staffId, role: groupFacilitators.role })
    .from(groupFacilitators)
    .where(eq(groupFacilitators.groupId, groupId))
    .orderBy(asc(groupFacilitators.role), asc(groupFacilitators.staffId));
}

export async function replaceGroupFacilitators(db: Db, groupId: string, rows: FacilitatorRow[]): Promise<void> {
  await db.delete(groupFacilitators).where(eq(groupFacilitators.groupId, groupId));
  if (rows.length > 0) await db.insert(groupFacilitators).values(rows.map((r) => ({ groupId, ...r })));
}

/**
 * Inserts the planned occurrences of a group that do not exist yet, with the group's facilitators;
 * (group, occurrence date) is unique, so planning the same dates twice writes nothing.
 */
export async function insertGroupSessions(
  db: Db,
  group: Pick<GroupRow, 'id' | 'programId' | 'kind' | 'timeZone'>,
  planned: (PlannedOccurrence & { id: string })[],
  facilitators: FacilitatorRow[],
  { createdAt, conflictOverride }: { createdAt: Date; conflictOverride: string | null },
): Promise<string[]> {
  if (planned.length === 0) return [];
  const inserted = await db
    .insert(sessions)
    .values(
      planned.map((p) => ({
        id: p.id,
        groupId: group.id,
        programId: group.programId,
        kind: group.kind,
        occurrenceDate: p.occurrenceDate,
        startsAt: p.startsAt,
        endsAt: p.endsAt,
        timeZone: group.timeZone,
        roomId: p.roomId,
        conflictOverride,
        createdAt,
      })),
    )
    .onConflictDoNothing({ target: [sessions.groupId, sessions.occurrenceDate] })
    .returning({ id: sessions.id });
  const ids = inserted.map((r) => r.id);
  if (ids.length > 0 && facilitators.length > 0) {
    await db
      .insert(sessionFacilitators)
      .values(ids.flatMap((sessionId) => facilitators.map((f) => ({ sessionId, staffId: f.staffId, role: f.role }))));
  }
  return ids;
}

/**
 * Holds transaction-scoped advisory locks on rooms and staff about to be booked, in a fixed order,
 * so two bookings of the same room or person cannot both pass the overlap check.
 */
export async function lockResources(db: Db, keys: string[]): Promise<void> {
  for (const key of [...new Set(keys)].sort()) {
    await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`scheduling:${key}`}, 0))`);
  }
}

interface ConflictRow {
  id: string;
  starts_at: string | Date;
  ends_at: string | Date;
  group_id: string | null;
  room_id: string | null;
  staff_id?: string;
}

/**
 * Live sessions overlapping any planned interval in the same room, or sharing a facilitator with it.
 * Sessions of `excludeGroupId` (the group being planned) and `excludeSessionId` do not count.
 */
export async function findConflicts(
  db: Db,
  planned: { startsAt: Date; endsAt: Date; roomId: string | null }[],
  staffIds: string[],
  exclude: { groupId?: string | undefined; sessionId?: string | undefined },
): Promise<{ room: ConflictingSession[]; staff: ConflictingSession[] }> {
  if (planned.length === 0) return { room: [], staff: [] };
  const intervals = JSON.stringify(
    planned.map((p) => ({ starts_at: p.startsAt.toISOString(), ends_at: p.endsAt.toISOString(), room_id: p.roomId })),
  );
  const others = sql`s.status <> 'cancelled'
    and (${exclude.groupId ?? null}::uuid is null or s.group_id is distinct from ${exclude.groupId ?? null}::uuid)
    and (${exclude.sessionId ?? null}::uuid is null or s.id <> ${exclude.sessionId ?? null}::uuid)`;
  const planTable = sql`jsonb_to_recordset(${intervals}::jsonb) as p(starts_at timestamptz, ends_at timestamptz, room_id uuid)`;
  const roomRows = await selectRows<ConflictRow>(
    db,
    sql`
    select distinct s.id, s.starts_at, s.ends_at, s.group_id, s.room_id
    from ${planTable}
    join sessions s on s.room_id = p.room_id and s.starts_at < p.ends_at and s.ends_at > p.starts_at
    where ${others}
    order by s.starts_at`,
  );
  const staffRows =
    staffIds.length === 0
      ? []
      : await selectRows<ConflictRow>(
          db,
          sql`
    select distinct s.id, s.starts_at, s.ends_at, s.group_id, s.room_id, f.staff_id
    from ${planTable}
    join sessions s on s.starts_at < p.ends_at and s.ends_at > p.starts_at
    join session_facilitators f on f.session_id = s.id
    where ${others} and f.staff_id in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(staffIds)}::jsonb))
    order by s.starts_at`,
        );
  const toConflict = (r: ConflictRow): ConflictingSession => ({
    id: r.id,
    startsAt: new Date(r.starts_at),
    endsAt: new Date(r.ends_at),
    groupId: r.group_id,
    roomId: r.room_id,
    ...(r.staff_id ? { staffId: r.staff_id } : {}),
  });
  return { room: roomRows.map(toConflict), staff: staffRows.map(toConflict) };
}

/** A group's sessions whose local date (in the session's own zone) lies in [from, to]. */
export async function listGroupSessions(db: Db, groupId: string, from: string, to: string): Promise<SessionRow[]> {
  return db
    .select()
    .from(sessions)
    .where(and(eq(sessions.groupId, groupId), sessionLocalDateBetween(from, to)))
    .orderBy(asc(sessions.startsAt), asc(sessions.id));
}

/** Active groups whose sessions do not yet reach `through`: the horizon job's work list. */
export async function groupsBehind(db: Db, through: string): Promise<string[]> {
  const rows = await db
    .select({ id: groups.id })
    .from(groups)
    .where(
      and(
        eq(groups.active, true),
        sql`${groups.materializedThrough} < ${through}::date`,
        sql`(${groups.endDate} is null or ${groups.materializedThrough} < ${groups.endDate})`,
      ),
    );
  return rows.map((r) => r.id);
}

/** Active enrollments in effect on a local date, and the waitlist's length. */
export async function enrollmentCounts(
  db: Db,
  groupId: string,
  onDate: string,
): Promise<{ enrolledCount: number; waitlistCount: number }> {
  const [row] = await db
    .select({
      enrolledCount: sql<number>`count(*) filter (where ${enrollments.status} = 'active'
        and ${enrollments.startDate} <= ${onDate}::date
        and (${enrollments.endDate} is null or ${enrollments.endDate} >= ${onDate}::date))`.mapWith(Number),
      waitlistCount: sql<number>`count(*) filter (where ${enrollments.status} = 'waitlisted')`.mapWith(Number),
    })
    .from(enrollments)
    .where(eq(enrollments.groupId, groupId));
  return row ?? { enrolledCount: 0, waitlistCount: 0 };
}
