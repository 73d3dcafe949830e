// Outcome measures due per patient, on the program's schedule: a baseline at admission, again every
// N days, and at discharge (issue; vendor article 000 §3: "automatic prompts for baseline, weekly, and
// discharge assessments"). The weekly default fits the PHQ-9 and GAD-7, which ask about the last two
// weeks (domain reference §4.1, §4.2). Dates are clinic-local YYYY-MM-DD text (DESIGN §3.7).
import { Temporal } from 'temporal-polyfill';

export interface MeasureSchedule {
  instruments: readonly string[];
  everyDays: number;
}

/** Until programs carry their own schedule, every program uses this one. */
export const DEFAULT_MEASURE_SCHEDULE: MeasureSchedule = { instruments: ['PHQ-9', 'GAD-7'], everyDays: 7 };

export interface EpisodeDates {
  admitDate: string;
  dischargeDate: string | null;
}

export interface MeasureDue {
  instrument: string;
  /** The day the administration owed was first asked for. */
  dueOn: string;
  /** Its window closed without one: the next due day, or the day after discharge, has come. */
  overdue: boolean;
}

/** One administration the schedule asks for: due from `dueOn`, its window closing on `closesOn`. */
interface Occasion {
  dueOn: string;
  closesOn: string;
}

const plusDays = (date: string, days: number): string => Temporal.PlainDate.from(date).add({ days }).toString();

/**
 * The occasions of an episode up to the first one after `today`: admission, every `everyDays` days
 * while still admitted, and the discharge day (which takes the place of an interval falling on it; a
 * discharge on the admission day is the baseline itself).
 */
function occasions(everyDays: number, episode: EpisodeDates, today: string): Occasion[] {
  const starts = [episode.admitDate];
  for (
    let day = plusDays(episode.admitDate, everyDays);
    episode.dischargeDate === null || day < episode.dischargeDate;
    day = plusDays(day, everyDays)
  ) {
    starts.push(day);
    if (day > today) break;
  }
  if (episode.dischargeDate !== null && episode.dischargeDate > episode.admitDate) starts.push(episode.dischargeDate);
  return starts.map((dueOn, i) => ({ dueOn, closesOn: starts[i + 1] ?? plusDays(dueOn, 1) }));
}

/**
 * What each instrument of the schedule owes on `today`, given the local dates it was administered.
 * An administration answers every occasion due on or before its day, so a late one catches up; an
 * instrument owes the occasions due since its latest administration (none before admission counts).
 * The item names the open occasion, or, once a window has closed, the latest closed one as overdue.
 * After discharge a missing measure stays listed for one interval (a one-time link can still reach
 * the patient), then drops off.
 */
export function measuresDue(
  schedule: MeasureSchedule,
  episode: EpisodeDates,
  administeredOn: ReadonlyMap<string, readonly string[]>,
  today: string,
): MeasureDue[] {
  if (today < episode.admitDate) return [];
  if (episode.dischargeDate !== null && today >= plusDays(episode.dischargeDate, schedule.everyDays)) return [];
  const asked = occasions(schedule.everyDays, episode, today).filter((o) => o.dueOn <= today);
  return schedule.instruments.flatMap((instrument): MeasureDue[] => {
    const given = (administeredOn.get(instrument) ?? []).filter((d) => d >= episode.admitDate && d <= today);
    const latest = given.reduce<string | null>((a, b) => (a === null || b > a ? b : a), null);
    const owed = asked.filter((o) => latest === null || o.dueOn > latest);
    if (owed.length === 0) return [];
    const closed = owed.filter((o) => o.closesOn <= today);
    const last = closed.at(-1);
    return [
      last ? { instrument, dueOn: last.dueOn, overdue: true } : { instrument, dueOn: owed[0]!.dueOn, overdue: false },
    ];
  });
}
