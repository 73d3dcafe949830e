import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../kernel/audit/index.ts';
import { createTestApp, type Session, type TestApp } from '../../testing/index.ts';
import { coverages } from './patients.tables.ts';
import { insertPayer, registerPatient, rowCount } from './test-fixtures.ts';

let t: TestApp;
let frontDesk: Session;
let payerId: string;

beforeAll(async () => {
  t = await createTestApp();
  frontDesk = await t.login('front_desk');
  payerId = await insertPayer(t.db, 'Acme Health');
});
afterAll(() => t.close());

const addCoverage = (patientId: string, body: Record<string, unknown>, session = frontDesk) =>
  t.call(session, {
    method: 'POST',
    url: `/api/patients/${patientId}/coverages`,
    payload: { payerId, memberId: 'M123', priority: 1, relationship: 'self', ...body },
  });

describe('coverages', () => {
  it('adds coverages and lists them primary first, with the payer name, on the chart too', async () => {
    const { id } = await registerPatient(t, frontDesk);
    const secondary = await addCoverage(id, {
      priority: 2,
      relationship: 'child',
      subscriber: { name: { given: 'Parent', family: 'Fixture' }, birthDate: '1955-04-04', sex: 'M' },
      startDate: '2026-01-01',
      endDate: '2026-12-31',
    });
    const primary = await addCoverage(id, {});
    expect(secondary.statusCode).toBe(201);
    expect(primary.statusCode).toBe(201);

    const list = await t.call(frontDesk, { method: 'GET', url: `/api/patients/${id}/coverages` });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual({
      items: [
        {
          id: primary.json().id,
          payerId,
          payerName: 'Acme Health',
          memberId: 'M123',
          priority: 1,
          relationship: 'self',
          subscriber: null,
          startDate: null,
          endDate: null,
        },
        {
          id: secondary.json().id,
          payerId,
          payerName: 'Acme Health',
          memberId: 'M123',
          priority: 2,
          relationship: 'child',
          subscriber: { name: { given: 'Parent', family: 'Fixture' }, birthDate: '1955-04-04', sex: 'M' },
          startDate: '2026-01-01',
          endDate: '2026-12-31',
        },
      ],
      nextCursor: null,
    });
    const chart = await t.call(frontDesk, { method: 'GET', url: `/api/patients/${id}` });
    expect(chart.json().coverages).toEqual(list.json().items);
  });

  it('answers each broken rule with its 422 code and writes nothing', async () => {
    const { id } = await registerPatient(t, frontDesk);
    const coveragesBefore = await rowCount(t.db, coverages);
    const eventsBefore = await rowCount(t.db, auditEvents);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ payerId: '00000000-0000-4000-8000-000000000000' }, 'patients.unknown_payer', 'payerId'],
      [{ relationship: 'spouse' }, 'patients.subscriber_required', 'subscriber'],
      [{ startDate: '2026-02-01', endDate: '2026-01-31' }, 'patients.invalid_dates', 'endDate'],
    ];
    for (const [body, code, path] of cases) {
      const res = await addCoverage(id, body);
      expect(res.statusCode).toBe(422);
      expect(res.json().error).toMatchObject({ code, details: [{ path }] });
    }
    const coveragesAfter = await rowCount(t.db, coverages);
    const eventsAfter = await rowCount(t.db, auditEvents);
    expect([coveragesAfter, eventsAfter]).toEqual([coveragesBefore, eventsBefore]);
  });

  it('validates the body shape with 400', async () => {
    const { id } = await registerPatient(t, frontDesk);
    const res = await addCoverage(id, { priority: 4, relationship: 'cousin', subscriber: { name: { given: 'X' } } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['priority', 'relationship', 'subscriber.name.family']),
    );
  });

  it('needs coverages:write, and a visible patient', async () => {
    const { id } = await registerPatient(t, frontDesk);
    expect((await addCoverage(id, {}, await t.login('therapist'))).statusCode).toBe(403);
    const missing = await addCoverage('00000000-0000-4000-8000-000000000000', {});
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('patients.not_found');
  });
});
