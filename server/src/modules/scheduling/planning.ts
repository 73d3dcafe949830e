// Which sessions a group's schedule versions call for in a span of local dates (pure).
import { addDays, occurrences } from './recurrence.ts';

export interface ScheduleVersion {
  effectiveFrom: string;
  rrule: string;
  startTime: string;
  durationMinutes: number;
  roomId: string;
}

export interface PlannedOccurrence {
  occurrenceDate: string;
  startsAt: Date;
  endsAt: Date;
  roomId: string;
}

/**
 * Occurrences with local dates in [from, to]. Each version governs from its effective date up to
 * the day before the next one; the series' start date stays every version's DTSTART, so an
 * INTERVAL=2 rule keeps its fortnightly rhythm across edits.
 */
export function planOccurrences(
  series: { startDate: string; endDate: string | null; timeZone: string },
  versions: readonly ScheduleVersion[],
  from: string,
  to: string,
): PlannedOccurrence[] {
  return versions.flatMap((version, i) => {
    const next = versions[i + 1];
    const first = version.effectiveFrom > from ? version.effectiveFrom : from;
    const until = next ? addDays(next.effectiveFrom, -1) : to;
    const last = until < to ? until : to;
    if (first > last) return [];
    return occurrences(
      {
        startDate: series.startDate,
        endDate: series.endDate,
        rrule: version.rrule,
        startTime: version.startTime,
        durationMinutes: version.durationMinutes,
        timeZone: series.timeZone,
      },
      first,
      last,
    ).map((o) => ({ occurrenceDate: o.date, startsAt: o.startsAt, endsAt: o.endsAt, roomId: version.roomId }));
  });
}
