// S4 — compliance dashboard over 1 year (reference §B4 S4; compliance: compliance.service.ts).
//
// Seed (s4-seed.ts): 1,200 patients in cohorts of 12, 4 one-hour groups a day, 250 program days,
// with generate_series: about 1.2 M attendance rows, 100,000 sessions, their group notes, weekly
// PHQ-9s and GAD-7s and 30-day authorizations. "Now" is noon of the third-last program day.
// Baseline (s4-baseline.ts): the raw aggregate of minutes per patient-week, one statement per program.
// App: GET /api/compliance/weeks for the same weeks, one request per program (the program director
// reads all patients; every request also writes its audit events). Compared per dashboard, i.e.
// both programs one after the other, raw and app alternating:
//   year  — every week from the first to the last program day (50 weeks);
//   month — the weeks holding the current calendar month (5).
// ratio = app p50 ÷ raw p50 for the year (targets: ≤ 1.5; p95 ≤ 1 s), and the same for the month in
// the checks (p95 ≤ 200 ms). Results must equal the brute-force reference (reference-report.ts) for
// every patient-week, and the raw minutes the attended hours. Statements per request are counted
// through the database hook for one week, the month and the year.
import { isDeepStrictEqual } from 'node:util';
import { buildApp } from '../src/app.ts';
import { testConfig } from '../src/config.ts';
import { ManualClock } from '../src/kernel/clock.ts';
import { systemContext } from '../src/kernel/http/index.ts';
import { loadReferenceData, referenceReport } from '../src/modules/compliance/reference-report.ts';
import { staff } from '../src/modules/organization/index.ts';
import { localDate } from '../src/modules/scheduling/index.ts';
import {
  benchDatabase,
  latencySummary,
  machine,
  median,
  note,
  now,
  type Scenario,
  type ScenarioOptions,
  type ScenarioResult,
} from './harness.ts';
import { rawWeeklyMinutes, type RawWeek } from './s4-baseline.ts';
import { seedS4, type S4Data } from './s4-seed.ts';
import { addDays } from './synthetic-program.ts';

/** §B4 S4 targets. */
const TARGET_RATIO = 1.5;
const TARGET_YEAR_P95_MS = 1000;
const TARGET_MONTH_P95_MS = 200;

const FULL = { patients: 1200, programDays: 250, yearRounds: 7, monthRounds: 30 };
const SMOKE = { patients: 48, programDays: 30, yearRounds: 2, monthRounds: 3 };

const PASSWORD = 'synthetic director passphrase for S4 only';

interface Item {
  patientId: string;
  attendedHours: number;
}
interface Week {
  weekStart: string;
  items: Item[];
}

const byPatient = (weeks: readonly Week[]) =>
  weeks.map((w) => ({ ...w, items: [...w.items].sort((a, b) => a.patientId.localeCompare(b.patientId)) }));

/** Monday of the week holding a date. */
const mondayOf = (date: string) => addDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));

async function run({ smoke }: ScenarioOptions): Promise<ScenarioResult> {
  const size = smoke ? SMOKE : FULL;
  let statements = 0;
  const database = await benchDatabase({
    url: process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || process.env.TEST_DATABASE_URL,
    onQuery: () => (statements += 1),
  });
  const { db } = database;
  const clock = new ManualClock('2025-03-01T12:00:00Z');
  const { app, modules } = await buildApp({ config: testConfig(), db, clock });
  await app.ready();
  try {
    const directorId = await db.transaction((tx) =>
      modules.identity.createUser(tx, systemContext('bench'), {
        name: { given: 'Dana', family: 'Test-S4 Director' },
        email: 's4.director@example.test',
        roles: ['program_director'],
        password: PASSWORD,
      }),
    );
    await db.insert(staff).values({ id: directorId });
    const seedStart = now();
    const { data, rows } = await seedS4(db, size, directorId);
    note(`S4: ${database.engine}; seeded in ${Math.round(now() - seedStart)} ms: ${JSON.stringify(rows)}`);
    clock.set(data.now);
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'http://localhost:80' },
      payload: { email: 's4.director@example.test', password: PASSWORD },
    });
    if (login.statusCode !== 200) throw new Error(`S4: login failed: ${login.body}`);
    const headers = { cookie: String(login.headers['set-cookie']).split(';')[0]!, origin: 'http://localhost:80' };

    const today = localDate(data.now, data.timeZone);
    const year = { from: mondayOf(data.firstDay), to: addDays(mondayOf(data.lastDay), 6) };
    // The weeks holding the calendar month, whole: the report covers whole weeks, so the raw aggregate does too.
    const monthStart = `${today.slice(0, 7)}-01`;
    const monthEnd = addDays(`${addDays(monthStart, 31).slice(0, 7)}-01`, -1);
    const month = { from: mondayOf(monthStart), to: addDays(mondayOf(monthEnd), 6) };

    const appRange = async (programId: string, range: { from: string; to: string }) => {
      const res = await app.inject({
        method: 'GET',
        url: `/api/compliance/weeks?programId=${programId}&from=${range.from}&to=${range.to}`,
        headers,
      });
      if (res.statusCode !== 200) throw new Error(`S4: compliance read failed: ${res.statusCode} ${res.body}`);
      return res;
    };
    /** One dashboard: both programs, one after the other; returns its wall time. */
    const timedApp = async (range: { from: string; to: string }) => {
      const t0 = now();
      for (const p of data.programs) await appRange(p.id, range);
      return now() - t0;
    };
    const timedRaw = async (range: { from: string; to: string }) => {
      const t0 = now();
      for (const p of data.programs) await rawWeeklyMinutes(db, p.id, range.from, range.to);
      return now() - t0;
    };
    const alternate = async (range: { from: string; to: string }, rounds: number) => {
      await timedRaw(range);
      await timedApp(range);
      const raw: number[] = [];
      const appTimes: number[] = [];
      for (let i = 0; i < rounds; i += 1) {
        raw.push(await timedRaw(range));
        appTimes.push(await timedApp(range));
      }
      return { raw, app: appTimes };
    };

    note('S4: timing the year');
    const yearTimes = await alternate(year, size.yearRounds);
    note('S4: timing the month');
    const monthTimes = await alternate(month, size.monthRounds);

    const statementsOf = async (programId: string, range: { from: string; to: string }) => {
      const before = statements;
      await appRange(programId, range);
      return statements - before;
    };
    const php = data.programs[0]!.id;
    const week = { from: mondayOf(today), to: addDays(mondayOf(today), 6) };
    const statementCounts = {
      week: await statementsOf(php, week),
      month: await statementsOf(php, month),
      year: await statementsOf(php, year),
    };

    note('S4: comparing with the brute-force reference');
    const checks = await correctness(data, year, appRange, db);

    const yearApp = median(yearTimes.app)!;
    const yearRaw = median(yearTimes.raw)!;
    const monthApp = median(monthTimes.app)!;
    const monthRaw = median(monthTimes.raw)!;
    const latency = latencySummary(yearTimes.app);
    const monthLatency = latencySummary(monthTimes.app);
    const failed = [
      ...(checks.referenceAgrees ? [] : ['the report differs from the brute-force reference']),
      ...(checks.rawAgrees ? [] : ['attended hours differ from the raw aggregate']),
      ...(smoke || yearApp / yearRaw <= TARGET_RATIO
        ? []
        : [`year ratio ${(yearApp / yearRaw).toFixed(2)} > ${TARGET_RATIO}`]),
      ...(smoke || latency.p95! <= TARGET_YEAR_P95_MS ? [] : [`year p95 ${latency.p95} ms > ${TARGET_YEAR_P95_MS} ms`]),
      ...(smoke || monthApp / monthRaw <= TARGET_RATIO
        ? []
        : [`month ratio ${(monthApp / monthRaw).toFixed(2)} > ${TARGET_RATIO}`]),
      ...(smoke || monthLatency.p95! <= TARGET_MONTH_P95_MS
        ? []
        : [`month p95 ${monthLatency.p95} ms > ${TARGET_MONTH_P95_MS} ms`]),
    ];
    return {
      scenario: 'S4',
      baseline: yearRaw,
      app: yearApp,
      ratio: yearApp / yearRaw,
      ...latency,
      checks: {
        engine: database.engine,
        ...machine(),
        baselineUnit: 'ms, raw minutes-per-patient-week aggregate of both programs for the year (median)',
        appUnit: 'ms, GET /api/compliance/weeks of both programs for the year (median)',
        patients: data.programs.reduce((n, p) => n + p.patients, 0),
        attendanceRows: rows.attendance ?? 0,
        sessions: rows.sessions ?? 0,
        yearWeeks: checks.weeks,
        patientWeeks: checks.patientWeeks,
        yearRawP95Ms: latencySummary(yearTimes.raw).p95,
        monthFrom: month.from,
        monthTo: month.to,
        monthRawMs: monthRaw,
        monthAppMs: monthApp,
        monthRatio: monthApp / monthRaw,
        monthP95Ms: monthLatency.p95,
        statementsWeek: statementCounts.week,
        statementsMonth: statementCounts.month,
        statementsYear: statementCounts.year,
        referenceAgrees: checks.referenceAgrees,
        rawAgrees: checks.rawAgrees,
        failed: failed.join('; '),
      },
      pass: failed.length === 0,
    };
  } finally {
    await app.close();
    await database.close();
  }
}

/** The year's report of each program against the reference (every field) and the raw minutes. */
async function correctness(
  data: S4Data,
  year: { from: string; to: string },
  appRange: (programId: string, range: { from: string; to: string }) => Promise<{ json(): unknown }>,
  db: Parameters<typeof rawWeeklyMinutes>[0],
) {
  let referenceAgrees = true;
  let rawAgrees = true;
  let weeks = 0;
  let patientWeeks = 0;
  for (const program of data.programs) {
    const api = ((await appRange(program.id, year)).json() as { weeks: Week[] }).weeks;
    weeks = api.length;
    patientWeeks += api.reduce((n, w) => n + w.items.length, 0);
    const reference = referenceReport(await loadReferenceData(db, program.id), {
      weekStarts: api.map((w) => w.weekStart),
      now: data.now,
    });
    if (!isDeepStrictEqual(byPatient(api), byPatient(reference as Week[]))) referenceAgrees = false;
    const raw = new Map(
      (await rawWeeklyMinutes(db, program.id, year.from, year.to)).map((r: RawWeek) => [
        `${r.patientId}|${r.weekStart}`,
        r.minutes,
      ]),
    );
    for (const w of api) {
      for (const item of w.items) {
        const minutes = raw.get(`${item.patientId}|${w.weekStart}`) ?? 0;
        if (Math.round((minutes / 60) * 100) / 100 !== item.attendedHours) rawAgrees = false;
      }
    }
  }
  return { referenceAgrees, rawAgrees, weeks, patientWeeks };
}

export const s4: Scenario = { id: 'S4', title: 'compliance dashboard over 1 year', run };
