// Single sessions: individual appointments, the calendar, one session's detail with its roster, and
// the moves, substitutions and cancellations of one occurrence that leave its series intact.
import { sql } from 'drizzle-orm';
import type { Db } from '../../kernel/db/index.ts';
import type { RequestContext } from '../../kernel/http/index.ts';
import { newId } from '../../kernel/ids.ts';
import { findSite, findStaff } from '../organization/index.ts';
import { patients } from '../patients/index.ts';
import type { FacilitatorRow, SessionRow } from './groups.queries.ts';
import type { GroupsService, SchedulingDeps } from './groups.service.ts';
import { addDays, localDate } from './recurrence.ts';
import { openReviewCounts } from './roster-reviews.queries.ts';
import { expectedRosters, type RosterMember, type SessionAttendance } from './roster.queries.ts';
import { PATIENT_OVERLAP, schedulingErrors } from './scheduling.errors.ts';
import { rosterReviews } from './scheduling.tables.ts';
import * as q from './sessions.queries.ts';
import type {
  AppointmentBody,
  CalendarQuery,
  RosterEntry,
  SessionDetailView,
  SessionPatch,
  Warning,
} from './sessions.schemas.ts';

/** A calendar read spans at most about two months: a month view with the weeks around it. */
const MAX_CALENDAR_DAYS = 62;

const minutes = (n: number) => n * 60_000;

/** The expected roster with what was recorded, then drop-ins (recorded, not expected) in name order. */
function withAttendance(sessionId: string, expected: RosterMember[], recorded: SessionAttendance[]): RosterEntry[] {
  const byPatient = new Map(recorded.map((r) => [r.patientId, r]));
  const summary = (r: SessionAttendance | undefined) =>
    r ? { status: r.status, minutesAttended: r.minutesAttended, modality: r.modality } : null;
  const expectedIds = new Set(expected.map((m) => m.patientId));
  const dropIns = recorded
    .filter((r) => !expectedIds.has(r.patientId))
    .map((r) => ({
      sessionId,
      patientId: r.patientId,
      givenName: r.givenName,
      familyName: r.familyName,
      enrollmentId: null,
      attendance: summary(r),
    }));
  return [...expected.map((m) => ({ ...m, attendance: summary(byPatient.get(m.patientId)) })), ...dropIns];
}

export type SessionsService = ReturnType<typeof createSessionsService>;

export function createSessionsService(deps: SchedulingDeps, groups: GroupsService) {
  const { db, clock, audit, patientAccess } = deps;
  const { checkConflicts, ensureMaterialized, requireActiveRoom, requireFacilitators, requireRoomIn } = groups.internal;

  async function lockedSession(tx: Db, ctx: RequestContext, id: string): Promise<SessionRow> {
    const session = await q.findSession(tx, id, { lock: true });
    if (!session) throw schedulingErrors.sessionNotFound();
    // An appointment is patient data: changing it is for those who may see the patient (AZ-2).
    if (session.patientId) await patientAccess.assertVisible(tx, ctx, session.patientId);
    return session;
  }

  /** The patients' other live bookings at that time, as warnings naming those sessions (no names). */
  async function overlapWarnings(
    tx: Db,
    session: { id: string; startsAt: Date; endsAt: Date },
    patientIds: string[],
    who: string,
  ): Promise<Warning[]> {
    const found = await q.patientOverlaps(tx, patientIds, session, session.id);
    return [...new Set(found.map((f) => f.sessionId))].map((sessionId) => ({
      code: PATIENT_OVERLAP,
      message: `${who} also booked in another session at that time.`,
      sessionId,
    }));
  }

  /** A session with its facilitators and the roster the caller may see; reading the roster is audited. */
  async function readDetail(tx: Db, ctx: RequestContext, id: string, warnings?: Warning[]): Promise<SessionDetailView> {
    const view = await q.findSessionView(tx, id, patientAccess.visibleCondition(ctx, patients.id));
    if (!view) throw schedulingErrors.sessionNotFound();
    const rosters = await expectedRosters(tx, [id], patientAccess.visibleCondition(ctx, sql`p.id`));
    const recorded = deps.attendanceFor
      ? await deps.attendanceFor(tx, id, patientAccess.visibleCondition(ctx, patients.id))
      : [];
    const roster = withAttendance(id, rosters.get(id) ?? [], recorded);
    const facilitators = (await q.namedFacilitators(tx, [id])).get(id) ?? [];
    const reviews = await openReviewCounts(tx, [id], patientAccess.visibleCondition(ctx, rosterReviews.patientId));
    const openReviews = reviews.get(id) ?? 0;
    // One event per patient, like every roster read, so each patient's access history is complete.
    await audit.record(
      tx,
      ctx,
      ...roster.map((m) => ({ action: 'read' as const, category: 'roster', patientId: m.patientId, entityId: id })),
    );
    return { view, facilitators, roster, openReviews, ...(warnings ? { warnings } : {}) };
  }

  /** An appointment's program (the patient's one open episode's) and the clinic-local zone it keeps. */
  async function placeAppointment(tx: Db, patientId: string, roomId: string | undefined) {
    const open = await q.openEpisodePrograms(tx, patientId);
    const programId = open.length === 1 ? open[0]!.programId : null;
    if (roomId) {
      const room = await requireActiveRoom(tx, roomId);
      return { programId, timeZone: (await findSite(tx, room.siteId))!.timeZone };
    }
    const timeZone = open[0]?.timeZone;
    if (!timeZone) throw schedulingErrors.noTimeZone();
    return { programId, timeZone };
  }

  return {
    async createAppointment(ctx: RequestContext, input: AppointmentBody): Promise<{ id: string; warnings: Warning[] }> {
      const startsAt = new Date(input.startsAt);
      const endsAt = new Date(startsAt.getTime() + minutes(input.durationMinutes));
      // Group sessions at that time must exist as rows for the room, staff and patient checks to see them.
      await ensureMaterialized(addDays(localDate(endsAt, 'UTC'), 1));
      return db.transaction(async (tx) => {
        await patientAccess.assertVisible(tx, ctx, input.patientId);
        const clinician = await findStaff(tx, input.staffId);
        if (!clinician || !clinician.active) {
          throw schedulingErrors.unknownStaff([{ path: 'staffId', message: 'no such active staff member' }]);
        }
        const { programId, timeZone } = await placeAppointment(tx, input.patientId, input.roomId);
        const id = newId();
        const roomId = input.roomId ?? null;
        const conflictOverride = await checkConflicts(
          tx,
          ctx,
          [{ startsAt, endsAt, roomId }],
          [input.staffId],
          { sessionId: id },
          input.override,
        );
        await q.insertSession(tx, {
          id,
          programId,
          kind: input.kind,
          startsAt,
          endsAt,
          timeZone,
          roomId,
          patientId: input.patientId,
          modality: input.modality,
          conflictOverride,
          createdAt: clock.now(),
        });
        await q.replaceSessionFacilitators(tx, [id], [{ staffId: input.staffId, role: 'lead' }]);
        const warnings = await overlapWarnings(tx, { id, startsAt, endsAt }, [input.patientId], 'The patient is');
        await audit.record(tx, ctx, {
          action: 'create',
          category: 'appointment',
          patientId: input.patientId,
          entityId: id,
          details: { kind: input.kind, override: conflictOverride !== null },
        });
        return { id, warnings };
      });
    },

    /**
     * Sessions whose local date (in each session's own zone) lies in [from, to], in start order, with
     * facilitators and head counts; a fixed number of statements however many sessions match.
     */
    async calendar(ctx: RequestContext, query: CalendarQuery) {
      if (query.to < query.from) throw schedulingErrors.invalidDates('to', 'The range ends before it starts.');
      if (addDays(query.from, MAX_CALENDAR_DAYS - 1) < query.to) {
        throw schedulingErrors.invalidDates('to', `A calendar spans at most ${MAX_CALENDAR_DAYS} days.`);
      }
      await ensureMaterialized(query.to);
      return db.transaction(async (tx) => {
        if (query.patientId) await patientAccess.assertVisible(tx, ctx, query.patientId);
        const views = await q.calendarViews(tx, query, patientAccess.visibleCondition(ctx, patients.id));
        const facilitators = await q.namedFacilitators(
          tx,
          views.map((v) => v.session.id),
        );
        const named = [...new Set(views.flatMap((v) => (v.patient ? [v.patient.id] : [])))];
        // A calendar that names patients, or is about one, is a search of patient data (AU-1).
        if (query.patientId || named.length > 0) {
          await audit.record(tx, ctx, {
            action: 'query',
            category: 'session',
            patientId: query.patientId ?? null,
            details: { query, returnedIds: named },
          });
        }
        return views.map((view) => ({ view, facilitators: facilitators.get(view.session.id) ?? [] }));
      });
    },

    async getSession(ctx: RequestContext, id: string): Promise<SessionDetailView> {
      return db.transaction((tx) => readDetail(tx, ctx, id));
    },

    /**
     * Moves, re-rooms or re-staffs one occurrence. It becomes `edited`, so later edits of its series
     * leave it alone. Only what changes is checked for double-booking.
     */
    async updateSession(ctx: RequestContext, id: string, patch: SessionPatch): Promise<SessionDetailView> {
      const requestedStart = patch.startsAt ? new Date(patch.startsAt) : undefined;
      if (requestedStart) await ensureMaterialized(addDays(localDate(requestedStart, 'UTC'), 1));
      return db.transaction(async (tx) => {
        const session = await lockedSession(tx, ctx, id);
        if (session.status === 'cancelled') throw schedulingErrors.sessionCancelled();
        const now = clock.now();
        const startsAt = requestedStart ?? session.startsAt;
        const length = patch.durationMinutes
          ? minutes(patch.durationMinutes)
          : session.endsAt.getTime() - session.startsAt.getTime();
        const endsAt = new Date(startsAt.getTime() + length);
        const moved =
          startsAt.getTime() !== session.startsAt.getTime() || endsAt.getTime() !== session.endsAt.getTime();
        if (moved && session.startsAt <= now) throw schedulingErrors.sessionStarted();
        if (moved && startsAt <= now) {
          throw schedulingErrors.invalidDates('startsAt', 'A session cannot be moved into the past.');
        }

        const roomId = patch.roomId === undefined ? session.roomId : patch.roomId;
        if (patch.roomId) await requireRoomIn(tx, patch.roomId, session.timeZone);
        let staff: FacilitatorRow[];
        if (patch.facilitators) {
          await requireFacilitators(tx, patch.facilitators);
          const [only] = patch.facilitators;
          if (session.patientId && (patch.facilitators.length !== 1 || only!.role !== 'lead')) {
            throw schedulingErrors.oneClinician();
          }
          staff = patch.facilitators;
        } else {
          staff = (await q.namedFacilitators(tx, [id])).get(id) ?? [];
        }
        const found = await checkConflicts(
          tx,
          ctx,
          [{ startsAt, endsAt, roomId: moved || patch.roomId !== undefined ? roomId : null }],
          moved || patch.facilitators ? staff.map((f) => f.staffId) : [],
          { sessionId: id },
          patch.override,
        );
        // An earlier override still explains a double-booking that this edit did not touch.
        const conflictOverride = moved ? found : (found ?? session.conflictOverride);
        await q.updateSession(tx, id, { startsAt, endsAt, roomId, conflictOverride, edited: true });
        if (patch.facilitators) await q.replaceSessionFacilitators(tx, [id], patch.facilitators);

        let warnings: Warning[] = [];
        if (moved) {
          const members = (await expectedRosters(tx, [id])).get(id) ?? [];
          const who = session.patientId ? 'The patient is' : 'A member of the roster is';
          warnings = await overlapWarnings(
            tx,
            { id, startsAt, endsAt },
            members.map((m) => m.patientId),
            who,
          );
        }
        await audit.record(tx, ctx, {
          action: 'update',
          category: session.patientId ? 'appointment' : 'session',
          patientId: session.patientId,
          entityId: id,
          details: {
            fields: Object.keys(patch).filter((k) => k !== 'override'),
            override: found !== null,
          },
        });
        return readDetail(tx, ctx, id, warnings);
      });
    },

    /** Cancels one occurrence or appointment with a reason; it stays on calendars as cancelled. */
    async cancelSession(ctx: RequestContext, id: string, reason: string): Promise<SessionDetailView> {
      return db.transaction(async (tx) => {
        const session = await lockedSession(tx, ctx, id);
        if (session.status === 'cancelled') throw schedulingErrors.sessionCancelled();
        await q.updateSession(tx, id, { status: 'cancelled', cancelReason: reason, edited: true });
        await audit.record(tx, ctx, {
          action: 'update',
          category: session.patientId ? 'appointment' : 'session',
          patientId: session.patientId,
          entityId: id,
          details: { status: 'cancelled' },
        });
        return readDetail(tx, ctx, id);
      });
    },
  };
}
