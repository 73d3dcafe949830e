import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/index.ts';
import { admitPatient, groupBody, setUpClinic, type Clinic } from './test-fixtures.ts';

let t: TestApp;
let clinic: Clinic;
let groupId: string;

interface GroupSession {
  id: string;
  startsAt: string;
  occurrenceDate: string;
  edited: boolean;
}

async function createGroup(body: object): Promise<string> {
  const res = await t.call(clinic.frontDesk, { method: 'POST', url: '/api/groups', payload: body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

async function sessionsOf(id: string, from: string, to: string): Promise<GroupSession[]> {
  const res = await t.call(clinic.frontDesk, {
    method: 'GET',
    url: `/api/groups/${id}/sessions?from=${from}&to=${to}`,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
}

const byDate = (items: GroupSession[]) => Object.fromEntries(items.map((s) => [s.occurrenceDate, s]));

async function editSeries(id: string, payload: object, session = clinic.frontDesk) {
  return t.call(session, { method: 'PATCH', url: `/api/groups/${id}`, payload });
}

async function facilitatorsOf(sessionId: string): Promise<string[]> {
  const res = await t.call(clinic.frontDesk, { method: 'GET', url: `/api/sessions/${sessionId}` });
  return res.json().facilitators.map((f: { staffId: string }) => f.staffId);
}

beforeAll(async () => {
  t = await createTestApp();
  // Friday 20 February 2026, 10:00 in New York: today's 09:00 session has started.
  t.clock.set('2026-02-20T15:00:00Z');
  clinic = await setUpClinic(t);
  groupId = await createGroup(groupBody(clinic, { name: 'Process group' }, { startDate: '2026-02-02' }));
});
afterAll(() => t.close());

describe('PATCH /api/groups/:id (series edits)', () => {
  it('changes future unedited occurrences only; past, started and hand-edited ones stay, local time kept across DST', async () => {
    const before = byDate(await sessionsOf(groupId, '2026-02-19', '2026-03-10'));
    const moved = await t.call(clinic.frontDesk, {
      method: 'PATCH',
      url: `/api/sessions/${before['2026-02-25']!.id}`,
      payload: { startsAt: '2026-02-25T13:00:00-05:00' },
    });
    expect(moved.statusCode, moved.body).toBe(200);

    const res = await editSeries(groupId, { schedule: { startTime: '10:00' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: groupId, schedule: { startTime: '10:00', durationMinutes: 180 } });

    const after = byDate(await sessionsOf(groupId, '2026-02-19', '2026-03-10'));
    // Past and started (today's began at 09:00) sessions are history.
    expect(after['2026-02-19']).toEqual(before['2026-02-19']);
    expect(after['2026-02-20']).toEqual(before['2026-02-20']);
    // The hand-moved one keeps its own time.
    expect(after['2026-02-25']).toMatchObject({
      id: before['2026-02-25']!.id,
      startsAt: '2026-02-25T18:00:00.000Z',
      edited: true,
    });
    // The rest follow the new version: 10:00 EST, then 10:00 EDT after 8 March.
    expect(after['2026-02-23']!.startsAt).toBe('2026-02-23T15:00:00.000Z');
    expect(after['2026-03-06']!.startsAt).toBe('2026-03-06T15:00:00.000Z');
    expect(after['2026-03-09']!.startsAt).toBe('2026-03-09T14:00:00.000Z');
    expect(after['2026-03-10']!.startsAt).toBe('2026-03-10T14:00:00.000Z');
    expect(Object.keys(after)).toEqual(Object.keys(before));
  });

  it('takes effect from a later date, leaving the weeks before it as they are', async () => {
    const res = await editSeries(groupId, {
      schedule: { rrule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR' },
      effectiveFrom: '2026-03-02',
    });
    expect(res.statusCode, res.body).toBe(200);
    // The schedule in effect today is still the weekday one.
    expect(res.json().schedule.rrule).toBe('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR');
    const items = await sessionsOf(groupId, '2026-02-23', '2026-03-06');
    expect(items.map((s) => s.occurrenceDate)).toEqual([
      '2026-02-23',
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-03-02',
      '2026-03-04',
      '2026-03-06',
    ]);
    // The new version starts from the one in effect on its date (10:00).
    expect(items.at(-1)!.startsAt).toBe('2026-03-06T15:00:00.000Z');
  });

  it('hands future unedited sessions to new facilitators from the effective date', async () => {
    const before = byDate(await sessionsOf(groupId, '2026-02-25', '2026-03-13'));
    const res = await editSeries(groupId, {
      facilitators: [
        { staffId: clinic.facilitatorIds[1], role: 'lead' },
        { staffId: clinic.facilitatorIds[2], role: 'co' },
      ],
      effectiveFrom: '2026-03-09',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().facilitators).toEqual([
      { staffId: clinic.facilitatorIds[2], role: 'co' },
      { staffId: clinic.facilitatorIds[1], role: 'lead' },
    ]);
    const after = byDate(await sessionsOf(groupId, '2026-02-25', '2026-03-13'));
    // Same sessions (not re-created), new hands from 9 March on.
    expect(after['2026-03-09']!.id).toBe(before['2026-03-09']!.id);
    expect(await facilitatorsOf(after['2026-03-09']!.id)).toEqual([clinic.facilitatorIds[1], clinic.facilitatorIds[2]]);
    expect(await facilitatorsOf(after['2026-03-06']!.id)).toEqual([clinic.facilitatorIds[0]]);
    expect(await facilitatorsOf(after['2026-02-25']!.id)).toEqual([clinic.facilitatorIds[0]]);
  });

  it('trims the series to a new end date and extends it again', async () => {
    const trimmed = await editSeries(groupId, { schedule: { endDate: '2026-03-13' } });
    expect(trimmed.statusCode, trimmed.body).toBe(200);
    expect(trimmed.json().schedule.endDate).toBe('2026-03-13');
    expect((await sessionsOf(groupId, '2026-03-09', '2026-04-10')).map((s) => s.occurrenceDate)).toEqual([
      '2026-03-09',
      '2026-03-11',
      '2026-03-13',
    ]);

    const reopened = await editSeries(groupId, { schedule: { endDate: null } });
    expect(reopened.statusCode, reopened.body).toBe(200);
    const extended = await sessionsOf(groupId, '2026-03-13', '2026-03-20');
    expect(extended.map((s) => s.occurrenceDate)).toEqual(['2026-03-13', '2026-03-16', '2026-03-18', '2026-03-20']);
    // New sessions follow the current version and facilitators.
    expect(extended.at(-1)!.startsAt).toBe('2026-03-20T14:00:00.000Z');
    expect(await facilitatorsOf(extended.at(-1)!.id)).toEqual([clinic.facilitatorIds[1], clinic.facilitatorIds[2]]);
  });

  it('stops a deactivated group’s future sessions and plans them again on reactivation', async () => {
    const stopped = await editSeries(groupId, { active: false, effectiveFrom: '2026-03-16' });
    expect(stopped.statusCode, stopped.body).toBe(200);
    expect(stopped.json().active).toBe(false);
    expect((await sessionsOf(groupId, '2026-03-13', '2026-03-20')).map((s) => s.occurrenceDate)).toEqual([
      '2026-03-13',
    ]);
    const restarted = await editSeries(groupId, { active: true, effectiveFrom: '2026-03-18' });
    expect(restarted.statusCode, restarted.body).toBe(200);
    expect((await sessionsOf(groupId, '2026-03-13', '2026-03-20')).map((s) => s.occurrenceDate)).toEqual([
      '2026-03-13',
      '2026-03-18',
      '2026-03-20',
    ]);
  });

  it('renames and resizes without touching sessions', async () => {
    const before = await sessionsOf(groupId, '2026-03-01', '2026-03-31');
    const res = await editSeries(groupId, { name: 'Process group (afternoons soon)', capacity: 10 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Process group (afternoons soon)', capacity: 10 });
    expect(await sessionsOf(groupId, '2026-03-01', '2026-03-31')).toEqual(before);
  });

  it('refuses a room or facilitator double-booking unless a director overrides', async () => {
    const other = await createGroup(
      groupBody(
        clinic,
        {
          name: 'Afternoon skills',
          roomId: clinic.roomIds[1],
          facilitators: [{ staffId: clinic.facilitatorIds[0], role: 'lead' }],
        },
        { startDate: '2026-03-02', startTime: '14:00', durationMinutes: 60 },
      ),
    );
    const [otherSession] = await sessionsOf(other, '2026-03-02', '2026-03-02');
    const intoRoom = { schedule: { roomId: clinic.roomIds[1], startTime: '13:30', durationMinutes: 60 } };
    const res = await editSeries(groupId, intoRoom);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('scheduling.room_conflict');
    expect(
      res
        .json()
        .error.details.map((d: { message: string }) => d.message)
        .join(' '),
    ).toContain(otherSession!.id);

    const intoStaff = await editSeries(other, {
      facilitators: [{ staffId: clinic.facilitatorIds[1], role: 'lead' }],
      schedule: { startTime: '10:00' },
    });
    expect(intoStaff.statusCode).toBe(409);
    expect(intoStaff.json().error.code).toBe('scheduling.facilitator_conflict');

    const override = { ...intoRoom, override: { reason: 'Shared room during renovation' } };
    const forbidden = await editSeries(groupId, override);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.code).toBe('scheduling.override_forbidden');
    const allowed = await editSeries(groupId, override, clinic.director);
    expect(allowed.statusCode, allowed.body).toBe(200);
    expect(allowed.json().roomId).toBe(clinic.roomIds[1]);
    const moved = await sessionsOf(groupId, '2026-03-23', '2026-03-23');
    expect(moved[0]!.startsAt).toBe('2026-03-23T17:30:00.000Z');
  });

  it('gives a raised capacity’s new seats to the waitlist', async () => {
    const small = await createGroup(
      groupBody(
        clinic,
        {
          name: 'Small group',
          capacity: 1,
          roomId: clinic.roomIds[2],
          facilitators: [{ staffId: clinic.facilitatorIds[2], role: 'lead' }],
        },
        { startDate: '2026-03-02', startTime: '16:00', durationMinutes: 60 },
      ),
    );
    const enroll = async (patientId: string) =>
      t.call(clinic.frontDesk, {
        method: 'POST',
        url: `/api/groups/${small}/enrollments`,
        payload: { patientId, startDate: '2026-03-02' },
      });
    expect((await enroll(await admitPatient(t, clinic, { given: 'Ana', family: 'Ruiz' }))).json().status).toBe(
      'active',
    );
    const waiting = await enroll(await admitPatient(t, clinic, { given: 'Ben', family: 'Cole' }));
    expect(waiting.json().status).toBe('waitlisted');
    const res = await editSeries(small, { capacity: 2 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ capacity: 2, enrolledCount: 0, waitlistCount: 0 });
    const list = await t.call(clinic.frontDesk, { method: 'GET', url: `/api/groups/${small}/enrollments` });
    expect(list.json().items.map((e: { status: string }) => e.status)).toEqual(['active', 'active']);
  });

  it('refuses to lower the capacity below the seats taken on a coming date, and lowers it to that', async () => {
    const pair = await createGroup(
      groupBody(
        clinic,
        {
          name: 'Pair group',
          capacity: 3,
          roomId: clinic.roomIds[2],
          facilitators: [{ staffId: clinic.facilitatorIds[2], role: 'lead' }],
        },
        { startDate: '2026-03-02', startTime: '18:00', durationMinutes: 60 },
      ),
    );
    for (const [family, startDate] of [
      ['Avila', '2026-03-02'],
      ['Brook', '2026-04-06'],
    ] as const) {
      const patientId = await admitPatient(t, clinic, { given: 'Pat', family });
      const res = await t.call(clinic.frontDesk, {
        method: 'POST',
        url: `/api/groups/${pair}/enrollments`,
        payload: { patientId, startDate },
      });
      expect(res.json().status).toBe('active');
    }
    // Only one is enrolled today, but both from 6 April on.
    const refused = await editSeries(pair, { capacity: 1 });
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().error.code).toBe('scheduling.capacity_below_enrolled');
    expect((await t.call(clinic.frontDesk, { method: 'GET', url: `/api/groups/${pair}` })).json().capacity).toBe(3);
    const lowered = await editSeries(pair, { capacity: 2 });
    expect(lowered.statusCode, lowered.body).toBe(200);
    expect(lowered.json().capacity).toBe(2);
  });

  it.each([
    [{ effectiveFrom: '2026-02-19', name: 'x' }, 422, 'scheduling.invalid_dates', 'effectiveFrom'],
    [{ schedule: { endDate: '2026-01-30' } }, 422, 'scheduling.invalid_dates', 'schedule.endDate'],
    [{ schedule: { rrule: 'FREQ=HOURLY' } }, 422, 'scheduling.invalid_rrule', 'schedule.rrule'],
    [
      { schedule: { rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30' } },
      422,
      'scheduling.no_occurrences',
      'schedule.rrule',
    ],
    [
      { schedule: { roomId: '00000000-0000-4000-8000-000000000000' } },
      422,
      'scheduling.unknown_room',
      'schedule.roomId',
    ],
    [
      { facilitators: [{ staffId: '00000000-0000-4000-8000-000000000000', role: 'lead' }] },
      422,
      'scheduling.unknown_staff',
      'facilitators.0.staffId',
    ],
    [{}, 400, 'request.invalid', undefined],
    [{ schedule: {} }, 400, 'request.invalid', undefined],
    [{ capacity: 0 }, 400, 'request.invalid', 'capacity'],
    [{ schedule: { startTime: '25:00' } }, 400, 'request.invalid', 'schedule.startTime'],
  ])('refuses %j with %i %s and changes nothing', async (payload, status, code, path) => {
    const before = await sessionsOf(groupId, '2026-03-01', '2026-03-31');
    const group = (await t.call(clinic.frontDesk, { method: 'GET', url: `/api/groups/${groupId}` })).json();
    const res = await editSeries(groupId, payload);
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().error.code).toBe(code);
    if (path) expect(res.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
    expect(await sessionsOf(groupId, '2026-03-01', '2026-03-31')).toEqual(before);
    expect((await t.call(clinic.frontDesk, { method: 'GET', url: `/api/groups/${groupId}` })).json()).toEqual(group);
  });

  it('answers 404 for an unknown group and 400 for a malformed id', async () => {
    const missing = await editSeries('00000000-0000-4000-8000-000000000000', { name: 'Ghost' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('scheduling.group_not_found');
    expect((await editSeries('group-1', { name: 'Ghost' })).statusCode).toBe(400);
  });

  it('checks an edit that takes effect beyond the rolling horizon against the sessions planned there', async () => {
    const evening = (name: string, staffId: string, rrule: string) =>
      groupBody(
        clinic,
        { name, roomId: clinic.roomIds[2], facilitators: [{ staffId, role: 'lead' }] },
        { startDate: '2026-03-02', rrule, startTime: '19:30', durationMinutes: 60 },
      );
    await createGroup(evening('Monday evenings', clinic.facilitatorIds[2]!, 'FREQ=WEEKLY;BYDAY=MO'));
    const tuesdays = await createGroup(evening('Tuesday evenings', clinic.director.userId, 'FREQ=WEEKLY;BYDAY=TU'));
    // The horizon ends mid-April; from June the Tuesday group would meet on Mondays, in the same room.
    const res = await editSeries(tuesdays, {
      schedule: { rrule: 'FREQ=WEEKLY;BYDAY=MO' },
      effectiveFrom: '2026-06-01',
    });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.code).toBe('scheduling.room_conflict');
    // On a free evening the edit stands, and the weeks before it keep their Tuesdays.
    const moved = await editSeries(tuesdays, {
      schedule: { rrule: 'FREQ=WEEKLY;BYDAY=WE' },
      effectiveFrom: '2026-06-01',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await sessionsOf(tuesdays, '2026-05-25', '2026-06-07')).map((s) => s.occurrenceDate)).toEqual([
      '2026-05-26',
      '2026-06-03',
    ]);
  });

  it('keeps local times across the November change (EDT → EST on 1 November 2026)', async () => {
    const autumn = await createGroup(
      groupBody(
        clinic,
        {
          name: 'Autumn cohort',
          roomId: clinic.roomIds[2],
          facilitators: [{ staffId: clinic.facilitatorIds[2], role: 'lead' }],
        },
        { startDate: '2026-10-19', startTime: '09:00', durationMinutes: 90 },
      ),
    );
    const res = await editSeries(autumn, { schedule: { startTime: '11:00' }, effectiveFrom: '2026-10-26' });
    expect(res.statusCode, res.body).toBe(200);
    const items = byDate(await sessionsOf(autumn, '2026-10-23', '2026-11-03'));
    expect(items['2026-10-23']!.startsAt).toBe('2026-10-23T13:00:00.000Z');
    expect(items['2026-10-30']!.startsAt).toBe('2026-10-30T15:00:00.000Z');
    expect(items['2026-11-02']!.startsAt).toBe('2026-11-02T16:00:00.000Z');
    expect(items['2026-11-03']!.startsAt).toBe('2026-11-03T16:00:00.000Z');
  });

  it('leaves alone a session that already has attendance (recorded before its start) and re-plans the rest', async () => {
    t.clock.set('2026-02-20T15:00:00Z'); // 10:00 in New York
    const late = await createGroup(
      groupBody(
        clinic,
        {
          name: 'Late-morning check-in',
          roomId: clinic.roomIds[2],
          facilitators: [{ staffId: clinic.facilitatorIds[2], role: 'lead' }],
        },
        { startDate: '2026-02-20', startTime: '10:20', durationMinutes: 60 },
      ),
    );
    const patientId = await admitPatient(t, clinic, { given: 'Eli', family: 'Early' });
    const enrolled = await t.call(clinic.frontDesk, {
      method: 'POST',
      url: `/api/groups/${late}/enrollments`,
      payload: { patientId, startDate: '2026-02-20' },
    });
    expect(enrolled.statusCode, enrolled.body).toBe(201);
    const before = byDate(await sessionsOf(late, '2026-02-20', '2026-02-23'));
    const today = before['2026-02-20']!;
    // Attendance opens 30 minutes before the start: this session is in use 20 minutes before it starts.
    const arrived = await t.call(clinic.director, {
      method: 'POST',
      url: `/api/sessions/${today.id}/check-ins`,
      payload: { patientId },
    });
    expect(arrived.statusCode, arrived.body).toBe(201);

    const res = await editSeries(late, {
      schedule: { startTime: '11:00' },
      facilitators: [{ staffId: clinic.facilitatorIds[1], role: 'lead' }],
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = byDate(await sessionsOf(late, '2026-02-20', '2026-02-23'));
    expect(after['2026-02-20']).toEqual(today);
    expect(await facilitatorsOf(today.id)).toEqual([clinic.facilitatorIds[2]]);
    const recorded = await t.call(clinic.director, { method: 'GET', url: `/api/sessions/${today.id}/attendance` });
    expect(recorded.json().records).toEqual([expect.objectContaining({ patientId, status: 'present' })]);
    // The next one, with nothing recorded, follows the new time and hands.
    expect(after['2026-02-23']!.startsAt).toBe('2026-02-23T16:00:00.000Z');
    expect(await facilitatorsOf(after['2026-02-23']!.id)).toEqual([clinic.facilitatorIds[1]]);
  });
});
