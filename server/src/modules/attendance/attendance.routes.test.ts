import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../kernel/audit/index.ts';
import { newId } from '../../kernel/ids.ts';
import { cookieOf, createTestApp, ORIGIN, TEST_PASSWORD, type Session, type TestApp } from '../../testing/index.ts';
import { staff } from '../organization/index.ts';
import { patients } from '../patients/index.ts';
import { staffPrograms } from '../programs/index.ts';
import { admitPatient, groupBody, setUpClinic, type Clinic } from '../scheduling/test-fixtures.ts';
import { attendance } from './attendance.tables.ts';

let t: TestApp;
let clinic: Clinic;
let therapist: Session;
let groupId: string;
/** Monday 2 March 2026, 09:00–12:00 New York (14:00–17:00 UTC), and the following days. */
const sessionIds: Record<string, string> = {};
const members: string[] = [];
let outsider: string;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-02-20T15:00:00Z');
  clinic = await setUpClinic(t);
  therapist = await t.login('therapist');
  await t.db.insert(staff).values({ id: therapist.userId });
  await t.db.insert(staffPrograms).values({ staffId: therapist.userId, programId: clinic.programId });
  const res = await t.call(clinic.director, { method: 'POST', url: '/api/groups', payload: groupBody(clinic) });
  expect(res.statusCode, res.body).toBe(201);
  groupId = res.json().id;
  for (const family of ['Adams', 'Baker', 'Chen']) {
    const id = await admitPatient(t, clinic, { given: 'Pat', family });
    members.push(id);
    const enrolled = await t.call(clinic.frontDesk, {
      method: 'POST',
      url: `/api/groups/${groupId}/enrollments`,
      payload: { patientId: id, startDate: '2026-03-02' },
    });
    expect(enrolled.statusCode, enrolled.body).toBe(201);
  }
  outsider = await admitPatient(t, clinic, { given: 'Dee', family: 'Drop' });
  const list = await t.call(clinic.director, {
    method: 'GET',
    url: `/api/groups/${groupId}/sessions?from=2026-03-02&to=2026-03-06`,
  });
  for (const s of list.json().items) sessionIds[s.startsAt.slice(0, 10)] = s.id;
  await moveTo('2026-03-02T14:05:00Z');
});
afterAll(() => t.close());

/** Moves the clock and logs the clinic's users in again (login sessions expire after 15 idle minutes). */
async function moveTo(instant: string): Promise<void> {
  t.clock.set(instant);
  for (const session of [therapist, clinic.director, clinic.frontDesk]) {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: ORIGIN },
      payload: { email: session.email, password: TEST_PASSWORD },
    });
    expect(res.statusCode, res.body).toBe(200);
    session.headers = { cookie: cookieOf(res), origin: ORIGIN };
  }
}

const put = (session: Session, sessionId: string, records: object[]) =>
  t.call(session, { method: 'PUT', url: `/api/sessions/${sessionId}/attendance`, payload: { records } });
const get = (session: Session, sessionId: string) =>
  t.call(session, { method: 'GET', url: `/api/sessions/${sessionId}/attendance` });
const checkIn = (sessionId: string, payload: object, headers: Record<string, string> = {}) =>
  t.call(therapist, { method: 'POST', url: `/api/sessions/${sessionId}/check-ins`, payload, headers });
const checkOut = (sessionId: string, payload: object) =>
  t.call(therapist, { method: 'POST', url: `/api/sessions/${sessionId}/check-outs`, payload });
const rowsOf = (sessionId: string) => t.db.select().from(attendance).where(eq(attendance.sessionId, sessionId));

describe('PUT /api/sessions/{id}/attendance', () => {
  it('records a roster with defaults, late arrivals, absences and a drop-in, and the session roster shows it', async () => {
    const id = sessionIds['2026-03-02']!;
    const body = [
      { patientId: members[0], status: 'present', modality: 'in_person', participation: 'engaged' },
      {
        patientId: members[1],
        status: 'late',
        checkInAt: '2026-03-02T09:25:00-05:00',
        checkOutAt: '2026-03-02T12:30:00-05:00',
        modality: 'telehealth_video',
      },
      { patientId: members[2], status: 'absent_excused', modality: 'in_person', checkInAt: '2026-03-02T14:00:00Z' },
      { patientId: outsider, status: 'present', modality: 'in_person', dropInReason: 'Step-down visit' },
    ];
    const res = await put(therapist, id, body);
    expect(res.statusCode, res.body).toBe(200);
    const records = res.json().records;
    expect(records[0]).toEqual({
      patientId: members[0],
      status: 'present',
      checkInAt: '2026-03-02T14:00:00.000Z',
      checkOutAt: '2026-03-02T17:00:00.000Z',
      minutesAttended: 180,
      modality: 'in_person',
      participation: 'engaged',
      dropIn: false,
      dropInReason: null,
      makeUpSessionId: null,
      confirmed: false,
    });
    expect(records[1]).toMatchObject({ status: 'late', minutesAttended: 155, modality: 'telehealth_video' });
    expect(records[2]).toMatchObject({ status: 'absent_excused', minutesAttended: 0, checkInAt: null });
    expect(records[3]).toMatchObject({ dropIn: true, dropInReason: 'Step-down visit', minutesAttended: 180 });

    // The same body again: the same state, still one row per patient.
    const again = await put(therapist, id, body);
    expect(again.json()).toEqual(res.json());
    expect(await rowsOf(id)).toHaveLength(4);

    const detail = (await t.call(therapist, { method: 'GET', url: `/api/sessions/${id}` })).json();
    expect(detail.roster.map((m: { patientId: string }) => m.patientId)).toEqual([...members, outsider]);
    expect(detail.roster[1].attendance).toEqual({ status: 'late', minutesAttended: 155, modality: 'telehealth_video' });
    expect(detail.roster[3].attendance).toEqual({ status: 'present', minutesAttended: 180, modality: 'in_person' });

    const listed = await get(clinic.frontDesk, id);
    expect(listed.statusCode).toBe(200);
    expect(listed.json().records.map((r: { patientId: string }) => r.patientId)).toEqual([...members, outsider]);

    const events = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.category, 'attendance'), eq(auditEvents.patientId, outsider)));
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['create', 'update', 'read']));
  });

  it('links an absence to its make-up session, and a drop-in keeps its reason on later edits', async () => {
    const id = sessionIds['2026-03-02']!;
    const makeUp = sessionIds['2026-03-03']!;
    const res = await put(therapist, id, [
      { patientId: members[2], status: 'absent_excused', modality: 'in_person', makeUpSessionId: makeUp },
      { patientId: outsider, status: 'left_early', checkOutAt: '2026-03-02T16:00:00Z', modality: 'in_person' },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().records[0].makeUpSessionId).toBe(makeUp);
    expect(res.json().records[1]).toMatchObject({
      dropIn: true,
      dropInReason: 'Step-down visit',
      minutesAttended: 120,
    });
  });

  const cases: [string, (id: string) => object[], number, string, string | undefined][] = [
    [
      'a patient off the roster without a reason',
      () => [
        { patientId: members[0], status: 'present', modality: 'in_person' },
        { patientId: newPatient, status: 'present', modality: 'in_person' },
      ],
      422,
      'attendance.not_on_roster',
      'records.1.patientId',
    ],
    [
      'check-out before check-in',
      () => [
        { patientId: members[0], status: 'present', modality: 'in_person' },
        { patientId: members[1], status: 'present', modality: 'in_person' },
        { patientId: members[2], status: 'present', modality: 'in_person' },
        {
          patientId: outsider,
          status: 'present',
          checkInAt: '2026-03-04T15:00:00Z',
          checkOutAt: '2026-03-04T14:30:00Z',
          modality: 'in_person',
          dropInReason: 'Visiting',
        },
      ],
      422,
      'attendance.invalid_times',
      'records.3.checkOutAt',
    ],
    [
      'a time more than 2 h outside the session',
      () => [
        { patientId: members[0], status: 'present', modality: 'in_person' },
        { patientId: members[1], status: 'present', checkInAt: '2026-03-04T11:59:00Z', modality: 'in_person' },
      ],
      422,
      'attendance.times_outside_session',
      'records.1.checkInAt',
    ],
    [
      'a patient listed twice',
      () => [
        { patientId: members[0], status: 'present', modality: 'in_person' },
        { patientId: members[0], status: 'late', modality: 'in_person' },
      ],
      422,
      'attendance.duplicate_patient',
      'records.1.patientId',
    ],
    [
      'a make-up on a present record',
      (id) => [{ patientId: members[0], status: 'present', modality: 'in_person', makeUpSessionId: id }],
      422,
      'attendance.invalid_make_up',
      'records.0.makeUpSessionId',
    ],
    [
      'a patient the caller may not see',
      () => [
        { patientId: members[0], status: 'present', modality: 'in_person' },
        { patientId: hidden, status: 'present', modality: 'in_person', dropInReason: 'Visiting' },
      ],
      404,
      'patients.not_found',
      undefined,
    ],
  ];
  let newPatient: string;
  let hidden: string;
  beforeAll(async () => {
    newPatient = await admitPatient(t, clinic, { given: 'New', family: 'Comer' });
    hidden = newId();
    await t.db.insert(patients).values({
      id: hidden,
      mrn: 'H-1',
      givenName: 'Hid',
      familyName: 'Den',
      birthDate: '1980-01-01',
      sex: 'U',
      createdAt: t.clock.now(),
    });
  });

  for (const [name, records, status, code, path] of cases) {
    it(`refuses ${name} (${code}) and writes nothing`, async () => {
      const id = sessionIds['2026-03-04']!;
      await moveTo('2026-03-04T14:05:00Z');
      try {
        const res = await put(therapist, id, records(id));
        expect(res.statusCode, res.body).toBe(status);
        expect(res.json().error.code).toBe(code);
        if (path) expect(res.json().error.details).toContainEqual(expect.objectContaining({ path }));
        expect(await rowsOf(id)).toHaveLength(0);
        expect((await get(therapist, id)).json().records).toEqual([]);
      } finally {
        await moveTo('2026-03-02T14:05:00Z');
      }
    });
  }

  it('refuses a session more than 30 minutes ahead (422) and a cancelled one (409)', async () => {
    const tomorrow = sessionIds['2026-03-03']!;
    const one = [{ patientId: members[0], status: 'present', modality: 'in_person' }];
    const early = await put(therapist, tomorrow, one);
    expect(early.statusCode).toBe(422);
    expect(early.json().error.code).toBe('attendance.session_not_started');

    const friday = sessionIds['2026-03-06']!;
    const cancelled = await t.call(clinic.director, {
      method: 'POST',
      url: `/api/sessions/${friday}/cancel`,
      payload: { reason: 'Clinic closed' },
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    await moveTo('2026-03-06T14:05:00Z');
    try {
      const res = await put(therapist, friday, one);
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('attendance.session_cancelled');
      const arrival = await checkIn(friday, { patientId: members[0] });
      expect(arrival.json().error.code).toBe('attendance.session_cancelled');
    } finally {
      await moveTo('2026-03-02T14:05:00Z');
    }
    expect(await rowsOf(friday)).toHaveLength(0);
  });

  it('lets peer specialists and billers read but not write; auditors neither', async () => {
    const id = sessionIds['2026-03-02']!;
    const one = [{ patientId: members[0], status: 'present', modality: 'in_person' }];
    for (const role of ['peer_specialist', 'biller']) {
      const who = await t.login(role);
      expect((await put(who, id, one)).statusCode).toBe(403);
    }
    const biller = await t.login('biller');
    expect((await get(biller, id)).statusCode).toBe(200);
    const auditor = await t.login('auditor');
    expect((await get(auditor, id)).statusCode).toBe(403);
    expect((await put(clinic.frontDesk, id, one)).statusCode).toBe(200);
  });
});

describe('check-ins and check-outs', () => {
  const day = '2026-03-05';
  beforeAll(() => moveTo('2026-03-05T14:03:00Z'));
  afterAll(() => moveTo('2026-03-02T14:05:00Z'));

  it('checks in once: a repeat answers with the same record', async () => {
    const id = sessionIds[day]!;
    const first = await checkIn(id, { patientId: members[0] });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      patientId: members[0],
      status: 'present',
      checkInAt: '2026-03-05T14:03:00.000Z',
      checkOutAt: null,
      minutesAttended: 177,
      modality: 'in_person',
      dropIn: false,
    });
    t.clock.advance(60_000);
    const repeat = await checkIn(id, { patientId: members[0] });
    expect(repeat.statusCode).toBe(200);
    expect(repeat.json()).toEqual(first.json());
    expect(await rowsOf(id)).toHaveLength(1);
  });

  it('honours an Idempotency-Key: the same key answers the same response, another body is refused', async () => {
    const id = sessionIds[day]!;
    const headers = { 'idempotency-key': 'tablet-7-req-1' };
    const first = await checkIn(id, { patientId: members[1], at: '2026-03-05T14:20:00Z' }, headers);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ status: 'late', minutesAttended: 160 });
    const replay = await checkIn(id, { patientId: members[1], at: '2026-03-05T14:20:00Z' }, headers);
    expect(replay.statusCode).toBe(201);
    expect(replay.json()).toEqual(first.json());
    const other = await checkIn(id, { patientId: members[2] }, headers);
    expect(other.statusCode).toBe(422);
    expect(other.json().error.code).toBe('attendance.idempotency_key_reused');
    expect((await rowsOf(id)).filter((r) => r.patientId === members[1])).toHaveLength(1);
  });

  it('needs a reason for a drop-in, and replaces an earlier absence with the arrival', async () => {
    const id = sessionIds[day]!;
    const refused = await checkIn(id, { patientId: outsider });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({
      code: 'attendance.not_on_roster',
      details: [expect.objectContaining({ path: 'patientId' })],
    });
    const dropIn = await checkIn(id, {
      patientId: outsider,
      dropInReason: 'Make-up visit',
      modality: 'telehealth_audio',
    });
    expect(dropIn.statusCode).toBe(201);
    expect(dropIn.json()).toMatchObject({ dropIn: true, modality: 'telehealth_audio' });

    await put(therapist, id, [{ patientId: members[2], status: 'absent_unexcused', modality: 'in_person' }]);
    const arrived = await checkIn(id, { patientId: members[2], at: '2026-03-05T14:40:00Z' });
    expect(arrived.statusCode).toBe(201);
    expect(arrived.json()).toMatchObject({ status: 'late', minutesAttended: 140 });
  });

  it('refuses times far outside the session and check-ins long before it', async () => {
    const id = sessionIds[day]!;
    const far = await checkIn(id, { patientId: members[0], at: '2026-03-05T20:00:00Z' });
    expect(far.statusCode).toBe(422);
    expect(far.json().error).toMatchObject({
      code: 'attendance.times_outside_session',
      details: [expect.objectContaining({ path: 'at' })],
    });
    const early = await checkIn(sessionIds['2026-03-06']!, { patientId: members[0] });
    expect(early.statusCode).toBe(409); // cancelled above; a later session answers not started:
    const later = await t.call(clinic.director, {
      method: 'GET',
      url: `/api/groups/${groupId}/sessions?from=2026-03-09&to=2026-03-09`,
    });
    const notYet = await checkIn(later.json().items[0].id, { patientId: members[0] });
    expect(notYet.statusCode).toBe(422);
    expect(notYet.json().error.code).toBe('attendance.session_not_started');
  });

  it('checks out: early departures become left_early, check-out without check-in is a conflict', async () => {
    const id = sessionIds[day]!;
    const none = await checkOut(id, { patientId: newIdFor() });
    expect(none.statusCode).toBe(404);
    const absent = await checkOut(sessionIds['2026-03-02']!, { patientId: members[2] });
    expect(absent.statusCode).toBe(409);
    expect(absent.json().error.code).toBe('attendance.not_checked_in');
    const notIn = await checkOut(id, { patientId: await admitPatient(t, clinic, { given: 'No', family: 'Show' }) });
    expect(notIn.statusCode).toBe(409);

    const before = await checkOut(id, { patientId: members[1], at: '2026-03-05T14:10:00Z' });
    expect(before.statusCode).toBe(422);
    expect(before.json().error).toMatchObject({
      code: 'attendance.invalid_times',
      details: [expect.objectContaining({ path: 'at' })],
    });

    const out = await checkOut(id, { patientId: members[0], at: '2026-03-05T16:00:00Z' });
    expect(out.statusCode, out.body).toBe(200);
    expect(out.json()).toMatchObject({
      status: 'left_early',
      checkOutAt: '2026-03-05T16:00:00.000Z',
      minutesAttended: 117,
    });
    const onTime = await checkOut(id, { patientId: members[1], at: '2026-03-05T16:55:00Z' });
    expect(onTime.json()).toMatchObject({ status: 'late', minutesAttended: 155 });
    const events = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.category, 'attendance'), eq(auditEvents.patientId, members[0]!)));
    expect(events.some((e) => e.action === 'update' && e.entityId === id)).toBe(true);
  });
});

const newIdFor = () => newId();
