// S1's plan, from the synthetic program: each program morning, the first group of every PHP cohort
// starts at the same moment, so the program's whole PHP census arrives at the front desk together;
// the app's clock stands at those arrivals.
import type { Clock } from '../src/kernel/clock.ts';
import { localInstant } from '../src/modules/scheduling/index.ts';
import { random } from './random.ts';
import { PHP_SLOTS } from './synthetic-catalog.ts';
import type { SyntheticProgram } from './synthetic-program.ts';

export interface Arrival {
  sessionId: string;
  patientId: string;
}

export interface Morning {
  day: string;
  /** When the morning's groups start (09:00 at the PHP site). */
  startsAt: Date;
  sessionIds: string[];
  /** Every PHP patient in care that day, in the order they reach the desk. */
  arrivals: Arrival[];
}

/**
 * The morning of program day `day`: the PHP cohorts' first sessions and their members whose PHP
 * episode spans the day (the same rule as the expected roster: enrollments follow the episode).
 */
export function phpMorning(data: SyntheticProgram, day: string): Morning {
  const php = data.programs.find((p) => p.levelOfCare === 'PHP')!;
  const timeZone = data.sites.find((s) => s.id === php.siteId)!.timeZone;
  const cohorts = new Map(data.cohorts.map((c) => [c.id, c]));
  const inCare = new Set(
    data.episodes
      .filter((e) => e.programId === php.id && e.admitDate <= day && (!e.dischargeDate || e.dischargeDate >= day))
      .map((e) => e.patientId),
  );
  const sessions = data.groupSessions.filter(
    (s) => s.date === day && s.programId === php.id && s.startTime === PHP_SLOTS[0],
  );
  const arrivals = sessions.flatMap((s) =>
    cohorts
      .get(s.cohortId)!
      .patientIds.filter((id) => inCare.has(id))
      .map((patientId) => ({ sessionId: s.id, patientId })),
  );
  return {
    day,
    startsAt: localInstant(day, PHP_SLOTS[0], timeZone),
    sessionIds: sessions.map((s) => s.id),
    arrivals: random(data.seed, `s1-arrivals:${day}`).shuffle(arrivals),
  };
}

/** Patients reach the desk 5 minutes before their group (attendance opens 30 minutes before the start). */
const ARRIVE_BEFORE_MS = 5 * 60_000;

/** The system clock set to a morning's arrivals: from there time runs as usual. */
export class MorningClock implements Clock {
  private offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  arriveFor(morning: Morning): void {
    this.offsetMs = morning.startsAt.getTime() - ARRIVE_BEFORE_MS - Date.now();
  }
}
