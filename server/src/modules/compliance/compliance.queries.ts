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
  /** Of the program's group sessions only (absences.ts): the latest attended start, epoch ms. */
  lastPresentAt: number | null;
  /** The absences' starts (epoch ms) and local dates (days since 1970-01-01), pairwise. */
  absentAt: number[] | null;
  absentDay: number[] | null;
}

/**
 * Per patient and week: minutes attended in the program's sessions, and what the absence run needs
 * from its group sessions. One pass over the range's attendance, shaped like the raw aggregate (the
 * local date computed once per row); cancelled sessions count for nothing.
 */
export async function attendanceWeeks(db: Db, programId: string, from: string, to: string) {
  const group = sql`sessions.group_id is not null`;
  return selectRows<AttendanceWeekRow>(
    db,
    sql`select a.patient_id as "patientId", w.week::text as "weekStart", sum(a.minutes_attended)::int as minutes,
        (extract(epoch from max(sessions.starts_at) filter (where ${group} and not ${absent})) * 1000)::float8
          as "lastPresentAt",
        array_agg(${epochMs}) filter (where ${group} and ${absent}) as "absentAt",
        array_agg(l.day - date '1970-01-01') filter (where ${group} and ${absent}) as "absentDay"
      from sessions join attendance a on a.session_id = sessions.id
      cross join lateral (select ${sessionLocalDate} as day) l
      cross join lateral (select date_trunc('week', l.day)::date as week) w
      where sessions.program_id = ${programId} and sessions.status <> 'cancelled'
        and sessions.starts_at >= (${from}::date - 1)::timestamptz and sessions.starts_at < (${to}::date + 2)::timestamptz
        and l.day between ${from}::date and ${to}::date
      group by a.patient_id, w.week`,
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
 * Per patient and week: group sessions that have ended, that the patient attended, and whose group
 * note is missing or still a draft (a note is due once the session is over: notes/README.md).
 */
export async function unsignedNotes(db: Db, programId: string, from: string, to: string, now: Date) {
  return selectRows<{ patientId: string; weekStart: string; count: number }>(
    db,
    sql`select a.patient_id as "patientId", ${weekOfSession}::text as "weekStart", count(*)::int as count
      from sessions
      left join notes n on n.session_id = sessions.id and n.kind = 'group'
      join attendance a on a.session_id = sessions.id and not ${absent}
      where sessions.program_id = ${programId} and sessions.group_id is not null and sessions.status <> 'cancelled'
        and sessions.ends_at <= ${now.toISOString()}::timestamptz and ${sessionLocalDateBetween(from, to)}
        and (n.id is null or n.status = 'draft')
      group by a.patient_id, ${weekOfSession}`,
  );
}

/** Per week: the last local date the program holds a session on (the day a shortfall must be made up by). */
export async function lastProgramDays(db: Db, programId: string, from: string, to: string) {
  return selectRows<{ weekStart: string; lastDay: string }>(
    db,
    sql`select ${weekOfSession}::text as "weekStart", max(${sessionLocalDate})::text as "lastDay"
      from sessions
      where sessions.program_id = ${programId} and sessions.status <> 'cancelled' and ${sessionLocalDateBetween(from, to)}
      group by ${weekOfSession}`,
  );
}

/**
 * The local dates (in `timeZone`) these patients were given any of these instruments in [from, to],
 * administrations after `now` left out.
 */
export async function administrationDates(
  db: Db,
  patientIds: readonly string[],
  instruments: readonly string[],
  window: { from: string; to: string; timeZone: string; now: Date },
) {
  const localDay = sql`(x.administered_at at time zone ${window.timeZone})::date`;
  return selectRows<{ patientId: string; instrument: string; date: string }>(
    db,
    sql`select distinct x.patient_id as "patientId", x.instrument, ${localDay}::text as date
      from assessments x
      where x.patient_id in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(patientIds)}::jsonb))
        and x.instrument in (select value from jsonb_array_elements_text(${JSON.stringify(instruments)}::jsonb))
        and x.administered_at >= (${window.from}::date - 1)::timestamptz
        and x.administered_at < (${window.to}::date + 2)::timestamptz
        and x.administered_at <= ${window.now.toISOString()}::timestamptz
        and ${localDay} between ${window.from}::date and ${window.to}::date`,
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
