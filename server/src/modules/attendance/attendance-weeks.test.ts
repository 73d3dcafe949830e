// attendance_weeks (migration 0010) against a fresh aggregate of the records. Random writes of every
// shape the app and the database can make — check-ins (INSERT … ON CONFLICT DO NOTHING), rosters
// (… DO UPDATE), check-outs and corrections, signatures confirming a session's records, deletions,
// bulk loads, and sessions moved, shortened, cancelled or given another program, group or zone — must
// leave the table equal to the aggregate restated here from its definition (attendance.tables.ts),
// which shares no SQL with the triggers. The concurrency part runs on PostgreSQL only: PGlite runs one
// statement at a time.
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows, type Database, type Db } from '../../kernel/db/index.ts';
import { newId } from '../../kernel/ids.ts';
import { onPostgres, testDatabase } from '../../kernel/testing/index.ts';
import { sites } from '../organization/index.ts';
import { patients } from '../patients/index.ts';
import { programs } from '../programs/index.ts';
import { groups, sessions } from '../scheduling/index.ts';
import { ABSENCES, ATTENDANCE_STATUSES } from './attendance.tables.ts';

let database: Database;
let db: Db;

beforeAll(async () => {
  database = await testDatabase();
  db = database.db;
});
afterAll(() => database.close());

/** The table, every row as text, in key order. */
const summary = () =>
  selectRows<Record<string, string>>(
    db,
    sql`select program_id::text, week_start::text, patient_id::text, minutes::text, last_present_at::text,
        absent_at::text, absent_on::text, unconfirmed_ends::text
      from attendance_weeks order by 1, 2, 3`,
  );

/**
 * The same from the records, by definition: per program, patient and Monday–Sunday week of the
 * session's local date (cancelled sessions and sessions of no program left out), the minutes; the
 * latest start of a group session attended; the group absences after it (all when none), starts and
 * dates in time order; the ends of attended group sessions not confirmed, in order.
 */
const aggregate = () =>
  selectRows<Record<string, string>>(
    db,
    sql`with record as (
        select s.program_id, date_trunc('week', (s.starts_at at time zone s.time_zone)::date)::date as week_start,
          a.patient_id, a.minutes_attended, s.starts_at, s.ends_at, (s.starts_at at time zone s.time_zone)::date as day,
          s.group_id is not null and a.status not in (${sql.join(
            ABSENCES.map((x) => sql`${x}`),
            sql`, `,
          )}) as came,
          s.group_id is not null and a.status in (${sql.join(
            ABSENCES.map((x) => sql`${x}`),
            sql`, `,
          )}) as missed,
          a.confirmed_at is not null as confirmed
        from attendance a join sessions s on s.id = a.session_id
        where s.program_id is not null and s.status <> 'cancelled'
      ), latest as (
        select program_id, week_start, patient_id, max(starts_at) filter (where came) as at
        from record group by program_id, week_start, patient_id
      )
      select r.program_id::text as program_id, r.week_start::text as week_start, r.patient_id::text as patient_id,
        sum(r.minutes_attended)::text as minutes, l.at::text as last_present_at,
        coalesce(array_agg(r.starts_at order by r.starts_at, r.day) filter (where r.missed and (l.at is null or r.starts_at > l.at)), '{}')::text
          as absent_at,
        coalesce(array_agg(r.day order by r.starts_at, r.day) filter (where r.missed and (l.at is null or r.starts_at > l.at)), '{}')::text
          as absent_on,
        coalesce(array_agg(r.ends_at order by r.ends_at) filter (where r.came and not r.confirmed), '{}')::text
          as unconfirmed_ends
      from record r join latest l using (program_id, week_start, patient_id)
      group by r.program_id, r.week_start, r.patient_id, l.at
      order by 1, 2, 3`,
  );

const ZONES = ['America/New_York', 'America/Los_Angeles', 'Europe/Berlin', 'Asia/Kolkata'] as const;
/** Sessions over three weeks around the US spring-forward (8 March 2026). */
const FIRST_DAY = Date.UTC(2026, 2, 1);
const DAY = 86_400_000;
const HOUR = 3_600_000;

interface World {
  programIds: string[];
  groupIds: string[];
  patientIds: string[];
  sessionIds: string[];
}

/** A fresh site, two programs, two groups, three patients and their sessions (one of no program). */
async function world(zone: string, starts: readonly { day: number; hour: number; minutes: number }[]): Promise<World> {
  const siteId = newId();
  await db.insert(sites).values({
    id: siteId,
    name: 'Random site',
    timeZone: zone,
    address: { line1: '1 Main St', city: 'Springfield', state: 'IL', postalCode: '62701' },
    placeOfService: '22',
  });
  const programIds = [newId(), newId()];
  await db.insert(programs).values(
    programIds.map((id) => ({
      id,
      name: 'Random program',
      siteId,
      levelOfCare: 'PHP',
      population: 'mental_health',
      minHoursPerWeek: 20,
    })),
  );
  const createdAt = new Date(FIRST_DAY);
  const groupIds = [newId(), newId()];
  await db.insert(groups).values(
    groupIds.map((id, i) => ({
      id,
      programId: programIds[i]!,
      name: 'Random group',
      kind: 'skills',
      capacity: 12,
      startDate: '2026-03-01',
      timeZone: zone,
      materializedThrough: '2026-03-21',
      createdAt,
    })),
  );
  const patientIds = [newId(), newId(), newId()];
  await db.insert(patients).values(
    patientIds.map((id, i) => ({
      id,
      mrn: `W${id.slice(0, 8)}`,
      givenName: `Pat${i}`,
      familyName: 'Weeks',
      birthDate: '1980-01-01',
      sex: 'U',
      createdAt,
    })),
  );
  // Group sessions keyed by (group, occurrence date); individual ones have a patient and a distant date.
  const sessionIds = starts.map(() => newId());
  await db.insert(sessions).values(
    starts.map((s, i) => {
      const startsAt = new Date(FIRST_DAY + s.day * DAY + s.hour * HOUR);
      const individual = i % 4 === 3;
      return {
        id: sessionIds[i]!,
        groupId: individual ? null : groupIds[i % 2]!,
        programId: i % 7 === 6 ? null : programIds[i % 2]!,
        kind: individual ? 'individual_therapy' : 'skills',
        occurrenceDate: new Date(FIRST_DAY + (individual ? 400 + i : i) * DAY).toISOString().slice(0, 10),
        startsAt,
        endsAt: new Date(startsAt.getTime() + s.minutes * 60_000),
        timeZone: zone,
        patientId: individual ? patientIds[i % 3]! : null,
        createdAt,
      };
    }),
  );
  return { programIds, groupIds, patientIds, sessionIds };
}

const pick = fc.nat({ max: 1000 });
const status = fc.constantFrom(...ATTENDANCE_STATUSES);
const record = fc.record({
  session: pick,
  patient: pick,
  status,
  minutes: fc.nat({ max: 240 }),
  confirmed: fc.boolean(),
});

const operation = fc.oneof(
  fc.record({ kind: fc.constant('check-in' as const), records: fc.array(record, { minLength: 1, maxLength: 4 }) }),
  fc.record({ kind: fc.constant('roster' as const), record }),
  fc.record({ kind: fc.constant('correct' as const), which: pick, status, minutes: fc.nat({ max: 240 }) }),
  fc.record({ kind: fc.constant('move record' as const), which: pick, session: pick, patient: pick }),
  fc.record({ kind: fc.constant('sign' as const), session: pick, confirmed: fc.boolean() }),
  fc.record({ kind: fc.constant('delete' as const), which: pick }),
  fc.record({
    kind: fc.constant('session' as const),
    session: pick,
    change: fc.constantFrom('cancel', 'restore', 'move', 'shorten', 'program', 'no program', 'group', 'zone'),
    hours: fc.integer({ min: -200, max: 200 }),
  }),
);

/** One operation, in its own transaction, as the app or a bulk load would write it. */
async function apply(w: World, op: OperationValue): Promise<void> {
  const at = (n: number, xs: readonly string[]) => xs[n % xs.length]!;
  const ids = await selectRows<{ id: string }>(
    db,
    sql`select a.id from attendance a join sessions s on s.id = a.session_id
      where s.id in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(w.sessionIds)}::jsonb))
      order by a.id`,
  );
  const existing = ids.map((r) => r.id);
  const row = (r: RecordValue) =>
    sql`(${newId()}, ${at(r.session, w.sessionIds)}, ${at(r.patient, w.patientIds)}, ${r.status}, ${r.minutes},
      'in_person', now(), now(), ${r.confirmed ? sql`now()` : sql`null`})`;
  const columns = sql`(id, session_id, patient_id, status, minutes_attended, modality, recorded_at, updated_at, confirmed_at)`;
  switch (op.kind) {
    case 'check-in':
      await db.execute(
        sql`insert into attendance ${columns} values ${sql.join(op.records.map(row), sql`, `)} on conflict do nothing`,
      );
      return;
    case 'roster':
      await db.execute(sql`insert into attendance ${columns} values ${row(op.record)}
        on conflict (session_id, patient_id) do update set status = excluded.status,
          minutes_attended = excluded.minutes_attended, updated_at = excluded.updated_at`);
      return;
    case 'correct':
      if (existing.length === 0) return;
      await db.execute(sql`update attendance set status = ${op.status}, minutes_attended = ${op.minutes}
        where id = ${at(op.which, existing)}`);
      return;
    case 'move record':
      if (existing.length === 0) return;
      // Refused by the unique index when the patient already has a record there; the rollback must leave no trace.
      await db
        .execute(
          sql`update attendance set session_id = ${at(op.session, w.sessionIds)}, patient_id = ${at(op.patient, w.patientIds)}
          where id = ${at(op.which, existing)}`,
        )
        .catch(() => undefined);
      return;
    case 'sign':
      await db.execute(sql`update attendance set confirmed_at = ${op.confirmed ? sql`now()` : sql`null`}
        where session_id = ${at(op.session, w.sessionIds)}`);
      return;
    case 'delete':
      if (existing.length === 0) return;
      await db.execute(sql`delete from attendance where id = ${at(op.which, existing)}`);
      return;
    case 'session': {
      const id = at(op.session, w.sessionIds);
      const change = {
        cancel: sql`status = 'cancelled'`,
        restore: sql`status = 'scheduled'`,
        move: sql`starts_at = starts_at + ${op.hours} * interval '1 hour', ends_at = ends_at + ${op.hours} * interval '1 hour'`,
        shorten: sql`ends_at = starts_at + interval '20 minutes'`,
        program: sql`program_id = ${at(op.hours + 200, w.programIds)}`,
        'no program': sql`program_id = null`,
        group: sql`group_id = case when group_id is null then ${w.groupIds[0]!}::uuid else null end,
          patient_id = coalesce(patient_id, ${w.patientIds[0]!}::uuid)`,
        zone: sql`time_zone = ${at(op.hours + 200, ZONES)}`,
      }[op.change];
      await db.execute(sql`update sessions set ${change} where id = ${id}`);
      return;
    }
  }
}

type OperationValue = typeof operation extends fc.Arbitrary<infer T> ? T : never;
type RecordValue = typeof record extends fc.Arbitrary<infer T> ? T : never;

const sessionStarts = fc.array(
  fc.record({
    day: fc.integer({ min: 0, max: 20 }),
    // Early and late hours put local dates, and so weeks, on either side of a UTC midnight.
    hour: fc.constantFrom(0, 3, 9, 14, 22, 23),
    minutes: fc.constantFrom(45, 60, 180),
  }),
  { minLength: 2, maxLength: 10 },
);

describe('attendance_weeks', () => {
  it('stays equal to a fresh aggregate of the records through random writes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ZONES),
        sessionStarts,
        fc.array(operation, { minLength: 1, maxLength: 25 }),
        async (zone, starts, operations) => {
          const w = await world(zone, starts);
          for (const op of operations) await apply(w, op);
          expect(await summary()).toEqual(await aggregate());
        },
      ),
      { numRuns: 40, endOnFailure: true },
    );
  });

  it('keeps only the absences after the last session attended, an absence at its start not being after it', async () => {
    // Monday 2 March 2026 in New York: a group at 09:00, then two at 10:00 (14:00 and 15:00 UTC).
    const w = await world('America/New_York', [
      { day: 1, hour: 14, minutes: 60 },
      { day: 1, hour: 15, minutes: 60 },
      { day: 1, hour: 15, minutes: 60 },
    ]);
    const [early, late, same] = w.sessionIds as [string, string, string];
    await db.execute(
      sql`update sessions set program_id = ${w.programIds[0]!} where id in (${early}, ${late}, ${same})`,
    );
    const patient = w.patientIds[0]!;
    const write = (sessionId: string, status: string, minutes: number) =>
      db.execute(sql`insert into attendance (id, session_id, patient_id, status, minutes_attended, modality, recorded_at,
          updated_at) values (${newId()}, ${sessionId}, ${patient}, ${status}, ${minutes}, 'in_person', now(), now())`);
    const week = async () => {
      const [row] = await selectRows<{
        minutes: number;
        attendedAt: number | null;
        absences: number;
        unconfirmed: number;
      }>(
        db,
        sql`select minutes, (extract(epoch from last_present_at) * 1000)::float8 as "attendedAt",
            cardinality(absent_at) as absences, cardinality(unconfirmed_ends) as unconfirmed
          from attendance_weeks where patient_id = ${patient}`,
      );
      return row;
    };
    await write(early, 'absent_excused', 0);
    await write(late, 'absent_unexcused', 0);
    expect(await week()).toEqual({ minutes: 0, attendedAt: null, absences: 2, unconfirmed: 0 });
    await write(same, 'present', 60);
    expect(await week()).toEqual({
      minutes: 60,
      attendedAt: Date.parse('2026-03-02T15:00:00Z'),
      absences: 0,
      unconfirmed: 1,
    });
    await db.execute(sql`update attendance set confirmed_at = now() where session_id = ${same}`);
    expect(await week()).toMatchObject({ unconfirmed: 0 });
    await db.execute(
      sql`update attendance set status = 'absent_excused', minutes_attended = 0 where session_id = ${same}`,
    );
    expect(await week()).toEqual({ minutes: 0, attendedAt: null, absences: 3, unconfirmed: 0 });
    expect(await summary()).toEqual(await aggregate());
  });
});

describe.runIf(onPostgres())(
  'attendance_weeks under concurrent writers (PostgreSQL only: needs real parallelism)',
  () => {
    it('ends equal to the aggregate, with no deadlock, when writers share patient-weeks', async () => {
      const w = await world(
        'America/Chicago',
        Array.from({ length: 8 }, (_, i) => ({ day: 2 + (i % 3), hour: 14 + (i % 4), minutes: 60 })),
      );
      const rolls = fc.sample(fc.array(operation, { minLength: 30, maxLength: 30 }), { numRuns: 12, seed: 42 });
      // Twelve writers at once, each a run of operations over the same sessions and patients.
      await Promise.all(
        rolls.map(async (ops) => {
          for (const op of ops) await apply(w, op);
        }),
      );
      expect(await summary()).toEqual(await aggregate());
    });
  },
);
