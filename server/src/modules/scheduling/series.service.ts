// Edits of a whole series (issue: editing the series changes future unedited occurrences only). A
// schedule change is a new version from its effective date; sessions that have started, were edited
// by hand or have something recorded against them (attendance opens before the start) keep what they
// are, the rest are planned again from the new version.
import type { Db } from '../../kernel/db/index.ts';
import type { RequestContext } from '../../kernel/http/index.ts';
import { newId } from '../../kernel/ids.ts';
import { peakOccupancy } from './capacity.ts';
import { heldEnrollments } from './enrollments.queries.ts';
import * as groupsQ from './groups.queries.ts';
import type { GroupView } from './groups.schemas.ts';
import type { GroupsService, SchedulingDeps } from './groups.service.ts';
import { planOccurrences, type PlannedOccurrence } from './planning.ts';
import { addDays, isRuleProblem, laterDate, occurrences, parseRule } from './recurrence.ts';
import { schedulingErrors } from './scheduling.errors.ts';
import * as q from './series.queries.ts';
import type { SeriesPatch } from './series.schemas.ts';
import { replaceSessionFacilitators } from './sessions.queries.ts';

/** Gives a raised capacity's new seats to the waitlist; the caller holds the group's lock. */
export type PromoteWaitlist = (tx: Db, ctx: RequestContext, group: groupsQ.GroupRow) => Promise<unknown>;

const SCHEDULE_FIELDS = ['rrule', 'startTime', 'durationMinutes', 'roomId'] as const;

const earlier = (a: string, b: string | null) => (b !== null && b < a ? b : a);

export type SeriesService = ReturnType<typeof createSeriesService>;

export function createSeriesService(
  { db, clock, audit, horizonWeeks, sessionsInUse }: SchedulingDeps,
  groups: GroupsService,
  promoteWaitlist: PromoteWaitlist,
) {
  const { existingGroup, checkConflicts, ensureMaterialized, materialize, requireFacilitators, requireRoomIn, today } =
    groups.internal;

  /** The sessions from a local date on that the edit may reshape: future, unedited and not in use. */
  async function reshapeable(tx: Db, groupId: string, fromDate: string, now: Date) {
    const candidates = await q.futureUneditedSessions(tx, groupId, fromDate, now);
    const inUse = await sessionsInUse(
      tx,
      candidates.map((s) => s.id),
    );
    return candidates.filter((s) => !inUse.has(s.id));
  }
  const idsOf = (rows: { id: string }[]) => rows.map((r) => r.id);

  return {
    async updateSeries(ctx: RequestContext, id: string, patch: SeriesPatch): Promise<GroupView> {
      const changes = patch.schedule ?? {};
      if (changes.rrule !== undefined) {
        const rule = parseRule(changes.rrule);
        if (isRuleProblem(rule)) throw schedulingErrors.invalidRule(rule.message);
      }
      const reshaped = SCHEDULE_FIELDS.some((field) => changes[field] !== undefined);
      // A new schedule or new hands are checked for double-bookings at least a horizon's length from
      // the edit's date, however far ahead it lies (API.md: 409 when any occurrence overlaps), so this
      // group's and the others' sessions must exist as rows that far before the edit re-plans them.
      const current = reshaped || patch.facilitators ? await groupsQ.findGroup(db, id) : undefined;
      if (current) {
        const from = laterDate(patch.effectiveFrom ?? today(current.timeZone), current.startDate);
        const reach = addDays(from, horizonWeeks * 7);
        if (reach > addDays(today('UTC'), horizonWeeks * 7)) await ensureMaterialized(addDays(reach, 1));
      }
      await db.transaction(async (tx) => {
        const group = await existingGroup(tx, id, true);
        const now = clock.now();
        const localToday = today(group.timeZone);
        const requested = patch.effectiveFrom ?? localToday;
        if (requested < localToday) {
          throw schedulingErrors.invalidDates('effectiveFrom', 'A series edit cannot take effect in the past.');
        }
        // Before the series starts, an edit replaces its first version rather than preceding it.
        const from = laterDate(requested, group.startDate);
        const endDate = changes.endDate === undefined ? group.endDate : changes.endDate;
        if (endDate !== null && endDate < group.startDate) {
          throw schedulingErrors.invalidDates('schedule.endDate', 'The end date is before the start date.');
        }
        // Capacity holds on every date (issue): a smaller group must still seat everyone enrolled from
        // today on; past dates are history and keep the head count they had.
        if (
          patch.capacity !== undefined &&
          patch.capacity < group.capacity &&
          (endDate === null || endDate >= localToday)
        ) {
          const seats = (await heldEnrollments(tx, id))
            .filter((e) => e.status === 'active')
            .map((e) => ({ start: e.startDate, end: e.endDate }));
          const peak = peakOccupancy(seats, localToday, endDate);
          if (peak > patch.capacity) throw schedulingErrors.capacityBelowEnrolled(peak);
        }

        const versions = await groupsQ.scheduleVersions(tx, id);
        const base = versions.filter((v) => v.effectiveFrom <= from).at(-1) ?? versions[0]!;
        const next = {
          rrule: (changes.rrule ?? base.rrule).trim().replace(/^RRULE:/i, ''),
          startTime: changes.startTime ?? base.startTime,
          durationMinutes: changes.durationMinutes ?? base.durationMinutes,
          roomId: changes.roomId ?? base.roomId,
        };
        if (changes.roomId) await requireRoomIn(tx, changes.roomId, group.timeZone, 'schedule.roomId');
        if (patch.facilitators) await requireFacilitators(tx, patch.facilitators);
        const series = { startDate: group.startDate, endDate, timeZone: group.timeZone };
        if (reshaped && (endDate === null || from <= endDate)) {
          const probeEnd = earlier(addDays(from, 366), endDate);
          if (occurrences({ ...series, ...next }, from, probeEnd).length === 0) throw schedulingErrors.noOccurrences();
        }

        const active = patch.active ?? group.active;
        const reactivated = active && !group.active;
        // Only a new schedule, a restart or a new end re-plans sessions (a rename plans nothing); then they
        // exist at least through the horizon again, never past the series' end.
        const replan = active && (reshaped || reactivated || changes.endDate !== undefined);
        const through = replan
          ? earlier(laterDate(group.materializedThrough, addDays(localToday, horizonWeeks * 7)), endDate)
          : group.materializedThrough;
        await groupsQ.updateGroup(tx, id, {
          ...(patch.name !== undefined ? { name: patch.name } : {}),
          ...(patch.capacity !== undefined ? { capacity: patch.capacity } : {}),
          active,
          endDate,
          materializedThrough: through,
        });
        if (reshaped) {
          await groupsQ.insertSchedule(tx, { id: newId(), groupId: id, effectiveFrom: from, ...next });
          await q.deleteVersionsAfter(tx, id, from);
        }
        if (patch.facilitators) await groupsQ.replaceGroupFacilitators(tx, id, patch.facilitators);

        // What no longer happens: re-planned dates, dates past a new end, everything of a stopped group.
        if (reshaped || !active) await q.deleteSessions(tx, idsOf(await reshapeable(tx, id, from, now)));
        if (endDate !== null) await q.deleteSessions(tx, idsOf(await reshapeable(tx, id, addDays(endDate, 1), now)));

        // What is planned again: from the edit's date after a reshape or a restart, else only an extension.
        const rebuildFrom = reshaped || reactivated ? from : addDays(group.materializedThrough, 1);
        let planned: PlannedOccurrence[] = [];
        if (replan) {
          const kept = await q.occurrenceDates(tx, id, rebuildFrom, through);
          planned = planOccurrences(series, await groupsQ.scheduleVersions(tx, id), rebuildFrom, through).filter(
            (p) => !kept.has(p.occurrenceDate),
          );
        }
        const restaffed = patch.facilitators ? await reshapeable(tx, id, from, now) : [];
        const facilitators: groupsQ.FacilitatorRow[] =
          patch.facilitators ?? (await groupsQ.groupFacilitatorRows(tx, id));
        // Sessions that only change hands are checked for their staff, not for their (unchanged) room.
        const conflictOverride = await checkConflicts(
          tx,
          ctx,
          [...planned, ...restaffed.map((s) => ({ startsAt: s.startsAt, endsAt: s.endsAt, roomId: null }))],
          planned.length > 0 || restaffed.length > 0 ? facilitators.map((f) => f.staffId) : [],
          { groupId: id },
          patch.override,
        );
        await replaceSessionFacilitators(
          tx,
          restaffed.map((s) => s.id),
          facilitators,
        );
        const updated = (await groupsQ.findGroup(tx, id))!;
        const added = planned.length > 0 ? await materialize(tx, updated, rebuildFrom, through, conflictOverride) : [];

        if (patch.capacity !== undefined && patch.capacity > group.capacity) await promoteWaitlist(tx, ctx, updated);
        await audit.record(tx, ctx, {
          action: 'update',
          category: 'group',
          entityId: id,
          details: {
            fields: Object.keys(patch).filter((k) => k !== 'override'),
            effectiveFrom: from,
            sessionsPlanned: added.length,
            sessionsRestaffed: restaffed.length,
            override: conflictOverride !== null,
          },
        });
      });
      return groups.getGroup(id);
    },
  };
}
