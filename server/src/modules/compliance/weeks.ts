// Calendar weeks of the compliance tracker: Monday to Sunday (ISO 8601 weeks start on Monday), as
// clinic-local dates in the program site's zone (DESIGN §3.7). Dates are YYYY-MM-DD text throughout.
// A plain date has no zone, so its arithmetic is exact on UTC midnights (no DST in UTC); a report
// does it for tens of thousands of patient-weeks, so it stays on plain numbers.

export interface Week {
  /** The Monday. */
  start: string;
  /** The Sunday. */
  end: string;
}

/** A year of weeks and one more: a range read covers at most a year, whichever weekday it starts on. */
export const MAX_WEEKS = 53;

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export const dayNumber = (date: string): number =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * The date `day` days after 1970-01-01: H. Hinnant's civil_from_days (chrono-Compatible Low-Level
 * Date Algorithms), exact for the proleptic Gregorian calendar and far cheaper than formatting a Date.
 */
export function fromDayNumber(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return `${yoe + era * 400 + (m <= 2 ? 1 : 0)}-${pad(m)}-${pad(d)}`;
}

export const plusDays = (date: string, days: number): string => fromDayNumber(dayNumber(date) + days);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

export const earlier = (a: string, b: string): string => (a < b ? a : b);

/** The Monday–Sunday week holding a local date. */
export function weekContaining(date: string): Week {
  // Day 0 (1970-01-01) was a Thursday: +3 makes Monday 0 … Sunday 6.
  const day = dayNumber(date);
  const start = fromDayNumber(day - ((((day + 3) % 7) + 7) % 7));
  return { start, end: plusDays(start, 6) };
}

/** Every week from the one holding `from` to the one holding `to`, in order. */
export function weeksCovering(from: string, to: string): Week[] {
  const weeks: Week[] = [];
  for (let week = weekContaining(from); week.start <= to; week = weekContaining(plusDays(week.start, 7))) {
    weeks.push(week);
  }
  return weeks;
}
