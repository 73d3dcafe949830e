// CAL — group materialization and the week calendar (scheduling issue §9; no §B4 number yet).
//
// 1. Materialize a Monday–Friday, 6-week, 3-hour group through the API and enroll 12 members.
//    Baseline: the same 30 sessions, 30 facilitator rows and 12 enrollments as one raw multi-row
//    INSERT transaction. Reported as a ratio; no target is set for it.
// 2. Read one week's calendar of the synthetic 300-patient program across all rooms
//    (GET /api/sessions?from=Mon&to=Sun, as a therapist of the program, so the patient-visibility
//    condition is in play). Baseline: a raw SQL read of the same session rows with their
//    facilitators. Target: p95 ≤ 150 ms on PGlite. ratio = app p50 ÷ raw p50.
// 3. Statements per calendar read, counted through the database's query hook, for a day, a week and
//    four weeks: they must be equal (the read does not grow with the number of sessions).
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/app.ts';
import { testConfig } from '../src/config.ts';
import { ManualClock } from '../src/kernel/clock.ts';
import { selectRows } from '../src/kernel/db/index.ts';
import { newId } from '../src/kernel/ids.ts';
import {
  benchDatabase,
  latencySummary,
  machine,
  median,
  note,
  now,
  timed,
  type Scenario,
  type ScenarioOptions,
  type ScenarioResult,
} from './harness.ts';
import {
  addDays,
  generateSyntheticProgram,
  seedSyntheticProgram,
  SYNTHETIC_STAFF_PASSWORD,
} from './synthetic-program.ts';

const FULL = { patients: 300, programDays: 250, reads: 60 };
const SMOKE = { patients: 40, programDays: 30, reads: 5 };
const WEEK_P95_TARGET_MS = 150;

async function run({ smoke }: ScenarioOptions): Promise<ScenarioResult> {
  const size = smoke ? SMOKE : FULL;
  let statements = 0;
  const database = await benchDatabase({ onQuery: () => (statements += 1) });
  const data = generateSyntheticProgram({ patients: size.patients, programDays: size.programDays });
  const counts = await seedSyntheticProgram(database.db, data);
  note(
    `CAL: ${database.engine}; seeded ${counts.patients} patients, ${counts.groups} groups, ${counts.sessions} sessions`,
  );

  // The read week: the week of a program day well inside the synthetic year.
  const programDay = data.programDays[Math.min(100, data.programDays.length - 5)]!;
  const weekMonday = addDays(programDay, -((new Date(`${programDay}T00:00:00Z`).getUTCDay() + 6) % 7));
  const clock = new ManualClock(`${weekMonday}T14:00:00Z`);
  const { app } = await buildApp({ config: testConfig(), db: database.db, clock });
  await app.ready();
  try {
    // A therapist who works in the programs (not read-all): the visibility condition applies.
    const therapist = data.staff.find((s) => s.user.roles?.includes('therapist'))!;
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'http://localhost:80' },
      payload: { email: therapist.user.email, password: SYNTHETIC_STAFF_PASSWORD },
    });
    if (login.statusCode !== 200) throw new Error(`login failed: ${login.body}`);
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const headers = { cookie, origin: 'http://localhost:80' };
    const director = data.staff.find((s) => s.user.roles?.includes('program_director'))!;
    const directorLogin = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'http://localhost:80' },
      payload: { email: director.user.email, password: SYNTHETIC_STAFF_PASSWORD },
    });
    if (directorLogin.statusCode !== 200) throw new Error(`director login failed: ${directorLogin.body}`);
    const directorHeaders = {
      cookie: String(directorLogin.headers['set-cookie']).split(';')[0]!,
      origin: headers.origin,
    };

    // 1. Materialize a 6-week weekday group after the synthetic year (no conflicts) and enroll 12.
    const program = data.programs.find((p) => p.levelOfCare === 'PHP') ?? data.programs[0]!;
    const members = data.episodes.filter((e) => e.programId === program.id && !e.dischargeDate).slice(0, 12);
    const start = addDays(
      data.programDays.at(-1)!,
      7 - ((new Date(`${data.programDays.at(-1)}T00:00:00Z`).getUTCDay() + 6) % 7),
    );
    const room = data.rooms.find((r) => data.sites.find((s) => s.id === r.siteId)!.id === program.siteId)!;
    const created = await timed(async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/groups',
        headers: directorHeaders,
        payload: {
          programId: program.id,
          name: 'Bench PHP block',
          kind: 'group_psychotherapy',
          capacity: 12,
          roomId: room.id,
          facilitators: [{ staffId: director.profile.id, role: 'lead' }],
          schedule: {
            startDate: start,
            endDate: addDays(start, 6 * 7 - 3),
            rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
            startTime: '09:00',
            durationMinutes: 180,
          },
        },
      });
      if (res.statusCode !== 201) throw new Error(`group creation failed: ${res.body}`);
      const groupId = res.json().id as string;
      for (const member of members) {
        const enrolled = await app.inject({
          method: 'POST',
          url: `/api/groups/${groupId}/enrollments`,
          headers: directorHeaders,
          payload: { patientId: member.patientId, startDate: start },
        });
        if (enrolled.statusCode !== 201) throw new Error(`enrollment failed: ${enrolled.body}`);
      }
      return groupId;
    });
    const [{ n: materialized } = { n: 0 }] = await selectRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from sessions where group_id = ${created.value}`,
    );
    // Its raw floor: the same rows in one transaction of multi-row INSERTs, in a scratch group.
    const raw = await timed(() =>
      database.db
        .transaction(async (tx) => {
          const groupId = newId();
          await tx.execute(sql`insert into groups (id, program_id, name, kind, capacity, start_date, end_date, time_zone,
          materialized_through, created_at) values (${groupId}, ${program.id}, 'raw', 'skills', 12, ${start}, ${start},
          'UTC', ${start}, now())`);
          const ids = Array.from({ length: materialized }, () => newId());
          const values = ids.map(
            (id, i) =>
              sql`(${id}, ${groupId}, ${program.id}, 'skills', ${addDays(start, i)}::date, now(), now() + interval '3 hours', 'UTC', ${room.id}, now())`,
          );
          await tx.execute(sql`insert into sessions (id, group_id, program_id, kind, occurrence_date, starts_at, ends_at,
          time_zone, room_id, created_at) values ${sql.join(values, sql`, `)}`);
          await tx.execute(sql`insert into session_facilitators (session_id, staff_id, role) values
          ${sql.join(
            ids.map((id) => sql`(${id}, ${director.profile.id}, 'lead')`),
            sql`, `,
          )}`);
          await tx.execute(sql`insert into enrollments (id, group_id, patient_id, start_date, status, requested_at) values
          ${sql.join(
            members.map((m) => sql`(${newId()}, ${groupId}, ${m.patientId}, ${start}, 'active', now())`),
            sql`, `,
          )}`);
          tx.rollback();
        })
        .catch((err: Error) => {
          if (!/rollback/i.test(err.message)) throw err;
        }),
    );

    // 2. The week calendar, app and raw, alternating so both see the same machine state.
    const weekEnd = addDays(weekMonday, 6);
    const calendar = async (from: string, to: string) => {
      const before = statements;
      const res = await app.inject({ method: 'GET', url: `/api/sessions?from=${from}&to=${to}`, headers });
      if (res.statusCode !== 200) throw new Error(`calendar failed: ${res.body}`);
      return { items: (res.json().items as unknown[]).length, statements: statements - before };
    };
    const rawWeek = () =>
      selectRows<{ id: string }>(
        database.db,
        sql`select s.id, s.group_id, s.kind, s.starts_at, s.ends_at, s.status, s.room_id, f.staff_id, f.role
          from sessions s left join session_facilitators f on f.session_id = s.id
          where s.starts_at >= (${weekMonday}::date - 1) and s.starts_at < (${weekEnd}::date + 2)
            and (s.starts_at at time zone s.time_zone)::date between ${weekMonday}::date and ${weekEnd}::date
          order by s.starts_at`,
      );
    await calendar(weekMonday, weekEnd);
    await rawWeek();
    const appTimes: number[] = [];
    const rawTimes: number[] = [];
    let weekItems = 0;
    for (let i = 0; i < size.reads; i += 1) {
      const t0 = now();
      weekItems = (await calendar(weekMonday, weekEnd)).items;
      appTimes.push(now() - t0);
      const t1 = now();
      await rawWeek();
      rawTimes.push(now() - t1);
    }

    // 3. Statements per read: a program day (it has sessions), its week, four weeks.
    const day = await calendar(programDay, programDay);
    const week = await calendar(weekMonday, weekEnd);
    const month = await calendar(weekMonday, addDays(weekMonday, 27));
    const constantStatements = day.statements === week.statements && week.statements === month.statements;

    const app50 = median(appTimes)!;
    const raw50 = median(rawTimes)!;
    const latency = latencySummary(appTimes);
    const weekP95Ok = database.engine !== 'pglite' || latency.p95! <= WEEK_P95_TARGET_MS;
    const failed = [
      ...(materialized === 30 ? [] : [`materialized ${materialized} sessions, expected 30`]),
      ...(weekItems > 0 ? [] : ['the week calendar was empty']),
      ...(constantStatements ? [] : ['statements per calendar read grow with the range']),
      ...(smoke || weekP95Ok ? [] : [`week read p95 ${latency.p95} ms > ${WEEK_P95_TARGET_MS} ms`]),
    ];
    return {
      scenario: 'CAL',
      baseline: raw50,
      app: app50,
      ratio: app50 / raw50,
      ...latency,
      checks: {
        engine: database.engine,
        ...machine(),
        baselineUnit: 'ms, raw SQL read of the week (median)',
        appUnit: 'ms, GET /api/sessions for the week (median)',
        weekSessions: weekItems,
        rawP95Ms: latencySummary(rawTimes).p95,
        materializeAndEnrollMs: created.ms,
        materializeRawMs: raw.ms,
        materializeRatio: created.ms / raw.ms,
        sessionsMaterialized: materialized,
        membersEnrolled: members.length,
        statementsDay: day.statements,
        statementsWeek: week.statements,
        statementsFourWeeks: month.statements,
        sessionsDay: day.items,
        sessionsFourWeeks: month.items,
        failed: failed.join('; '),
      },
      pass: failed.length === 0,
    };
  } finally {
    await app.close();
    await database.close();
  }
}

export const cal: Scenario = { id: 'CAL', title: 'group materialization + week calendar', run };
