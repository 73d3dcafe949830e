// One record per patient per session under parallel check-ins (DESIGN §4: the database holds the
// invariant). PGlite runs one statement at a time, so this runs on PostgreSQL only.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, onPostgres, type TestApp } from '../../testing/index.ts';
import { admitPatient, groupBody, setUpClinic, type Clinic } from '../scheduling/test-fixtures.ts';
import { attendance } from './attendance.tables.ts';

let t: TestApp;
let clinic: Clinic;

describe.runIf(onPostgres())('check-ins under concurrency (PostgreSQL only: needs real parallelism)', () => {
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set('2026-03-02T14:02:00Z');
    clinic = await setUpClinic(t);
  });
  afterAll(() => t.close());

  it('turns 10 parallel check-ins of one patient into exactly one row, answered alike', async () => {
    const group = await t.call(clinic.director, { method: 'POST', url: '/api/groups', payload: groupBody(clinic) });
    expect(group.statusCode, group.body).toBe(201);
    const patientId = await admitPatient(t, clinic);
    const enrolled = await t.call(clinic.frontDesk, {
      method: 'POST',
      url: `/api/groups/${group.json().id}/enrollments`,
      payload: { patientId, startDate: '2026-03-02' },
    });
    expect(enrolled.statusCode, enrolled.body).toBe(201);
    const sessions = await t.call(clinic.director, {
      method: 'GET',
      url: `/api/groups/${group.json().id}/sessions?from=2026-03-02&to=2026-03-02`,
    });
    const sessionId = sessions.json().items[0].id;

    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        t.call(clinic.frontDesk, {
          method: 'POST',
          url: `/api/sessions/${sessionId}/check-ins`,
          payload: { patientId },
        }),
      ),
    );
    for (const a of answers) expect([200, 201], a.body).toContain(a.statusCode);
    expect(answers.filter((a) => a.statusCode === 201)).toHaveLength(1);
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    expect(await t.db.select().from(attendance).where(eq(attendance.sessionId, sessionId))).toHaveLength(1);
  });
});
