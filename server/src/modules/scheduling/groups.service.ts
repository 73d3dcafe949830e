// Recurring groups: creation with conflict checks, the schedule that the series follows, and the
// materialized sessions kept ahead of a rolling horizon (issue: rosters drive everything else).
import type { Audit } from '../../kernel/audit/index.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db } from '../../kernel/db/index.ts';
import { can, page, type ErrorDetail, type PatientAccess, type RequestContext } from '../../kernel/http/index.ts';
import { newId } from '../../kernel/ids.ts';
import { findRoom, findSite, findStaff } from '../organization/index.ts';
import { findProgram } from '../programs/index.ts';
import * as q from './groups.queries.ts';
import type { Facilitator, GroupBody, GroupView } from './groups.schemas.ts';
import { planOccurrences, type PlannedOccurrence } from './planning.ts';
import { addDays, isRuleProblem, laterDate, localDate, occurrences, parseRule } from './recurrence.ts';
import type { AttendanceFor } from './roster.queries.ts';
import { schedulingErrors } from './scheduling.errors.ts';
import type { SessionsInUse } from './series.queries.ts';

/** Reads of a session range are bounded: a year of a daily group is ~260 rows. */
const MAX_RANGE_DAYS = 366;
/** Sessions are materialized on demand up to this far ahead of today, no further. */
const MAX_AHEAD_DAYS = 3 * 366;

export interface SchedulingDeps {
  db: Db;
  clock: Clock;
  audit: Audit;
  /** Object-level access to patients (rosters, appointments): the programs module decides. */
  patientAccess: PatientAccess;
  horizonWeeks: number;
  /** Recorded attendance for a session's roster (wired from the attendance module in modules.ts). */
  attendanceFor?: AttendanceFor;
  /** Sessions with something recorded against them, which series edits leave alone (wired in modules.ts). */
  sessionsInUse: SessionsInUse;
}

export type GroupsService = ReturnType<typeof createGroupsService>;

export function createGroupsService({ db, clock, audit, horizonWeeks }: SchedulingDeps) {
  const today = (timeZone: string) => localDate(clock.now(), timeZone);
  const horizonEnd = (timeZone: string) => addDays(today(timeZone), horizonWeeks * 7);

  async function existingGroup(tx: Db, id: string, lock = false): Promise<q.GroupRow> {
    const group = await q.findGroup(tx, id, { lock });
    if (!group) throw schedulingErrors.groupNotFound();
    return group;
  }

  async function requireActiveRoom(tx: Db, roomId: string, path = 'roomId') {
    const room = await findRoom(tx, roomId);
    if (!room || !room.active) throw schedulingErrors.unknownRoom(path);
    return room;
  }

  /** A room a session may use: active, and in a clinic of the session's own time zone. */
  async function requireRoomIn(tx: Db, roomId: string, timeZone: string, path = 'roomId') {
    const room = await requireActiveRoom(tx, roomId, path);
    const site = await findSite(tx, room.siteId);
    if (site!.timeZone !== timeZone) throw schedulingErrors.roomInOtherZone(path);
    return room;
  }

  async function requireFacilitators(tx: Db, facilitators: Facilitator[]): Promise<void> {
    const problems: ErrorDetail[] = [];
    const seen = new Set<string>();
    for (const [i, f] of facilitators.entries()) {
      if (seen.has(f.staffId)) problems.push({ path: `facilitators.${i}.staffId`, message: 'listed twice' });
      seen.add(f.staffId);
      const member = await findStaff(tx, f.staffId);
      if (!member || !member.active)
        problems.push({ path: `facilitators.${i}.staffId`, message: 'no such active staff member' });
    }
    if (problems.length > 0) throw schedulingErrors.unknownStaff(problems);
  }

  /**
   * Rejects double-bookings of rooms and facilitators (409 with the conflicting sessions) unless a
   * director overrides; returns the override reason to keep on the new sessions.
   */
  async function checkConflicts(
    tx: Db,
    ctx: RequestContext,
    planned: readonly { startsAt: Date; endsAt: Date; roomId: string | null }[],
    staffIds: string[],
    exclude: { groupId?: string; sessionId?: string },
    override: { reason: string } | undefined,
  ): Promise<string | null> {
    if (override && !can(ctx, 'scheduling:override')) throw schedulingErrors.overrideNotAllowed();
    const rooms = [...new Set(planned.flatMap((p) => (p.roomId ? [`room:${p.roomId}`] : [])))];
    await q.lockResources(tx, [...rooms, ...staffIds.map((id) => `staff:${id}`)]);
    const found = await q.findConflicts(tx, [...planned], staffIds, exclude);
    if (found.room.length === 0 && found.staff.length === 0) return null;
    if (!override) {
      throw found.room.length > 0
        ? schedulingErrors.roomConflict(found.room)
        : schedulingErrors.facilitatorConflict(found.staff);
    }
    await audit.record(tx, ctx, {
      action: 'security',
      category: 'scheduling_override',
      entityId: exclude.groupId ?? exclude.sessionId ?? null,
      details: { reason: override.reason, sessions: [...found.room, ...found.staff].map((s) => s.id).slice(0, 50) },
    });
    return override.reason;
  }

  /** Writes the group's sessions with local dates in [from, to] that do not exist yet. */
  async function materialize(tx: Db, group: q.GroupRow, from: string, to: string, conflictOverride: string | null) {
    const versions = await q.scheduleVersions(tx, group.id);
    const planned = planOccurrences(group, versions, from, to);
    const facilitators = await q.groupFacilitatorRows(tx, group.id);
    return q.insertGroupSessions(
      tx,
      group,
      planned.map((p) => ({ ...p, id: newId() })),
      facilitators,
      { createdAt: clock.now(), conflictOverride },
    );
  }

  /** Extends the group's sessions through `through` (filling any gap after what exists). */
  async function materializeThrough(tx: Db, group: q.GroupRow, through: string): Promise<void> {
    const last = group.endDate && group.endDate < through ? group.endDate : through;
    if (last <= group.materializedThrough) return;
    await materialize(tx, group, addDays(group.materializedThrough, 1), last, null);
    await q.updateGroup(tx, group.id, { materializedThrough: last });
  }

  /** The furthest local date that reads and bookings materialize sessions through. */
  const aheadLimit = (timeZone: string) => addDays(today(timeZone), MAX_AHEAD_DAYS);

  /**
   * Every active group's sessions exist through `through` (at most MAX_AHEAD_DAYS ahead), so calendar
   * reads, feeds and conflict checks see weeks beyond the rolling horizon. One short transaction per
   * group that is behind, each holding that group's lock, like the horizon job.
   */
  async function ensureMaterialized(through: string): Promise<void> {
    const limit = aheadLimit('UTC');
    const target = through < limit ? through : limit;
    for (const id of await q.groupsBehind(db, target)) {
      await db.transaction(async (tx) => materializeThrough(tx, await existingGroup(tx, id, true), target));
    }
  }

  async function view(tx: Db, group: q.GroupRow): Promise<GroupView> {
    const versions = await q.scheduleVersions(tx, group.id);
    const now = today(group.timeZone);
    const schedule = versions.filter((v) => v.effectiveFrom <= now).at(-1) ?? versions[0]!;
    return {
      group,
      schedule,
      facilitators: await q.groupFacilitatorRows(tx, group.id),
      ...(await q.enrollmentCounts(tx, group.id, now)),
    };
  }

  return {
    async createGroup(ctx: RequestContext, input: GroupBody): Promise<{ id: string }> {
      const { schedule } = input;
      const rule = parseRule(schedule.rrule);
      if (isRuleProblem(rule)) throw schedulingErrors.invalidRule(rule.message);
      if (schedule.endDate && schedule.endDate < schedule.startDate) {
        throw schedulingErrors.invalidDates('schedule.endDate', 'The end date is before the start date.');
      }
      // At least the series' first horizon-length of weeks is written now, and so checked for
      // double-bookings (API.md: 409 when any occurrence overlaps), also when it starts beyond the
      // rolling horizon; other groups' sessions must exist as rows that far for the check to see them.
      const firstWeeksEnd = addDays(schedule.startDate, horizonWeeks * 7);
      if (firstWeeksEnd > horizonEnd('UTC')) await ensureMaterialized(addDays(firstWeeksEnd, 1));
      return db.transaction(async (tx) => {
        if (!(await findProgram(tx, input.programId))) throw schedulingErrors.unknownProgram();
        const room = await requireActiveRoom(tx, input.roomId);
        await requireFacilitators(tx, input.facilitators);
        const site = await findSite(tx, room.siteId);
        const timeZone = site!.timeZone;

        const series = { startDate: schedule.startDate, endDate: schedule.endDate ?? null, timeZone };
        const version = { effectiveFrom: schedule.startDate, roomId: input.roomId, ...schedule };
        // A rule that never fires in the series' first year (or before its end) is a mistake.
        const probeEnd = schedule.endDate ?? addDays(schedule.startDate, 366);
        if (occurrences({ ...series, ...schedule }, schedule.startDate, probeEnd).length === 0) {
          throw schedulingErrors.noOccurrences();
        }
        const through = [laterDate(horizonEnd(timeZone), firstWeeksEnd), schedule.endDate]
          .filter((d): d is string => !!d)
          .sort()[0]!;
        const planned: PlannedOccurrence[] = planOccurrences(series, [version], schedule.startDate, through);

        const id = newId();
        const conflictOverride = await checkConflicts(
          tx,
          ctx,
          planned,
          input.facilitators.map((f) => f.staffId),
          { groupId: id },
          input.override,
        );
        const materializedThrough = through < schedule.startDate ? addDays(schedule.startDate, -1) : through;
        await q.insertGroup(tx, {
          id,
          programId: input.programId,
          name: input.name,
          kind: input.kind,
          capacity: input.capacity,
          startDate: schedule.startDate,
          endDate: schedule.endDate ?? null,
          timeZone,
          materializedThrough,
          createdAt: clock.now(),
        });
        await q.insertSchedule(tx, {
          id: newId(),
          groupId: id,
          effectiveFrom: schedule.startDate,
          rrule: schedule.rrule.trim().replace(/^RRULE:/i, ''),
          startTime: schedule.startTime,
          durationMinutes: schedule.durationMinutes,
          roomId: input.roomId,
        });
        await q.replaceGroupFacilitators(tx, id, input.facilitators);
        const group = (await q.findGroup(tx, id))!;
        await q.insertGroupSessions(
          tx,
          group,
          planned.map((p) => ({ ...p, id: newId() })),
          input.facilitators,
          { createdAt: clock.now(), conflictOverride },
        );
        await audit.record(tx, ctx, {
          action: 'create',
          category: 'group',
          entityId: id,
          details: { sessions: planned.length, override: conflictOverride !== null },
        });
        return { id };
      });
    },

    async getGroup(id: string): Promise<GroupView> {
      return db.transaction(async (tx) => view(tx, await existingGroup(tx, id)));
    },

    async listGroups(query: {
      programId?: string | undefined;
      active?: boolean | undefined;
      limit?: number | undefined;
      cursor?: string | undefined;
    }) {
      const limit = query.limit ?? 50;
      const offset = page.offset(query.cursor);
      return db.transaction(async (tx) => {
        const rows = page.of(await q.listGroups(tx, query, { limit, offset }), limit, offset);
        const items: GroupView[] = [];
        for (const group of rows.items) items.push(await view(tx, group));
        return { items, nextCursor: rows.nextCursor };
      });
    },

    /**
     * Every occurrence with a local date in [from, to]: past ones, and ones beyond the rolling
     * horizon, which are materialized now (API.md).
     */
    async listGroupSessions(id: string, from: string, to: string): Promise<q.SessionRow[]> {
      if (to < from) throw schedulingErrors.invalidDates('to', 'The range ends before it starts.');
      if (addDays(from, MAX_RANGE_DAYS) < to) {
        throw schedulingErrors.invalidDates('to', `A range spans at most ${MAX_RANGE_DAYS} days.`);
      }
      return db.transaction(async (tx) => {
        const group = await existingGroup(tx, id);
        if (to > group.materializedThrough && (!group.endDate || group.materializedThrough < group.endDate)) {
          const locked = await existingGroup(tx, id, true);
          const limit = aheadLimit(group.timeZone);
          await materializeThrough(tx, locked, to < limit ? to : limit);
        }
        return q.listGroupSessions(tx, id, from, to);
      });
    },

    /**
     * The horizon job: keeps every active group's sessions materialized `horizonWeeks` ahead.
     * Idempotent and safe to run from several processes (each group is locked while extended).
     */
    async materializeAhead(): Promise<{ groups: number }> {
      const candidates = await q.groupsBehind(db, addDays(localDate(clock.now(), 'UTC'), horizonWeeks * 7 + 1));
      let extended = 0;
      for (const id of candidates) {
        await db.transaction(async (tx) => {
          const group = await existingGroup(tx, id, true);
          const before = group.materializedThrough;
          await materializeThrough(tx, group, horizonEnd(group.timeZone));
          if ((await q.findGroup(tx, id))!.materializedThrough !== before) extended += 1;
        });
      }
      return { groups: extended };
    },

    /** For the other scheduling services: materialization and booking checks share one path. */
    internal: {
      existingGroup,
      materialize,
      materializeThrough,
      ensureMaterialized,
      checkConflicts,
      requireActiveRoom,
      requireRoomIn,
      requireFacilitators,
      today,
    },
  };
}
