// Physician recertification of the need for the program, on a schedule from admission. Constants
// until programs can configure them.
import { daysBetween, plusDays } from './weeks.ts';

interface RecertificationSchedule {
  /** Days from admission to the first recertification. */
  firstAfterDays: number;
  everyDays: number;
}

const SCHEDULES: Record<string, RecertificationSchedule> = {
  // 42 CFR 424.24(e)(3): PHP recertified as of the 18th day of services (the admission day is day
  // 1, so 17 days after it), then at least every 30 days (iop-php-domain.md §1.7, UNCONFIRMED there).
  PHP: { firstAfterDays: 17, everyDays: 30 },
  // IOP: "no less frequently than every other month" (CY2024 OPPS proposal, iop-php-domain.md §1.7);
  // 60 days from admission.
  IOP: { firstAfterDays: 60, everyDays: 60 },
};

/**
 * The first recertification date on or after `onOrAfter` for an episode admitted on `admitDate` at
 * this level of care; null when the episode is discharged before it or the level has no schedule.
 */
export function nextRecertification(
  levelOfCare: string,
  admitDate: string,
  dischargeDate: string | null,
  onOrAfter: string,
): string | null {
  const schedule = SCHEDULES[levelOfCare];
  if (!schedule) return null;
  const first = plusDays(admitDate, schedule.firstAfterDays);
  const periods = Math.max(0, Math.ceil(daysBetween(first, onOrAfter) / schedule.everyDays));
  const due = plusDays(first, periods * schedule.everyDays);
  return dischargeDate !== null && dischargeDate < due ? null : due;
}
