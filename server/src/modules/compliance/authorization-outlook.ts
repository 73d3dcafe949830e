// A payer authorization as the program director watches it: which one covers the patient's level
// of care on a date, how much of it is used, and whether it is about to run out (issue: 80 % of its
// units used, or ending within 7 days) so a concurrent review can be requested in time.
import { daysBetween, earlier, plusDays } from './weeks.ts';

/** Units are numeric(10,2) in authorization_uses: counted here in hundredths, so sums are exact. */
export interface UnitUse {
  serviceDate: string;
  hundredths: number;
}

export interface AuthorizationFacts {
  number: string;
  levelOfCare: string;
  startDate: string;
  endDate: string;
  units: number;
  unitType: string;
  uses: readonly UnitUse[];
}

export interface AuthorizationOutlook {
  number: string;
  unitType: string;
  units: number;
  used: number;
  remaining: number;
  endDate: string;
  nearExhaustion: boolean;
  /** When it is near exhaustion: the date its units run out at the pace used so far, or its end date if sooner. */
  exhaustsOn?: string;
}

const NEAR_USED_PERCENT = 80;
const NEAR_END_DAYS = 7;

/**
 * The authorization for this level of care in effect on `asOf`. `candidates` come latest start
 * first (then latest created), so the first that matches is the one a renewal replaced others with.
 */
export function authorizationInEffect<T extends AuthorizationFacts>(
  candidates: readonly T[],
  levelOfCare: string,
  asOf: string,
): T | undefined {
  return candidates.find((a) => a.levelOfCare === levelOfCare && a.startDate <= asOf && asOf <= a.endDate);
}

export function authorizationOutlook(auth: AuthorizationFacts, asOf: string): AuthorizationOutlook {
  const uses = auth.uses.filter((u) => u.serviceDate <= asOf);
  const total = auth.units * 100;
  const used = uses.reduce((sum, u) => sum + u.hundredths, 0);
  const remaining = total - used;
  const nearExhaustion = used * 100 >= NEAR_USED_PERCENT * total || daysBetween(asOf, auth.endDate) <= NEAR_END_DAYS;
  const outlook: AuthorizationOutlook = {
    number: auth.number,
    unitType: auth.unitType,
    units: auth.units,
    used: used / 100,
    remaining: remaining / 100,
    endDate: auth.endDate,
    nearExhaustion,
  };
  if (nearExhaustion) outlook.exhaustsOn = exhaustsOn(auth, uses, used, remaining, asOf);
  return outlook;
}

function exhaustsOn(
  auth: AuthorizationFacts,
  uses: readonly UnitUse[],
  used: number,
  remaining: number,
  asOf: string,
): string {
  if (remaining <= 0) {
    // Already used up: the service date that took the last unit.
    let sum = 0;
    for (const u of [...uses].sort((a, b) => a.serviceDate.localeCompare(b.serviceDate))) {
      sum += u.hundredths;
      if (sum >= auth.units * 100) return u.serviceDate;
    }
  }
  if (used === 0) return auth.endDate;
  // Straight-line projection at the average pace since the start (days elapsed, the start included).
  const elapsed = daysBetween(auth.startDate, asOf) + 1;
  return earlier(plusDays(asOf, Math.ceil((remaining * elapsed) / used)), auth.endDate);
}
