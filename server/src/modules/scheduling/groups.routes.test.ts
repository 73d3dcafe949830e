import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/index.ts';
import { groupBody, setUpClinic, type Clinic } from './test-fixtures.ts';

let t: TestApp;
let clinic: Clinic;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-02-20T15:00:00Z');
  clinic = await setUpClinic(t);
});
afterAll(() => t.close());

async function createGroup(body: object, session = clinic.frontDesk) {
  return t.call(session, { method: 'POST', url: '/api/groups', payload: body });
}

describe('POST /api/groups', () => {
  it('creates a weekday group and materializes its sessions through the horizon, 09:00 local across DST', async () => {
    const res = await createGroup(groupBody(clinic, { name: 'Morning process' }));
    expect(res.statusCode, res.body).toBe(201);
    const { id } = res.json();
    const sessions = await t.call(clinic.frontDesk, {
      method: 'GET',
      url: `/api/groups/${id}/sessions?from=2026-03-06&to=2026-03-09`,
    });
    expect(sessions.statusCode).toBe(200);
    // New York leaves EST (UTC-5) for EDT (UTC-4) on Sunday 8 March 2026.
    expect(sessions.json().items.map((s: { startsAt: string }) => s.startsAt)).toEqual([
      '2026-03-06T14:00:00.000Z',
      '2026-03-09T13:00:00.000Z',
    ]);
    const group = await t.call(clinic.frontDesk, { method: 'GET', url: `/api/groups/${id}` });
    expect(group.json()).toMatchObject({ name: 'Morning process', capacity: 8, timeZone: 'America/New_York' });
  });

  it('rejects a room double-booking with 409 naming the conflicting session, unless a director overrides', async () => {
    const body = groupBody(
      clinic,
      { name: 'Overlapping', facilitators: [{ staffId: clinic.facilitatorIds[1], role: 'lead' }] },
      { startTime: '10:00', durationMinutes: 60 },
    );
    const res = await createGroup(body);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('scheduling.room_conflict');
    expect(res.json().error.details[0].message).toMatch(/already in session [0-9a-f-]{36}/);

    const override = { ...body, override: { reason: 'Room 1 shared on purpose for the combined family week' } };
    expect((await createGroup(override)).statusCode).toBe(403);
    expect((await createGroup(override, clinic.director)).statusCode).toBe(201);
  });

  it('rejects a facilitator double-booking', async () => {
    const body = groupBody(
      clinic,
      { name: 'Same lead', roomId: clinic.roomIds[2] },
      { startTime: '11:00', durationMinutes: 30 },
    );
    const res = await createGroup(body);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('scheduling.facilitator_conflict');
  });

  it.each([
    [{}, { rrule: 'FREQ=HOURLY' }, 'scheduling.invalid_rrule'],
    [{}, { rrule: 'FREQ=WEEKLY;BYDAY=XX' }, 'scheduling.invalid_rrule'],
    [{}, { endDate: '2026-03-01' }, 'scheduling.invalid_dates'],
    [{ roomId: '00000000-0000-4000-8000-000000000000' }, {}, 'scheduling.unknown_room'],
    [
      { facilitators: [{ staffId: '00000000-0000-4000-8000-000000000000', role: 'lead' }] },
      {},
      'scheduling.unknown_staff',
    ],
  ])('refuses bad input %j %j with 422 %s and writes nothing', async (overrides, schedule, code) => {
    const res = await createGroup(
      groupBody(clinic, { name: 'Bad', roomId: clinic.roomIds[1], ...overrides }, schedule),
    );
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error.code).toBe(code);
    const list = await t.call(clinic.frontDesk, { method: 'GET', url: `/api/groups?programId=${clinic.programId}` });
    expect(list.json().items.map((g: { name: string }) => g.name)).not.toContain('Bad');
  });

  it('checks a series that starts beyond the rolling horizon against the sessions planned there', async () => {
    // The horizon ends mid-April; in June "Morning process" still meets in room 1 from 09:00 to 12:00.
    const body = groupBody(
      clinic,
      { name: 'Summer cohort', facilitators: [{ staffId: clinic.facilitatorIds[2], role: 'lead' }] },
      { startDate: '2026-06-01', startTime: '09:30', durationMinutes: 60 },
    );
    const res = await createGroup(body);
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.code).toBe('scheduling.room_conflict');
  });

  it('refuses capacity below 1 with 400 and a field path', async () => {
    const res = await createGroup(groupBody(clinic, { capacity: 0 }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toContain('capacity');
  });
});
