import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../kernel/audit/index.ts';
import { newId } from '../../kernel/ids.ts';
import { createTestApp, type Session, type TestApp } from '../../testing/index.ts';
import { patients } from '../patients/index.ts';
import { enrollments, sessions } from './scheduling.tables.ts';
import { admitPatient, groupBody, setUpClinic, type Clinic } from './test-fixtures.ts';

let t: TestApp;
let clinic: Clinic;
let desk: Session;
let director: Session;

// Friday 20 February 2026, 10:00 in New York; the groups below start Monday 2 March.
const START = '2026-02-20T15:00:00Z';

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(START);
  clinic = await setUpClinic(t);
  desk = clinic.frontDesk;
  director = clinic.director;
});
afterAll(() => t.close());

/** Moves the clock and logs in again (login sessions expire while time jumps). */
async function setClock(at: string): Promise<void> {
  t.clock.set(at);
  desk = await t.login('front_desk');
  director = await t.login('program_director');
}

// Every group gets its own quarter hour of the morning in room 1 with the first therapist, so the
// groups of this file never double-book, and by 14:00 each day's session has started.
let slot = 0;
const slotTime = (n: number) =>
  `${String(6 + Math.floor(n / 4)).padStart(2, '0')}:${String((n % 4) * 15).padStart(2, '0')}`;
async function createGroup(overrides: Record<string, unknown> = {}, schedule: Record<string, unknown> = {}) {
  slot += 1;
  const res = await t.call(director, {
    method: 'POST',
    url: '/api/groups',
    payload: groupBody(
      clinic,
      { name: `Group ${slot}`, ...overrides },
      { startTime: slotTime(slot), durationMinutes: 10, ...schedule },
    ),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

let patientNo = 0;
const admit = (family?: string) => {
  patientNo += 1;
  return admitPatient(t, clinic, { given: `Pat${patientNo}`, family: family ?? `Member${patientNo}` });
};

const enroll = (groupId: string, payload: object, session: Session = desk) =>
  t.call(session, { method: 'POST', url: `/api/groups/${groupId}/enrollments`, payload });
const end = (id: string, endDate: string) =>
  t.call(desk, { method: 'POST', url: `/api/enrollments/${id}/end`, payload: { endDate } });
// The body is optional: a withdrawal without a reason may send none.
const withdraw = (id: string, payload?: object) =>
  t.call(desk, { method: 'POST', url: `/api/enrollments/${id}/withdraw`, ...(payload ? { payload } : {}) });
const list = async (groupId: string) =>
  (await t.call(desk, { method: 'GET', url: `/api/groups/${groupId}/enrollments` })).json().items as {
    id: string;
    patientId: string;
    status: string;
    startDate: string;
    endDate: string | null;
    waitlistPosition: number | null;
  }[];
const roster = async (groupId: string, from: string, to: string) => {
  const res = await t.call(desk, { method: 'GET', url: `/api/groups/${groupId}/roster?from=${from}&to=${to}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().sessions as { date: string; members: { patientId: string }[]; openReviews: number }[];
};
const membersByDate = (sessions: Awaited<ReturnType<typeof roster>>) =>
  Object.fromEntries(sessions.map((s) => [s.date, s.members.map((m) => m.patientId).sort()]));

async function auditedFor(requestId: string) {
  return t.db.select().from(auditEvents).where(eq(auditEvents.requestId, requestId));
}

describe('POST /api/groups/{id}/enrollments', () => {
  it('enrolls a patient of the program, answers with no warnings, and audits the write', async () => {
    const groupId = await createGroup();
    const patientId = await admit('Ruiz');
    const res = await enroll(groupId, { patientId, startDate: '2026-03-02' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ id: expect.any(String), status: 'active', warnings: [] });
    const events = await auditedFor(String(res.headers['x-request-id']));
    expect(events).toContainEqual(
      expect.objectContaining({ action: 'create', category: 'enrollment', patientId, entityId: res.json().id }),
    );
  });

  it('waitlists past capacity, in request order, and lists active by start date then the waitlist', async () => {
    const groupId = await createGroup({ capacity: 2 });
    const [a, b, c, d] = [await admit('Avila'), await admit('Brook'), await admit('Cho'), await admit('Diaz')];
    expect((await enroll(groupId, { patientId: a, startDate: '2026-03-09' })).json().status).toBe('active');
    expect((await enroll(groupId, { patientId: b, startDate: '2026-03-02' })).json().status).toBe('active');
    const third = (await enroll(groupId, { patientId: c, startDate: '2026-03-02' })).json();
    const fourth = (await enroll(groupId, { patientId: d, startDate: '2026-03-16' })).json();
    expect(third).toMatchObject({ status: 'waitlisted', waitlistPosition: 1, warnings: [] });
    expect(fourth).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });

    const res = await t.call(desk, { method: 'GET', url: `/api/groups/${groupId}/enrollments` });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((e: { patientId: string }) => e.patientId)).toEqual([b, a, c, d]);
    expect(res.json().items[2]).toEqual({
      id: third.id,
      patientId: c,
      name: { given: expect.any(String), family: 'Cho' },
      mrn: expect.any(String),
      startDate: '2026-03-02',
      endDate: null,
      status: 'waitlisted',
      waitlistPosition: 1,
      requestedAt: START.replace('Z', '.000Z'),
    });
    const events = await auditedFor(String(res.headers['x-request-id']));
    expect(new Set(events.map((e) => e.patientId))).toEqual(new Set([a, b, c, d]));

    const group = (await t.call(desk, { method: 'GET', url: `/api/groups/${groupId}` })).json();
    expect(group.waitlistCount).toBe(2);
  });

  it('counts capacity on every date: a bounded enrollment fits beside one that starts after it ends', async () => {
    const groupId = await createGroup({ capacity: 1 });
    const [a, b, c] = [await admit(), await admit(), await admit()];
    expect(
      (await enroll(groupId, { patientId: a, startDate: '2026-03-02', endDate: '2026-03-06' })).json().status,
    ).toBe('active');
    expect((await enroll(groupId, { patientId: b, startDate: '2026-03-09' })).json().status).toBe('active');
    // Overlaps the first on 6 March only: full that day, so the whole enrollment waits.
    expect(
      (await enroll(groupId, { patientId: c, startDate: '2026-03-06', endDate: '2026-03-08' })).json().status,
    ).toBe('waitlisted');
  });

  it.each([
    [{ startDate: '2026-02-23' }, 422, 'scheduling.outside_group_dates', 'startDate'],
    [{ startDate: '2026-03-02', endDate: '2026-05-01' }, 422, 'scheduling.outside_group_dates', 'endDate'],
    [{ startDate: '2026-03-10', endDate: '2026-03-09' }, 422, 'scheduling.invalid_dates', 'endDate'],
    [{ startDate: '2026-03-20' }, 409, 'scheduling.duplicate_enrollment', undefined],
  ])('refuses %j with %i %s and writes nothing', async (dates, status, code, path) => {
    const groupId = await createGroup({}, { endDate: '2026-04-30' });
    const patientId = await admit();
    expect((await enroll(groupId, { patientId, startDate: '2026-03-02', endDate: '2026-03-27' })).statusCode).toBe(201);
    const res = await enroll(groupId, { patientId, ...dates });
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().error.code).toBe(code);
    if (path) expect(res.json().error.details[0].path).toBe(path);
    expect(await t.db.select().from(enrollments).where(eq(enrollments.groupId, groupId))).toHaveLength(1);
  });

  it('answers 404 for an unknown or invisible patient and 422 for one outside the program', async () => {
    const groupId = await createGroup();
    const unknown = await enroll(groupId, { patientId: newId(), startDate: '2026-03-02' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('patients.not_found');

    const outsider = newId();
    await t.db.insert(patients).values({
      id: outsider,
      mrn: `X${outsider.slice(0, 8)}`,
      givenName: 'Out',
      familyName: 'Sider',
      birthDate: '1980-01-01',
      sex: 'U',
      createdAt: t.clock.now(),
    });
    // The front desk sees every patient: this one simply has no episode in the program.
    const notInProgram = await enroll(groupId, { patientId: outsider, startDate: '2026-03-02' });
    expect(notInProgram.statusCode).toBe(422);
    expect(notInProgram.json().error).toMatchObject({
      code: 'scheduling.not_in_program',
      details: [{ path: 'patientId' }],
    });
    // A therapist of another program does not see the program's patients at all.
    const stranger = await t.login('therapist');
    const invisible = await enroll(groupId, { patientId: await admit(), startDate: '2026-03-02' }, stranger);
    expect(invisible.statusCode).toBe(404);
    expect(invisible.json().error.code).toBe('patients.not_found');
    expect((await enroll(newId(), { patientId: await admit(), startDate: '2026-03-02' })).statusCode).toBe(404);
    expect(await t.db.select().from(enrollments).where(eq(enrollments.groupId, groupId))).toHaveLength(0);
  });

  it('warns, without refusing, when the patient is expected elsewhere at the same time', async () => {
    const [second, third] = [1, 2].map((i) => ({
      roomId: clinic.roomIds[i],
      facilitators: [{ staffId: clinic.facilitatorIds[i], role: 'lead' }],
    }));
    const morning = await createGroup(second, { startTime: '09:00', durationMinutes: 180 });
    const patientId = await admit();
    expect((await enroll(morning, { patientId, startDate: '2026-03-02' })).statusCode).toBe(201);
    const appointment = newId();
    await t.db.insert(sessions).values({
      id: appointment,
      kind: 'individual_therapy',
      startsAt: new Date('2026-03-04T19:00:00Z'),
      endsAt: new Date('2026-03-04T20:00:00Z'),
      timeZone: 'America/New_York',
      patientId,
      modality: 'in_person',
      createdAt: t.clock.now(),
    });
    // Another room and lead, Mondays and Wednesdays 10:00–11:00 and 14:00–15:00: inside both.
    const overlapping = await createGroup(third, {
      startTime: '10:00',
      durationMinutes: 60,
      rrule: 'FREQ=WEEKLY;BYDAY=MO,WE',
    });
    const res = await enroll(overlapping, { patientId, startDate: '2026-03-02', endDate: '2026-03-04' });
    expect(res.statusCode, res.body).toBe(201);
    const morningSessions = (
      await t.call(desk, { method: 'GET', url: `/api/groups/${morning}/sessions?from=2026-03-02&to=2026-03-04` })
    ).json().items as { id: string }[];
    expect(res.json().warnings).toEqual([
      {
        code: 'scheduling.patient_overlap',
        message: expect.stringContaining('Group'),
        sessionId: morningSessions[0]!.id,
      },
      {
        code: 'scheduling.patient_overlap',
        message: expect.stringContaining('Mar 4'),
        sessionId: morningSessions[2]!.id,
      },
    ]);

    const afternoon = await createGroup(second, {
      startTime: '14:00',
      durationMinutes: 60,
      rrule: 'FREQ=WEEKLY;BYDAY=WE',
    });
    const later = await enroll(afternoon, { patientId, startDate: '2026-03-04', endDate: '2026-03-04' });
    expect(later.json().warnings).toEqual([
      {
        code: 'scheduling.patient_overlap',
        message: expect.stringContaining('individual_therapy'),
        sessionId: appointment,
      },
    ]);
  });
});

describe('ending, withdrawing and the waitlist', () => {
  it('promotes the first waitlisted enrollment that fits when a seat frees, and tasks the front desk', async () => {
    const groupId = await createGroup({ capacity: 1, name: 'Anger management' });
    const [a, b, c] = [await admit('Ames'), await admit('Baker'), await admit('Cole')];
    const first = (await enroll(groupId, { patientId: a, startDate: '2026-03-02' })).json();
    // Wants 2–6 March only: cannot fit once the seat frees on the 14th, so Cole goes first.
    const early = (await enroll(groupId, { patientId: b, startDate: '2026-03-02', endDate: '2026-03-06' })).json();
    const later = (await enroll(groupId, { patientId: c, startDate: '2026-03-02' })).json();
    expect([early.waitlistPosition, later.waitlistPosition]).toEqual([1, 2]);

    const res = await end(first.id, '2026-03-13');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      id: first.id,
      status: 'active',
      startDate: '2026-03-02',
      endDate: '2026-03-13',
      promoted: [{ enrollmentId: later.id, patientId: c }],
    });
    const items = await list(groupId);
    // Cole's start moved to the first day with a free seat.
    expect(items.find((e) => e.id === later.id)).toMatchObject({ status: 'active', startDate: '2026-03-14' });
    expect(items.find((e) => e.id === early.id)).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });

    const tasks = await t.call(desk, { method: 'GET', url: '/api/tasks?status=open' });
    expect(tasks.statusCode).toBe(200);
    expect(tasks.json().items).toContainEqual(
      expect.objectContaining({
        kind: 'waitlist_promoted',
        title: `Seat available: Pat${patientNo} Cole is now enrolled in Anger management`,
        patientId: c,
        programId: clinic.programId,
        assigneeRole: 'front_desk',
        status: 'open',
      }),
    );
  });

  it('withdraws a waitlisted enrollment and an active one that has not begun, which frees its seat', async () => {
    const groupId = await createGroup({ capacity: 1 });
    const [a, b, c] = [await admit(), await admit(), await admit()];
    const seat = (await enroll(groupId, { patientId: a, startDate: '2026-03-02' })).json();
    const waiting = (await enroll(groupId, { patientId: b, startDate: '2026-03-02' })).json();
    const next = (await enroll(groupId, { patientId: c, startDate: '2026-03-02' })).json();

    const off = await withdraw(waiting.id, { reason: 'Moved to another program' });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toMatchObject({ id: waiting.id, status: 'withdrawn', promoted: [] });
    expect((await withdraw(waiting.id)).json().error.code).toBe('scheduling.enrollment_withdrawn');
    expect((await list(groupId)).find((e) => e.id === next.id)?.waitlistPosition).toBe(1);

    const cancelled = await withdraw(seat.id);
    expect(cancelled.json()).toMatchObject({
      status: 'withdrawn',
      promoted: [{ enrollmentId: next.id, patientId: c }],
    });
  });

  it('refuses to end what is not active, to end before the start, or to extend', async () => {
    const groupId = await createGroup({ capacity: 1 });
    const [a, b] = [await admit(), await admit()];
    const seat = (await enroll(groupId, { patientId: a, startDate: '2026-03-02', endDate: '2026-03-20' })).json();
    const waiting = (await enroll(groupId, { patientId: b, startDate: '2026-03-02' })).json();
    const notActive = await end(waiting.id, '2026-03-10');
    expect(notActive.statusCode).toBe(409);
    expect(notActive.json().error.code).toBe('scheduling.enrollment_not_active');
    for (const date of ['2026-02-27', '2026-03-27']) {
      const res = await end(seat.id, date);
      expect(res.statusCode).toBe(422);
      expect(res.json().error).toMatchObject({ code: 'scheduling.invalid_dates', details: [{ path: 'endDate' }] });
    }
    expect((await end(newId(), '2026-03-10')).json().error.code).toBe('scheduling.enrollment_not_found');
  });
});

describe('rosters over time', () => {
  it('shows a late addition on later sessions and drops an early leaver from later ones only', async () => {
    await setClock(START);
    const groupId = await createGroup();
    const [a, b] = [await admit(), await admit()];
    const first = (await enroll(groupId, { patientId: a, startDate: '2026-03-02' })).json();
    await setClock('2026-03-04T20:00:00Z');
    // Late addition from Friday 6 March; early drop after Monday 9 March: both after today.
    expect((await enroll(groupId, { patientId: b, startDate: '2026-03-06' })).statusCode).toBe(201);
    expect((await end(first.id, '2026-03-09')).statusCode).toBe(200);

    const byDate = membersByDate(await roster(groupId, '2026-03-02', '2026-03-11'));
    expect(byDate).toEqual({
      '2026-03-02': [a],
      '2026-03-03': [a],
      '2026-03-04': [a],
      '2026-03-05': [a],
      '2026-03-06': [a, b].sort(),
      '2026-03-09': [a, b].sort(),
      '2026-03-10': [b],
      '2026-03-11': [b],
    });
    const open = await t.call(desk, { method: 'GET', url: `/api/roster-reviews?groupId=${groupId}` });
    expect(open.json().items).toEqual([]);
  });

  it('flags the started sessions a back-dated start or end changes, and lets someone resolve them', async () => {
    await setClock(START);
    const groupId = await createGroup();
    const [a, b] = [await admit('Adams'), await admit('Bell')];
    const first = (await enroll(groupId, { patientId: a, startDate: '2026-03-02' })).json();
    // Wednesday 11 March 2026 at 14:00 New York: that morning's session has started.
    await setClock('2026-03-11T18:00:00Z');
    const backDated = await enroll(groupId, { patientId: b, startDate: '2026-03-10' });
    expect(backDated.statusCode).toBe(201);
    t.clock.advance(60_000);
    expect((await end(first.id, '2026-03-09')).statusCode).toBe(200);

    const res = await t.call(desk, { method: 'GET', url: `/api/roster-reviews?groupId=${groupId}&status=open` });
    expect(res.statusCode).toBe(200);
    const reviews = res.json().items as { id: string; patientId: string; change: string; startsAt: string }[];
    expect(reviews.map((r) => [r.startsAt.slice(0, 10), r.patientId, r.change])).toEqual([
      ['2026-03-10', b, 'added'],
      ['2026-03-10', a, 'removed'],
      ['2026-03-11', b, 'added'],
      ['2026-03-11', a, 'removed'],
    ]);
    expect(reviews[0]).toEqual({
      id: expect.any(String),
      sessionId: expect.any(String),
      groupId,
      startsAt: expect.stringMatching(/^2026-03-10T1\d:\d\d:00\.000Z$/),
      patientId: b,
      name: { given: expect.any(String), family: 'Bell' },
      change: 'added',
      createdAt: '2026-03-11T18:00:00.000Z',
      resolvedAt: null,
    });
    const sessionsByDate = await roster(groupId, '2026-03-09', '2026-03-12');
    expect(sessionsByDate.map((s) => [s.date, s.openReviews])).toEqual([
      ['2026-03-09', 0],
      ['2026-03-10', 2],
      ['2026-03-11', 2],
      ['2026-03-12', 0],
    ]);

    const resolved = await t.call(desk, { method: 'POST', url: `/api/roster-reviews/${reviews[0]!.id}/resolve` });
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect(resolved.json()).toMatchObject({ id: reviews[0]!.id, resolvedAt: '2026-03-11T18:01:00.000Z' });
    const again = await t.call(desk, { method: 'POST', url: `/api/roster-reviews/${reviews[0]!.id}/resolve` });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('scheduling.roster_review_resolved');
    const done = await t.call(desk, { method: 'GET', url: `/api/roster-reviews?groupId=${groupId}&status=resolved` });
    expect(done.json().items.map((r: { id: string }) => r.id)).toEqual([reviews[0]!.id]);
    const audited = await auditedFor(String(resolved.headers['x-request-id']));
    expect(audited).toContainEqual(expect.objectContaining({ action: 'update', patientId: b }));
  });

  it('refuses to withdraw an enrollment whose sessions took place, and promotes from the next free day only', async () => {
    await setClock(START);
    const groupId = await createGroup({ capacity: 1 });
    const [a, b] = [await admit(), await admit()];
    const seat = (await enroll(groupId, { patientId: a, startDate: '2026-03-02' })).json();
    const waiting = (await enroll(groupId, { patientId: b, startDate: '2026-03-02' })).json();
    await setClock('2026-03-11T18:00:00Z');
    const refused = await withdraw(seat.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('scheduling.enrollment_started');
    // Ended back to Monday: the seat is free from Tuesday, but Wednesday's session is over.
    const res = await end(seat.id, '2026-03-09');
    expect(res.json().promoted).toEqual([{ enrollmentId: waiting.id, patientId: b }]);
    expect((await list(groupId)).find((e) => e.id === waiting.id)?.startDate).toBe('2026-03-12');
    const reviews = await t.call(desk, { method: 'GET', url: `/api/roster-reviews?groupId=${groupId}` });
    expect(reviews.json().items.map((r: { patientId: string; change: string }) => [r.patientId, r.change])).toEqual([
      [a, 'removed'],
      [a, 'removed'],
    ]);
  });

  it('bounds the range to 92 days', async () => {
    const groupId = await createGroup();
    const res = await t.call(desk, {
      method: 'GET',
      url: `/api/groups/${groupId}/roster?from=2026-03-01&to=2026-06-01`,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'scheduling.invalid_dates', details: [{ path: 'to' }] });
  });
});

describe('POST /api/programs/{id}/bulk-enrollments', () => {
  it('enrolls every patient of the program into each group, saying per patient and group what happened', async () => {
    await setClock(START);
    // A program of its own, so the patients of the other tests stay out of it.
    const own = await setUpClinic(t);
    const makeGroup = async (capacity: number, endDate?: string) => {
      slot += 1;
      const res = await t.call(own.director, {
        method: 'POST',
        url: '/api/groups',
        payload: groupBody(
          own,
          { name: `Bulk ${slot}`, capacity },
          { startTime: slotTime(slot), durationMinutes: 10, ...(endDate ? { endDate } : {}) },
        ),
      });
      return res.json().id as string;
    };
    const small = await makeGroup(2);
    const ended = await makeGroup(5, '2026-03-06');
    const [a, b, c] = [
      await admitPatient(t, own, { given: 'Ada', family: 'Ames' }),
      await admitPatient(t, own, { given: 'Ben', family: 'Bose' }),
      await admitPatient(t, own, { given: 'Cy', family: 'Cruz' }),
    ];
    expect((await enroll(small, { patientId: b, startDate: '2026-03-02' })).statusCode).toBe(201);
    await setClock('2026-03-09T15:00:00Z');

    const res = await t.call(desk, {
      method: 'POST',
      url: `/api/programs/${own.programId}/bulk-enrollments`,
      payload: { groupIds: [small, ended], startDate: '2026-03-16' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.counts).toEqual({ enrolled: 1, waitlisted: 1, skipped: 4 });
    expect(body.results).toEqual([
      {
        patientId: a,
        name: { given: 'Ada', family: 'Ames' },
        groupId: small,
        outcome: 'enrolled',
        enrollmentId: expect.any(String),
      },
      {
        patientId: b,
        name: { given: 'Ben', family: 'Bose' },
        groupId: small,
        outcome: 'skipped',
        reason: 'already_enrolled',
      },
      {
        patientId: c,
        name: { given: 'Cy', family: 'Cruz' },
        groupId: small,
        outcome: 'waitlisted',
        enrollmentId: expect.any(String),
        waitlistPosition: 1,
      },
      ...[a, b, c].map((patientId) =>
        expect.objectContaining({ patientId, groupId: ended, outcome: 'skipped', reason: 'group_ended' }),
      ),
    ]);
    const events = await auditedFor(String(res.headers['x-request-id']));
    expect(events.filter((e) => e.action === 'create').map((e) => e.patientId)).toEqual([a, c]);
    expect(new Set(events.map((e) => e.patientId))).toEqual(new Set([a, b, c]));
  });

  it('refuses groups of another program (422 with the path) and an unknown program (404), writing nothing', async () => {
    const other = await createGroup();
    const own = await setUpClinic(t);
    const patientId = await admitPatient(t, own);
    const res = await t.call(desk, {
      method: 'POST',
      url: `/api/programs/${own.programId}/bulk-enrollments`,
      payload: { groupIds: [other], startDate: '2026-03-16' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'scheduling.unknown_group', details: [{ path: 'groupIds.0' }] });
    const unknown = await t.call(desk, {
      method: 'POST',
      url: `/api/programs/${newId()}/bulk-enrollments`,
      payload: { groupIds: [other], startDate: '2026-03-16' },
    });
    expect(unknown.statusCode).toBe(404);
    expect(
      await t.db
        .select()
        .from(enrollments)
        .where(and(eq(enrollments.patientId, patientId))),
    ).toEqual([]);
  });
});
