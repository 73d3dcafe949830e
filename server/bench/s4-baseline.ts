// S4's physical floor: the raw SQL aggregate the reference box measured (§B3: "weekly ≥ 20 h
// compliance over all weeks", 533 ms for a year of 1.2 M rows): minutes attended per patient and
// Monday–Sunday week of one program's sessions, straight from the tables, through the app's driver.
import { sql } from 'drizzle-orm';
import { selectRows, type Db } from '../src/kernel/db/index.ts';

export interface RawWeek {
  patientId: string;
  weekStart: string;
  minutes: number;
}

/** Minutes per patient-week of the program's sessions whose local date lies in [from, to]. */
export function rawWeeklyMinutes(db: Db, programId: string, from: string, to: string): Promise<RawWeek[]> {
  return selectRows<RawWeek>(
    db,
    sql`select a.patient_id as "patientId", d.week::text as "weekStart", sum(a.minutes_attended)::int as minutes
      from sessions s
      join attendance a on a.session_id = s.id
      cross join lateral (select (s.starts_at at time zone s.time_zone)::date as day) l
      cross join lateral (select date_trunc('week', l.day)::date as week) d
      where s.program_id = ${programId} and s.status <> 'cancelled'
        and s.starts_at >= (${from}::date - 1)::timestamptz and s.starts_at < (${to}::date + 2)::timestamptz
        and l.day between ${from}::date and ${to}::date
      group by a.patient_id, d.week`,
  );
}
