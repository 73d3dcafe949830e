// The report through the API against a brute-force computation over whole tables, for random
// programs: each run gets a fresh site in a random zone, the program reported and another one,
// patients with one or two stays (a readmission starts a new baseline), some also in the other
// program, and administrations of reported and unreported instruments at random instants (ties in
// time included, and some outside any episode); a random period; the report read by a director, who
// sees everyone, and by a therapist of the other program, who sees only the patients it shares.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../kernel/ids.ts';
import { createTestApp, type Session, type TestApp } from '../../testing/index.ts';
import { sites, staff } from '../organization/index.ts';
import { patients } from '../patients/index.ts';
import { episodes, programs, staffPrograms } from '../programs/index.ts';
import { localInstant } from '../scheduling/index.ts';
import { change, instruments, totalRange, type InstrumentId } from './instruments/index.ts';
import { assessments } from './outcomes.tables.ts';
import { CSV_HEADER } from './reports.service.ts';
import { studentTQuantile } from './statistics.ts';

let t: TestApp;
let director: Session;
let therapist: Session;
let staffId: string;

/** Day 0 of the seeded span; administrations fall on days 0–119. */
const START = '2026-01-05';
const SPAN_DAYS = 120;
const INSTRUMENTS = ['PHQ-9', 'GAD-7', 'PCL-5', 'AUDIT-C'] as const satisfies readonly InstrumentId[];

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-06-01T12:00:00Z');
  director = await t.login('program_director');
  therapist = await t.login('therapist');
  await t.db.insert(staff).values({ id: therapist.userId });
  staffId = therapist.userId;
});
afterAll(() => t.close());

const plusDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

const administrationArb = fc.record({
  instrument: fc.constantFrom(...INSTRUMENTS),
  /** Percent of the instrument's range. */
  level: fc.integer({ min: 0, max: 100 }),
  /** Minutes from day 0's local midnight: a few times of day, near midnight included. */
  at: fc
    .tuple(fc.integer({ min: 0, max: SPAN_DAYS - 1 }), fc.constantFrom(0, 30, 9 * 60, 23 * 60 + 30))
    .map(([d, minutes]) => d * 24 * 60 + minutes),
  /** Recorded this many minutes later (0: the same instant, tie broken by id). */
  recordedAfter: fc.constantFrom(0, 0, 5, 60),
  /** A second form of the same instrument given at the same instant: order falls to recording time, then id. */
  twin: fc.option(fc.record({ level: fc.integer({ min: 0, max: 100 }), recordedAfter: fc.constantFrom(0, 5) }), {
    nil: null,
    freq: 3,
  }),
  /** Which stay it was recorded in; null is outside any episode. */
  stay: fc.option(fc.constantFrom(0, 1), { nil: null, freq: 8 }),
});

const patientArb = fc.record({
  admit: fc.integer({ min: -30, max: 60 }),
  readmitted: fc.boolean(),
  inOtherProgram: fc.boolean(),
  administrations: fc.array(administrationArb, { maxLength: 12 }),
});

const scenarioArb = fc.record({
  zone: fc.constantFrom('America/New_York', 'America/Los_Angeles', 'Pacific/Auckland', 'UTC'),
  patients: fc.array(patientArb, { minLength: 1, maxLength: 8 }),
  from: fc.integer({ min: 0, max: SPAN_DAYS - 1 }),
  days: fc.integer({ min: 1, max: 60 }),
});
type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

async function seed(s: Scenario) {
  const siteId = newId();
  await t.db.insert(sites).values({
    id: siteId,
    name: 'Random site',
    timeZone: s.zone,
    address: { line1: '1 Main St', city: 'Springfield', state: 'IL', postalCode: '62701' },
    placeOfService: '22',
  });
  const [programId, otherId] = [newId(), newId()];
  for (const id of [programId, otherId]) {
    await t.db
      .insert(programs)
      .values({ id, name: 'Random', siteId, levelOfCare: 'IOP', population: 'mental_health', minHoursPerWeek: 9 });
  }
  await t.db.insert(staffPrograms).values({ staffId, programId: otherId });
  const createdAt = new Date('2025-12-01T00:00:00Z');
  const base = localInstant(START, '00:00', s.zone).getTime();
  for (const [i, p] of s.patients.entries()) {
    const patientId = newId();
    await t.db.insert(patients).values({
      id: patientId,
      mrn: `Q${newId().slice(0, 12)}`,
      givenName: `Pat${i}`,
      familyName: `Family${i % 3}`,
      birthDate: '1980-01-01',
      sex: 'U',
      createdAt,
    });
    const stays = [newId(), newId()];
    await t.db.insert(episodes).values([
      {
        id: stays[0]!,
        patientId,
        programId,
        admitDate: plusDays(START, p.admit),
        dischargeDate: p.readmitted ? plusDays(START, p.admit + 40) : null,
        attendingStaffId: staffId,
        createdAt,
      },
      ...(p.readmitted
        ? [
            {
              id: stays[1]!,
              patientId,
              programId,
              admitDate: plusDays(START, p.admit + 50),
              attendingStaffId: staffId,
              createdAt,
            },
          ]
        : []),
      ...(p.inOtherProgram
        ? [{ id: newId(), patientId, programId: otherId, admitDate: START, attendingStaffId: staffId, createdAt }]
        : []),
    ]);
    const rows = p.administrations.flatMap((a) => {
      const range = totalRange(instruments[a.instrument])!;
      const administeredAt = new Date(base + a.at * 60_000);
      const row = (level: number, recordedAfter: number) => ({
        id: newId(),
        patientId,
        instrument: a.instrument,
        answers: [],
        total: range.min + Math.round((level / 100) * (range.max - range.min)),
        administeredAt,
        episodeId: a.stay === null ? null : (stays[p.readmitted ? a.stay : 0] ?? null),
        createdAt: new Date(administeredAt.getTime() + recordedAfter * 60_000),
      });
      return [row(a.level, a.recordedAfter), ...(a.twin ? [row(a.twin.level, a.twin.recordedAfter)] : [])];
    });
    if (rows.length > 0) await t.db.insert(assessments).values(rows);
  }
  return { programId, period: { from: plusDays(START, s.from), to: plusDays(START, s.from + s.days - 1) } };
}

// ---- The brute-force reference: whole tables, plain loops, no SQL beyond "select *". ----

type Row = typeof assessments.$inferSelect;
const order = (a: Row, b: Row) =>
  a.administeredAt.getTime() - b.administeredAt.getTime() ||
  a.createdAt.getTime() - b.createdAt.getTime() ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

interface RefOutcome {
  patient: typeof patients.$inferSelect;
  instrument: string;
  baseline: Row;
  latest: Row;
}

async function reference(programId: string, zone: string, period: { from: string; to: string }, who: Session) {
  const [allAssessments, allEpisodes, allPatients, assignments] = await Promise.all([
    t.db.select().from(assessments),
    t.db.select().from(episodes),
    t.db.select().from(patients),
    t.db.select().from(staffPrograms),
  ]);
  const mine = new Set(assignments.filter((a) => a.staffId === who.userId).map((a) => a.programId));
  const visible = (patientId: string) =>
    who === director || allEpisodes.some((e) => e.patientId === patientId && mine.has(e.programId));
  const programEpisodes = new Set(allEpisodes.filter((e) => e.programId === programId).map((e) => e.id));
  const reported = ['PHQ-9', 'GAD-7', 'PCL-5'];
  const rows = allAssessments.filter(
    (a) => a.episodeId && programEpisodes.has(a.episodeId) && reported.includes(a.instrument) && visible(a.patientId),
  );
  const baselineOf = (a: Row) =>
    rows.filter((b) => b.episodeId === a.episodeId && b.instrument === a.instrument).sort(order)[0]!;
  const days = Math.round((Date.parse(period.to) - Date.parse(period.from)) / 86_400_000) + 1;
  const periods = {
    current: period,
    previous: { from: plusDays(period.from, -days), to: plusDays(period.from, -1) },
  };
  const outcomesIn = ({ from, to }: { from: string; to: string }): RefOutcome[] => {
    const start = localInstant(from, '00:00', zone).getTime();
    const end = localInstant(plusDays(to, 1), '00:00', zone).getTime();
    const latest = new Map<string, RefOutcome>();
    for (const a of rows) {
      const at = a.administeredAt.getTime();
      if (at < start || at >= end) continue;
      const baseline = baselineOf(a);
      if (baseline.id === a.id) continue;
      const key = `${a.patientId}/${a.instrument}`;
      const held = latest.get(key);
      const patient = allPatients.find((p) => p.id === a.patientId)!;
      if (!held || order(held.latest, a) < 0)
        latest.set(key, { patient, instrument: a.instrument, baseline, latest: a });
    }
    return [...latest.values()];
  };
  const describeAll = (values: number[]) => {
    const n = values.length;
    const mean = n === 0 ? null : values.reduce((s, v) => s + v, 0) / n;
    if (n < 2) return { n, mean, sd: null, ci95: null };
    let squares = 0;
    for (const v of values) squares += (v - mean!) * (v - mean!);
    const sd = Math.sqrt(squares / (n - 1));
    const half = (studentTQuantile(0.975, n - 1) * sd) / Math.sqrt(n);
    return { n, mean, sd, ci95: { lower: mean! - half, upper: mean! + half } };
  };
  const summary = (id: InstrumentId, outcomes: RefOutcome[]) => {
    const definition = instruments[id];
    const changes = outcomes
      .filter((o) => o.instrument === id)
      .map((o) => {
        const result = change(o.baseline.total!, o.latest.total!, definition);
        if (!result.ok) throw new Error('out of range');
        return { o, c: result.change };
      });
    const share = (pick: (c: (typeof changes)[number]['c']) => boolean | null) => {
      const known = changes.filter(({ c }) => pick(c) !== null);
      const count = known.filter(({ c }) => pick(c)).length;
      return { eligible: known.length, count, rate: known.length === 0 ? null : count / known.length };
    };
    const { response, remission, reliableChange } = definition.scoring;
    return {
      patients: changes.length,
      baseline: describeAll(changes.map(({ o }) => o.baseline.total!)),
      latest: describeAll(changes.map(({ o }) => o.latest.total!)),
      change: describeAll(changes.map(({ o }) => o.latest.total! - o.baseline.total!)),
      response: response ? share((c) => c.response) : null,
      remission: remission ? share((c) => c.remission) : null,
      reliableImprovement: reliableChange ? changes.filter(({ c }) => c.reliableChange && c.delta < 0).length : null,
      reliableDeterioration: reliableChange ? changes.filter(({ c }) => c.reliableChange && c.delta > 0).length : null,
    };
  };
  const current = outcomesIn(periods.current);
  const previous = outcomesIn(periods.previous);
  const difference = (a: number | null | undefined, b: number | null | undefined) =>
    a === null || a === undefined || b === null || b === undefined ? null : a - b;
  return {
    current,
    report: {
      period: periods.current,
      previousPeriod: periods.previous,
      instruments: (['PHQ-9', 'GAD-7', 'PCL-5'] as const).map((id) => {
        const c = summary(id, current);
        const p = summary(id, previous);
        return {
          instrument: id,
          title: instruments[id].title,
          current: c,
          previous: p,
          difference: {
            patients: c.patients - p.patients,
            meanChange: difference(c.change.mean, p.change.mean),
            responseRate: difference(c.response?.rate, p.response?.rate),
            remissionRate: difference(c.remission?.rate, p.remission?.rate),
          },
        };
      }),
    },
  };
}

/** Floats to nine decimals, so summation order does not matter. */
const rounded = (value: unknown): unknown =>
  typeof value === 'number'
    ? Math.round(value * 1e9) / 1e9
    : Array.isArray(value)
      ? value.map(rounded)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]))
        : value;

describe('program outcome report against the brute-force reference', () => {
  it('equals it for random programs, periods and callers', async () => {
    /** Runs whose report had someone followed up, so the comparison is not of empty reports alone. */
    let withFollowUps = 0;
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (s) => {
        const { programId, period } = await seed(s);
        for (const who of [director, therapist]) {
          const query = `programId=${programId}&from=${period.from}&to=${period.to}`;
          const res = await t.call(who, { method: 'GET', url: `/api/outcomes/reports?${query}` });
          expect(res.statusCode, res.body).toBe(200);
          const expected = await reference(programId, s.zone, period, who);
          const { program: _, ...body } = res.json();
          expect(rounded(body)).toEqual(rounded(expected.report));
          if (who === director && expected.current.length > 0) withFollowUps += 1;

          const file = await t.call(who, { method: 'GET', url: `/api/outcomes/reports.csv?${query}` });
          const [header, ...lines] = file.body.split('\r\n').slice(0, -1);
          expect(header).toBe(CSV_HEADER.join(','));
          const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: s.zone }).format(d);
          expect(lines.map((l) => l.split(',').slice(0, 9).join(',')).sort()).toEqual(
            expected.current
              .map(({ patient, instrument, baseline, latest }) =>
                [
                  patient.id,
                  patient.mrn,
                  patient.familyName,
                  patient.givenName,
                  instrument,
                  day(baseline.administeredAt),
                  baseline.total,
                  day(latest.administeredAt),
                  latest.total,
                ].join(','),
              )
              .sort(),
          );
        }
      }),
      { numRuns: 40 },
    );
    expect(withFollowUps).toBeGreaterThan(5);
  });
});
