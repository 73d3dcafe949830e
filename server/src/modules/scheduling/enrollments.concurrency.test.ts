// Capacity under parallel requests (DESIGN §4: concurrency-sensitive invariants hold on PostgreSQL,
// and tests prove it there). PGlite runs one statement at a time, so these run on PostgreSQL only.
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, onPostgres, type TestApp } from '../../testing/index.ts';
import { peakOccupancy } from './capacity.ts';
import { enrollments } from './scheduling.tables.ts';
import { admitPatient, groupBody, setUpClinic, type Clinic } from './test-fixtures.ts';

let t: TestApp;
let clinic: Clinic;

describe.runIf(onPostgres())('enrollments under concurrency (PostgreSQL only: needs real parallelism)', () => {
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set('2026-02-20T15:00:00Z');
    clinic = await setUpClinic(t);
  });
  afterAll(() => t.close());

  async function createGroup(capacity: number, startTime: string): Promise<string> {
    const res = await t.call(clinic.director, {
      method: 'POST',
      url: '/api/groups',
      payload: groupBody(clinic, { name: `Parallel ${startTime}`, capacity }, { startTime, durationMinutes: 30 }),
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id;
  }

  const enroll = (groupId: string, payload: object) =>
    t.call(clinic.frontDesk, { method: 'POST', url: `/api/groups/${groupId}/enrollments`, payload });

  const rowsOf = (groupId: string) =>
    t.db.select().from(enrollments).where(eq(enrollments.groupId, groupId)).orderBy(asc(enrollments.requestSeq));

  it('gives 20 parallel requests for 8 seats exactly 8 seats and a waitlist of 12, in request order', async () => {
    const groupId = await createGroup(8, '08:00');
    const patientIds: string[] = [];
    for (let i = 0; i < 20; i += 1) patientIds.push(await admitPatient(t, clinic, { given: `P${i}`, family: 'Race' }));

    const responses = await Promise.all(
      patientIds.map((patientId) => enroll(groupId, { patientId, startDate: '2026-03-02' })),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(20).fill(201));

    const rows = await rowsOf(groupId);
    expect(rows.map((r) => r.status)).toEqual([...Array(8).fill('active'), ...Array(12).fill('waitlisted')]);
    // Each answer's waitlist position is its rank among the waitlisted by request sequence.
    const byId = new Map(responses.map((r) => [r.json().id as string, r.json() as { waitlistPosition?: number }]));
    expect(rows.map((r) => byId.get(r.id)?.waitlistPosition)).toEqual([
      ...Array(8).fill(undefined),
      ...Array.from({ length: 12 }, (_, i) => i + 1),
    ]);
  });

  it('never exceeds capacity on any date while enrollments and early ends race', async () => {
    const groupId = await createGroup(3, '12:00');
    const patientIds: string[] = [];
    for (let i = 0; i < 15; i += 1) patientIds.push(await admitPatient(t, clinic, { given: `Q${i}`, family: 'Race' }));
    const seated = [];
    for (const patientId of patientIds.slice(0, 3)) {
      seated.push((await enroll(groupId, { patientId, startDate: '2026-03-02' })).json().id as string);
    }

    const day = (n: number) => `2026-03-${String(2 + n).padStart(2, '0')}`;
    const requests = [
      ...patientIds
        .slice(3)
        .map((patientId, i) =>
          enroll(groupId, { patientId, startDate: day(i % 7), ...(i % 2 === 0 ? { endDate: day((i % 7) + 6) } : {}) }),
        ),
      ...seated.map((id, i) =>
        t.call(clinic.frontDesk, {
          method: 'POST',
          url: `/api/enrollments/${id}/end`,
          payload: { endDate: day(2 + i * 3) },
        }),
      ),
    ];
    const responses = await Promise.all(requests);
    expect(
      responses.every((r) => r.statusCode < 300),
      responses.map((r) => r.body).join('\n'),
    ).toBe(true);

    const active = (await rowsOf(groupId)).filter((r) => r.status === 'active');
    expect(
      peakOccupancy(
        active.map((r) => ({ start: r.startDate, end: r.endDate })),
        day(0),
        null,
      ),
    ).toBeLessThanOrEqual(3);
    // The freed seats went to the waitlist: the group is not left with a seat empty for good.
    expect(
      peakOccupancy(
        active.map((r) => ({ start: r.startDate, end: r.endDate })),
        day(30),
        null,
      ),
    ).toBe(3);
  });
});
