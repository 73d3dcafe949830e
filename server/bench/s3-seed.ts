// S3's data, written by the database itself with generate_series in one transaction (like s4-seed.ts):
// a hospital-outpatient PHP program on traditional Medicare (837I, monthly claims, condition code 41)
// whose patients, in cohorts of 12, attend 4 one-hour groups every program day of February 2026
// (20 weekdays): group psychotherapy (0915 G0410), psychoeducation (0942 G0177), activity therapy
// (0904 G0176) and group psychotherapy again, each with a signed group note and a lead with an NPI.
// Every 10th patient is admitted on the month's first program day (bill type 132, first interim),
// every 10th from the 5th is discharged on its last (134, final), the others continue (133).
// Synthetic and marked so: `Test-S3-` family names, organization, program and site "(Synthetic)".
import { sql } from 'drizzle-orm';
import { selectRows, type Db } from '../src/kernel/db/index.ts';
import { newId } from '../src/kernel/ids.ts';
import { localInstant } from '../src/modules/scheduling/index.ts';
import { syntheticNpi } from './synthetic-catalog.ts';

export const S3_MONTH = { from: '2026-02-01', to: '2026-02-28' };
/** The month's 20 weekdays, Monday 2 February to Friday 27 February 2026. */
const FIRST_DAY = '2026-02-02';
const LAST_DAY = '2026-02-27';
const GROUP_SIZE = 12;
const TIME_ZONE = 'America/Chicago';
/** The four groups of a program day, at 09:00, 10:15, 11:30 and 12:45. */
const SLOT_KINDS = ['group_psychotherapy', 'psychoeducation', 'activity_therapy', 'group_psychotherapy'];
// ICD-10-CM codes a PHP treats (iop-php-domain §6.2); every third patient has a secondary one.
const PRINCIPAL = ['F33.2', 'F32.2', 'F31.81', 'F43.10', 'F41.1'];
const SECONDARY = 'F41.1';

export interface S3Staff {
  /** Psychiatrists attending the episodes (837I 2310A). */
  attending: string[];
  /** Therapists leading the groups (837I 2420C rendering). */
  leads: string[];
}

export interface S3Data {
  programId: string;
  patients: number;
  programDays: number;
  /** Noon of the first weekday after the month, when the biller runs it. */
  billedAt: Date;
}

/**
 * The organization's billing identity, the program and its month; `staff` are users already made, who
 * get their NPIs here (valid check digits, 80840 prefix); `payerId` is the Medicare payer.
 */
export async function seedS3(
  db: Db,
  size: { patients: number },
  staff: S3Staff,
  payerId: string,
): Promise<{ data: S3Data; rows: Record<string, number> }> {
  const cohorts = Math.ceil(size.patients / GROUP_SIZE);
  const programId = newId();
  const siteId = newId();
  const everyone = [...staff.attending, ...staff.leads];

  const seeded = await db.transaction(async (tx) => {
    const exec = (query: ReturnType<typeof sql>) => tx.execute(query);
    const address = (line1: string) =>
      sql`jsonb_build_object('line1', ${line1}::text, 'city', 'Springfield', 'state', 'IL', 'postalCode', '62701')`;
    // 837 2010AA N403: the billing provider's ZIP code has all nine digits.
    await exec(sql`insert into organization (id, name, npi, tax_id, taxonomy, facility_type, address, phone, updated_at)
      values (1, 'S3 Behavioral Hospital (Synthetic)', ${syntheticNpi('193000000')}, '990000003', '283Q00000X',
        'hospital_outpatient', ${address('3 Example Way')} || '{"postalCode":"627011234"}'::jsonb, '2175550103', now())`);
    await exec(sql`insert into sites (id, name, time_zone, address, place_of_service)
      values (${siteId}, 'S3 Campus (Synthetic)', ${TIME_ZONE}, ${address('3 Example Way')}, '22')`);
    await exec(sql`insert into programs (id, name, site_id, level_of_care, population, min_hours_per_week)
      values (${programId}, 'S3 PHP (Synthetic)', ${siteId}, 'PHP', 'mental_health', 20)`);
    for (const [i, id] of everyone.entries()) {
      await exec(sql`insert into staff (id, credentials, npi, taxonomy)
        values (${id}, ${i < staff.attending.length ? 'MD' : 'LCSW'}, ${syntheticNpi(`1930${String(i + 1).padStart(5, '0')}`)},
          ${i < staff.attending.length ? '2084P0800X' : '1041C0700X'})`);
      await exec(sql`insert into staff_programs (staff_id, program_id) values (${id}, ${programId})`);
    }

    await exec(sql`create temp table s3_day (n int, day date) on commit drop`);
    await exec(sql`insert into s3_day
      select row_number() over (order by d)::int, d::date
      from generate_series(${FIRST_DAY}::date, ${LAST_DAY}::date, interval '1 day') d
      where extract(isodow from d) < 6`);

    // Patients n = 1…; cohort (n − 1) / 12. Admitted up to 40 days before the month, or on its first day.
    await exec(sql`create temp table s3_patient (n int, id uuid, episode_id uuid, cohort int, admit_date date,
      discharge_date date) on commit drop`);
    await exec(sql`insert into s3_patient
      select n, gen_random_uuid(), gen_random_uuid(), (n - 1) / ${GROUP_SIZE},
        case when n % 10 = 0 then ${FIRST_DAY}::date else ${FIRST_DAY}::date - 2 - n % 41 end,
        case when n % 10 = 5 then ${LAST_DAY}::date end
      from generate_series(1, ${size.patients}) n`);
    await exec(sql`insert into patients (id, mrn, given_name, family_name, birth_date, sex, address, created_at)
      select id, 'TS3' || lpad(n::text, 6, '0'), 'Synthetic', 'Test-S3-' || lpad(n::text, 5, '0'),
        date '1950-01-01' + (n * 37) % 20000, case n % 3 when 0 then 'F' when 1 then 'M' else 'U' end,
        ${address('1 Example Street')} || jsonb_build_object('line2', 'Unit ' || n), now()
      from s3_patient`);
    await exec(sql`insert into episodes (id, patient_id, program_id, admit_date, discharge_date, disposition,
        attending_staff_id, created_at)
      select episode_id, id, ${programId}, admit_date, discharge_date,
        case when discharge_date is not null then 'completed' end,
        (${JSON.stringify(staff.attending)}::jsonb ->> (n % ${staff.attending.length}))::uuid, now()
      from s3_patient`);
    await exec(sql`insert into level_of_care_changes (id, episode_id, level_of_care, effective_date, recorded_at)
      select gen_random_uuid(), episode_id, 'PHP', admit_date, now() from s3_patient`);
    await exec(sql`insert into episode_diagnoses (episode_id, code, principal, position)
      select episode_id, (${JSON.stringify(PRINCIPAL)}::jsonb ->> (n % ${PRINCIPAL.length})), true, 1 from s3_patient
      union all
      select episode_id, ${SECONDARY}, false, 2 from s3_patient where n % 3 = 0 and n % ${PRINCIPAL.length} <> 4`);
    await exec(sql`insert into coverages (id, patient_id, payer_id, member_id, priority, relationship, created_at)
      select gen_random_uuid(), id, ${payerId}, '1EG4TE5M' || lpad(n::text, 3, '0'), 1, 'self', now()
      from s3_patient`);

    await exec(sql`create temp table s3_group (cohort int, slot int, id uuid, kind text, lead uuid) on commit drop`);
    await exec(sql`insert into s3_group
      select c, slot, gen_random_uuid(), ${JSON.stringify(SLOT_KINDS)}::jsonb ->> slot,
        (${JSON.stringify(staff.leads)}::jsonb ->> ((c + slot) % ${staff.leads.length}))::uuid
      from generate_series(0, ${cohorts - 1}) c cross join generate_series(0, ${SLOT_KINDS.length - 1}) slot`);
    await exec(sql`insert into groups (id, program_id, name, kind, capacity, start_date, end_date, time_zone,
        materialized_through, created_at)
      select id, ${programId}, 'S3 cohort ' || cohort || ' group ' || slot || ' (Synthetic)', kind, ${GROUP_SIZE},
        ${FIRST_DAY}::date, ${LAST_DAY}::date, ${TIME_ZONE}, ${LAST_DAY}::date, now()
      from s3_group`);
    await exec(sql`insert into enrollments (id, group_id, patient_id, start_date, status, requested_at)
      select gen_random_uuid(), g.id, p.id, ${FIRST_DAY}::date, 'active', now()
      from s3_group g join s3_patient p on p.cohort = g.cohort`);
    await exec(sql`insert into sessions (id, group_id, program_id, kind, occurrence_date, starts_at, ends_at,
        time_zone, status, created_at)
      select gen_random_uuid(), g.id, ${programId}, g.kind, d.day,
        (d.day + time '09:00' + g.slot * interval '75 minutes') at time zone ${TIME_ZONE},
        (d.day + time '10:00' + g.slot * interval '75 minutes') at time zone ${TIME_ZONE},
        ${TIME_ZONE}, 'scheduled', now()
      from s3_group g cross join s3_day d`);
    await exec(sql`insert into session_facilitators (session_id, staff_id, role)
      select s.id, g.lead, 'lead' from sessions s join s3_group g on g.id = s.group_id`);
    // Everyone attends the whole hour: a month of PHP days at 4 services each (§B4 S3).
    await exec(sql`insert into attendance (id, session_id, patient_id, status, minutes_attended, modality,
        recorded_at, updated_at)
      select gen_random_uuid(), s.id, p.id, 'present', 60, 'in_person', s.starts_at, s.starts_at
      from sessions s join s3_group g on g.id = s.group_id join s3_patient p on p.cohort = g.cohort`);
    await exec(sql`insert into notes (id, kind, session_id, status, content, author_id, due_at, signature,
        created_at, updated_at)
      select gen_random_uuid(), 'group', s.id, 'signed', '{}'::jsonb, g.lead, s.ends_at + interval '24 hours',
        jsonb_build_object('staffId', g.lead::text, 'name', 'S3 Lead (Synthetic)', 'credentials', 'LCSW',
          'at', s.ends_at + interval '2 hours'),
        s.ends_at, s.ends_at + interval '2 hours'
      from sessions s join s3_group g on g.id = s.group_id`);

    const counted = await selectRows<{ name: string; n: number }>(
      tx,
      sql`select 'programDays' as name, count(*)::int as n from s3_day
        union all select 'sessions', count(*)::int from sessions
        union all select 'attendance', count(*)::int from attendance
        union all select 'notes', count(*)::int from notes`,
    );
    return Object.fromEntries(counted.map((r) => [r.name, r.n]));
  });
  // Planner statistics, as a database that has lived with its data has them.
  await db.execute(sql`analyze`);
  return {
    data: {
      programId,
      patients: size.patients,
      programDays: seeded.programDays ?? 0,
      billedAt: localInstant('2026-03-02', '12:00', TIME_ZONE),
    },
    rows: seeded,
  };
}
