// All SQL of the compliance tracker. Each function reads every patient of the program at once, so a
// report takes the same handful of statements whatever the census. Dates are clinic-local
// (YYYY-MM-DD text); a session's date is in its own zone, its week the Monday–Sunday holding it.
import { sql, type SQL } from 'drizzle-orm';
import { selectRows, type Db } from '../../kernel/db/index.ts';
import { ABSENCES } from '../attendance/index.ts';
import { sessionLocalDate, sessionLocalDateBetween } from '../scheduling/index.ts';
import type { SessionRecord } from './absences.ts';
import type { AuthorizationFacts } from './authorization-outlook.ts';

/**
 * For the rest of the transaction: a year of a large program's attendance is aggregated with
 * per-week absence lists, and given room PostgreSQL hashes the groups in memory instead of sorting
 * them on disk (work_mem defaults to 4 MB).
 */
export async function reportMemory(db: Db): Promise<void> {
  await db.execute(sql`set local work_mem = '64MB'`);
}

export interface ProgramRow {
  id: string;
  levelOfCare: string;
  minHoursPerWeek: number;
  timeZone: string;
}

export async function findProgram(db: Db, id: string): Promise<ProgramRow | undefined> {
  const [row] = await selectRows<Omit<ProgramRow, 'minHoursPerWeek'> & { minHoursPerWeek: string }>(
    db,
    sql`select p.id, p.level_of_care as "levelOfCare", p.min_hours_per_week::text as "minHoursPerWeek",
        s.time_zone as "timeZone"
      from programs p join sites s on s.id = p.site_id where p.id = ${id}`,
  );
  return row && { ...row, minHoursPerWeek: Number(row.minHoursPerWeek) };
}

export interface LevelChange {
  levelOfCare: string;
  effectiveDate: string;
}

export interface EpisodeRow {
  episodeId: string;
  patientId: string;
  givenName: string;
  familyName: string;
  admitDate: string;
  dischargeDate: string | null;
  /** Level-of-care history in the order it took effect (admission first). */
  levels: LevelChange[];
}

/**
 * The program's episodes open at some point in [from, to], of patients `visible` lets the caller
 * see, in name order. A patient discharged and readmitted in the range has two rows.
 */
export async function episodesInRange(db: Db, programId: string, from: string, to: string, visible: SQL | undefined) {
  return selectRows<EpisodeRow>(
    db,
    sql`select e.id as "episodeId", e.patient_id as "patientId", patients.given_name as "givenName",
        patients.family_name as "familyName", e.admit_date::text as "admitDate", e.discharge_date::text as "dischargeDate",
        coalesce((select json_agg(json_build_object('levelOfCare', l.level_of_care, 'effectiveDate', l.effective_date::text)
            order by l.effective_date, l.recorded_at)
          from level_of_care_changes l where l.episode_id = e.id), '[]'::json) as levels
      from episodes e join patients on patients.id = e.patient_id
      where e.program_id = ${programId} and e.admit_date <= ${to}::date
        and (e.discharge_date is null or e.discharge_date >= ${from}::date) and ${visible ?? sql`true`}
      order by patients.family_name, patients.given_name, patients.id, e.admit_date`,
  );
}

const weekOfSession = sql`date_trunc('week', ${sessionLocalDate})::date`;
const absent = sql`a.status in (${sql.join(
  ABSENCES.map((s) => sql`${s}`),
  sql`, `,
)})`;
const epochMs = sql`(extract(epoch from sessions.starts_at) * 1000)::float8`;

export interface AttendanceWeekRow {
  patientId: string;
  weekStart: string;
  minutes: number;
  /** Attended one of the program's group sessions that week (absences.ts). */
  attended: boolean;
  /** Local dates of the week's group-session absences after the last one attended. */
  absencesAfter: string[];
  /** Group sessions attended that have ended with no signed group note. */
  unsignedNotes: number;
}

/**
 * Per patient and week: minutes attended in the program's sessions, what the absence run needs from
 * its group sessions, and the unsigned notes. Read from attendance_weeks, which the database keeps
 * equal to the records in every write (attendance.tables.ts): a year of a program is one row per
 * patient-week, not every record (bench S4). A note is due once its session is over (notes/README.md),
 * and signing it confirms the session's attendance, so the unsigned notes are the unconfirmed
 * sessions that have ended by `now`: all of them when the latest has.
 */
export async function attendanceWeeks(db: Db, programId: string, from: string, to: string, now: Date) {
  const at = sql`${now.toISOString()}::timestamptz`;
  return selectRows<AttendanceWeekRow>(
    db,
    sql`select w.patient_id as "patientId", w.week_start::text as "weekStart", w.minutes,
        w.last_present_at is not null as attended, w.absent_on::text[] as "absencesAfter",
        case when coalesce(w.unconfirmed_ends[cardinality(w.unconfirmed_ends)] <= ${at}, true)
          then cardinality(w.unconfirmed_ends)
          else (select count(*)::int from unnest(w.unconfirmed_ends) e where e <= ${at}) end as "unsignedNotes"
      from attendance_weeks w
      where w.program_id = ${programId} and w.week_start between ${from}::date and ${to}::date`,
  );
}

/**
 * The program's group-session records of these patients in [from, to], for extending absence runs
 * back before a report's first week (absences.ts `runBackwards`).
 */
export async function groupRecords(
  db: Db,
  programId: string,
  patientIds: readonly string[],
  from: string,
  to: string,
): Promise<Map<string, SessionRecord[]>> {
  const rows = await selectRows<SessionRecord & { patientId: string }>(
    db,
    sql`select a.patient_id as "patientId", ${epochMs} as at, (${sessionLocalDate})::text as date, ${absent} as absent
      from sessions join attendance a on a.session_id = sessions.id
      where sessions.program_id = ${programId} and sessions.group_id is not null and sessions.status <> 'cancelled'
        and ${sessionLocalDateBetween(from, to)}
        and a.patient_id in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(patientIds)}::jsonb))`,
  );
  const byPatient = new Map<string, SessionRecord[]>(patientIds.map((id) => [id, []]));
  for (const { patientId, ...record } of rows) byPatient.get(patientId)!.push(record);
  return byPatient;
}

export interface SessionAhead {
  id: string;
  weekStart: string;
  minutes: number;
}

/** The program's sessions in [from, to] that have not started and are not cancelled. */
export async function sessionsAhead(db: Db, programId: string, from: string, to: string, now: Date) {
  return selectRows<SessionAhead>(
    db,
    sql`select sessions.id, ${weekOfSession}::text as "weekStart",
        (extract(epoch from sessions.ends_at - sessions.starts_at) / 60)::int as minutes
      from sessions
      where sessions.program_id = ${programId} and sessions.status <> 'cancelled' and sessions.starts_at > ${now.toISOString()}::timestamptz
        and ${sessionLocalDateBetween(from, to)}`,
  );
}

/** The (session, patient) pairs among these sessions that already have a record, as `session:patient` keys. */
export async function recordedPairs(db: Db, sessionIds: readonly string[]): Promise<Set<string>> {
  if (sessionIds.length === 0) return new Set();
  const rows = await selectRows<{ sessionId: string; patientId: string }>(
    db,
    sql`select a.session_id as "sessionId", a.patient_id as "patientId" from attendance a
      where a.session_id in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(sessionIds)}::jsonb))`,
  );
  return new Set(rows.map((r) => `${r.sessionId}:${r.patientId}`));
}

/**
 * Per week: the last local date the program holds a session on (the day a shortfall must be made up
 * by). One lookup per week, backwards on the sessions' start index from the week's end, instead of
 * reading every session of the range.
 */
export async function lastProgramDays(db: Db, programId: string, weekStarts: readonly string[]) {
  return selectRows<{ weekStart: string; lastDay: string }>(
    db,
    sql`select w.start::text as "weekStart", last.day::text as "lastDay"
      from (select value::date as start from jsonb_array_elements_text(${JSON.stringify(weekStarts)}::jsonb)) w
      cross join lateral (
        select ${sessionLocalDate} as day from sessions
        where sessions.program_id = ${programId} and sessions.status <> 'cancelled'
          and sessions.starts_at >= (w.start - 1)::timestamptz and sessions.starts_at < (w.start + 9)::timestamptz
          and ${sessionLocalDate} between w.start and w.start + 6
        order by sessions.starts_at desc limit 1) last`,
  );
}

/**
 * The local dates (in `timeZone`) these patients were given any of these instruments in [from, to],
 * administrations after `now` left out: one row per patient and instrument.
 */
export async function administrationDates(
  db: Db,
  patientIds: readonly string[],
  instruments: readonly string[],
  window: { from: string; to: string; timeZone: string; now: Date },
) {
  const localDay = sql`(x.administered_at at time zone ${window.timeZone})::date`;
  return selectRows<{ patientId: string; instrument: string; dates: string[] }>(
    db,
    sql`select x.patient_id as "patientId", x.instrument, array_agg(distinct ${localDay}::text) as dates
      from assessments x
      where x.patient_id in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(patientIds)}::jsonb))
        and x.instrument in (select value from jsonb_array_elements_text(${JSON.stringify(instruments)}::jsonb))
        and x.administered_at >= (${window.from}::date - 1)::timestamptz
        and x.administered_at < (${window.to}::date + 2)::timestamptz
        and x.administered_at <= ${window.now.toISOString()}::timestamptz
        and ${localDay} between ${window.from}::date and ${window.to}::date
      group by x.patient_id, x.instrument`,
  );
}

export interface AuthorizationRow extends AuthorizationFacts {
  patientId: string;
}

/**
 * These patients' authorizations overlapping [from, to] with the units used under each, latest start
 * first (then latest created): the order `authorizationInEffect` picks from.
 */
export async function authorizationsInRange(db: Db, patientIds: readonly string[], from: string, to: string) {
  return selectRows<AuthorizationRow>(
    db,
    sql`select z.patient_id as "patientId", z.number, z.level_of_care as "levelOfCare",
        z.start_date::text as "startDate", z.end_date::text as "endDate", z.units, z.unit_type as "unitType",
        coalesce((select json_agg(json_build_object('serviceDate', u.service_date::text,
            'hundredths', (u.units * 100)::int))
          from authorization_uses u where u.authorization_id = z.id), '[]'::json) as uses
      from authorizations z
      where z.patient_id in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(patientIds)}::jsonb))
        and z.start_date <= ${to}::date and z.end_date >= ${from}::date
      order by z.start_date desc, z.created_at desc, z.id desc`,
  );
}
