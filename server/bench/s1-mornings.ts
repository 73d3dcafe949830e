// S1's plan, from the synthetic program: each program morning, the first group of every PHP cohort
// starts at the same moment, so the program's whole PHP census arrives at the front desk together.
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

/**
 * The baseline's rows: every (session, patient) pair over the given sessions, one after another,
 * none of them the same (the unique index would turn a repeat into a no-op and flatter the floor).
 */
export function distinctPairs(sessionIds: readonly string[], patientIds: readonly string[]) {
  const count = sessionIds.length * patientIds.length;
  return {
    count,
    at(k: number): Arrival {
      return {
        sessionId: sessionIds[k % sessionIds.length]!,
        patientId: patientIds[Math.floor(k / sessionIds.length)]!,
      };
    },
  };
}
