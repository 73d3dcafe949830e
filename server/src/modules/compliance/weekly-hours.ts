// A patient's hours in one week against the program's weekly minimum: the certified-need thresholds
// (PHP ≥ 20 h, IOP ≥ 9 h a week: iop-php-domain.md §1.1, 42 CFR 424.24(e) via the plan of care)
// are modelled as a warning on the dashboard, not a claim edit, as §1.1 advises.

export interface WeekMinutes {
  /** Minutes attended in the program's sessions of the week. */
  attended: number;
  /** Minutes of the week's sessions still ahead that the patient is expected at. */
  remaining: number;
  /** The program's weekly minimum. */
  required: number;
}

export interface WeekHours {
  requiredHours: number;
  attendedHours: number;
  scheduledRemainingHours: number;
  /** Attended plus still scheduled: the most the week can reach without make-up sessions. */
  projectedHours: number;
  /** What even the projection leaves short of the minimum (0 when it reaches it). */
  shortfallHours: number;
  met: boolean;
}

/** Hours with two decimals, from whole minutes (a 90-minute group is 1.5 h). */
export const hours = (minutes: number): number => Math.round((minutes / 60) * 100) / 100;

/** The program's weekly minimum (numeric with one decimal, hours) in whole minutes. */
export const requiredMinutes = (minHoursPerWeek: number): number => Math.round(minHoursPerWeek * 60);

/** Sums are taken in minutes and rounded once, so projected = attended + remaining holds exactly in minutes. */
export function weekHours({ attended, remaining, required }: WeekMinutes): WeekHours {
  const projected = attended + remaining;
  return {
    requiredHours: hours(required),
    attendedHours: hours(attended),
    scheduledRemainingHours: hours(remaining),
    projectedHours: hours(projected),
    shortfallHours: hours(Math.max(0, required - projected)),
    met: attended >= required,
  };
}
