import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../kernel/audit/index.ts';
import { newId } from '../../kernel/ids.ts';
import { createTestApp, type Session, type TestApp } from '../../testing/index.ts';
import { attendance } from '../attendance/index.ts';
import { staff } from '../organization/index.ts';
import { episodes, staffPrograms } from '../programs/index.ts';
import { admitPatient, groupBody, setUpClinic, type Clinic } from '../scheduling/test-fixtures.ts';
import { insertAssessment, insertAuthorization, insertGroupNote } from './test-fixtures.ts';

let t: TestApp;
let clinic: Clinic;
let therapist: Session;
/** Monday 2 … Friday 6 March 2026 (and the week after), 09:00–12:00 New York; the IOP asks 9 h a week. */
const sessionIds: Record<string, string> = {};
let ana: string;
let ben: string;
let cleo: string;
// Wednesday 4 March, 12:30 in New York: three days recorded, Thursday and Friday still ahead.
const NOW = '2026-03-04T17:30:00Z';

beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 60 * 24 * 30, sessionAbsoluteHours: 24 * 30 });
  t.clock.set('2026-02-20T15:00:00Z');
  clinic = await setUpClinic(t);
  therapist = await t.login('therapist');
  await t.db.insert(staff).values({ id: therapist.userId });
  await t.db.insert(staffPrograms).values({ staffId: therapist.userId, programId: clinic.programId });
  const group = await t.call(clinic.director, {
    method: 'POST',
    url: '/api/groups',
    payload: groupBody(clinic, {}, { endDate: '2026-03-13' }),
  });
  expect(group.statusCode, group.body).toBe(201);
  ana = await admitPatient(t, clinic, { given: 'Ana', family: 'Avila' });
  ben = await admitPatient(t, clinic, { given: 'Ben', family: 'Brooks' });
  cleo = await admitPatient(t, clinic, { given: 'Cleo', family: 'Chen' });
  await t.db.update(episodes).set({ admitDate: '2026-02-10' }).where(eq(episodes.patientId, cleo));
  for (const patientId of [ana, ben, cleo]) {
    const enrolled = await t.call(clinic.frontDesk, {
      method: 'POST',
      url: `/api/groups/${group.json().id}/enrollments`,
      payload: { patientId, startDate: '2026-03-02' },
    });
    expect(enrolled.statusCode, enrolled.body).toBe(201);
  }
  const list = await t.call(clinic.director, {
    method: 'GET',
    url: `/api/groups/${group.json().id}/sessions?from=2026-03-02&to=2026-03-13`,
  });
  for (const s of list.json().items) sessionIds[s.startsAt.slice(0, 10)] = s.id;

  const mark = (patientId: string, status: string, extra: object = {}) => ({
    patientId,
    status,
    modality: 'in_person',
    ...extra,
  });
  const days: [string, object[]][] = [
    ['2026-03-02', [mark(ana, 'present'), mark(ben, 'absent_unexcused'), mark(cleo, 'present')]],
    [
      '2026-03-03',
      [mark(ana, 'late', { checkInAt: '2026-03-03T14:30:00Z' }), mark(ben, 'absent_excused'), mark(cleo, 'present')],
    ],
    ['2026-03-04', [mark(ana, 'present'), mark(ben, 'absent_unexcused'), mark(cleo, 'present')]],
  ];
  for (const [day, records] of days) {
    t.clock.set(`${day}T14:05:00Z`);
    const res = await t.call(therapist, {
      method: 'PUT',
      url: `/api/sessions/${sessionIds[day]}/attendance`,
      payload: { records },
    });
    expect(res.statusCode, res.body).toBe(200);
  }
  t.clock.set(NOW);
  // Cleo's Thursday is already recorded (as if taken early): it counts as attended, not as ahead.
  await t.db.insert(attendance).values({
    id: newId(),
    sessionId: sessionIds['2026-03-05']!,
    patientId: cleo,
    status: 'present',
    minutesAttended: 180,
    modality: 'in_person',
    recordedAt: t.clock.now(),
    updatedAt: t.clock.now(),
  });
  // Monday's note is signed, Tuesday's a draft, Wednesday's not started.
  await insertGroupNote(t, sessionIds['2026-03-02']!, 'signed', clinic.facilitatorIds[0]!);
  await insertGroupNote(t, sessionIds['2026-03-03']!, 'draft', clinic.facilitatorIds[0]!);
  // PHQ-9 and GAD-7 are due weekly from admission (the outcomes schedule).
  await insertAssessment(t, ana, 'PHQ-9', '2026-02-20T15:00:00Z');
  await insertAssessment(t, ana, 'GAD-7', '2026-02-26T15:00:00Z');
  await insertAssessment(t, cleo, 'PHQ-9', '2026-03-03T15:00:00Z');
  await insertAuthorization(
    t,
    ana,
    {
      number: 'A-20',
      levelOfCare: 'IOP',
      startDate: '2026-02-01',
      endDate: '2026-03-31',
      units: 20,
      unitType: 'sessions',
    },
    [{ serviceDate: '2026-02-27', units: '16.00' }],
  );
  await insertAuthorization(t, ben, {
    number: 'B-PHP',
    levelOfCare: 'PHP',
    startDate: '2026-02-01',
    endDate: '2026-04-30',
    units: 30,
    unitType: 'days',
  });
  await insertAuthorization(
    t,
    ben,
    {
      number: 'B-12',
      levelOfCare: 'IOP',
      startDate: '2026-02-15',
      endDate: '2026-03-10',
      units: 12,
      unitType: 'days',
    },
    [{ serviceDate: '2026-03-02', units: '2.00' }],
  );
  await insertAuthorization(t, cleo, {
    number: 'C-OLD',
    levelOfCare: 'IOP',
    startDate: '2026-02-01',
    endDate: '2026-02-28',
    units: 10,
    unitType: 'sessions',
  });
});
afterAll(() => t.close());

const weekly = (session: Session, query: string) =>
  t.call(session, { method: 'GET', url: `/api/compliance/weekly?${query}` });

const base = () => ({ programId: clinic.programId, levelOfCare: 'IOP', requiredHours: 9, dischargeDate: null });

describe('GET /api/compliance/weekly', () => {
  it('reports each patient of the week with exact hours, absences, notes, measures, authorization and recertification', async () => {
    const res = await weekly(clinic.director, `programId=${clinic.programId}&weekOf=2026-03-04`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toEqual({
      programId: clinic.programId,
      weekStart: '2026-03-02',
      weekEnd: '2026-03-08',
      lastProgramDay: '2026-03-06',
      items: [
        {
          ...base(),
          patientId: ana,
          name: { given: 'Ana', family: 'Avila' },
          episodeId: expect.any(String),
          admitDate: '2026-01-01',
          // 180 + 150 (in at 09:30) + 180 minutes; Thursday and Friday ahead.
          attendedHours: 8.5,
          scheduledRemainingHours: 6,
          projectedHours: 14.5,
          shortfallHours: 0,
          met: false,
          consecutiveAbsences: 0,
          // Tuesday's draft and Wednesday's missing note; Monday's is signed.
          unsignedNotes: 2,
          overdueMeasures: [],
          // 16 of 20 used: 80 %; 4 left at 16 in 32 days run out 8 days after today.
          authorization: {
            number: 'A-20',
            unitType: 'sessions',
            units: 20,
            used: 16,
            remaining: 4,
            endDate: '2026-03-31',
            nearExhaustion: true,
            exhaustsOn: '2026-03-12',
          },
          // IOP: 60 days after the 1 January admission.
          recertificationDue: '2026-03-02',
        },
        {
          ...base(),
          patientId: ben,
          name: { given: 'Ben', family: 'Brooks' },
          episodeId: expect.any(String),
          admitDate: '2026-01-01',
          attendedHours: 0,
          scheduledRemainingHours: 6,
          projectedHours: 6,
          shortfallHours: 3,
          met: false,
          consecutiveAbsences: 3,
          unsignedNotes: 0,
          // Due on 19 February, the next occasion (26 February) came with neither given, and none since.
          overdueMeasures: [
            { instrument: 'PHQ-9', dueOn: '2026-02-19' },
            { instrument: 'GAD-7', dueOn: '2026-02-19' },
          ],
          // The IOP one, not the PHP one; it ends in 6 days, before its units would run out.
          authorization: {
            number: 'B-12',
            unitType: 'days',
            units: 12,
            used: 2,
            remaining: 10,
            endDate: '2026-03-10',
            nearExhaustion: true,
            exhaustsOn: '2026-03-10',
          },
          recertificationDue: '2026-03-02',
        },
        {
          ...base(),
          patientId: cleo,
          name: { given: 'Cleo', family: 'Chen' },
          episodeId: expect.any(String),
          admitDate: '2026-02-10',
          // Monday to Thursday (recorded early); Friday ahead.
          attendedHours: 12,
          scheduledRemainingHours: 3,
          projectedHours: 15,
          shortfallHours: 0,
          met: true,
          consecutiveAbsences: 0,
          unsignedNotes: 2,
          // Due from 24 February: the PHQ-9 was given on 3 March, the GAD-7 not.
          overdueMeasures: [{ instrument: 'GAD-7', dueOn: '2026-02-24' }],
          authorization: null,
          recertificationDue: '2026-04-11',
        },
      ],
    });
  });

  it('defaults to the current week in the site zone, and carries an absence run into the next week', async () => {
    const current = await weekly(clinic.director, `programId=${clinic.programId}`);
    expect(current.json().weekStart).toBe('2026-03-02');
    const next = await weekly(clinic.director, `programId=${clinic.programId}&weekOf=2026-03-15`);
    expect(next.statusCode, next.body).toBe(200);
    const body = next.json();
    expect(body).toMatchObject({ weekStart: '2026-03-09', weekEnd: '2026-03-15', lastProgramDay: '2026-03-13' });
    const summary = body.items.map((i: Record<string, unknown>) => [
      i.attendedHours,
      i.scheduledRemainingHours,
      i.consecutiveAbsences,
      i.recertificationDue,
    ]);
    expect(summary).toEqual([
      [0, 15, 0, '2026-05-01'],
      [0, 15, 3, '2026-05-01'],
      [0, 15, 0, '2026-04-11'],
    ]);
  });

  it('shows a clinician only the patients of their programs', async () => {
    const outsider = await t.login('therapist');
    await t.db.insert(staff).values({ id: outsider.userId });
    const res = await weekly(outsider, `programId=${clinic.programId}&weekOf=2026-03-04`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toEqual([]);
    const mine = await weekly(therapist, `programId=${clinic.programId}&weekOf=2026-03-04`);
    expect(mine.json().items.map((i: { patientId: string }) => i.patientId)).toEqual([ana, ben, cleo]);
  });

  it('refuses roles without compliance:read', async () => {
    const res = await weekly(clinic.frontDesk, `programId=${clinic.programId}`);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('auth.forbidden');
  });

  it('audits one query and one read per patient listed, in the request', async () => {
    const res = await weekly(therapist, `programId=${clinic.programId}&weekOf=2026-03-04`);
    const events = await t.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.requestId, String(res.headers['x-request-id'])), eq(auditEvents.category, 'compliance')),
      );
    expect(events.filter((e) => e.action === 'query')).toEqual([
      expect.objectContaining({
        actorId: therapist.userId,
        patientId: null,
        details: { programId: clinic.programId, from: '2026-03-02', to: '2026-03-08', results: 3 },
      }),
    ]);
    expect(
      events
        .filter((e) => e.action === 'read')
        .map((e) => e.patientId)
        .sort(),
    ).toEqual([ana, ben, cleo].sort());
  });

  it('answers 400 with the path for a weekOf that is not a date', async () => {
    for (const weekOf of ['tuesday', '2026-02-30', '2026-3-4']) {
      const res = await weekly(clinic.director, `programId=${clinic.programId}&weekOf=${weekOf}`);
      expect(res.statusCode, weekOf).toBe(400);
      const { code, details } = res.json().error;
      expect(code).toBe('request.invalid');
      expect(new Set(details.map((d: { path: string }) => d.path))).toEqual(new Set(['querystring.weekOf']));
    }
    const missing = await weekly(clinic.director, 'weekOf=2026-03-04');
    expect(missing.json().error.details).toEqual([expect.objectContaining({ path: 'querystring.programId' })]);
  });

  it('answers 404 for an unknown program', async () => {
    const res = await weekly(clinic.director, `programId=${newId()}`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('programs.not_found');
  });
});

describe('GET /api/compliance/weeks', () => {
  const weeks = (query: string) => t.call(clinic.director, { method: 'GET', url: `/api/compliance/weeks?${query}` });

  it('gives every week of the range as the weekly report does', async () => {
    const res = await weeks(`programId=${clinic.programId}&from=2026-03-04&to=2026-03-10`);
    expect(res.statusCode, res.body).toBe(200);
    const one = (weekOf: string) => weekly(clinic.director, `programId=${clinic.programId}&weekOf=${weekOf}`);
    const [first, second] = [(await one('2026-03-02')).json(), (await one('2026-03-09')).json()];
    expect(res.json()).toEqual({
      programId: clinic.programId,
      weeks: [first, second].map(({ programId: _, ...week }) => week),
    });
  });

  it('refuses a range that ends before it starts or spans more than 53 weeks', async () => {
    const backwards = await weeks(`programId=${clinic.programId}&from=2026-03-10&to=2026-03-04`);
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json().error).toMatchObject({ code: 'compliance.invalid_range', details: [{ path: 'to' }] });
    const long = await weeks(`programId=${clinic.programId}&from=2025-01-01&to=2026-01-31`);
    expect(long.statusCode).toBe(422);
    expect(long.json().error.code).toBe('compliance.invalid_range');
  });
});
