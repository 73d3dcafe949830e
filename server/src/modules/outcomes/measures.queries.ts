// SQL of the measures schedule; each function takes db or tx.
import { and, asc, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../../kernel/db/index.ts';
import { sites } from '../organization/index.ts';
import { episodes, programs } from '../programs/index.ts';
import { assessments } from './outcomes.tables.ts';

export interface MeasuredEpisode {
  admitDate: string;
  dischargeDate: string | null;
  /** The program site's zone, in which the schedule's days are counted. */
  timeZone: string;
}

/**
 * The episode the schedule runs in: the open one (the latest admitted when several programs hold
 * one, as for recording), else the latest discharged, whose discharge measure may still be owed.
 */
export async function measuredEpisode(db: Db, patientId: string): Promise<MeasuredEpisode | undefined> {
  const [row] = await db
    .select({ admitDate: episodes.admitDate, dischargeDate: episodes.dischargeDate, timeZone: sites.timeZone })
    .from(episodes)
    .innerJoin(programs, eq(programs.id, episodes.programId))
    .innerJoin(sites, eq(sites.id, programs.siteId))
    .where(eq(episodes.patientId, patientId))
    .orderBy(
      sql`${episodes.dischargeDate} is null desc`,
      desc(episodes.admitDate),
      sql`${episodes.dischargeDate} desc`,
      asc(episodes.id),
    )
    .limit(1);
  return row;
}

/** The clinic-local days each of these instruments was given to the patient, from about `from` until `now`. */
export async function administrationDays(
  db: Db,
  patientId: string,
  instruments: readonly string[],
  window: { from: string; timeZone: string; now: Date },
): Promise<Map<string, string[]>> {
  const day = sql<string>`(${assessments.administeredAt} at time zone ${window.timeZone})::date::text`;
  const rows = await db
    .selectDistinct({ instrument: assessments.instrument, day })
    .from(assessments)
    .where(
      and(
        eq(assessments.patientId, patientId),
        inArray(assessments.instrument, [...instruments]),
        // A day of margin for the zone's offset: the schedule itself drops local days before `from`.
        gte(assessments.administeredAt, sql`(${window.from}::date - 1)::timestamptz`),
        lte(assessments.administeredAt, window.now),
      ),
    );
  const days = new Map<string, string[]>();
  for (const row of rows) days.set(row.instrument, [...(days.get(row.instrument) ?? []), row.day]);
  return days;
}
