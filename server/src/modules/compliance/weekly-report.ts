// The weekly compliance report, assembled from what the queries read: one item per patient with an
// episode in the program that week, each rule applied in its own file. Pure: no SQL, no clock.
import { runThroughWeek, type Mark } from './absences.ts';
import {
  authorizationInEffect,
  authorizationOutlook,
  type AuthorizationFacts,
  type AuthorizationOutlook,
} from './authorization-outlook.ts';
import type { MeasureSchedule } from '../outcomes/index.ts';
import { overdueMeasures, type OverdueMeasure } from './measures.ts';
import { nextRecertification } from './recertification.ts';
import { requiredMinutes, weekHours, type WeekHours } from './weekly-hours.ts';
import { earlier, type Week } from './weeks.ts';

export interface Episode {
  episodeId: string;
  patientId: string;
  givenName: string;
  familyName: string;
  admitDate: string;
  dischargeDate: string | null;
  levels: readonly { levelOfCare: string; effectiveDate: string }[];
}

export interface AttendanceWeek {
  minutes: number;
  lastPresentAt: number | null;
  absences: readonly Mark[];
}

export interface ReportInput {
  program: { id: string; levelOfCare: string; minHoursPerWeek: number };
  /** The outcome measures the program asks for, and how often. */
  measures: MeasureSchedule;
  weeks: readonly Week[];
  /** The site's local date now. */
  today: string;
  /** In the order the items are listed (by name); a readmitted patient has several. */
  episodes: readonly Episode[];
  /** By `patientWeek(patientId, weekStart)`. */
  attendance: ReadonlyMap<string, AttendanceWeek>;
  /** Minutes still scheduled, by `patientWeek`. */
  remaining: ReadonlyMap<string, number>;
  /** Unsigned group notes, by `patientWeek`. */
  unsigned: ReadonlyMap<string, number>;
  /** The last local date with a session of the program, by week start. */
  lastProgramDays: ReadonlyMap<string, string>;
  /** The absence run on the day before the first week, for patients whose run reaches back that far. */
  runsBefore: ReadonlyMap<string, number>;
  /** Local dates of administrations, by patient and instrument. */
  administrations: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;
  /** Latest start first, by patient. */
  authorizations: ReadonlyMap<string, readonly AuthorizationFacts[]>;
}

export interface ComplianceItem extends WeekHours {
  patientId: string;
  name: { given: string; family: string };
  programId: string;
  episodeId: string;
  levelOfCare: string;
  admitDate: string;
  dischargeDate: string | null;
  consecutiveAbsences: number;
  unsignedNotes: number;
  overdueMeasures: OverdueMeasure[];
  authorization: AuthorizationOutlook | null;
  recertificationDue: string | null;
}

export interface WeekReport {
  weekStart: string;
  weekEnd: string;
  lastProgramDay: string | null;
  items: ComplianceItem[];
}

export const patientWeek = (patientId: string, weekStart: string): string => `${patientId}|${weekStart}`;

/** The patient's episode that week: open at some point in it, the latest admitted if several were. */
export function episodeInWeek<T extends Episode>(episodes: readonly T[], week: Week): T | undefined {
  let found: T | undefined;
  for (const e of episodes) {
    const open = e.admitDate <= week.end && (e.dischargeDate === null || e.dischargeDate >= week.start);
    if (open && (!found || e.admitDate > found.admitDate)) found = e;
  }
  return found;
}

/** The level of care in effect at the end of the week (a step-down takes effect on its date). */
function levelInWeek(episode: Episode, week: Week, fallback: string): string {
  let level = episode.levels[0]?.levelOfCare ?? fallback;
  for (const change of episode.levels) if (change.effectiveDate <= week.end) level = change.levelOfCare;
  return level;
}

const NO_MARKS: AttendanceWeek = { minutes: 0, lastPresentAt: null, absences: [] };

export function buildReport(input: ReportInput): WeekReport[] {
  const byPatient = new Map<string, Episode[]>();
  for (const e of input.episodes) {
    const own = byPatient.get(e.patientId);
    if (own) own.push(e);
    else byPatient.set(e.patientId, [e]);
  }
  const required = requiredMinutes(input.program.minHoursPerWeek);
  const weeks = input.weeks.map((week) => ({
    week,
    // A week still under way is judged as of today; a future one too (nothing is overdue ahead of time).
    asOf: earlier(week.end, input.today),
    report: {
      weekStart: week.start,
      weekEnd: week.end,
      lastProgramDay: input.lastProgramDays.get(week.start) ?? null,
      items: [] as ComplianceItem[],
    },
  }));

  for (const [patientId, episodes] of byPatient) {
    let run = input.runsBefore.get(patientId) ?? 0;
    const given = input.administrations.get(patientId);
    const authorizations = input.authorizations.get(patientId) ?? [];
    for (const { week, asOf, report } of weeks) {
      const episode = episodeInWeek(episodes, week);
      if (!episode) continue;
      const key = patientWeek(patientId, week.start);
      const marks = input.attendance.get(key) ?? NO_MARKS;
      run = runThroughWeek(run, week.start, marks, episode.admitDate);
      const levelOfCare = levelInWeek(episode, week, input.program.levelOfCare);
      const authorization = authorizationInEffect(authorizations, levelOfCare, asOf);
      report.items.push({
        patientId,
        name: { given: episode.givenName, family: episode.familyName },
        programId: input.program.id,
        episodeId: episode.episodeId,
        levelOfCare,
        admitDate: episode.admitDate,
        dischargeDate: episode.dischargeDate,
        ...weekHours({ attended: marks.minutes, remaining: input.remaining.get(key) ?? 0, required }),
        consecutiveAbsences: run,
        unsignedNotes: input.unsigned.get(key) ?? 0,
        overdueMeasures: overdueMeasures(input.measures, episode, given, asOf),
        authorization: authorization ? authorizationOutlook(authorization, asOf) : null,
        recertificationDue: nextRecertification(levelOfCare, episode.admitDate, episode.dischargeDate, week.start),
      });
    }
  }
  return weeks.map((w) => w.report);
}
