// Attendance alerts (issue: consecutive absences, default 2, and a week falling behind the program's
// minimum hours create a task for the patient's primary clinician). Evaluated inside the transaction
// that records the attendance, so a task exists exactly when the attendance that raised it does.
import type { Clock } from '../../kernel/clock.ts';
import type { Db } from '../../kernel/db/index.ts';
import type { RequestContext } from '../../kernel/http/index.ts';
import type { CareService, NewTask, OpenTask } from '../care/index.ts';
import { findProgram, primaryClinicians } from '../programs/index.ts';
import { expectedRosters, localDate } from '../scheduling/index.ts';
import { absenceStreak, requiredMinutes, weekOf, weekShortfall } from './alerts.ts';
import * as q from './alerts.queries.ts';
import type { SessionRow } from './attendance.queries.ts';

const ABSENCE_KIND = 'consecutive_absences';
const WEEK_KIND = 'weekly_hours_at_risk';
/** The capacity alert tasks are addressed in: each goes to one person, the patient's attending. */
const ADDRESSEE = 'primary_clinician';

export interface AlertDeps {
  clock: Clock;
  /** Raising tasks and finding the open ones (the care module). */
  care: Pick<CareService, 'createTasks' | 'openTasks'>;
  /** How many consecutive group-session absences raise a task (config `ABSENCE_ALERT_AFTER`; 0: never). */
  absenceAlertAfter: number;
}

interface Finding {
  patientId: string;
  kind: string;
  title: string;
  details: Record<string, unknown>;
}

const MINUTE_MS = 60_000;

export function createAlerts({ clock, care, absenceAlertAfter }: AlertDeps) {
  /** Patients whose latest group-session records are all absences. */
  async function absenceStreaks(tx: Db, patientIds: readonly string[]): Promise<Finding[]> {
    const recent = await q.recentGroupRecords(tx, patientIds, absenceAlertAfter);
    return [...recent].flatMap(([patientId, records]) =>
      absenceStreak(
        records.map((r) => r.status),
        absenceAlertAfter,
      )
        ? [
            {
              patientId,
              kind: ABSENCE_KIND,
              title: `${absenceAlertAfter} group sessions missed in a row`,
              details: { absences: records.map(({ sessionId, date }) => ({ sessionId, date })).reverse() },
            },
          ]
        : [],
    );
  }

  /**
   * Patients who cannot reach the program's weekly minimum in the session's local week (Monday to
   * Sunday in the site's zone) even by attending every session still ahead of them that week.
   */
  async function weeksAtRisk(tx: Db, session: SessionRow, patientIds: readonly string[], now: Date) {
    const program = session.programId ? await findProgram(tx, session.programId) : undefined;
    if (!program) return [];
    const week = { programId: program.id, ...weekOf(localDate(session.startsAt, session.timeZone)) };
    const attended = await q.attendedMinutes(tx, patientIds, week);
    const ahead = await q.sessionsAhead(tx, patientIds, week, now);
    const rosters = await expectedRosters(
      tx,
      ahead.map((s) => s.id),
    );
    // A session recorded early (attendance opens before the start) already counts as attended.
    const recorded = await q.recordedPairs(
      tx,
      ahead.map((s) => s.id),
      patientIds,
    );
    const wanted = new Set(patientIds);
    const remaining = new Map<string, number>();
    for (const s of ahead) {
      for (const { patientId } of rosters.get(s.id) ?? []) {
        if (!wanted.has(patientId) || recorded.has(`${s.id}:${patientId}`)) continue;
        const minutes = (s.endsAt.getTime() - s.startsAt.getTime()) / MINUTE_MS;
        remaining.set(patientId, (remaining.get(patientId) ?? 0) + minutes);
      }
    }
    const required = requiredMinutes(program.minHoursPerWeek);
    return patientIds.flatMap((patientId): Finding[] => {
      const short = weekShortfall({
        attended: attended.get(patientId) ?? 0,
        scheduledRemaining: remaining.get(patientId) ?? 0,
        required,
      });
      if (!short) return [];
      return [
        {
          patientId,
          kind: WEEK_KIND,
          title: `Weekly hours below the program minimum (week of ${week.start})`,
          details: { weekStart: week.start, weekEnd: week.end, ...short },
        },
      ];
    });
  }

  /** Drops findings already raised and still open: one per patient, and per week for the hours. */
  async function notYetOpen(tx: Db, kind: string, findings: Finding[]): Promise<Finding[]> {
    if (findings.length === 0) return [];
    const open = await care.openTasks(
      tx,
      kind,
      findings.map((f) => f.patientId),
    );
    const same = (task: OpenTask, f: Finding) =>
      task.patientId === f.patientId && (kind !== WEEK_KIND || task.details.weekStart === f.details.weekStart);
    return findings.filter((f) => !open.some((task) => same(task, f)));
  }

  return {
    /**
     * Evaluates the alerts for patients whose attendance in `session` was just recorded, in a fixed
     * number of statements whatever their count. `absences` false when the change cannot make anyone
     * absent (a check-out), so only the week's hours are evaluated.
     */
    async evaluate(
      tx: Db,
      ctx: RequestContext,
      session: SessionRow,
      patientIds: readonly string[],
      { absences }: { absences: boolean },
    ): Promise<void> {
      const streaks = absences ? await notYetOpen(tx, ABSENCE_KIND, await absenceStreaks(tx, patientIds)) : [];
      const weeks = await notYetOpen(tx, WEEK_KIND, await weeksAtRisk(tx, session, patientIds, clock.now()));
      const findings = [...streaks, ...weeks];
      if (findings.length === 0) return;
      const clinicians = await primaryClinicians(
        tx,
        findings.map((f) => f.patientId),
        session.programId,
      );
      // A patient with no open episode has no primary clinician to tell: no task.
      const tasks = findings.flatMap(({ patientId, kind, title, details }): NewTask[] => {
        const staffId = clinicians.get(patientId);
        if (!staffId) return [];
        return [
          {
            kind,
            title,
            programId: session.programId,
            patientId,
            assigneeRole: ADDRESSEE,
            assigneeStaffId: staffId,
            details,
          },
        ];
      });
      await care.createTasks(tx, ctx, tasks);
    },
  };
}
