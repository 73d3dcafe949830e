// A commercial per-diem payer through the routes (BILLING-RULES §4): one line per attended program
// day (IOP mental health: revenue code 0905 with S9480), keyed by the patient's day so the day is
// billed once, with the day's authorization unit drawn.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../kernel/ids.ts';
import { createTestApp, type TestApp } from '../../testing/index.ts';
import { authorizationUses, authorizations, coverages } from '../patients/index.ts';
import { claimLines } from './billing.tables.ts';
import { holdSession, setUpBillingClinic, type BillingClinic } from './test-fixtures.ts';

let t: TestApp;
let c: BillingClinic;
let monday: string;
let perDiemId: string;
let member: string;

beforeAll(async () => {
  t = await createTestApp();
  c = await setUpBillingClinic(t);
  const payer = await t.call(c.biller, {
    method: 'POST',
    url: '/api/payers',
    payload: { name: 'Day Program Health', payerId: 'DPH01', template: 'commercial_per_diem' },
  });
  expect(payer.statusCode, payer.body).toBe(201);
  perDiemId = payer.json().id;
  member = c.members[1]!;
  await t.db.update(coverages).set({ payerId: perDiemId }).where(eq(coverages.patientId, member));
  const [coverage] = await t.db.select().from(coverages).where(eq(coverages.patientId, member));
  await t.db.insert(authorizations).values({
    id: newId(),
    patientId: member,
    coverageId: coverage!.id,
    number: 'DAYS1',
    levelOfCare: 'IOP',
    startDate: '2026-03-01',
    endDate: '2026-03-31',
    units: 20,
    unitType: 'days',
    createdAt: t.clock.now(),
  });
  monday = c.sessionIds['2026-03-02']!;
  await c.relogin('2026-03-02T14:05:00Z');
  await holdSession(t, c, monday);
  c.biller = await t.login('biller');
});
afterAll(() => t.close());

describe('a commercial per-diem member', () => {
  it('previews one program-day line and bills it once under the day key, drawing one day', async () => {
    const preview = await t.call(c.biller, { method: 'GET', url: `/api/sessions/${monday}/claim-preview` });
    expect(preview.statusCode, preview.body).toBe(200);
    const own = preview.json().members.find((m: { patientId: string }) => m.patientId === member);
    expect(own.lines).toMatchObject([{ revenueCode: '0905', procedureCode: 'S9480', units: 1, sessionIds: [monday] }]);

    const run = await t.call(c.biller, {
      method: 'POST',
      url: '/api/billing/runs',
      payload: { from: '2026-03-02', to: '2026-03-08' },
    });
    expect(run.statusCode, run.body).toBe(201);
    const claim = run.json().claims.find((x: { patientId: string }) => x.patientId === member);
    expect(claim).toMatchObject({ format: '837I', payerId: perDiemId });
    const [line] = await t.db.select().from(claimLines).where(eq(claimLines.claimId, claim.id));
    expect(line!.serviceKey).toBe(`day:${member}:2026-03-02`);
    expect(await t.db.select().from(authorizationUses)).toEqual(
      expect.arrayContaining([expect.objectContaining({ units: '1.00', serviceDate: '2026-03-02' })]),
    );

    const again = await t.call(c.biller, {
      method: 'POST',
      url: '/api/billing/runs',
      payload: { from: '2026-03-02', to: '2026-03-08' },
    });
    expect(again.json().claims).toEqual([]);
  });
});
