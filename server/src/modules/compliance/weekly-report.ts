// The weekly compliance report, assembled from what the queries read: one item per patient with an
// episode in the program that week, each rule applied in its own file. Pure: no SQL, no clock.
import { runThroughWeek, type WeekMarks } from './absences.ts';
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

export interface AttendanceWeek extends WeekMarks {
  minutes: number;
  /** Group sessions attended that have ended with no signed group note. */
  unsignedNotes: number;
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
  attendance: PatientWeeks<AttendanceWeek>;
  /** Minutes still scheduled. */
  remaining: PatientWeeks<number>;
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

/**
 * Values by patient, then by week start. Nested rather than keyed by one composite string: a report
 * looks up tens of thousands of patient-weeks, and a composite key is a new string to build and hash
 * on every lookup.
 */
export type PatientWeeks<T> = ReadonlyMap<string, ReadonlyMap<string, T>>;

/** The patient's value for the week, or `absent` when there is none. */
export function patientWeek<T>(map: PatientWeeks<T>, patientId: string, weekStart: string, absent: T): T {
  return map.get(patientId)?.get(weekStart) ?? absent;
}

/** Adds to a patient's value for the week (a new one starts from `start`). */
export function addToPatientWeek<T>(
  map: Map<string, Map<string, T>>,
  patientId: string,
  weekStart: string,
  add: (current: T | undefined) => T,
): void {
  let weeks = map.get(patientId);
  if (!weeks) map.set(patientId, (weeks = new Map()));
  weeks.set(weekStart, add(weeks.get(weekStart)));
}

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

const NO_MARKS: AttendanceWeek = { minutes: 0, attended: false, absencesAfter: [], unsignedNotes: 0 };

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
    const attendance = input.attendance.get(patientId);
    const remaining = input.remaining.get(patientId);
    // One name per episode, shared by its weeks' items: a year is tens of thousands of them.
    const names = new Map(episodes.map((e) => [e, { given: e.givenName, family: e.familyName }]));
    for (const { week, asOf, report } of weeks) {
      const episode = episodeInWeek(episodes, week);
      if (!episode) continue;
      const marks = attendance?.get(week.start) ?? NO_MARKS;
      run = runThroughWeek(run, week.start, marks, episode.admitDate);
      const levelOfCare = levelInWeek(episode, week, input.program.levelOfCare);
      const authorization = authorizationInEffect(authorizations, levelOfCare, asOf);
      const hours = weekHours({ attended: marks.minutes, remaining: remaining?.get(week.start) ?? 0, required });
      report.items.push({
        patientId,
        name: names.get(episode)!,
        programId: input.program.id,
        episodeId: episode.episodeId,
        levelOfCare,
        admitDate: episode.admitDate,
        dischargeDate: episode.dischargeDate,
        requiredHours: hours.requiredHours,
        attendedHours: hours.attendedHours,
        scheduledRemainingHours: hours.scheduledRemainingHours,
        projectedHours: hours.projectedHours,
        shortfallHours: hours.shortfallHours,
        met: hours.met,
        consecutiveAbsences: run,
        unsignedNotes: marks.unsignedNotes,
        overdueMeasures: overdueMeasures(input.measures, episode, given, asOf),
        authorization: authorization ? authorizationOutlook(authorization, asOf) : null,
        recertificationDue: nextRecertification(levelOfCare, episode.admitDate, episode.dischargeDate, week.start),
      });
    }
  }
  return weeks.map((w) => w.report);
}
