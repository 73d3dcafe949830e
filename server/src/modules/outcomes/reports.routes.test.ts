import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../kernel/audit/index.ts';
import { newId } from '../../kernel/ids.ts';
import { createTestApp, type Session, type TestApp } from '../../testing/index.ts';
import { staff } from '../organization/index.ts';
import { episodes, programs, staffPrograms } from '../programs/index.ts';
import { admitPatient, setUpClinic, type Clinic } from '../scheduling/test-fixtures.ts';
import { answersTotalling } from './instruments/test-fixtures.ts';

// A small IOP in New York, reported for February 2026 (28 days) against 4–31 January:
//
//   PHQ-9   baseline        follow-ups                                  February latest   January latest
//   Ana     20 (5 Jan)      12 (26 Jan), 8 (10 Feb), 4 (24 Feb), 2 (1 Mar)   4: −16, −80 %      12: −8, −40 %
//   Ben     10 (6 Jan)      9 (3 Feb), 13 (28 Feb 23:30 local)          13: +3            —
//   Cleo     0 (2 Feb)      6 (20 Feb)                                  6: +6, no %       —
//   Dan     15 (5 Feb)      —                                           —                 —
//   Eve     18 (10 Jan)     9 (20 Jan)                                  —                 9: −9, −50 %
//   GAD-7: Ana 15 (5 Jan) → 10 (10 Feb): −5.
//   Fay has a PHQ-9 baseline and follow-up in February in another program, and must not count.
let t: TestApp;
let clinic: Clinic;
let otherProgram: string;
/** A therapist of the other program only: sees Ben (in both programs) and no one else of this one. */
let outsider: Session;
let peer: Session;
const ids: Record<string, string> = {};

const FEBRUARY = 'from=2026-02-01&to=2026-02-28';

async function record(patientId: string, instrument: 'PHQ-9' | 'GAD-7', total: number, administeredAt: string) {
  const answers = instrument === 'PHQ-9' ? answersTotalling(total, 9, 3) : answersTotalling(total, 7, 3);
  const res = await t.call(clinic.director, {
    method: 'POST',
    url: `/api/patients/${patientId}/assessments`,
    payload: { instrument, answers, administeredAt },
  });
  expect(res.statusCode, res.body).toBe(201);
}

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-03-10T15:00:00Z');
  clinic = await setUpClinic(t);
  otherProgram = newId();
  await t.db.insert(programs).values({
    id: otherProgram,
    name: 'Adult PHP',
    siteId: clinic.siteId,
    levelOfCare: 'PHP',
    population: 'mental_health',
    minHoursPerWeek: 20,
  });
  outsider = await t.login('therapist', { given: 'Out', family: 'Sider' });
  await t.db.insert(staff).values({ id: outsider.userId });
  await t.db.insert(staffPrograms).values({ staffId: outsider.userId, programId: otherProgram });
  peer = await t.login('peer_specialist');
  await t.db.insert(staff).values({ id: peer.userId });
  await t.db.insert(staffPrograms).values({ staffId: peer.userId, programId: clinic.programId });

  // Names a CSV must quote, and one a spreadsheet would take for a formula.
  ids.ana = await admitPatient(t, clinic, { given: 'Ana', family: 'Avila, Jr.' });
  ids.ben = await admitPatient(t, clinic, { given: 'Ben "Benny"', family: 'Brooks' });
  ids.cleo = await admitPatient(t, clinic, { given: '@Cleo', family: 'Chen' });
  ids.dan = await admitPatient(t, clinic, { given: 'Dan', family: 'Diaz' });
  ids.eve = await admitPatient(t, clinic, { given: 'Eve', family: 'Evans' });
  ids.fay = await admitPatient(t, { ...clinic, programId: otherProgram }, { given: 'Fay', family: 'Ford' });
  // Ben is in the other program too, admitted there earlier: his forms belong to this program's episode.
  await t.db.insert(episodes).values({
    id: newId(),
    patientId: ids.ben,
    programId: otherProgram,
    admitDate: '2025-12-01',
    attendingStaffId: clinic.facilitatorIds[0]!,
    createdAt: t.clock.now(),
  });

  await record(ids.ana!, 'PHQ-9', 20, '2026-01-05T15:00:00Z');
  await record(ids.ana!, 'PHQ-9', 12, '2026-01-26T15:00:00Z');
  await record(ids.ana!, 'PHQ-9', 8, '2026-02-10T15:00:00Z');
  await record(ids.ana!, 'PHQ-9', 4, '2026-02-24T15:00:00Z');
  // 00:30 on 1 March in New York: after the period.
  await record(ids.ana!, 'PHQ-9', 2, '2026-03-01T05:30:00Z');
  await record(ids.ana!, 'GAD-7', 15, '2026-01-05T15:00:00Z');
  await record(ids.ana!, 'GAD-7', 10, '2026-02-10T15:00:00Z');
  await record(ids.ben!, 'PHQ-9', 10, '2026-01-06T15:00:00Z');
  await record(ids.ben!, 'PHQ-9', 9, '2026-02-03T15:00:00Z');
  // 23:30 on 28 February in New York (04:30 UTC on 1 March): still in the period.
  await record(ids.ben!, 'PHQ-9', 13, '2026-03-01T04:30:00Z');
  await record(ids.cleo!, 'PHQ-9', 0, '2026-02-02T15:00:00Z');
  await record(ids.cleo!, 'PHQ-9', 6, '2026-02-20T15:00:00Z');
  await record(ids.dan!, 'PHQ-9', 15, '2026-02-05T15:00:00Z');
  await record(ids.eve!, 'PHQ-9', 18, '2026-01-10T15:00:00Z');
  await record(ids.eve!, 'PHQ-9', 9, '2026-01-20T15:00:00Z');
  await record(ids.fay!, 'PHQ-9', 20, '2026-02-02T15:00:00Z');
  await record(ids.fay!, 'PHQ-9', 5, '2026-02-16T15:00:00Z');
});
afterAll(() => t.close());

const report = (who: Session, query: string) =>
  t.call(who, { method: 'GET', url: `/api/outcomes/reports?programId=${clinic.programId}&${query}` });
const csv = (who: Session, query: string) =>
  t.call(who, { method: 'GET', url: `/api/outcomes/reports.csv?programId=${clinic.programId}&${query}` });

const emptyDescription = { n: 0, mean: null, sd: null, ci95: null };
const empty = (patients = 0) => ({
  patients,
  baseline: emptyDescription,
  latest: emptyDescription,
  change: emptyDescription,
});

describe('GET /api/outcomes/reports', () => {
  it('gives the PHQ-9 and GAD-7 figures of February against January, computed by hand', async () => {
    const res = await report(clinic.director, FEBRUARY);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json();
    expect(body.program).toEqual({ id: clinic.programId, name: 'Adult IOP' });
    expect(body.period).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(body.previousPeriod).toEqual({ from: '2026-01-04', to: '2026-01-31' });
    expect(body.instruments.map((i: { instrument: string }) => i.instrument)).toEqual(['PHQ-9', 'GAD-7', 'PCL-5']);
    const [phq9, gad7, pcl5] = body.instruments;

    // February: Ana 20 → 4, Ben 10 → 13, Cleo 0 → 6.
    const feb = phq9.current;
    expect(feb.patients).toBe(3);
    expect(feb.baseline).toMatchObject({ n: 3, mean: 10 });
    expect(feb.latest.mean).toBeCloseTo(23 / 3, 12);
    expect(feb.change.mean).toBeCloseTo(-7 / 3, 12);
    // Deviations from −7/3: −41/3, 16/3, 25/3; Σ² = 2562/9; SD = √(2562/18) = 11.930.
    expect(feb.change.sd).toBeCloseTo(Math.sqrt(2562 / 18), 12);
    // t(0.975, 2) = 4.303: −2.333 ± 4.303 · 11.930 / √3.
    expect(feb.change.ci95.lower).toBeCloseTo(-7 / 3 - 4.302653 * (Math.sqrt(2562 / 18) / Math.sqrt(3)), 4);
    expect(feb.change.ci95.upper).toBeCloseTo(-7 / 3 + 4.302653 * (Math.sqrt(2562 / 18) / Math.sqrt(3)), 4);
    // Response: Ana (−80 %) yes, Ben no, Cleo (baseline 0) cannot be judged. Remission: only Ana is below 5.
    expect(feb.response).toEqual({ eligible: 2, count: 1, rate: 0.5 });
    expect(feb.remission).toEqual({ eligible: 3, count: 1, rate: 1 / 3 });
    // Reliable change is 6 points: Ana −16 improved, Cleo +6 deteriorated, Ben +3 neither.
    expect(feb.reliableImprovement).toBe(1);
    expect(feb.reliableDeterioration).toBe(1);

    // January: Ana 20 → 12 (−40 %), Eve 18 → 9 (exactly −50 %: a response).
    const jan = phq9.previous;
    expect(jan.patients).toBe(2);
    expect(jan.baseline.mean).toBe(19);
    expect(jan.latest.mean).toBe(10.5);
    expect(jan.change.mean).toBe(-8.5);
    expect(jan.change.sd).toBeCloseTo(Math.SQRT1_2, 12);
    // t(0.975, 1) = 12.706, times √0.5 / √2 = 0.5.
    expect(jan.change.ci95.lower).toBeCloseTo(-8.5 - 12.706205 * 0.5, 4);
    expect(jan.response).toEqual({ eligible: 2, count: 1, rate: 0.5 });
    expect(jan.remission).toEqual({ eligible: 2, count: 0, rate: 0 });
    expect(jan.reliableImprovement).toBe(2);
    expect(jan.reliableDeterioration).toBe(0);

    expect(phq9.difference.patients).toBe(1);
    expect(phq9.difference.meanChange).toBeCloseTo(-7 / 3 + 8.5, 12);
    expect(phq9.difference.responseRate).toBe(0);
    expect(phq9.difference.remissionRate).toBeCloseTo(1 / 3, 12);

    // GAD-7 has reliable change (4 points) but no response or remission rule.
    expect(gad7.current).toEqual({
      patients: 1,
      baseline: { n: 1, mean: 15, sd: null, ci95: null },
      latest: { n: 1, mean: 10, sd: null, ci95: null },
      change: { n: 1, mean: -5, sd: null, ci95: null },
      response: null,
      remission: null,
      reliableImprovement: 1,
      reliableDeterioration: 0,
    });
    expect(gad7.previous).toEqual({
      ...empty(),
      response: null,
      remission: null,
      reliableImprovement: 0,
      reliableDeterioration: 0,
    });
    expect(gad7.difference).toEqual({ patients: 1, meanChange: null, responseRate: null, remissionRate: null });
    expect(pcl5.current).toEqual({
      ...empty(),
      response: { eligible: 0, count: 0, rate: null },
      remission: null,
      reliableImprovement: 0,
      reliableDeterioration: 0,
    });
  });

  it('defaults to the current quarter in the site zone, against the 90 days before', async () => {
    const res = await report(clinic.director, '');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().period).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(res.json().previousPeriod).toEqual({ from: '2025-10-03', to: '2025-12-31' });
    // Every follow-up so far this quarter: Ana's latest is 2 (1 March), Eve is back in.
    const phq9 = res.json().instruments[0].current;
    expect(phq9.patients).toBe(4);
    expect(phq9.latest.mean).toBe((2 + 13 + 6 + 9) / 4);
  });

  it('limits a clinician to the patients of their own programs', async () => {
    const res = await report(outsider, FEBRUARY);
    expect(res.statusCode, res.body).toBe(200);
    const phq9 = res.json().instruments[0];
    expect(phq9.current).toMatchObject({ patients: 1, baseline: { mean: 10 }, latest: { mean: 13 } });
    expect(phq9.previous.patients).toBe(0);
  });

  it('is closed to the front desk and to peer specialists', async () => {
    for (const who of [clinic.frontDesk, peer]) {
      const res = await report(who, FEBRUARY);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('auth.forbidden');
      expect((await csv(who, FEBRUARY)).statusCode).toBe(403);
    }
  });

  it('refuses a period that ends before it starts, has one end only or runs past two years', async () => {
    const cases: [string, string, string][] = [
      ['from=2026-02-28&to=2026-02-01', 'to', 'The period ends before it starts.'],
      ['from=2026-02-01', 'to', 'Give both ends of the period, or neither.'],
      ['to=2026-02-01', 'from', 'Give both ends of the period, or neither.'],
      ['from=2024-01-01&to=2026-01-01', 'to', 'A period covers at most 731 days.'],
    ];
    for (const [query, path, message] of cases) {
      for (const res of [await report(clinic.director, query), await csv(clinic.director, query)]) {
        expect(res.statusCode, query).toBe(422);
        expect(res.json().error).toEqual({ code: 'outcomes.invalid_period', message, details: [{ path, message }] });
      }
    }
    // Two years to the day is allowed.
    expect((await report(clinic.director, 'from=2024-01-01&to=2025-12-31')).statusCode).toBe(200);
  });

  it('answers 400 with the path for dates and ids that are not', async () => {
    for (const [query, path] of [
      ['from=2026-02-30&to=2026-03-01', 'querystring.from'],
      ['from=2026-02-01&to=march', 'querystring.to'],
    ]) {
      const res = await report(clinic.director, query!);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.code).toBe('request.invalid');
      expect(res.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
    }
    const bad = await t.call(clinic.director, { method: 'GET', url: '/api/outcomes/reports?programId=iop' });
    expect(bad.json().error.details).toEqual([expect.objectContaining({ path: 'querystring.programId' })]);
  });

  it('answers 404 with the path for an unknown program', async () => {
    const res = await t.call(clinic.director, { method: 'GET', url: `/api/outcomes/reports?programId=${newId()}` });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 'programs.not_found', details: [{ path: 'programId' }] });
  });

  it('audits the report as one query naming the program, period and head count, in the request', async () => {
    const res = await report(outsider, FEBRUARY);
    const events = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.requestId, String(res.headers['x-request-id'])));
    expect(events).toEqual([
      expect.objectContaining({
        action: 'query',
        category: 'outcome_report',
        actorId: outsider.userId,
        patientId: null,
        entityId: clinic.programId,
        details: {
          programId: clinic.programId,
          from: '2026-02-01',
          to: '2026-02-28',
          previousFrom: '2026-01-04',
          previousTo: '2026-01-31',
          format: 'json',
          patients: 1,
        },
      }),
    ]);
  });
});

describe('GET /api/outcomes/reports.csv', () => {
  it('lists each patient and instrument of the period with RFC 4180 quoting, in name order', async () => {
    const res = await csv(clinic.director, FEBRUARY);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(res.headers['content-disposition']).toBe('attachment; filename="outcomes-2026-02-01-to-2026-02-28.csv"');
    expect(res.headers['cache-control']).toBe('no-store');
    const sha256 = createHash('sha256').update(res.body).digest();
    expect(res.headers['repr-digest']).toBe(`sha-256=:${sha256.toString('base64')}:`);
    const mrn = async (id: string) =>
      (await t.call(clinic.director, { method: 'GET', url: `/api/patients/${id}` })).json().mrn;
    expect(res.body).toBe(
      [
        'patient_id,mrn,family_name,given_name,instrument,baseline_date,baseline,latest_date,latest,change,percent_change,reliable_change,responded,remitted',
        `${ids.ana},${await mrn(ids.ana!)},"Avila, Jr.",Ana,GAD-7,2026-01-05,15,2026-02-10,10,-5,-33.3,improved,,`,
        `${ids.ana},${await mrn(ids.ana!)},"Avila, Jr.",Ana,PHQ-9,2026-01-05,20,2026-02-24,4,-16,-80,improved,true,true`,
        `${ids.ben},${await mrn(ids.ben!)},Brooks,"Ben ""Benny""",PHQ-9,2026-01-06,10,2026-02-28,13,3,30,none,false,false`,
        `${ids.cleo},${await mrn(ids.cleo!)},Chen,'@Cleo,PHQ-9,2026-02-02,0,2026-02-20,6,6,,deteriorated,,false`,
        '',
      ].join('\r\n'),
    );
  });

  it('audits the file as a query with its digest and an export of each patient in it', async () => {
    const res = await csv(clinic.director, FEBRUARY);
    const events = await t.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.requestId, String(res.headers['x-request-id'])), eq(auditEvents.category, 'outcome_report')),
      );
    expect(events.filter((e) => e.action === 'query')).toEqual([
      expect.objectContaining({
        patientId: null,
        details: expect.objectContaining({
          format: 'csv',
          patients: 3,
          rows: 4,
          sha256: createHash('sha256').update(res.body).digest('hex'),
        }),
      }),
    ]);
    const exports = events.filter((e) => e.action === 'export');
    expect(exports.map((e) => e.patientId).sort()).toEqual([ids.ana, ids.ben, ids.cleo].sort());
    expect(exports.find((e) => e.patientId === ids.ana)!.details).toEqual({
      instruments: ['GAD-7', 'PHQ-9'],
      assessmentIds: [expect.any(String), expect.any(String), expect.any(String), expect.any(String)],
    });
  });

  it('holds only the header when nobody was followed up', async () => {
    const res = await csv(clinic.director, 'from=2025-06-01&to=2025-06-30');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.body.split('\r\n')).toHaveLength(2);
  });
});
