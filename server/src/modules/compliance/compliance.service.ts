// The compliance tracker's use cases: a program's weeks, every patient in them, read in a fixed
// number of statements whatever the census, limited to the patients the caller may see (DESIGN
// §3.4) and audited as one query plus one read per patient listed, in the same transaction (§3.5).
import type { Audit } from '../../kernel/audit/index.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db } from '../../kernel/db/index.ts';
import type { PatientAccess, RequestContext } from '../../kernel/http/index.ts';
import { DEFAULT_MEASURE_SCHEDULE } from '../outcomes/index.ts';
import { patients } from '../patients/index.ts';
import { expectedRosters, localDate } from '../scheduling/index.ts';
import { runBackwards, type LookBack } from './absences.ts';
import { complianceErrors as errors } from './compliance.errors.ts';
import * as q from './compliance.queries.ts';
import {
  addToPatientWeek,
  buildReport,
  episodeInWeek,
  patientWeek,
  type AttendanceWeek,
  type PatientWeeks,
  type WeekReport,
} from './weekly-report.ts';
import { earlier, MAX_WEEKS, plusDays, weekContaining, weeksCovering, type Week } from './weeks.ts';

export interface ComplianceDeps {
  db: Db;
  clock: Clock;
  audit: Audit;
  patientAccess: PatientAccess;
  /** Group sessions exist as rows through this local date (scheduling materializes them on demand). */
  ensureSessionsThrough: (date: string) => Promise<void>;
}

export interface ProgramWeeks {
  programId: string;
  weeks: WeekReport[];
}

const CATEGORY = 'compliance';
/** A run's look-back starts with the week before the report and doubles until every run is settled. */
const FIRST_LOOK_BACK_DAYS = 7;

export type ComplianceService = ReturnType<typeof createComplianceService>;

export function createComplianceService({ db, clock, audit, patientAccess, ensureSessionsThrough }: ComplianceDeps) {
  /**
   * Absence runs that reach back past the first week (no attended group session in it, admitted
   * before it): older windows, each twice as long as the one before, for the patients still open,
   * until each meets an attended session or its admission.
   */
  async function runsBefore(
    tx: Db,
    programId: string,
    first: Week,
    episodes: readonly q.EpisodeRow[],
    attendance: PatientWeeks<AttendanceWeek>,
  ): Promise<Map<string, number>> {
    const runs = new Map<string, number>();
    const open = new Map<string, { admitDate: string; state: LookBack }>();
    for (const [patientId, own] of groupBy(episodes, (e) => e.patientId)) {
      const episode = episodeInWeek(own, first);
      if (!episode || episode.admitDate >= first.start) continue;
      if (patientWeek(attendance, patientId, first.start, undefined)?.attended) continue;
      open.set(patientId, { admitDate: episode.admitDate, state: { run: 0, open: true } });
    }
    let to = plusDays(first.start, -1);
    for (let days = FIRST_LOOK_BACK_DAYS; open.size > 0; days *= 2) {
      const from = plusDays(to, 1 - days);
      const records = await q.groupRecords(tx, programId, [...open.keys()], from, to);
      for (const [patientId, { admitDate, state }] of open) {
        const next = runBackwards(state, records.get(patientId) ?? [], admitDate);
        if (next.open && from > admitDate) open.set(patientId, { admitDate, state: next });
        else {
          runs.set(patientId, next.run);
          open.delete(patientId);
        }
      }
      to = plusDays(from, -1);
    }
    return runs;
  }

  /** Minutes of sessions still ahead, per patient and week, for those expected at them and not yet recorded. */
  async function remainingMinutes(tx: Db, programId: string, from: string, to: string): Promise<PatientWeeks<number>> {
    const remaining = new Map<string, Map<string, number>>();
    const ahead = await q.sessionsAhead(tx, programId, from, to, clock.now());
    if (ahead.length === 0) return remaining;
    const ids = ahead.map((s) => s.id);
    const rosters = await expectedRosters(tx, ids);
    // Attendance opens before the start: a session recorded early already counts as attended.
    const recorded = await q.recordedPairs(tx, ids);
    for (const session of ahead) {
      for (const { patientId } of rosters.get(session.id) ?? []) {
        if (recorded.has(`${session.id}:${patientId}`)) continue;
        addToPatientWeek(remaining, patientId, session.weekStart, (minutes = 0) => minutes + session.minutes);
      }
    }
    return remaining;
  }

  async function report(ctx: RequestContext, programId: string, weeksOf: (today: string) => Week[]) {
    const program = await q.findProgram(db, programId);
    if (!program) throw errors.programNotFound();
    const today = localDate(clock.now(), program.timeZone);
    const weeks = weeksOf(today);
    const from = weeks[0]!.start;
    const to = weeks.at(-1)!.end;
    if (to >= today) await ensureSessionsThrough(to);
    return db.transaction(async (tx): Promise<ProgramWeeks> => {
      await q.reportMemory(tx);
      const episodes = await q.episodesInRange(
        tx,
        programId,
        from,
        to,
        patientAccess.visibleCondition(ctx, patients.id),
      );
      const patientIds = [...new Set(episodes.map((e) => e.patientId))];
      const attendance = new Map<string, Map<string, AttendanceWeek>>();
      for (const { patientId, weekStart, ...week } of await q.attendanceWeeks(tx, programId, from, to, clock.now())) {
        addToPatientWeek(attendance, patientId, weekStart, () => week);
      }
      const lastDays = await q.lastProgramDays(
        tx,
        programId,
        weeks.map((w) => w.start),
      );
      // Measures and authorizations are judged as of the week's end, or today when that is earlier
      // (a week ahead); the occasion overdue then was due at most two intervals before.
      const measures = DEFAULT_MEASURE_SCHEDULE;
      const earliest = earlier(from, today);
      const given = await q.administrationDates(tx, patientIds, measures.instruments, {
        from: plusDays(earliest, -2 * measures.everyDays),
        to,
        timeZone: program.timeZone,
        now: clock.now(),
      });
      const authorizations = await q.authorizationsInRange(tx, patientIds, earliest, to);
      const weeksReport = buildReport({
        program,
        measures,
        weeks,
        today,
        episodes,
        attendance,
        remaining: await remainingMinutes(tx, programId, from, to),
        lastProgramDays: new Map(lastDays.map((r) => [r.weekStart, r.lastDay])),
        runsBefore: await runsBefore(tx, programId, weeks[0]!, episodes, attendance),
        administrations: byPatientAndInstrument(given),
        authorizations: groupBy(authorizations, (a) => a.patientId),
      });
      // A dashboard of named patients is a query over patient data (AU-1): the query, then each patient shown.
      await audit.record(
        tx,
        ctx,
        { action: 'query', category: CATEGORY, details: { programId, from, to, results: patientIds.length } },
        ...patientIds.map((patientId) => ({
          action: 'read' as const,
          category: CATEGORY,
          patientId,
          entityId: programId,
        })),
      );
      return { programId, weeks: weeksReport };
    });
  }

  return {
    /** The Monday–Sunday week (site-local) holding `weekOf`, today's by default. */
    async weekly(ctx: RequestContext, query: { programId: string; weekOf?: string | undefined }) {
      const { programId, weeks } = await report(ctx, query.programId, (today) => [
        weekContaining(query.weekOf ?? today),
      ]);
      return { programId, ...weeks[0]! };
    },

    /** Every week from the one holding `from` to the one holding `to`, at most MAX_WEEKS. */
    async weeks(ctx: RequestContext, query: { programId: string; from: string; to: string }) {
      if (query.to < query.from) throw errors.invalidRange('The range ends before it starts.');
      const weeks = weeksCovering(query.from, query.to);
      if (weeks.length > MAX_WEEKS) throw errors.invalidRange(`A range covers at most ${MAX_WEEKS} weeks.`);
      return report(ctx, query.programId, () => weeks);
    },
  };
}

/** Items by key, in their order (Map.groupBy needs Node 21; the server runs on 20). */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

function byPatientAndInstrument(rows: readonly { patientId: string; instrument: string; dates: string[] }[]) {
  const given = new Map<string, Map<string, string[]>>();
  for (const [patientId, own] of groupBy(rows, (r) => r.patientId)) {
    given.set(patientId, new Map(own.map((r) => [r.instrument, r.dates])));
  }
  return given;
}
