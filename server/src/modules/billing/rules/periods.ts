// Calendar arithmetic on clinic-local dates (YYYY-MM-DD). Dates compare as strings; shifting goes
// through UTC midnight, where no day is 23 or 25 hours long, so daylight saving never moves a date.
const DAY_MS = 86_400_000;

/** An inclusive range of clinic-local dates. */
export interface DateRange {
  from: string;
  to: string;
}

const toMs = (date: string) => Date.parse(`${date}T00:00:00Z`);
const toDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const addDays = (date: string, days: number): string => toDate(toMs(date) + days * DAY_MS);

export const within = (date: string, range: DateRange): boolean => range.from <= date && date <= range.to;

export const overlaps = (a: DateRange, b: DateRange): boolean => a.from <= b.to && b.from <= a.to;

/** The Monday–Sunday week holding a date (ISO 8601 weeks start on Monday). */
export function weekOf(date: string): DateRange {
  // getUTCDay: Sunday 0 … Saturday 6; days since Monday.
  const sinceMonday = (new Date(toMs(date)).getUTCDay() + 6) % 7;
  const from = addDays(date, -sinceMonday);
  return { from, to: addDays(from, 6) };
}

/** The calendar month holding a date. */
export function monthOf(date: string): DateRange {
  const [year, month] = date.split('-').map(Number) as [number, number];
  // Day 0 of the next month is the last day of this one.
  return { from: `${date.slice(0, 7)}-01`, to: toDate(Date.UTC(year, month, 0)) };
}

/** A payer's billing period (BILLING-RULES §2–§4: one claim per patient per payer per period). */
export const billingPeriodOf = (period: 'week' | 'month', date: string): DateRange =>
  period === 'week' ? weekOf(date) : monthOf(date);

/** The dates both ranges hold; `from` after `to` when they are apart. */
export const intersect = (a: DateRange, b: DateRange): DateRange => ({
  from: a.from > b.from ? a.from : b.from,
  to: a.to < b.to ? a.to : b.to,
});
