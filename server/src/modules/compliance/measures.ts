// Outcome measures overdue in a week. The schedule and its rule are the outcomes module's
// (outcomes/measures.ts `measuresDue`: an occasion at admission, every N days, and at discharge; an
// occasion is overdue once the next has come with no administration since it was due). That rule
// walks every occasion of the episode; a report evaluates it for tens of thousands of patient-weeks,
// so the same answer is found here arithmetically (compliance.reference.test.ts holds the two equal).
import type { MeasureSchedule } from '../outcomes/index.ts';
import { dayNumber, fromDayNumber } from './weeks.ts';

export interface OverdueMeasure {
  instrument: string;
  /** The day the occasion missed was due. */
  dueOn: string;
}

export interface EpisodeDates {
  admitDate: string;
  dischargeDate: string | null;
}

/**
 * The last occasion whose window has closed by `today` (day numbers), or null. Occasions fall on
 * admission + k·every while before the discharge, then on the discharge day; each window closes
 * when the next occasion comes, the discharge occasion's the day after.
 */
function latestClosed(admit: number, discharge: number | null, every: number, today: number): number | null {
  if (discharge !== null && today >= discharge) {
    // The discharge occasion (the admission's, when discharged the day admitted) closes the day after.
    if (today > discharge) return discharge;
    // On the discharge day, the last occasion before it has closed.
    return discharge > admit ? admit + (Math.ceil((discharge - admit) / every) - 1) * every : null;
  }
  const k = Math.floor((today - admit) / every) - 1;
  return k >= 0 ? admit + k * every : null;
}

/**
 * The schedule's instruments overdue as of `today` (the week's last day, or today for the current
 * week): no administration since the latest closed occasion was due. Nothing before admission, and
 * nothing once a whole interval has passed since the discharge.
 */
export function overdueMeasures(
  schedule: MeasureSchedule,
  episode: EpisodeDates,
  administeredOn: ReadonlyMap<string, readonly string[]> | undefined,
  today: string,
): OverdueMeasure[] {
  const admit = dayNumber(episode.admitDate);
  const day = dayNumber(today);
  const discharge = episode.dischargeDate === null ? null : dayNumber(episode.dischargeDate);
  if (day < admit || (discharge !== null && day >= discharge + schedule.everyDays)) return [];
  const closed = latestClosed(admit, discharge, schedule.everyDays, day);
  if (closed === null) return [];
  const dueOn = fromDayNumber(closed);
  return schedule.instruments.flatMap((instrument) =>
    (administeredOn?.get(instrument) ?? []).some((given) => given >= dueOn && given <= today)
      ? []
      : [{ instrument, dueOn }],
  );
}
