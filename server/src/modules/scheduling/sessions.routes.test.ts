import { and, eq } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { auditEvents } from '../../kernel/audit/index.ts';
import type { Db } from '../../kernel/db/index.ts';
import { newId } from '../../kernel/ids.ts';
import { createTestApp, type Session, type TestApp } from '../../testing/index.ts';
import { staff } from '../organization/index.ts';
import { enrollments } from './scheduling.tables.ts';
import { admitPatient, groupBody, setUpClinic, type Clinic } from './test-fixtures.ts';

let t: TestApp;
let clinic: Clinic;
let groupId: string;
let ana: string;
let outsider: Session;

interface Item {
  id: string;
  groupId: string | null;
  groupName: string | null;
  kind: string;
  startsAt: string;
  endsAt: string;
  status: string;
  roomName: string | null;
  facilitators: { staffId: string; role: string; name: { given: string; family: string } }[];
  patient: { id: string; name: { given: string; family: string } } | null;
  expectedCount: number;
  edited: boolean;
}

const appointment = (overrides: Record<string, unknown> = {}) => ({
  kind: 'individual_therapy',
  patientId: ana,
  staffId: clinic.facilitatorIds[1],
  startsAt: '2026-03-02T13:00:00-05:00',
  durationMinutes: 50,
  roomId: clinic.roomIds[1],
  modality: 'in_person',
  ...overrides,
});

async function book(body: object, session = clinic.frontDesk) {
  return t.call(session, { method: 'POST', url: '/api/sessions', payload: body });
}

async function calendar(query: string, session = clinic.frontDesk): Promise<Item[]> {
  const res = await t.call(session, { method: 'GET', url: `/api/sessions?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
}

async function groupSessionOn(date: string): Promise<{ id: string; startsAt: string }> {
  const res = await t.call(clinic.frontDesk, {
    method: 'GET',
    url: `/api/groups/${groupId}/sessions?from=${date}&to=${date}`,
  });
  return res.json().items[0];
}

async function enroll(patientId: string, startDate: string) {
  await t.db.insert(enrollments).values({
    id: newId(),
    groupId,
    patientId,
    startDate,
    status: 'active',
    requestedAt: t.clock.now(),
  });
}

async function eventsOf(requestId: string) {
  return t.db.select().from(auditEvents).where(eq(auditEvents.requestId, requestId));
}

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-02-20T15:00:00Z');
  clinic = await setUpClinic(t);
  const res = await t.call(clinic.frontDesk, {
    method: 'POST',
    url: '/api/groups',
    payload: groupBody(clinic, { name: 'Morning process' }),
  });
  groupId = res.json().id;
  ana = await admitPatient(t, clinic, { given: 'Ana', family: 'Ruiz' });
  // A therapist outside the program: sees schedules, not this program's patients.
  outsider = await t.login('therapist', { given: 'Out', family: 'Side' });
  await t.db.insert(staff).values({ id: outsider.userId });
});
afterAll(() => t.close());

describe('POST /api/sessions (individual appointments)', () => {
  it('books an appointment with one lead clinician in the patient’s program and zone, audited', async () => {
    const res = await book(appointment());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ id: expect.any(String), warnings: [] });
    const detail = await t.call(clinic.frontDesk, { method: 'GET', url: `/api/sessions/${res.json().id}` });
    expect(detail.json()).toMatchObject({
      groupId: null,
      kind: 'individual_therapy',
      programId: clinic.programId,
      startsAt: '2026-03-02T18:00:00.000Z',
      endsAt: '2026-03-02T18:50:00.000Z',
      timeZone: 'America/New_York',
      status: 'scheduled',
      roomName: 'Room 2',
      modality: 'in_person',
      edited: false,
      facilitators: [{ staffId: clinic.facilitatorIds[1], role: 'lead', name: { given: 'Thera1', family: 'Pist' } }],
      roster: [{ patientId: ana, name: { given: 'Ana', family: 'Ruiz' }, attendance: null }],
      openReviews: 0,
    });
    const created = await eventsOf(String(res.headers['x-request-id']));
    expect(created).toEqual([expect.objectContaining({ action: 'create', patientId: ana, entityId: res.json().id })]);
  });

  it('takes the time zone from the patient’s program when no room is given (telehealth)', async () => {
    const res = await book(
      appointment({ roomId: undefined, modality: 'telehealth_video', startsAt: '2026-03-03T19:00:00Z' }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const detail = (await t.call(clinic.frontDesk, { method: 'GET', url: `/api/sessions/${res.json().id}` })).json();
    expect(detail).toMatchObject({ roomId: null, timeZone: 'America/New_York', modality: 'telehealth_video' });
  });

  it('warns, without refusing, when the patient is also expected in a group at that time', async () => {
    const ben = await admitPatient(t, clinic, { given: 'Ben', family: 'Cole' });
    await enroll(ben, '2026-03-01');
    const groupSession = await groupSessionOn('2026-03-04');
    const res = await book(
      appointment({
        patientId: ben,
        staffId: clinic.director.userId,
        roomId: clinic.roomIds[2],
        startsAt: '2026-03-04T10:00:00-05:00',
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().warnings).toEqual([
      { code: 'scheduling.patient_overlap', message: expect.any(String), sessionId: groupSession.id },
    ]);
  });

  it('refuses a facilitator double-booking with 409 naming the conflicting session', async () => {
    const groupSession = await groupSessionOn('2026-03-05');
    const res = await book(appointment({ staffId: clinic.facilitatorIds[0], startsAt: '2026-03-05T10:00:00-05:00' }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('scheduling.facilitator_conflict');
    expect(res.json().error.details[0].message).toContain(groupSession.id);
  });

  it('refuses a room double-booking unless a program director overrides with a reason', async () => {
    const body = appointment({ roomId: clinic.roomIds[0], startsAt: '2026-03-05T10:00:00-05:00' });
    const res = await book(body);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('scheduling.room_conflict');
    const override = { ...body, override: { reason: 'Family session needs the large room' } };
    const forbidden = await book(override);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.code).toBe('scheduling.override_forbidden');
    expect((await book(override, clinic.director)).statusCode).toBe(201);
  });

  it('finds conflicts beyond the rolling horizon (group sessions are materialized first)', async () => {
    const res = await book(appointment({ staffId: clinic.facilitatorIds[0], startsAt: '2026-07-08T10:00:00-04:00' }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('scheduling.facilitator_conflict');
  });

  it.each([
    [{ patientId: 'not-a-uuid' }, 400, 'request.invalid', 'patientId'],
    [{ startsAt: '2026-03-02T13:00:00' }, 400, 'request.invalid', 'startsAt'],
    [{ kind: 'skills' }, 400, 'request.invalid', 'kind'],
    [{ durationMinutes: 0 }, 400, 'request.invalid', 'durationMinutes'],
    [{ staffId: '00000000-0000-4000-8000-000000000000' }, 422, 'scheduling.unknown_staff', 'staffId'],
    [{ roomId: '00000000-0000-4000-8000-000000000000' }, 422, 'scheduling.unknown_room', 'roomId'],
    [{ patientId: '00000000-0000-4000-8000-000000000000' }, 404, 'patients.not_found', undefined],
  ])('refuses %j with %i %s and writes nothing', async (overrides, status, code, path) => {
    const before = await calendar(`from=2026-03-09&to=2026-03-09`);
    const res = await book(appointment({ startsAt: '2026-03-09T15:00:00-04:00', ...overrides }));
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().error.code).toBe(code);
    if (path) expect(res.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
    expect(await calendar(`from=2026-03-09&to=2026-03-09`)).toEqual(before);
  });

  it('answers 404 for a patient the caller may not see', async () => {
    const res = await book(appointment({ staffId: outsider.userId, startsAt: '2026-03-10T15:00:00-04:00' }), outsider);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('patients.not_found');
  });
});

describe('GET /api/sessions (calendar)', () => {
  it('lists group sessions and appointments of a range in start order, with names and head counts', async () => {
    const items = await calendar('from=2026-03-02&to=2026-03-02');
    expect(items.map((i) => [i.kind, i.startsAt])).toEqual([
      ['skills', '2026-03-02T14:00:00.000Z'],
      ['individual_therapy', '2026-03-02T18:00:00.000Z'],
    ]);
    const [group, individual] = items;
    expect(group).toMatchObject({
      groupId,
      groupName: 'Morning process',
      roomName: 'Room 1',
      patient: null,
      // Ben, enrolled from 1 March.
      expectedCount: 1,
      facilitators: [{ staffId: clinic.facilitatorIds[0], role: 'lead', name: { given: 'Thera0', family: 'Pist' } }],
    });
    expect(individual).toMatchObject({
      patient: { id: ana, name: { given: 'Ana', family: 'Ruiz' } },
      expectedCount: 1,
    });
  });

  it('compares local dates in each session’s own zone, across the March DST change', async () => {
    const items = await calendar(`from=2026-03-06&to=2026-03-09&roomId=${clinic.roomIds[0]}`);
    expect(items.map((i) => i.startsAt)).toEqual(['2026-03-06T14:00:00.000Z', '2026-03-09T13:00:00.000Z']);
  });

  it('filters by room, staff, program and patient', async () => {
    const range = 'from=2026-03-02&to=2026-03-06';
    const byRoom = await calendar(`${range}&roomId=${clinic.roomIds[1]}`);
    expect(byRoom.every((i) => i.roomName === 'Room 2')).toBe(true);
    expect(byRoom.length).toBeGreaterThan(0);
    const byStaff = await calendar(`${range}&staffId=${clinic.facilitatorIds[0]}`);
    expect(byStaff.map((i) => i.kind)).toEqual(['skills', 'skills', 'skills', 'skills', 'skills']);
    const byProgram = await calendar(`${range}&programId=${clinic.programId}`);
    expect(byProgram.length).toBeGreaterThan(byStaff.length);
    expect(await calendar(`${range}&programId=00000000-0000-4000-8000-000000000000`)).toEqual([]);

    // Ana: her own appointments, then her group once she is enrolled (from Wednesday on).
    const own = ['individual_therapy 2026-03-02', 'individual_therapy 2026-03-03', 'individual_therapy 2026-03-05'];
    const label = (items: Item[]) => items.map((i) => `${i.kind} ${i.startsAt.slice(0, 10)}`);
    expect(label(await calendar(`${range}&patientId=${ana}`))).toEqual(own);
    await enroll(ana, '2026-03-04');
    expect(label(await calendar(`${range}&patientId=${ana}`))).toEqual([
      own[0],
      own[1],
      'skills 2026-03-04',
      'skills 2026-03-05',
      own[2],
      'skills 2026-03-06',
    ]);
  });

  it('shows weeks beyond the rolling horizon', async () => {
    const items = await calendar(`from=2026-06-01&to=2026-06-05&staffId=${clinic.facilitatorIds[0]}`);
    expect(items.map((i) => i.startsAt)).toEqual([
      '2026-06-01T13:00:00.000Z',
      '2026-06-02T13:00:00.000Z',
      '2026-06-03T13:00:00.000Z',
      '2026-06-04T13:00:00.000Z',
      '2026-06-05T13:00:00.000Z',
    ]);
  });

  it('never names a patient the caller may not see, and audits reads that name patients', async () => {
    const hidden = await calendar('from=2026-03-02&to=2026-03-02', outsider);
    expect(hidden.find((i) => i.kind === 'individual_therapy')?.patient).toBeNull();
    const res = await t.call(outsider, {
      method: 'GET',
      url: `/api/sessions?from=2026-03-02&to=2026-03-02&patientId=${ana}`,
    });
    expect(res.statusCode).toBe(404);

    const named = await t.call(clinic.frontDesk, { method: 'GET', url: '/api/sessions?from=2026-03-02&to=2026-03-02' });
    const [event] = await eventsOf(String(named.headers['x-request-id']));
    expect(event).toMatchObject({ action: 'query', actorId: clinic.frontDesk.userId });
    expect((event!.details as { returnedIds: string[] }).returnedIds).toEqual([ana]);
    const groupsOnly = await t.call(clinic.frontDesk, {
      method: 'GET',
      url: `/api/sessions?from=2026-03-02&to=2026-03-02&roomId=${clinic.roomIds[0]}`,
    });
    expect(await eventsOf(String(groupsOnly.headers['x-request-id']))).toEqual([]);
  });

  it.each([
    ['from=2026-03-10&to=2026-03-09', 422, 'scheduling.invalid_dates'],
    ['from=2026-03-01&to=2026-05-02', 422, 'scheduling.invalid_dates'],
    ['from=2026-03-01', 400, 'request.invalid'],
    ['from=2026-03-01&to=2026-03-02&roomId=room-1', 400, 'request.invalid'],
  ])('refuses %s with %i %s', async (query, status, code) => {
    const res = await t.call(clinic.frontDesk, { method: 'GET', url: `/api/sessions?${query}` });
    expect(res.statusCode).toBe(status);
    expect(res.json().error.code).toBe(code);
  });

  it('accepts a range of exactly 62 days', async () => {
    expect(
      (await t.call(clinic.frontDesk, { method: 'GET', url: '/api/sessions?from=2026-03-01&to=2026-05-01' }))
        .statusCode,
    ).toBe(200);
  });
});

describe('GET /api/sessions/:id', () => {
  it('shows the expected roster of a group session and audits one read per patient', async () => {
    const session = await groupSessionOn('2026-03-05');
    const res = await t.call(clinic.frontDesk, { method: 'GET', url: `/api/sessions/${session.id}` });
    expect(res.statusCode).toBe(200);
    const ben = res.json().roster.find((m: { name: { given: string } }) => m.name.given === 'Ben');
    expect(res.json()).toMatchObject({
      id: session.id,
      groupId,
      groupName: 'Morning process',
      kind: 'skills',
      cancelReason: null,
    });
    expect(res.json().roster.map((m: { patientId: string }) => m.patientId)).toEqual([ben.patientId, ana]);
    const events = await eventsOf(String(res.headers['x-request-id']));
    expect(events.map((e) => [e.action, e.patientId]).sort()).toEqual(
      [
        ['read', ana],
        ['read', ben.patientId],
      ].sort(),
    );
  });

  it('leaves out patients the caller may not see', async () => {
    const session = await groupSessionOn('2026-03-05');
    const res = await t.call(outsider, { method: 'GET', url: `/api/sessions/${session.id}` });
    expect(res.statusCode).toBe(200);
    expect(res.json().roster).toEqual([]);
  });

  it('answers 404 for an unknown session and 400 for a malformed id', async () => {
    const missing = await t.call(clinic.frontDesk, {
      method: 'GET',
      url: '/api/sessions/00000000-0000-4000-8000-000000000000',
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('scheduling.session_not_found');
    expect((await t.call(clinic.frontDesk, { method: 'GET', url: '/api/sessions/nope' })).statusCode).toBe(400);
  });
});

describe('PATCH /api/sessions/:id and cancel (one occurrence)', () => {
  it('moves one occurrence: it becomes edited, keeps its date in the series, the others stay', async () => {
    const before = await t.call(clinic.frontDesk, {
      method: 'GET',
      url: `/api/groups/${groupId}/sessions?from=2026-03-09&to=2026-03-13`,
    });
    const [monday, tuesday] = before.json().items;
    const res = await t.call(clinic.frontDesk, {
      method: 'PATCH',
      url: `/api/sessions/${tuesday.id}`,
      payload: { startsAt: '2026-03-10T13:00:00-04:00', durationMinutes: 120 },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      startsAt: '2026-03-10T17:00:00.000Z',
      endsAt: '2026-03-10T19:00:00.000Z',
      edited: true,
    });
    const after = await t.call(clinic.frontDesk, {
      method: 'GET',
      url: `/api/groups/${groupId}/sessions?from=2026-03-09&to=2026-03-13`,
    });
    const items = after.json().items;
    expect(items).toHaveLength(5);
    expect(items[0]).toEqual(monday);
    expect(items[1]).toMatchObject({ id: tuesday.id, occurrenceDate: '2026-03-10', edited: true });
    expect(
      items
        .slice(2)
        .every((s: { edited: boolean; startsAt: string }) => !s.edited && s.startsAt.endsWith('T13:00:00.000Z')),
    ).toBe(true);
  });

  it('warns when a roster member is booked elsewhere at the new time', async () => {
    const session = await groupSessionOn('2026-03-11');
    await book(
      appointment({
        startsAt: '2026-03-11T14:00:00-04:00',
        roomId: clinic.roomIds[2],
        staffId: clinic.facilitatorIds[2],
      }),
    );
    const res = await t.call(clinic.frontDesk, {
      method: 'PATCH',
      url: `/api/sessions/${session.id}`,
      payload: { startsAt: '2026-03-11T13:30:00-04:00' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().warnings).toEqual([
      { code: 'scheduling.patient_overlap', message: expect.any(String), sessionId: expect.any(String) },
    ]);
  });

  it('substitutes the facilitator and the room of one occurrence only', async () => {
    const session = await groupSessionOn('2026-03-12');
    const res = await t.call(clinic.frontDesk, {
      method: 'PATCH',
      url: `/api/sessions/${session.id}`,
      payload: { facilitators: [{ staffId: clinic.facilitatorIds[2], role: 'lead' }], roomId: clinic.roomIds[2] },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ roomName: 'Room 3', edited: true, startsAt: session.startsAt });
    expect(res.json().facilitators.map((f: { staffId: string }) => f.staffId)).toEqual([clinic.facilitatorIds[2]]);
    const next = await groupSessionOn('2026-03-13');
    const detail = (await t.call(clinic.frontDesk, { method: 'GET', url: `/api/sessions/${next.id}` })).json();
    expect(detail).toMatchObject({ roomName: 'Room 1', edited: false });
    expect(detail.facilitators.map((f: { staffId: string }) => f.staffId)).toEqual([clinic.facilitatorIds[0]]);
  });

  it('refuses a substitute who is already booked, unless a director overrides', async () => {
    const session = await groupSessionOn('2026-03-16');
    const elsewhere = await book(
      appointment({
        staffId: clinic.facilitatorIds[2],
        roomId: clinic.roomIds[2],
        startsAt: '2026-03-16T10:00:00-04:00',
      }),
    );
    expect(elsewhere.statusCode).toBe(201);
    const body = { facilitators: [{ staffId: clinic.facilitatorIds[2], role: 'lead' }] };
    const res = await t.call(clinic.frontDesk, { method: 'PATCH', url: `/api/sessions/${session.id}`, payload: body });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('scheduling.facilitator_conflict');
    expect(res.json().error.details[0].message).toContain(elsewhere.json().id);
    const override = { ...body, override: { reason: 'Covering both, the appointment is short' } };
    expect(
      (
        await t.call(clinic.frontDesk, { method: 'PATCH', url: `/api/sessions/${session.id}`, payload: override })
      ).json().error.code,
    ).toBe('scheduling.override_forbidden');
    const allowed = await t.call(clinic.director, {
      method: 'PATCH',
      url: `/api/sessions/${session.id}`,
      payload: override,
    });
    expect(allowed.statusCode, allowed.body).toBe(200);
  });

  it('keeps one clinician on an appointment', async () => {
    const booked = await book(appointment({ startsAt: '2026-03-17T15:00:00-04:00' }));
    const res = await t.call(clinic.frontDesk, {
      method: 'PATCH',
      url: `/api/sessions/${booked.json().id}`,
      payload: {
        facilitators: [
          { staffId: clinic.facilitatorIds[1], role: 'lead' },
          { staffId: clinic.facilitatorIds[2], role: 'co' },
        ],
      },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('scheduling.one_clinician');
  });

  it('cancels one occurrence with a reason; it can then be neither moved nor cancelled again', async () => {
    const session = await groupSessionOn('2026-03-18');
    const res = await t.call(clinic.frontDesk, {
      method: 'POST',
      url: `/api/sessions/${session.id}/cancel`,
      payload: { reason: 'Clinic closed for staff training' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Clinic closed for staff training',
      edited: true,
    });
    const move = await t.call(clinic.frontDesk, {
      method: 'PATCH',
      url: `/api/sessions/${session.id}`,
      payload: { startsAt: '2026-03-18T14:00:00-04:00' },
    });
    expect(move.statusCode).toBe(409);
    expect(move.json().error.code).toBe('scheduling.session_cancelled');
    const again = await t.call(clinic.frontDesk, {
      method: 'POST',
      url: `/api/sessions/${session.id}/cancel`,
      payload: { reason: 'Twice' },
    });
    expect(again.statusCode).toBe(409);
    const neighbours = await calendar(`from=2026-03-17&to=2026-03-19&roomId=${clinic.roomIds[0]}`);
    expect(neighbours.map((i) => i.status)).toEqual(['scheduled', 'cancelled', 'scheduled']);
  });

  it('refuses to move a session that has started, or into the past', async () => {
    // A two-week group that began before today (20 February, 10:00 in New York): today's has started.
    const created = await t.call(clinic.frontDesk, {
      method: 'POST',
      url: '/api/groups',
      payload: groupBody(
        clinic,
        {
          name: 'February intensive',
          roomId: clinic.roomIds[2],
          facilitators: [{ staffId: clinic.facilitatorIds[2], role: 'lead' }],
        },
        { startDate: '2026-02-16', endDate: '2026-02-27', startTime: '09:00', durationMinutes: 180 },
      ),
    });
    expect(created.statusCode, created.body).toBe(201);
    const february = await t.call(clinic.frontDesk, {
      method: 'GET',
      url: `/api/groups/${created.json().id}/sessions?from=2026-02-20&to=2026-02-23`,
    });
    const [started, future] = february.json().items;
    const res = await t.call(clinic.frontDesk, {
      method: 'PATCH',
      url: `/api/sessions/${started.id}`,
      payload: { startsAt: '2026-02-20T13:00:00-05:00' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('scheduling.session_started');
    const backwards = await t.call(clinic.frontDesk, {
      method: 'PATCH',
      url: `/api/sessions/${future.id}`,
      payload: { startsAt: '2026-02-20T08:00:00-05:00' },
    });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json().error.details[0].path).toBe('startsAt');
    // A substitute may still be recorded for a session under way.
    const substitute = await t.call(clinic.frontDesk, {
      method: 'PATCH',
      url: `/api/sessions/${started.id}`,
      payload: { facilitators: [{ staffId: clinic.facilitatorIds[1], role: 'lead' }] },
    });
    expect(substitute.statusCode, substitute.body).toBe(200);
  });

  it.each([
    [{}, 400],
    [{ durationMinutes: 2 }, 400],
    [{ startsAt: 'tomorrow' }, 400],
    [{ facilitators: [] }, 400],
    [{ roomId: '00000000-0000-4000-8000-000000000000' }, 422],
    [{ facilitators: [{ staffId: '00000000-0000-4000-8000-000000000000', role: 'lead' }] }, 422],
  ])('refuses the patch %j with %i', async (payload, status) => {
    const session = await groupSessionOn('2026-03-23');
    const res = await t.call(clinic.frontDesk, { method: 'PATCH', url: `/api/sessions/${session.id}`, payload });
    expect(res.statusCode, res.body).toBe(status);
    expect((await groupSessionOn('2026-03-23')).startsAt).toBe(session.startsAt);
  });

  it('answers 404 for unknown sessions and 400 for a cancel without a reason', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(
      (
        await t.call(clinic.frontDesk, {
          method: 'PATCH',
          url: `/api/sessions/${unknown}`,
          payload: { durationMinutes: 60 },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await t.call(clinic.frontDesk, {
          method: 'POST',
          url: `/api/sessions/${unknown}/cancel`,
          payload: { reason: 'Snow' },
        })
      ).statusCode,
    ).toBe(404);
    const session = await groupSessionOn('2026-03-24');
    expect(
      (await t.call(clinic.frontDesk, { method: 'POST', url: `/api/sessions/${session.id}/cancel`, payload: {} }))
        .statusCode,
    ).toBe(400);
  });
});

describe('calendar statements', () => {
  /** A second app on the same database whose driver counts the statements it sends. */
  async function countingApp() {
    let count = 0;
    const logger = { logQuery: () => void (count += 1) };
    const client = (t.db as unknown as { $client: never }).$client;
    const db = (t.database.engine === 'pglite'
      ? drizzlePglite(client, { logger })
      : drizzlePg(client, { logger })) as unknown as Db;
    const { app } = await buildApp({ config: t.config, db, clock: t.clock });
    await app.ready();
    return {
      app,
      async statementsFor(url: string) {
        count = 0;
        const res = await app.inject({ method: 'GET', url, headers: clinic.frontDesk.headers });
        expect(res.statusCode, res.body).toBe(200);
        return { statements: count, items: res.json().items.length as number };
      },
    };
  }

  it('does not grow with the number of sessions read', async () => {
    // One appointment on 6 April; thirty more, one a day from 7 April, all with their group sessions.
    const patient = await admitPatient(t, clinic, { given: 'Cy', family: 'Dunn' });
    for (let day = 0; day < 31; day += 1) {
      const date = new Date(Date.UTC(2026, 3, 6 + day, 21, 0));
      const res = await book(
        appointment({
          patientId: patient,
          staffId: clinic.facilitatorIds[2],
          roomId: clinic.roomIds[2],
          startsAt: date.toISOString(),
        }),
      );
      expect(res.statusCode, res.body).toBe(201);
    }
    const counting = await countingApp();
    try {
      // Warm up: the first read of a range may materialize group sessions.
      await counting.statementsFor('/api/sessions?from=2026-04-07&to=2026-05-06');
      const one = await counting.statementsFor(`/api/sessions?from=2026-04-06&to=2026-04-06&patientId=${patient}`);
      const many = await counting.statementsFor(`/api/sessions?from=2026-04-07&to=2026-05-06&patientId=${patient}`);
      expect([one.items, many.items]).toEqual([1, 30]);
      expect(many.statements).toBe(one.statements);
      const everything = await counting.statementsFor('/api/sessions?from=2026-04-07&to=2026-05-06');
      expect(everything.items).toBeGreaterThan(50);
      expect(everything.statements).toBeLessThanOrEqual(one.statements);
    } finally {
      await counting.app.close();
    }
  });
});

describe('audit of appointment changes', () => {
  it('records who moved and cancelled an appointment, with its patient', async () => {
    const booked = await book(appointment({ startsAt: '2026-03-25T15:00:00-04:00' }));
    const id = booked.json().id;
    const moved = await t.call(clinic.frontDesk, {
      method: 'PATCH',
      url: `/api/sessions/${id}`,
      payload: { durationMinutes: 30 },
    });
    const cancelled = await t.call(clinic.frontDesk, {
      method: 'POST',
      url: `/api/sessions/${id}/cancel`,
      payload: { reason: 'Patient ill' },
    });
    for (const res of [moved, cancelled]) {
      const events = await t.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.requestId, String(res.headers['x-request-id'])), eq(auditEvents.action, 'update')));
      expect(events).toEqual([
        expect.objectContaining({ patientId: ana, entityId: id, actorId: clinic.frontDesk.userId }),
      ]);
    }
  });
});
