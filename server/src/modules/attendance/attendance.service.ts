// Attendance use cases: authorize → check invariants → transact → audit (DESIGN §3.2). One record per
// patient per session; the group session screen records a whole roster at once or check-ins one by one.
import { createHash } from 'node:crypto';
import type { Audit } from '../../kernel/audit/index.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db } from '../../kernel/db/index.ts';
import type { PatientAccess, RequestContext } from '../../kernel/http/index.ts';
import { newId } from '../../kernel/ids.ts';
import { patients } from '../patients/index.ts';
import { expectedRosters, type AttendanceFor, type SessionsInUse } from '../scheduling/index.ts';
import { createAlerts, type AlertDeps } from './alerts.service.ts';
import { attendanceErrors as errors } from './attendance.errors.ts';
import * as q from './attendance.queries.ts';
import {
  toAttendanceRecord,
  type AttendanceBody,
  type AttendanceRecord,
  type CheckInBody,
  type CheckOutBody,
} from './attendance.schemas.ts';
import type { AttendanceStatus } from './attendance.tables.ts';
import { checkInStatus, checkOutStatus, isAbsence, minutesAttended, notStarted, outsideSession } from './minutes.ts';

export interface AttendanceDeps extends AlertDeps {
  db: Db;
  clock: Clock;
  audit: Audit;
  /** Object-level access to patients: the programs module decides. */
  patientAccess: PatientAccess;
}

export interface Answer {
  statusCode: 200 | 201;
  record: AttendanceRecord;
}

export type AttendanceService = ReturnType<typeof createAttendanceService>;

export function createAttendanceService({ db, clock, audit, patientAccess, ...alertDeps }: AttendanceDeps) {
  const alerts = createAlerts({ clock, ...alertDeps });

  /** A session attendance can be taken for: not cancelled, starting within 30 minutes at most, not final. */
  function usable(held: { session: q.SessionRow; confirmed: boolean } | undefined): q.SessionRow {
    if (!held) throw errors.sessionNotFound();
    const { session } = held;
    if (session.status === 'cancelled') throw errors.sessionCancelled();
    if (notStarted(clock.now(), session)) throw errors.sessionNotStarted();
    if (held.confirmed) throw errors.confirmed();
    return session;
  }

  const openSession = async (tx: Db, id: string) => usable(await q.holdSession(tx, id));

  async function expectedIds(tx: Db, sessionId: string): Promise<Set<string>> {
    const roster = (await expectedRosters(tx, [sessionId])).get(sessionId) ?? [];
    return new Set(roster.map((m) => m.patientId));
  }

  /**
   * On the roster, or already recorded, or a drop-in with a reason (issue: a member not on the
   * expected roster can be added as a drop-in, with a reason).
   */
  function placement(
    onRoster: boolean,
    existing: q.AttendanceRow | undefined,
    reason: string | undefined,
    path: string,
  ): { dropIn: boolean; dropInReason: string | null } {
    if (onRoster) return { dropIn: false, dropInReason: null };
    if (reason) return { dropIn: true, dropInReason: reason };
    if (existing?.dropIn) return { dropIn: true, dropInReason: existing.dropInReason };
    throw errors.notOnRoster(path);
  }

  /** Runs `work` once per actor and key: a repeated key answers with the stored first answer. */
  async function once(
    ctx: RequestContext,
    key: string | undefined,
    request: unknown,
    work: (tx: Db) => Promise<Answer>,
  ): Promise<Answer> {
    const actorId = ctx.actor?.userId;
    if (!key || !actorId) return db.transaction(work);
    const fingerprint = createHash('sha256').update(JSON.stringify(request)).digest('hex');
    return db.transaction(async (tx) => {
      await q.lockKey(tx, actorId, key);
      const stored = await q.findRequest(tx, actorId, key);
      if (stored) {
        if (stored.fingerprint !== fingerprint) throw errors.idempotencyKeyReused();
        const record = stored.response as AttendanceRecord;
        // A replay still shows the patient's record again: audited like any read.
        await audit.record(tx, ctx, {
          action: 'read',
          category: 'attendance',
          patientId: record.patientId,
          details: { idempotencyKey: true },
        });
        return { statusCode: stored.statusCode as 200 | 201, record };
      }
      const answer = await work(tx);
      await q.saveRequest(tx, {
        actorId,
        key,
        fingerprint,
        statusCode: answer.statusCode,
        response: answer.record,
        createdAt: clock.now(),
      });
      return answer;
    });
  }

  const attendanceFor: AttendanceFor = (tx, sessionId, visible) => q.attendanceFor(tx, sessionId, visible);
  // A session with recorded attendance is history: a series edit must not re-plan or delete it.
  const sessionsInUse: SessionsInUse = (tx, sessionIds) => q.sessionsWithAttendance(tx, sessionIds);

  return {
    attendanceFor,
    sessionsInUse,

    async list(ctx: RequestContext, sessionId: string): Promise<AttendanceRecord[]> {
      return db.transaction(async (tx) => {
        const session = await q.findSession(tx, sessionId);
        if (!session) throw errors.sessionNotFound();
        if (session.patientId) await patientAccess.assertVisible(tx, ctx, session.patientId);
        const rows = await q.visibleRecords(tx, sessionId, patientAccess.visibleCondition(ctx, patients.id));
        await audit.record(
          tx,
          ctx,
          ...rows.map(({ record }) => ({
            action: 'read' as const,
            category: 'attendance',
            patientId: record.patientId,
            entityId: sessionId,
          })),
        );
        return rows.map(({ record }) => toAttendanceRecord(record));
      });
    },

    /** Records a whole roster at once, in one transaction: one bad record and nothing is written. */
    async record(ctx: RequestContext, sessionId: string, body: AttendanceBody): Promise<AttendanceRecord[]> {
      return db.transaction(async (tx) => {
        const session = await openSession(tx, sessionId);
        const expected = await expectedIds(tx, sessionId);
        const existing = new Map(
          (
            await q.findRecords(
              tx,
              sessionId,
              body.records.map((r) => r.patientId),
            )
          ).map((r) => [r.patientId, r]),
        );
        const now = clock.now();
        const seen = new Set<string>();
        const rows: q.NewAttendance[] = [];
        for (const [i, r] of body.records.entries()) {
          const path = `records.${i}`;
          if (seen.has(r.patientId)) throw errors.duplicatePatient(`${path}.patientId`);
          seen.add(r.patientId);
          await patientAccess.assertVisible(tx, ctx, r.patientId);
          const drop = placement(
            expected.has(r.patientId),
            existing.get(r.patientId),
            r.dropInReason,
            `${path}.patientId`,
          );
          const absent = isAbsence(r.status);
          // Times mean nothing for an absence; a present patient's default to the session's own.
          const checkInAt = absent ? null : r.checkInAt ? new Date(r.checkInAt) : session.startsAt;
          const checkOutAt = absent ? null : r.checkOutAt ? new Date(r.checkOutAt) : session.endsAt;
          if (checkInAt && outsideSession(checkInAt, session)) throw errors.timesOutsideSession(`${path}.checkInAt`);
          if (checkOutAt && outsideSession(checkOutAt, session)) throw errors.timesOutsideSession(`${path}.checkOutAt`);
          if (checkInAt && checkOutAt && checkOutAt < checkInAt) throw errors.invalidTimes(`${path}.checkOutAt`);
          if (r.makeUpSessionId) {
            const makeUpPath = `${path}.makeUpSessionId`;
            if (!absent) throw errors.invalidMakeUp(makeUpPath, 'only an absence is made up');
            if (r.makeUpSessionId === sessionId) throw errors.invalidMakeUp(makeUpPath, 'the same session');
            if (!(await q.sessionExists(tx, r.makeUpSessionId)))
              throw errors.invalidMakeUp(makeUpPath, 'no such session');
          }
          rows.push({
            id: newId(),
            sessionId,
            patientId: r.patientId,
            status: r.status,
            checkInAt,
            checkOutAt,
            minutesAttended: minutesAttended(r.status, checkInAt, checkOutAt, session),
            modality: r.modality,
            participation: r.participation ?? null,
            ...drop,
            makeupForSessionId: r.makeUpSessionId ?? null,
            recordedBy: ctx.actor?.userId ?? null,
            recordedAt: now,
            updatedAt: now,
          });
        }
        // Each write locks its week's summary row (attendance_weeks, migration 0010) until commit; written
        // in patient order, two rosters of the same week never wait on each other's rows in a cycle.
        const byPatient = new Map<string, q.AttendanceRow>();
        for (const row of [...rows].sort((a, b) => compareIds(a.patientId, b.patientId))) {
          byPatient.set(row.patientId, await q.upsertRecord(tx, row));
        }
        const saved = rows.map((row) => byPatient.get(row.patientId)!);
        await audit.record(
          tx,
          ctx,
          ...saved.map((s) => ({
            action: existing.has(s.patientId) ? ('update' as const) : ('create' as const),
            category: 'attendance',
            patientId: s.patientId,
            entityId: sessionId,
            details: { status: s.status, minutesAttended: s.minutesAttended },
          })),
        );
        await alerts.evaluate(
          tx,
          ctx,
          session,
          saved.map((s) => s.patientId),
          { absences: true },
        );
        return saved.map(toAttendanceRecord);
      });
    },

    /**
     * A patient arrives. The first check-in creates the record (201); a repeat answers with the
     * same record (200). INSERT … ON CONFLICT keeps parallel check-ins to one row. No alert is
     * evaluated: an arrival makes no one absent and only adds minutes to the week (before the start
     * the session already counted in full as still ahead), so it can only lift a shortfall.
     */
    async checkIn(ctx: RequestContext, sessionId: string, body: CheckInBody, key?: string): Promise<Answer> {
      return once(ctx, key, ['check-in', sessionId, body], async (tx) => {
        // Session, lock, finality, the patient's record and roster membership in one statement.
        const held = await q.holdArrival(tx, sessionId, body.patientId);
        const session = usable(held);
        await patientAccess.assertVisible(tx, ctx, body.patientId);
        const at = body.at ? new Date(body.at) : clock.now();
        if (outsideSession(at, session)) throw errors.timesOutsideSession('at');
        const existing = held!.record ?? undefined;
        const drop = placement(held!.onRoster, existing, body.dropInReason, 'patientId');
        const event = { category: 'attendance', patientId: body.patientId, entityId: sessionId };
        if (existing?.checkInAt) {
          // Here already: a repeated tap answers with the record as it stands.
          await audit.record(tx, ctx, { ...event, action: 'read', details: { repeatedCheckIn: true } });
          return { statusCode: 200, record: toAttendanceRecord(existing) };
        }
        const status = checkInStatus(at, session);
        const now = clock.now();
        const arrival = {
          status,
          checkInAt: at,
          checkOutAt: null,
          minutesAttended: minutesAttended(status, at, null, session),
          modality: body.modality ?? session.modality ?? 'in_person',
          recordedBy: ctx.actor?.userId ?? null,
          updatedAt: now,
        };
        const inserted = await q.insertIfAbsent(tx, {
          id: newId(),
          sessionId,
          patientId: body.patientId,
          ...arrival,
          ...drop,
          recordedAt: now,
        });
        if (inserted) {
          await audit.record(tx, ctx, { ...event, action: 'create', details: { status } });
          return { statusCode: 201, record: toAttendanceRecord(inserted) };
        }
        const current = (await q.lockRecord(tx, sessionId, body.patientId))!;
        if (current.checkInAt === null) {
          // Marked absent earlier, and here after all: the arrival replaces the absence.
          const updated = await q.updateRecord(tx, current.id, { ...arrival, makeupForSessionId: null });
          await audit.record(tx, ctx, { ...event, action: 'update', details: { status } });
          return { statusCode: 201, record: toAttendanceRecord(updated) };
        }
        await audit.record(tx, ctx, { ...event, action: 'read', details: { repeatedCheckIn: true } });
        return { statusCode: 200, record: toAttendanceRecord(current) };
      });
    },

    /**
     * A patient leaves; more than 10 minutes before the end makes the record `left_early`. Leaving
     * early can put the week under the program's minimum (never make anyone absent): hours only.
     */
    async checkOut(ctx: RequestContext, sessionId: string, body: CheckOutBody): Promise<AttendanceRecord> {
      return db.transaction(async (tx) => {
        const session = await openSession(tx, sessionId);
        await patientAccess.assertVisible(tx, ctx, body.patientId);
        const record = await q.lockRecord(tx, sessionId, body.patientId);
        if (!record || !record.checkInAt) throw errors.notCheckedIn();
        const at = body.at ? new Date(body.at) : clock.now();
        if (outsideSession(at, session)) throw errors.timesOutsideSession('at');
        if (at < record.checkInAt) throw errors.invalidTimes('at');
        const status = checkOutStatus(record.status as AttendanceStatus, at, session);
        const updated = await q.updateRecord(tx, record.id, {
          status,
          checkOutAt: at,
          minutesAttended: minutesAttended(status, record.checkInAt, at, session),
          recordedBy: ctx.actor?.userId ?? null,
          updatedAt: clock.now(),
        });
        await audit.record(tx, ctx, {
          action: 'update',
          category: 'attendance',
          patientId: body.patientId,
          entityId: sessionId,
          details: { status, minutesAttended: updated.minutesAttended },
        });
        await alerts.evaluate(tx, ctx, session, [body.patientId], { absences: false });
        return toAttendanceRecord(updated);
      });
    },
  };
}

/** Uuids in the database's order (bytes, as lowercase hex): the order its indexes and locks take them in. */
function compareIds(a: string, b: string): number {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : 0;
}
