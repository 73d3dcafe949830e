// Enrollments: a patient's place in a group over a span of local dates, the waitlist behind a full
// group, and the review flags a change leaves on sessions that already took place (issue: expected
// rosters derive from enrollments; past sessions keep their history, flagged, never rewritten).
import type { Db } from '../../kernel/db/index.ts';
import type { RequestContext } from '../../kernel/http/index.ts';
import { newId } from '../../kernel/ids.ts';
import type { CareService } from '../care/index.ts';
import { patients } from '../patients/index.ts';
import { findProgram } from '../programs/index.ts';
import { firstFreeStart, peakOccupancy, type Span } from './capacity.ts';
import * as q from './enrollments.queries.ts';
import type {
  BulkEnrollmentBody,
  BulkResult,
  EnrollmentBody,
  Placed,
  Promoted,
  SkipReason,
} from './enrollments.schemas.ts';
import { findGroup, type GroupRow } from './groups.queries.ts';
import type { GroupsService, SchedulingDeps } from './groups.service.ts';
import { insertRosterReviews } from './roster-reviews.queries.ts';
import { addDays, laterDate, localDate } from './recurrence.ts';
import { PATIENT_OVERLAP, schedulingErrors } from './scheduling.errors.ts';
import { enrollments } from './scheduling.tables.ts';
import type { Warning } from './sessions.schemas.ts';

/** Raises a task for people in the caller's transaction (the care module's, wired in modules.ts). */
export type CreateTask = CareService['createTask'];

export interface EnrollmentDeps {
  createTask: CreateTask;
}

/** One group's seats and places, read once under the group's lock and kept current while deciding. */
interface Ledger {
  group: GroupRow;
  today: string;
  /** Active enrollments' spans: the seats taken over time. */
  seats: Span[];
  /** Active and waitlisted spans per patient: a second place on the same dates is a duplicate. */
  held: Map<string, Span[]>;
  waitlisted: number;
}

type Skip =
  { skip: 'outside_group_dates'; path: 'startDate' | 'endDate' } | { skip: Exclude<SkipReason, 'outside_group_dates'> };
type Decision = { status: Placed['status'] } | Skip;

/** Why a single enrollment is refused, as the error its route answers with. */
function refusal(decision: Skip) {
  switch (decision.skip) {
    case 'already_enrolled':
      return schedulingErrors.duplicateEnrollment();
    case 'group_ended':
      return schedulingErrors.groupEnded();
    case 'outside_group_dates':
      return schedulingErrors.outsideGroupDates(decision.path);
  }
}

const CATEGORY = 'enrollment';

// Spans are inclusive; an open end runs forever.
const overlaps = (a: Span, b: Span) => (b.end === null || a.start <= b.end) && (a.end === null || b.start <= a.end);

export type EnrollmentsService = ReturnType<typeof createEnrollmentsService>;

export function createEnrollmentsService(deps: SchedulingDeps & EnrollmentDeps, groups: GroupsService) {
  const { db, clock, audit, patientAccess, horizonWeeks, createTask } = deps;
  const { existingGroup } = groups.internal;

  async function openLedger(tx: Db, group: GroupRow): Promise<Ledger> {
    const held = new Map<string, Span[]>();
    const seats: Span[] = [];
    let waitlisted = 0;
    for (const e of await q.heldEnrollments(tx, group.id)) {
      const span = { start: e.startDate, end: e.endDate };
      held.set(e.patientId, [...(held.get(e.patientId) ?? []), span]);
      if (e.status === 'active') seats.push(span);
      else waitlisted += 1;
    }
    return { group, today: localDate(clock.now(), group.timeZone), seats, held, waitlisted };
  }

  /** Whether the patient may take this span in the group, and whether a seat is free on every date of it. */
  function decide({ group, today, seats, held }: Ledger, patientId: string, span: Span): Decision {
    if (!group.active || (group.endDate !== null && group.endDate < today)) return { skip: 'group_ended' };
    if (span.start < group.startDate || (group.endDate !== null && span.start > group.endDate)) {
      return { skip: 'outside_group_dates', path: 'startDate' };
    }
    if (group.endDate !== null && span.end !== null && span.end > group.endDate) {
      return { skip: 'outside_group_dates', path: 'endDate' };
    }
    if ((held.get(patientId) ?? []).some((h) => overlaps(h, span))) return { skip: 'already_enrolled' };
    // An open-ended enrollment lasts as long as the group does.
    const peak = peakOccupancy(seats, span.start, span.end ?? group.endDate);
    return { status: peak < group.capacity ? 'active' : 'waitlisted' };
  }

  /**
   * Flags the group's sessions that already started, on local dates in [from, to], for review: the
   * patient's expected place on them changed after the fact.
   */
  async function flagHistory(
    tx: Db,
    enrollment: q.EnrollmentRow,
    change: 'added' | 'removed',
    from: string,
    to: string | null,
  ): Promise<void> {
    const now = clock.now();
    const sessionIds = await q.startedSessionIds(tx, enrollment.groupId, { from, to }, now);
    await insertRosterReviews(
      tx,
      sessionIds.map((sessionId) => ({
        id: newId(),
        sessionId,
        patientId: enrollment.patientId,
        change,
        enrollmentId: enrollment.id,
        createdAt: now,
      })),
    );
  }

  async function place(
    tx: Db,
    ctx: RequestContext,
    ledger: Ledger,
    patientId: string,
    span: Span,
    status: Placed['status'],
  ): Promise<Placed> {
    const { group } = ledger;
    const row = await q.insertEnrollment(tx, {
      id: newId(),
      groupId: group.id,
      patientId,
      startDate: span.start,
      endDate: span.end,
      status,
      requestedAt: clock.now(),
    });
    ledger.held.set(patientId, [...(ledger.held.get(patientId) ?? []), span]);
    if (status === 'active') {
      ledger.seats.push(span);
      await flagHistory(tx, row, 'added', span.start, span.end);
    } else {
      ledger.waitlisted += 1;
    }
    await audit.record(tx, ctx, {
      action: 'create',
      category: CATEGORY,
      patientId,
      entityId: row.id,
      details: { groupId: group.id, status, startDate: span.start, endDate: span.end },
    });
    // The new row has the highest request sequence of the group, so it is last in line.
    return { id: row.id, status, waitlistPosition: status === 'waitlisted' ? ledger.waitlisted : null };
  }

  /** The patient's other sessions overlapping this group's upcoming ones within the rolling horizon. */
  async function overlapWarnings(tx: Db, group: GroupRow, patientId: string, span: Span): Promise<Warning[]> {
    const today = localDate(clock.now(), group.timeZone);
    const horizon = addDays(today, horizonWeeks * 7);
    const to = [horizon, span.end, group.endDate].filter((d): d is string => d !== null).sort()[0]!;
    const from = laterDate(span.start, today);
    if (from > to) return [];
    const rows = await q.patientOverlaps(tx, { groupId: group.id, patientId, from, to, now: clock.now() });
    return rows.map((r) => ({
      code: PATIENT_OVERLAP,
      message: `Also expected at ${r.label} on ${formatLocal(new Date(r.starts_at), r.time_zone)}.`,
      sessionId: r.id,
    }));
  }

  /**
   * Gives free seats to the waitlist, first come first served: every waitlisted enrollment that now
   * fits becomes active, from the first day a seat is free on (never a day whose session has
   * started), and the program's front desk gets a task to tell the patient. The caller holds the
   * group's lock and its transaction.
   */
  async function promoteWaitlist(tx: Db, ctx: RequestContext, group: GroupRow): Promise<Promoted[]> {
    // An inactive group seats no one new, so its waitlist simply waits.
    const waiting = group.active ? await q.waitlist(tx, group.id, group.programId) : [];
    if (waiting.length === 0) return [];
    const now = clock.now();
    const { seats } = await openLedger(tx, group);
    const today = localDate(now, group.timeZone);
    const lastStarted = await q.lastStartedDate(tx, group.id, now);
    const earliest = lastStarted !== null && lastStarted >= today ? addDays(lastStarted, 1) : today;
    const promoted: Promoted[] = [];
    // A patient discharged from the program while waiting keeps the place until someone withdraws it.
    for (const { enrollment, givenName, familyName } of waiting.filter((w) => w.inProgram)) {
      const start = firstFreeStart(
        seats,
        group.capacity,
        laterDate(enrollment.startDate, earliest),
        enrollment.endDate ?? group.endDate,
      );
      if (start === null) continue;
      const row = await q.updateEnrollment(tx, enrollment.id, { status: 'active', startDate: start, promotedAt: now });
      seats.push({ start, end: row.endDate });
      await flagHistory(tx, row, 'added', start, row.endDate);
      await audit.record(tx, ctx, {
        action: 'update',
        category: CATEGORY,
        patientId: row.patientId,
        entityId: row.id,
        details: { status: 'active', promotedFromWaitlist: true, startDate: start },
      });
      await createTask(tx, ctx, {
        kind: 'waitlist_promoted',
        title: `Seat available: ${givenName} ${familyName} is now enrolled in ${group.name}`,
        programId: group.programId,
        patientId: row.patientId,
        assigneeRole: 'front_desk',
        details: { groupId: group.id, enrollmentId: row.id, startDate: start },
      });
      promoted.push({ enrollmentId: row.id, patientId: row.patientId });
    }
    return promoted;
  }

  /** A visible enrollment with its group locked, read again under the lock. */
  async function lockedEnrollment(tx: Db, ctx: RequestContext, id: string) {
    const found = await q.findEnrollment(tx, id, patientAccess.visibleCondition(ctx, enrollments.patientId));
    if (!found) throw schedulingErrors.enrollmentNotFound();
    const group = await existingGroup(tx, found.groupId, true);
    return { group, enrollment: (await q.findEnrollment(tx, id))! };
  }

  return {
    async createEnrollment(
      ctx: RequestContext,
      groupId: string,
      input: EnrollmentBody,
    ): Promise<Placed & { warnings: Warning[] }> {
      const span = { start: input.startDate, end: input.endDate ?? null };
      if (span.end !== null && span.end < span.start) {
        throw schedulingErrors.invalidDates('endDate', 'The end date is before the start date.');
      }
      return db.transaction(async (tx) => {
        // The group's lock serializes its enrollments across app processes: capacity holds under races.
        const ledger = await openLedger(tx, await existingGroup(tx, groupId, true));
        await patientAccess.assertVisible(tx, ctx, input.patientId);
        if (!(await q.inProgram(tx, input.patientId, ledger.group.programId))) throw schedulingErrors.notInProgram();
        const decision = decide(ledger, input.patientId, span);
        if ('skip' in decision) throw refusal(decision);
        const placed = await place(tx, ctx, ledger, input.patientId, span, decision.status);
        const warnings =
          placed.status === 'active' ? await overlapWarnings(tx, ledger.group, input.patientId, span) : [];
        return { ...placed, warnings };
      });
    },

    async listEnrollments(ctx: RequestContext, groupId: string) {
      return db.transaction(async (tx) => {
        await existingGroup(tx, groupId);
        const rows = await q.listGroupEnrollments(
          tx,
          groupId,
          patientAccess.visibleCondition(ctx, enrollments.patientId),
        );
        await audit.record(
          tx,
          ctx,
          ...rows.map((r) => ({
            action: 'read' as const,
            category: CATEGORY,
            patientId: r.enrollment.patientId,
            entityId: r.enrollment.id,
          })),
        );
        return rows;
      });
    },

    /** Moves an active enrollment's end earlier; sessions after it lose the patient, seats free up. */
    async endEnrollment(ctx: RequestContext, id: string, endDate: string) {
      return db.transaction(async (tx) => {
        const { group, enrollment } = await lockedEnrollment(tx, ctx, id);
        if (enrollment.status !== 'active') throw schedulingErrors.enrollmentNotActive();
        if (endDate < enrollment.startDate) {
          throw schedulingErrors.invalidDates('endDate', 'The end date is before the enrollment’s start date.');
        }
        // Extending would need a seat on the added dates; a new enrollment asks for one properly.
        if (enrollment.endDate !== null && endDate > enrollment.endDate) {
          throw schedulingErrors.invalidDates(
            'endDate',
            'An enrollment can only end earlier; enroll again to extend it.',
          );
        }
        const updated = await q.updateEnrollment(tx, id, { endDate });
        await flagHistory(tx, updated, 'removed', addDays(endDate, 1), enrollment.endDate);
        await audit.record(tx, ctx, {
          action: 'update',
          category: CATEGORY,
          patientId: updated.patientId,
          entityId: id,
          details: { endDate, previousEndDate: enrollment.endDate },
        });
        return { enrollment: updated, promoted: await promoteWaitlist(tx, ctx, group) };
      });
    },

    /**
     * Takes a waitlisted enrollment off the list, or cancels an active one before any of its
     * sessions took place (one that has history must be ended instead).
     */
    async withdrawEnrollment(ctx: RequestContext, id: string, reason: string | undefined) {
      return db.transaction(async (tx) => {
        const { group, enrollment } = await lockedEnrollment(tx, ctx, id);
        if (enrollment.status === 'withdrawn') throw schedulingErrors.enrollmentWithdrawn();
        const span = { from: enrollment.startDate, to: enrollment.endDate };
        if (enrollment.status === 'active' && (await q.startedSessionIds(tx, group.id, span, clock.now())).length > 0) {
          throw schedulingErrors.enrollmentStarted();
        }
        const updated = await q.updateEnrollment(tx, id, { status: 'withdrawn' });
        await audit.record(tx, ctx, {
          action: 'update',
          category: CATEGORY,
          patientId: updated.patientId,
          entityId: id,
          details: { status: 'withdrawn', previousStatus: enrollment.status, ...(reason ? { reason } : {}) },
        });
        const promoted = enrollment.status === 'active' ? await promoteWaitlist(tx, ctx, group) : [];
        return { enrollment: updated, promoted };
      });
    },

    /**
     * Enrolls every patient with an open episode in the program (that the caller may see) into each
     * group, in one transaction, answering per patient and group: enrolled, waitlisted or skipped.
     */
    async bulkEnroll(ctx: RequestContext, programId: string, input: BulkEnrollmentBody): Promise<BulkResult[]> {
      const span = { start: input.startDate, end: input.endDate ?? null };
      if (span.end !== null && span.end < span.start) {
        throw schedulingErrors.invalidDates('endDate', 'The end date is before the start date.');
      }
      return db.transaction(async (tx) => {
        if (!(await findProgram(tx, programId))) throw schedulingErrors.programNotFound();
        // Locks are taken in id order, so two bulk enrollments over the same groups cannot deadlock.
        const locked = new Map<string, GroupRow | undefined>();
        for (const id of [...input.groupIds].sort()) locked.set(id, await findGroup(tx, id, { lock: true }));
        const unknown = input.groupIds.flatMap((id, i) =>
          locked.get(id)?.programId === programId
            ? []
            : [{ path: `groupIds.${i}`, message: 'no such group in the program' }],
        );
        if (unknown.length > 0) throw schedulingErrors.unknownGroups(unknown);

        const candidates = await q.programPatients(tx, programId, patientAccess.visibleCondition(ctx, patients.id));
        const results: BulkResult[] = [];
        for (const groupId of input.groupIds) {
          const ledger = await openLedger(tx, locked.get(groupId)!);
          for (const patient of candidates) {
            const decision = decide(ledger, patient.id, span);
            if ('skip' in decision) {
              results.push({ patient, groupId, outcome: 'skipped', reason: decision.skip });
              continue;
            }
            const placed = await place(tx, ctx, ledger, patient.id, span, decision.status);
            results.push({
              patient,
              groupId,
              outcome: placed.status === 'active' ? 'enrolled' : 'waitlisted',
              enrollmentId: placed.id,
              ...(placed.waitlistPosition !== null ? { waitlistPosition: placed.waitlistPosition } : {}),
            });
          }
        }
        // Skipped patients are still named in the answer: that is a read of their data (AU-1).
        await audit.record(
          tx,
          ctx,
          ...results
            .filter((r) => r.outcome === 'skipped')
            .map((r) => ({
              action: 'read' as const,
              category: CATEGORY,
              patientId: r.patient.id,
              entityId: r.groupId,
              details: { bulk: true, reason: r.reason },
            })),
        );
        return results;
      });
    },

    /** For the other scheduling services (a capacity raise frees seats): the caller holds the group's lock. */
    internal: { promoteWaitlist },
  };
}

function formatLocal(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
}
