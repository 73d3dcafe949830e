// S4's data, written by the database itself with generate_series in one transaction (§B4 S4: "Seed
// with generate_series"): a PHP program (¾ of the census) and an IOP program, cohorts of 12 meeting
// in 4 one-hour groups every program day, and for every session that has started, each member's
// attendance; group notes, a weekly PHQ-9 and GAD-7, 30-day authorizations with units used. Statuses come from
// a hash of (patient, day, group), so a run is reproducible; every 20th patient misses far more.
// Synthetic and marked so: `Test-S4-` family names, programs, site and payer named "(Synthetic)".
import { sql, type SQL } from 'drizzle-orm';
import { selectRows, type Db } from '../src/kernel/db/index.ts';
import { localInstant } from '../src/modules/scheduling/index.ts';
import { newId } from '../src/kernel/ids.ts';

export interface S4Size {
  patients: number;
  programDays: number;
}

export interface S4Program {
  id: string;
  levelOfCare: 'PHP' | 'IOP';
  patients: number;
}

export interface S4Data {
  programs: S4Program[];
  /** First and last program days (weekdays), local dates. */
  firstDay: string;
  lastDay: string;
  /** Noon of the third-last program day: later sessions have no attendance yet. */
  now: Date;
  timeZone: string;
}

const GROUP_SIZE = 12;
const TIME_ZONE = 'America/Chicago';
/** A Monday; 250 weekdays from it end in February 2026. */
const FIRST_DAY = '2025-03-03';

export async function seedS4(
  db: Db,
  size: S4Size,
  staffId: string,
): Promise<{ data: S4Data; rows: Record<string, number> }> {
  // Whole cohorts in each program: ¾ of the census in PHP, the rest in IOP.
  const cohorts = Math.floor(size.patients / GROUP_SIZE);
  const phpCohorts = Math.round(cohorts * 0.75);
  const [php, iop]: [S4Program, S4Program] = [
    { id: newId(), levelOfCare: 'PHP', patients: phpCohorts * GROUP_SIZE },
    { id: newId(), levelOfCare: 'IOP', patients: (cohorts - phpCohorts) * GROUP_SIZE },
  ];
  const siteId = newId();
  const payerId = newId();

  const seeded = await db.transaction(async (tx) => {
    const exec = (query: SQL) => tx.execute(query);
    // Scratch tables are created empty and filled by INSERT … SELECT: a CREATE TABLE AS takes no parameters.
    await exec(sql`create temp table s4_day (n int, day date) on commit drop`);
    await exec(sql`insert into s4_day
      select row_number() over (order by d)::int, d::date
      from generate_series(${FIRST_DAY}::date, ${FIRST_DAY}::date + ${size.programDays * 2}::int, interval '1 day') d
      where extract(isodow from d) < 6 order by d limit ${size.programDays}`);
    const [days] = await selectRows<{ last: string; today: string }>(
      tx,
      sql`select max(day)::text as last, (select day::text from s4_day where n = ${size.programDays - 2}) as today
        from s4_day`,
    );
    const lastDay = days!.last;
    const now = localInstant(days!.today, '12:00', TIME_ZONE);
    const nowTs = sql`${now.toISOString()}::timestamptz`;
    // A session's group note, from a hash of the session: signed (95 in 100, once the session has ended),
    // a draft (3) or not started (2).
    const noteRoll = sql`abs(hashtext(s.id::text)) % 100`;
    const signedNote = sql`(s.ends_at <= ${nowTs} and ${noteRoll} < 95)`;

    await exec(sql`insert into sites (id, name, time_zone, address, place_of_service)
      values (${siteId}, 'S4 Campus (Synthetic)', ${TIME_ZONE},
        '{"line1":"1 Example Way","city":"Springfield","state":"IL","postalCode":"62701"}'::jsonb, '53')`);
    await exec(sql`insert into programs (id, name, site_id, level_of_care, population, min_hours_per_week) values
      (${php.id}, 'S4 PHP (Synthetic)', ${siteId}, 'PHP', 'mental_health', 20),
      (${iop.id}, 'S4 IOP (Synthetic)', ${siteId}, 'IOP', 'mental_health', 9)`);
    await exec(
      sql`insert into staff_programs (staff_id, program_id) values (${staffId}, ${php.id}), (${staffId}, ${iop.id})`,
    );
    await exec(sql`insert into payers (id, name, payer_id, template, created_at)
      values (${payerId}, 'S4 Payer (Synthetic)', 'S4PAY', 'commercial_per_diem', now())`);

    // Patients n = 1…; cohort (n − 1) / 12; the first cohorts are PHP. Admitted up to 40 days before the year.
    await exec(sql`create temp table s4_patient (n int, id uuid, episode_id uuid, coverage_id uuid, cohort int,
      program_id uuid, level text, admit_date date, struggling boolean) on commit drop`);
    await exec(sql`insert into s4_patient
      select n, gen_random_uuid() as id, gen_random_uuid() as episode_id, gen_random_uuid() as coverage_id,
        (n - 1) / ${GROUP_SIZE} as cohort,
        case when (n - 1) / ${GROUP_SIZE} < ${phpCohorts} then ${php.id}::uuid else ${iop.id}::uuid end as program_id,
        case when (n - 1) / ${GROUP_SIZE} < ${phpCohorts} then 'PHP' else 'IOP' end as level,
        ${FIRST_DAY}::date - (n % 41) as admit_date,
        n % 20 = 0 as struggling
      from generate_series(1, ${cohorts * GROUP_SIZE}) n`);
    await exec(sql`insert into patients (id, mrn, given_name, family_name, birth_date, sex, created_at)
      select id, 'TS4' || lpad(n::text, 6, '0'), 'Synthetic', 'Test-S4-' || lpad(n::text, 5, '0'),
        date '1960-01-01' + (n * 37) % 15000, 'U', now()
      from s4_patient`);
    await exec(sql`insert into episodes (id, patient_id, program_id, admit_date, attending_staff_id, created_at)
      select episode_id, id, program_id, admit_date, ${staffId}, now() from s4_patient`);
    await exec(sql`insert into level_of_care_changes (id, episode_id, level_of_care, effective_date, recorded_at)
      select gen_random_uuid(), episode_id, level, admit_date, now() from s4_patient`);

    // Four groups per cohort, at 09:00, 10:15, 11:30 and 12:45, every program day.
    await exec(sql`create temp table s4_group (cohort int, slot int, id uuid, program_id uuid) on commit drop`);
    await exec(sql`insert into s4_group
      select c as cohort, slot, gen_random_uuid() as id,
        case when c < ${phpCohorts} then ${php.id}::uuid else ${iop.id}::uuid end as program_id
      from generate_series(0, ${cohorts - 1}) c cross join generate_series(0, 3) slot`);
    await exec(sql`insert into groups (id, program_id, name, kind, capacity, start_date, end_date, time_zone,
        materialized_through, created_at)
      select id, program_id, 'S4 cohort ' || cohort || ' group ' || slot || ' (Synthetic)', 'group_psychotherapy',
        ${GROUP_SIZE}, ${FIRST_DAY}::date, ${lastDay}::date, ${TIME_ZONE}, ${lastDay}::date, now()
      from s4_group`);
    await exec(sql`insert into sessions (id, group_id, program_id, kind, occurrence_date, starts_at, ends_at,
        time_zone, status, created_at)
      select gen_random_uuid(), g.id, g.program_id, 'group_psychotherapy', d.day,
        (d.day + time '09:00' + g.slot * interval '75 minutes') at time zone ${TIME_ZONE},
        (d.day + time '10:00' + g.slot * interval '75 minutes') at time zone ${TIME_ZONE},
        ${TIME_ZONE}, 'scheduled', now()
      from s4_group g cross join s4_day d`);
    await exec(sql`insert into enrollments (id, group_id, patient_id, start_date, status, requested_at)
      select gen_random_uuid(), g.id, p.id, ${FIRST_DAY}::date, 'active', now()
      from s4_group g join s4_patient p on p.cohort = g.cohort`);

    // Every started session: each member present 80 % (late 6, left early 4, absent 10); a struggling one 50 %.
    // Signing a session's note confirms its attendance (notes/README.md): the records of the sessions whose
    // note is signed below are confirmed at the signature. The insert goes through attendance_weeks'
    // trigger as every write does (migration 0010).
    await exec(sql`insert into attendance (id, session_id, patient_id, status, minutes_attended, modality,
        recorded_at, updated_at, confirmed_at)
      select gen_random_uuid(), s.id, p.id, x.status,
        case x.status when 'present' then 60 when 'late' then 45 when 'left_early' then 40 else 0 end,
        'in_person', s.starts_at, s.starts_at, case when ${signedNote} then s.ends_at end
      from sessions s
      join s4_group g on g.id = s.group_id
      join s4_patient p on p.cohort = g.cohort
      cross join lateral (select abs(hashtext(p.n || ':' || s.occurrence_date || ':' || g.slot)) % 100
        + case when p.struggling then 30 else 0 end as roll) r
      cross join lateral (select case when r.roll < 80 then 'present' when r.roll < 86 then 'late'
        when r.roll < 90 then 'left_early' when r.roll < 95 then 'absent_excused' else 'absent_unexcused' end as status) x
      where s.starts_at <= ${nowTs}`);

    // Group notes of ended sessions: 95 % signed, 3 % drafts, 2 % not started.
    await exec(sql`insert into notes (id, kind, session_id, status, content, due_at, signature, created_at, updated_at)
      select gen_random_uuid(), 'group', s.id, case when ${signedNote} then 'signed' else 'draft' end, '{}'::jsonb,
        s.ends_at + interval '24 hours',
        case when ${signedNote} then jsonb_build_object('staffId', ${staffId}::text, 'name', 'S4 Lead (Synthetic)',
          'credentials', null, 'at', s.ends_at) end,
        s.ends_at, s.ends_at
      from sessions s join s4_group g on g.id = s.group_id
      where s.ends_at <= ${nowTs} and ${noteRoll} < 98`);

    // The outcomes schedule's PHQ-9 and GAD-7 on 9 weekly occasions in 10, from admission.
    await exec(sql`insert into assessments (id, patient_id, instrument, answers, total, severity, flags,
        administered_at, source, created_at)
      select gen_random_uuid(), p.id, i.instrument, '[1,1,1,1,1,1,1]'::jsonb, 7, 'mild', '[]'::jsonb,
        (p.admit_date + k * 7 + time '10:00') at time zone ${TIME_ZONE}, 'staff', now()
      from s4_patient p cross join generate_series(0, (${lastDay}::date - p.admit_date) / 7) k
      cross join (values ('PHQ-9'), ('GAD-7')) i (instrument)
      where abs(hashtext(p.n || ':' || k)) % 10 < 9 and (p.admit_date + k * 7 + time '10:00') at time zone ${TIME_ZONE} <= ${nowTs}`);

    // 30-day authorizations of 24 days from admission; 5 units used a week, so each block ends above 80 %.
    await exec(sql`insert into coverages (id, patient_id, payer_id, member_id, priority, relationship, created_at)
      select coverage_id, id, ${payerId}, 'S4M' || n, 1, 'self', now() from s4_patient`);
    await exec(sql`create temp table s4_auth (id uuid, patient_id uuid, coverage_id uuid, level text, n int, k int,
      start_date date, end_date date) on commit drop`);
    await exec(sql`insert into s4_auth
      select gen_random_uuid() as id, p.id as patient_id, p.coverage_id, p.level, p.n, k,
        p.admit_date + k * 30 as start_date, p.admit_date + k * 30 + 29 as end_date
      from s4_patient p cross join generate_series(0, (${lastDay}::date - p.admit_date) / 30) k`);
    await exec(sql`insert into authorizations (id, patient_id, coverage_id, number, level_of_care, start_date,
        end_date, units, unit_type, created_at)
      select id, patient_id, coverage_id, 'S4-' || n || '-' || k, level, start_date, end_date, 24, 'days', now()
      from s4_auth`);
    await exec(sql`insert into authorization_uses (id, authorization_id, units, service_date, source, created_at)
      select gen_random_uuid(), a.id, 5, a.start_date + w * 7 + 4, 'bench:' || a.id || ':' || w, now()
      from s4_auth a cross join generate_series(0, 3) w
      where a.start_date + w * 7 + 4 <= (${nowTs} at time zone ${TIME_ZONE})::date`);

    const counted = await selectRows<{ name: string; n: number }>(
      tx,
      sql`select 'sessions' as name, count(*)::int as n from sessions
        union all select 'attendance', count(*)::int from attendance
        union all select 'notes', count(*)::int from notes
        union all select 'assessments', count(*)::int from assessments
        union all select 'authorizations', count(*)::int from authorizations
        union all select 'authorizationUses', count(*)::int from authorization_uses`,
    );
    return {
      data: { programs: [php, iop], firstDay: FIRST_DAY, lastDay, now, timeZone: TIME_ZONE },
      rows: Object.fromEntries(counted.map((r) => [r.name, r.n])),
    };
  });
  // Planner statistics, as a database that has lived with its data has them (autovacuum is not awaited).
  await db.execute(sql`analyze`);
  return seeded;
}
