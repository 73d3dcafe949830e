// All SQL about enrollments, the waitlist and the patients they concern. Each function takes db or tx.
import { and, asc, eq, inArray, isNull, lte, ne, sql, type SQL } from 'drizzle-orm';
import { selectRows, type Db } from '../../kernel/db/index.ts';
import { patients } from '../patients/index.ts';
import { episodes } from '../programs/index.ts';
import { enrollments, sessionLocalDate, sessions } from './scheduling.tables.ts';

export type EnrollmentRow = typeof enrollments.$inferSelect;

export interface PatientName {
  id: string;
  givenName: string;
  familyName: string;
}

export async function insertEnrollment(
  db: Db,
  row: Omit<typeof enrollments.$inferInsert, 'requestSeq'>,
): Promise<EnrollmentRow> {
  // The request sequence is drawn here, while the caller holds the group's lock: request order
  // is the order in which the enrollments of one group were decided.
  const [inserted] = await db.insert(enrollments).values(row).returning();
  return inserted!;
}

/** One enrollment, if its patient is visible (`visible`, from the patient-access port). */
export async function findEnrollment(db: Db, id: string, visible?: SQL): Promise<EnrollmentRow | undefined> {
  const [row] = await db
    .select()
    .from(enrollments)
    .where(and(eq(enrollments.id, id), visible));
  return row;
}

export async function updateEnrollment(
  db: Db,
  id: string,
  patch: Partial<Pick<EnrollmentRow, 'status' | 'startDate' | 'endDate' | 'promotedAt'>>,
): Promise<EnrollmentRow> {
  const [row] = await db.update(enrollments).set(patch).where(eq(enrollments.id, id)).returning();
  return row!;
}

/** A group's active and waitlisted enrollments: the seats taken and the places held. */
export async function heldEnrollments(db: Db, groupId: string): Promise<EnrollmentRow[]> {
  return db
    .select()
    .from(enrollments)
    .where(and(eq(enrollments.groupId, groupId), inArray(enrollments.status, ['active', 'waitlisted'])))
    .orderBy(asc(enrollments.requestSeq));
}

const openEpisodeIn = (programId: string) => and(eq(episodes.programId, programId), isNull(episodes.dischargeDate));

/** The waitlist in request order, with names and whether each patient is still in the program. */
export async function waitlist(db: Db, groupId: string, programId: string) {
  return db
    .select({
      enrollment: enrollments,
      givenName: patients.givenName,
      familyName: patients.familyName,
      inProgram: sql<boolean>`exists (select 1 from ${episodes} where ${episodes.patientId} = ${enrollments.patientId} and ${openEpisodeIn(programId)})`,
    })
    .from(enrollments)
    .innerJoin(patients, eq(patients.id, enrollments.patientId))
    .where(and(eq(enrollments.groupId, groupId), eq(enrollments.status, 'waitlisted')))
    .orderBy(asc(enrollments.requestSeq));
}

export async function inProgram(db: Db, patientId: string, programId: string): Promise<boolean> {
  const rows = await db
    .select({ id: episodes.id })
    .from(episodes)
    .where(and(eq(episodes.patientId, patientId), openEpisodeIn(programId)))
    .limit(1);
  return rows.length > 0;
}

/** Patients with an open episode in the program that the caller may see, in name order. */
export async function programPatients(db: Db, programId: string, visible: SQL | undefined): Promise<PatientName[]> {
  return db
    .selectDistinct({ id: patients.id, givenName: patients.givenName, familyName: patients.familyName })
    .from(patients)
    .innerJoin(episodes, eq(episodes.patientId, patients.id))
    .where(and(openEpisodeIn(programId), visible))
    .orderBy(asc(patients.familyName), asc(patients.givenName), asc(patients.id));
}

// Rank among the group's waitlisted enrollments, first come first served; null when not waitlisted.
const waitlistPosition = sql<number | null>`case when ${enrollments.status} = 'waitlisted' then (
  select count(*) from enrollments w
  where w.group_id = ${enrollments.groupId} and w.status = 'waitlisted' and w.request_seq <= ${enrollments.requestSeq}
) end`.mapWith(Number);

/** A group's enrollments with their patients: active by start date, waitlisted by position, withdrawn last. */
export async function listGroupEnrollments(db: Db, groupId: string, visible: SQL | undefined) {
  return db
    .select({
      enrollment: enrollments,
      givenName: patients.givenName,
      familyName: patients.familyName,
      mrn: patients.mrn,
      waitlistPosition,
    })
    .from(enrollments)
    .innerJoin(patients, eq(patients.id, enrollments.patientId))
    .where(and(eq(enrollments.groupId, groupId), visible))
    .orderBy(
      sql`case ${enrollments.status} when 'active' then 0 when 'waitlisted' then 1 else 2 end`,
      sql`case when ${enrollments.status} = 'active' then ${enrollments.startDate} end`,
      asc(enrollments.requestSeq),
    );
}

/**
 * Sessions of the group that have already started (by `now`), are not cancelled, and fall on a
 * local date in [from, to] (to null: no end): the history an enrollment change must not rewrite.
 */
export async function startedSessionIds(
  db: Db,
  groupId: string,
  span: { from: string; to: string | null },
  now: Date,
): Promise<string[]> {
  const rows = await db
    .select({ id: sessions.id })
    .from(sessions)
    .where(
      and(
        eq(sessions.groupId, groupId),
        ne(sessions.status, 'cancelled'),
        lte(sessions.startsAt, now),
        sql`${sessionLocalDate} >= ${span.from}::date`,
        span.to === null ? undefined : sql`${sessionLocalDate} <= ${span.to}::date`,
      ),
    )
    .orderBy(asc(sessions.startsAt));
  return rows.map((r) => r.id);
}

/** The local date of the group's latest session that has started, if any. */
export async function lastStartedDate(db: Db, groupId: string, now: Date): Promise<string | null> {
  const [row] = await db
    .select({ date: sql<string | null>`max(${sessionLocalDate})::text` })
    .from(sessions)
    .where(and(eq(sessions.groupId, groupId), lte(sessions.startsAt, now)));
  return row?.date ?? null;
}

export interface OverlapRow {
  id: string;
  starts_at: string | Date;
  time_zone: string;
  label: string;
}

/**
 * The patient's other sessions that overlap a session of `groupId` starting after `now` with a
 * local date in [from, to]: other groups' sessions on whose expected roster the patient is, and
 * the patient's individual appointments. Cancelled sessions do not count.
 */
export async function patientOverlaps(
  db: Db,
  query: { groupId: string; patientId: string; from: string; to: string; now: Date },
): Promise<OverlapRow[]> {
  const { groupId, patientId, from, to, now } = query;
  return selectRows<OverlapRow>(
    db,
    sql`
    with mine as (
      select s.starts_at, s.ends_at from sessions s
      where s.group_id = ${groupId} and s.status <> 'cancelled' and s.starts_at > ${now}
        and (s.starts_at at time zone s.time_zone)::date between ${from}::date and ${to}::date
    ), window_ as (
      select min(starts_at) as first_start, max(ends_at) as last_end from mine
    ), theirs as (
      select s.id, s.starts_at, s.ends_at, s.time_zone, coalesce(g.name, s.kind) as label
      from window_ w
      join sessions s on s.starts_at < w.last_end and s.ends_at > w.first_start
      left join groups g on g.id = s.group_id
      where s.status <> 'cancelled' and s.group_id is distinct from ${groupId}::uuid and (
        s.patient_id = ${patientId}
        or exists (
          select 1 from enrollments e
          where e.group_id = s.group_id and e.patient_id = ${patientId} and e.status = 'active'
            and e.start_date <= (s.starts_at at time zone s.time_zone)::date
            and (e.end_date is null or e.end_date >= (s.starts_at at time zone s.time_zone)::date)))
    )
    select distinct t.id, t.starts_at, t.time_zone, t.label
    from theirs t join mine m on t.starts_at < m.ends_at and t.ends_at > m.starts_at
    order by t.starts_at, t.id`,
  );
}
