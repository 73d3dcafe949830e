import { desc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../kernel/audit/index.ts';
import { newId } from '../../kernel/ids.ts';
import { createTestApp, type Session, type TestApp } from '../../testing/index.ts';
import { authorizationUses, authorizations } from './patients.tables.ts';
import { insertPayer, registerPatient, rowCount } from './test-fixtures.ts';

let t: TestApp;
let frontDesk: Session;
let biller: Session;
let payerId: string;

beforeAll(async () => {
  t = await createTestApp();
  frontDesk = await t.login('front_desk');
  biller = await t.login('biller');
  payerId = await insertPayer(t.db);
});
afterAll(() => t.close());

/** A patient with one coverage, ready for authorizations. */
async function insuredPatient() {
  const { id } = await registerPatient(t, frontDesk);
  const res = await t.call(frontDesk, {
    method: 'POST',
    url: `/api/patients/${id}/coverages`,
    payload: { payerId, memberId: 'M1', priority: 1, relationship: 'self' },
  });
  return { patientId: id, coverageId: res.json().id as string };
}

const authorization = (coverageId: string, extra: Record<string, unknown> = {}) => ({
  coverageId,
  number: 'AUTH-77',
  levelOfCare: 'PHP',
  startDate: '2026-01-05',
  endDate: '2026-01-30',
  units: 20,
  unitType: 'days',
  ...extra,
});

const addAuthorization = (patientId: string, body: Record<string, unknown>, session = biller) =>
  t.call(session, { method: 'POST', url: `/api/patients/${patientId}/authorizations`, payload: body });

describe('authorizations', () => {
  it('adds an authorization and reports units used and remaining from authorization_uses', async () => {
    const { patientId, coverageId } = await insuredPatient();
    const created = await addAuthorization(patientId, authorization(coverageId));
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;

    const list = async () =>
      (await t.call(frontDesk, { method: 'GET', url: `/api/patients/${patientId}/authorizations` })).json();
    expect(await list()).toEqual({
      items: [
        {
          id,
          coverageId,
          number: 'AUTH-77',
          levelOfCare: 'PHP',
          startDate: '2026-01-05',
          endDate: '2026-01-30',
          units: 20,
          unitType: 'days',
          used: 0,
          remaining: 20,
        },
      ],
      nextCursor: null,
    });

    // What billing will write: exact decimal sums, however many rows.
    const use = (units: string, serviceDate: string) => ({
      id: newId(),
      authorizationId: id,
      units,
      serviceDate,
      source: 'test',
      createdAt: t.clock.now(),
    });
    await t.db
      .insert(authorizationUses)
      .values([use('1', '2026-01-05'), use('0.1', '2026-01-06'), use('0.2', '2026-01-07')]);
    expect((await list()).items[0]).toMatchObject({ used: 1.3, remaining: 18.7 });

    const [event] = await t.db.select().from(auditEvents).orderBy(desc(auditEvents.seq)).limit(1);
    expect(event).toMatchObject({ action: 'read', category: 'authorization', patientId, actorId: frontDesk.userId });
  });

  it('answers each broken rule with its 422 code and writes nothing', async () => {
    const { patientId, coverageId } = await insuredPatient();
    const other = await insuredPatient();
    const before = await rowCount(t.db, authorizations);
    const eventsBefore = await rowCount(t.db, auditEvents);

    const backwards = await addAuthorization(
      patientId,
      authorization(coverageId, { startDate: '2026-02-01', endDate: '2026-01-31' }),
    );
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json().error).toMatchObject({ code: 'patients.invalid_dates', details: [{ path: 'endDate' }] });

    const foreign = await addAuthorization(patientId, authorization(other.coverageId));
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().error).toMatchObject({
      code: 'patients.unknown_coverage',
      details: [{ path: 'coverageId' }],
    });

    const after = await rowCount(t.db, authorizations);
    const eventsAfter = await rowCount(t.db, auditEvents);
    expect([after, eventsAfter]).toEqual([before, eventsBefore]);
  });

  it('validates the body shape with 400', async () => {
    const { patientId, coverageId } = await insuredPatient();
    const res = await addAuthorization(
      patientId,
      authorization(coverageId, { levelOfCare: 'OP', units: 0, unitType: 'weeks', extra: 1 }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['levelOfCare', 'units', 'unitType', 'extra']),
    );
  });

  it('needs authorizations:write: front desk registers insurance but does not enter authorizations', async () => {
    const { patientId, coverageId } = await insuredPatient();
    expect((await addAuthorization(patientId, authorization(coverageId), frontDesk)).statusCode).toBe(403);
  });
});
