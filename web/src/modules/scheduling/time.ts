// Session times are instants; people read and enter them as wall-clock times in the session's own
// zone (the site's IANA zone, API.md), whatever zone the browser is in. Intl does the zone
// arithmetic, so 09:00 stays 09:00 across daylight-saving changes.
import dayjs from 'dayjs';

export interface LocalParts {
  /** YYYY-MM-DD in the zone. */
  date: string;
  /** HH:MM in the zone. */
  time: string;
  /** Minutes since local midnight. */
  minutes: number;
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    partsFormats.set(timeZone, format);
  }
  return format;
}

/** The local date and time of an instant in a zone. */
export function localParts(instant: string | Date, timeZone: string): LocalParts {
  const parts = Object.fromEntries(
    partsFormat(timeZone)
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  const time = `${parts.hour}:${parts.minute}`;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

const DAY_MS = 86_400_000;

/** How far the zone's wall clock is ahead of UTC at an instant, in minutes. */
function offsetMinutes(epochMs: number, timeZone: string): number {
  const { date, time } = localParts(new Date(epochMs), timeZone);
  return (Date.parse(`${date}T${time}:00Z`) - Math.floor(epochMs / 60_000) * 60_000) / 60_000;
}

/**
 * The instant (ISO 8601, UTC) at which the zone's wall clock reads `date` `time`. As Temporal's
 * "compatible" rule: an hour repeated in autumn takes its first occurrence, and a time skipped in
 * spring moves forward by the gap (02:30 becomes 03:30).
 */
export function zonedInstant(date: string, time: string, timeZone: string): string {
  const wall = Date.parse(`${date}T${time}:00Z`);
  // Zones change offset at most once a day: the offsets a day either side are the only candidates.
  const offsets = new Set([-1, 0, 1].map((days) => offsetMinutes(wall + days * DAY_MS, timeZone)));
  const matching = [...offsets]
    .map((offset) => wall - offset * 60_000)
    .filter((t) => {
      const local = localParts(new Date(t), timeZone);
      return local.date === date && local.time === time;
    })
    .sort((a, b) => a - b);
  const instant = matching[0] ?? wall - offsetMinutes(wall - DAY_MS, timeZone) * 60_000;
  return new Date(instant).toISOString();
}

/** "09:00" in the zone. */
export const formatTime = (instant: string, timeZone: string): string => localParts(instant, timeZone).time;

/** "Mon 09:00": how a move is described ("Move Coping skills from Mon 09:00 to Tue 10:00?"). */
export function formatDayTime(instant: string, timeZone: string): string {
  const { date, time } = localParts(instant, timeZone);
  return `${dayjs(date).format('ddd')} ${time}`;
}

/** "Mon 03/02/2026 09:00–10:30" in the zone. */
export function formatSessionWhen(startsAt: string, endsAt: string, timeZone: string): string {
  const { date } = localParts(startsAt, timeZone);
  return `${dayjs(date).format('ddd MM/DD/YYYY')} ${formatTime(startsAt, timeZone)}–${formatTime(endsAt, timeZone)}`;
}

/** Whole minutes between two instants. */
export const minutesBetween = (from: string, to: string): number =>
  Math.round((Date.parse(to) - Date.parse(from)) / 60_000);

/** Today's date where the browser is (the calendar's "Today"). */
export const todayLocal = (): string => dayjs().format('YYYY-MM-DD');

export const addDays = (date: string, days: number): string => dayjs(date).add(days, 'day').format('YYYY-MM-DD');

/** The Monday on or before a date: clinic weeks run Monday to Sunday. */
export function weekStart(date: string): string {
  const d = dayjs(date);
  return d.subtract((d.day() + 6) % 7, 'day').format('YYYY-MM-DD');
}

/** "HH:MM" from minutes since midnight. */
export const timeOfDay = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The browser's own zone, for forms that have no site to go by. */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
