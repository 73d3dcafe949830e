// Group schedules: an RFC 5545 RRULE expanded into clinic-local dates, each placed at the series'
// local start time in the site's IANA zone, so 09:00 stays 09:00 across daylight-saving changes
// (DESIGN §3.7). The rule is expanded in "floating" time (UTC arithmetic on dates only), which keeps
// the result independent of the server process's own time zone.
import rrulePkg, * as rruleNamespace from 'rrule';
import type { Options } from 'rrule';
import { Temporal } from 'temporal-polyfill';

// rrule ships CommonJS; under Node's ESM loader only its default export is reliable, while
// drizzle-kit's CommonJS loader (reading tables that import this module's index) has no default.
const { RRule } = (rrulePkg as typeof rruleNamespace | undefined) ?? rruleNamespace;

export interface SeriesSchedule {
  /** First local date of the series (YYYY-MM-DD); also the rule's DTSTART. */
  startDate: string;
  /** Last local date, inclusive; null for an open-ended series. */
  endDate: string | null;
  rrule: string;
  /** Local wall-clock start, HH:MM. */
  startTime: string;
  durationMinutes: number;
  timeZone: string;
}

export interface Occurrence {
  /** The local date the rule produced: the occurrence's identity within its series. */
  date: string;
  startsAt: Date;
  endsAt: Date;
}

export type RuleProblem = { message: string };

// Groups meet on days, not hours: sub-daily frequencies and time-of-day parts would fight the
// series' own start time. DTSTART comes from startDate, so a second one in the rule is refused.
const ALLOWED_FREQUENCIES = new Set([RRule.DAILY, RRule.WEEKLY, RRule.MONTHLY, RRule.YEARLY]);
const FORBIDDEN_PARTS = ['DTSTART', 'TZID', 'BYHOUR', 'BYMINUTE', 'BYSECOND', 'UNTIL'];

/** The rule's options, or why it is not usable for a group schedule. */
export function parseRule(text: string): Partial<Options> | RuleProblem {
  const body = text.trim().replace(/^RRULE:/i, '');
  if (!/^FREQ=/i.test(body) && !/;FREQ=/i.test(body)) return { message: 'the rule needs FREQ' };
  const parts = body.split(/[;\s]+/).map((p) => p.split(/[=:]/)[0]!.toUpperCase());
  const forbidden = parts.find((p) => FORBIDDEN_PARTS.includes(p));
  if (forbidden) {
    return {
      message:
        forbidden === 'UNTIL'
          ? 'use the schedule endDate instead of UNTIL'
          : `${forbidden} is not allowed: the schedule gives the start date, time and zone`,
    };
  }
  let options: Partial<Options>;
  try {
    options = RRule.parseString(body);
  } catch (error) {
    return { message: (error as Error).message };
  }
  if (options.freq === undefined || !ALLOWED_FREQUENCIES.has(options.freq)) {
    return { message: 'FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY' };
  }
  if (options.interval !== undefined && options.interval < 1) return { message: 'INTERVAL must be 1 or more' };
  const weekdays = options.byweekday;
  if (Array.isArray(weekdays) && weekdays.some((d) => d === null || d === undefined)) {
    return { message: 'BYDAY has an unknown weekday' };
  }
  return options;
}

export const isRuleProblem = (value: Partial<Options> | RuleProblem): value is RuleProblem => 'message' in value;

const floating = (date: string): Date => new Date(`${date}T00:00:00Z`);
const dateOf = (instant: Date): string => instant.toISOString().slice(0, 10);

/** The instant a clinic-local date and time denotes; a time skipped by a DST gap moves forward. */
export function localInstant(date: string, time: string, timeZone: string): Date {
  const local = Temporal.PlainDateTime.from(`${date}T${time}`);
  // 'compatible' (RFC 5545 §3.3.5): a nonexistent local time is pushed later by the gap's length,
  // an ambiguous one takes the earlier offset.
  return new Date(local.toZonedDateTime(timeZone, { disambiguation: 'compatible' }).epochMilliseconds);
}

/** The clinic-local date of an instant. */
export function localDate(instant: Date, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime())
    .toZonedDateTimeISO(timeZone)
    .toPlainDate()
    .toString();
}

/** Occurrences whose local date lies in [from, to], both inclusive, in date order. */
export function occurrences(schedule: SeriesSchedule, from: string, to: string): Occurrence[] {
  const options = parseRule(schedule.rrule);
  if (isRuleProblem(options)) throw new Error(`invalid schedule rule: ${options.message}`);
  const first = from > schedule.startDate ? from : schedule.startDate;
  const last = schedule.endDate && schedule.endDate < to ? schedule.endDate : to;
  if (first > last) return [];
  const rule = new RRule({ ...options, dtstart: floating(schedule.startDate) });
  return rule.between(floating(first), floating(last), true).map((day) => {
    const date = dateOf(day);
    const startsAt = localInstant(date, schedule.startTime, schedule.timeZone);
    return { date, startsAt, endsAt: new Date(startsAt.getTime() + schedule.durationMinutes * 60_000) };
  });
}

/** A local date moved by whole days. */
export function addDays(date: string, days: number): string {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}

/** The later of two local dates (YYYY-MM-DD sorts as text). */
export const laterDate = (a: string, b: string): string => (a > b ? a : b);
