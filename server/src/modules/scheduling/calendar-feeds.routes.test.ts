import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../kernel/audit/index.ts';
import { createTestApp, type Session, type TestApp } from '../../testing/index.ts';
import { staff } from '../organization/index.ts';
import { calendarFeeds } from './scheduling.tables.ts';
import { admitPatient, groupBody, setUpClinic, type Clinic } from './test-fixtures.ts';

let t: TestApp;
let clinic: Clinic;
let therapist: Session;
let appointmentId: string;

async function createFeed(session: Session, payload: object) {
  return t.call(session, { method: 'POST', url: '/api/calendar-feeds', payload });
}

/** The feed as a calendar client fetches it: no cookie, no token, just the URL. */
async function fetchFeed(url: string) {
  return t.app.inject({ method: 'GET', url });
}

const unfold = (text: string) => text.replace(/\r\n /g, '');

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-02-20T15:00:00Z');
  clinic = await setUpClinic(t);
  // A login without a staff profile.
  therapist = await t.login('therapist', { given: 'Tess', family: 'Nguyen' });
  const group = await t.call(clinic.frontDesk, {
    method: 'POST',
    url: '/api/groups',
    payload: groupBody(clinic, { name: 'DBT skills; level 2' }, { startDate: '2026-02-23' }),
  });
  expect(group.statusCode, group.body).toBe(201);
  const patientId = await admitPatient(t, clinic, { given: 'Ana', family: 'Ruiz' });
  const booked = await t.call(clinic.frontDesk, {
    method: 'POST',
    url: '/api/sessions',
    payload: {
      kind: 'individual_therapy',
      patientId,
      staffId: clinic.facilitatorIds[0],
      startsAt: '2026-02-23T14:00:00-05:00',
      durationMinutes: 50,
      roomId: clinic.roomIds[1],
      modality: 'in_person',
    },
  });
  expect(booked.statusCode, booked.body).toBe(201);
  appointmentId = booked.json().id;
});
afterAll(() => t.close());

describe('calendar feeds', () => {
  it('publishes a staff member’s calendar at a secret URL with initials, never names', async () => {
    const res = await createFeed(clinic.director, { ownerKind: 'staff', ownerId: clinic.facilitatorIds[0] });
    expect(res.statusCode, res.body).toBe(201);
    const { id, url } = res.json();
    expect(url).toMatch(/^\/api\/calendar-feeds\/[A-Za-z0-9_-]{43}\.ics$/);
    // Only the token's hash is kept.
    const [row] = await t.db.select().from(calendarFeeds).where(eq(calendarFeeds.id, id));
    expect(row!.tokenHash).not.toContain(url.slice(20, -4));

    const feed = await fetchFeed(url);
    expect(feed.statusCode, feed.body).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(feed.headers['cache-control']).toBe('no-store');
    const text = unfold(feed.body);
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('X-WR-CALNAME:Thera0 Pist');
    expect(text).toContain('SUMMARY:DBT skills\\; level 2');
    expect(text).toContain('SUMMARY:Individual therapy — A.R.');
    expect(text).toContain(`UID:${appointmentId}@iop-ehr`);
    expect(text).toContain('DTSTART:20260223T190000Z');
    expect(text).not.toMatch(/Ana|Ruiz/);
  });

  it('covers 30 days back to 90 days ahead, materializing weeks beyond the horizon', async () => {
    const { url } = (await createFeed(clinic.director, { ownerKind: 'room', ownerId: clinic.roomIds[0] })).json();
    const starts = unfold((await fetchFeed(url)).body)
      .split('\r\n')
      .filter((l) => l.startsWith('DTSTART:'))
      .map((l) => l.slice(8, 16));
    expect(starts[0]).toBe('20260223');
    // 20 February + 90 days = 21 May (a Thursday); the horizon alone would stop mid-April.
    expect(starts.at(-1)).toBe('20260521');
  });

  it('records the disclosure in the audit log without an actor, once per patient named', async () => {
    const { url } = (await createFeed(clinic.director, { ownerKind: 'room', ownerId: clinic.roomIds[1] })).json();
    const feed = await fetchFeed(url);
    const events = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.requestId, String(feed.headers['x-request-id'])));
    expect(events).toEqual([
      expect.objectContaining({
        action: 'export',
        category: 'calendar_feed',
        actorId: null,
        patientId: expect.any(String),
      }),
    ]);
    // A feed that names nobody discloses nothing.
    const empty = (await createFeed(clinic.director, { ownerKind: 'room', ownerId: clinic.roomIds[2] })).json();
    const quiet = await fetchFeed(empty.url);
    expect(quiet.statusCode).toBe(200);
    expect(
      await t.db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.requestId, String(quiet.headers['x-request-id']))),
    ).toEqual([]);
  });

  it('shows a cancelled session as cancelled', async () => {
    await t.call(clinic.frontDesk, {
      method: 'POST',
      url: `/api/sessions/${appointmentId}/cancel`,
      payload: { reason: 'Clinician ill' },
    });
    const { url } = (await createFeed(clinic.director, { ownerKind: 'room', ownerId: clinic.roomIds[1] })).json();
    const text = unfold((await fetchFeed(url)).body);
    const event = text.slice(
      text.indexOf(`UID:${appointmentId}`),
      text.indexOf('END:VEVENT', text.indexOf(`UID:${appointmentId}`)),
    );
    expect(event).toContain('STATUS:CANCELLED');
  });

  it('lets staff publish their own calendar, rooms need scheduling:write, anyone else’s needs a director', async () => {
    const own = await createFeed(therapist, { ownerKind: 'staff', ownerId: therapist.userId });
    // A login without a staff profile is not someone with a calendar.
    expect(own.statusCode).toBe(422);
    expect(own.json().error.code).toBe('scheduling.unknown_staff');

    const [colleague] = clinic.facilitatorIds;
    const theirs = await createFeed(therapist, { ownerKind: 'staff', ownerId: colleague });
    expect(theirs.statusCode).toBe(403);
    expect(theirs.json().error.code).toBe('scheduling.feed_forbidden');

    const peer = await t.login('peer_specialist');
    const room = await createFeed(peer, { ownerKind: 'room', ownerId: clinic.roomIds[0] });
    expect(room.statusCode).toBe(403);
    expect((await createFeed(clinic.frontDesk, { ownerKind: 'room', ownerId: clinic.roomIds[0] })).statusCode).toBe(
      201,
    );
  });

  it.each([
    [{ ownerKind: 'patient', ownerId: '00000000-0000-4000-8000-000000000000' }, 400, 'request.invalid'],
    [{ ownerKind: 'room', ownerId: 'room-1' }, 400, 'request.invalid'],
    [{ ownerKind: 'room', ownerId: '00000000-0000-4000-8000-000000000000' }, 422, 'scheduling.unknown_room'],
    [{ ownerKind: 'staff', ownerId: '00000000-0000-4000-8000-000000000000' }, 422, 'scheduling.unknown_staff'],
  ])('refuses %j with %i %s', async (payload, status, code) => {
    const res = await createFeed(clinic.director, payload);
    expect(res.statusCode).toBe(status);
    expect(res.json().error.code).toBe(code);
  });

  it('lists one’s own feeds; an administrator or director, who may revoke any, sees all', async () => {
    const admin = await t.login('admin');
    const mine = await t.call(clinic.frontDesk, { method: 'GET', url: '/api/calendar-feeds' });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items).toEqual([
      { id: expect.any(String), ownerKind: 'room', ownerId: clinic.roomIds[0], createdAt: expect.any(String) },
    ]);
    const all = await t.call(admin, { method: 'GET', url: '/api/calendar-feeds' });
    expect(all.json().items.length).toBeGreaterThan(mine.json().items.length);
    expect(JSON.stringify(all.json())).not.toContain('.ics');
    const director = await t.call(clinic.director, { method: 'GET', url: '/api/calendar-feeds' });
    expect(director.json().items).toEqual(all.json().items);
  });

  it('revokes a feed: its URL answers 404 from then on', async () => {
    const facilitator = await t.login('therapist', { given: 'Own', family: 'Feed' });
    await t.db.insert(staff).values({ id: facilitator.userId });
    const created = await createFeed(facilitator, { ownerKind: 'staff', ownerId: facilitator.userId });
    expect(created.statusCode, created.body).toBe(201);
    const { id, url } = created.json();
    expect((await fetchFeed(url)).statusCode).toBe(200);

    const stranger = await t.call(clinic.frontDesk, { method: 'DELETE', url: `/api/calendar-feeds/${id}` });
    expect(stranger.statusCode).toBe(404);
    const revoked = await t.call(facilitator, { method: 'DELETE', url: `/api/calendar-feeds/${id}` });
    expect(revoked.statusCode).toBe(204);
    const gone = await fetchFeed(url);
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error.code).toBe('scheduling.feed_not_found');
    expect((await t.call(facilitator, { method: 'DELETE', url: `/api/calendar-feeds/${id}` })).statusCode).toBe(404);
  });

  it('answers 404 for an unknown token and 400 for one that cannot be a token', async () => {
    expect((await fetchFeed(`/api/calendar-feeds/${'A'.repeat(43)}.ics`)).statusCode).toBe(404);
    expect((await fetchFeed('/api/calendar-feeds/not*a*token.ics')).statusCode).toBe(400);
  });
});
