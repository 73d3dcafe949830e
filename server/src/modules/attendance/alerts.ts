// Pure rules of the attendance alerts (issue: consecutive absences, default 2, and a week falling
// behind the program's minimum hours create a task for the patient's primary clinician).
import type { AttendanceStatus } from './attendance.tables.ts';
import { isAbsence } from './minutes.ts';

const DAY_MS = 86_400_000;

/**
 * True when the patient's latest `after` records (newest first) are all absences. Fewer records than
 * that are no streak yet; `after` 0 turns the alert off.
 */
export function absenceStreak(newestFirst: readonly AttendanceStatus[], after: number): boolean {
  if (after < 1 || newestFirst.length < after) return false;
  return newestFirst.slice(0, after).every(isAbsence);
}

/** The Monday–Sunday week (ISO 8601 weeks start on Monday) that holds a local date, as local dates. */
export function weekOf(localDate: string): { start: string; end: string } {
  const day = Date.parse(`${localDate}T00:00:00Z`);
  // getUTCDay: Sunday 0 … Saturday 6; days since Monday.
  const sinceMonday = (new Date(day).getUTCDay() + 6) % 7;
  const start = day - sinceMonday * DAY_MS;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { start: iso(start), end: iso(start + 6 * DAY_MS) };
}

export interface WeekMinutes {
  /** Minutes attended in the week so far. */
  attended: number;
  /** Minutes of the sessions still ahead in the week that the patient is expected at. */
  scheduledRemaining: number;
  /** The program's weekly minimum, in minutes. */
  required: number;
}

/** Hours with two decimals: what a clinician reads in the task. */
const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/**
 * A week is at risk when even attending every remaining session would leave it under the program's
 * minimum (IOP ≥ 9 h, PHP ≥ 20 h a week: iop-php-domain.md, certified-need thresholds, modelled as a
 * warning). Null when the week can still meet it.
 */
export function weekShortfall(week: WeekMinutes): {
  attendedHours: number;
  scheduledRemainingHours: number;
  requiredHours: number;
  shortfallHours: number;
} | null {
  const shortfall = week.required - week.attended - week.scheduledRemaining;
  if (shortfall <= 0) return null;
  return {
    attendedHours: hours(week.attended),
    scheduledRemainingHours: hours(week.scheduledRemaining),
    requiredHours: hours(week.required),
    shortfallHours: hours(shortfall),
  };
}

/** The program's weekly minimum hours (numeric with one decimal) in whole minutes. */
export const requiredMinutes = (minHoursPerWeek: number) => Math.round(minHoursPerWeek * 60);
