// The billing screens' read views through the API: holds grouped by reason with who and where, the
// claims list with names and totals, batches and remittances with their postings; bad input,
// permissions and the audit trail of each.
import fs from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../kernel/audit/index.ts';
import { createTestApp, type TestApp } from '../../testing/index.ts';
import { episodeDiagnoses, episodes } from '../programs/index.ts';
import { claims } from './billing.tables.ts';
import { holdSession, setUpBillingClinic, type BillingClinic } from './test-fixtures.ts';

let t: TestApp;
let c: BillingClinic;
let monday: string;
let tuesday: string;

/** Maria Lopez, Hope Garcia, Sam Ortiz (video) attend both days; Ana Ruiz is absent. */
beforeAll(async () => {
  t = await createTestApp();
  c = await setUpBillingClinic(t);
  monday = c.sessionIds['2026-03-02']!;
  tuesday = c.sessionIds['2026-03-03']!;
  await c.relogin('2026-03-02T14:05:00Z');
  await holdSession(t, c, monday);
  await c.relogin('2026-03-03T14:05:00Z');
  await holdSession(t, c, tuesday, false);
  // Maria's episode loses its diagnosis: her signed Monday is held for it, not billed.
  const [episode] = await t.db.select().from(episodes).where(eq(episodes.patientId, c.members[0]!));
  await t.db.delete(episodeDiagnoses).where(eq(episodeDiagnoses.episodeId, episode!.id));
  c.biller = await t.login('biller', { given: 'Bea', family: 'Biller' });
  const run = await t.call(c.biller, {
    method: 'POST',
    url: '/api/billing/runs',
    payload: { from: '2026-03-01', to: '2026-03-31' },
  });
  expect(run.statusCode, run.body).toBe(201);
});
afterAll(() => t.close());

const get = (url: string, who = c.biller) => t.call(who, { method: 'GET', url });

async function eventsOf(requestId: unknown) {
  return t.db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.requestId, String(requestId)));
}

describe('GET /api/billing/holds', () => {
  it('lists the holds in rule order with the patient, session, group and program, and counts per reason', async () => {
    const res = await get('/api/billing/holds');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.counts).toEqual([
      { reason: 'note_unsigned', count: 3 },
      { reason: 'no_diagnosis', count: 1 },
    ]);
    expect(body.items.map((h: { reason: string }) => h.reason)).toEqual([
      'note_unsigned',
      'note_unsigned',
      'note_unsigned',
      'no_diagnosis',
    ]);
    // Within a reason: by date, then by family name.
    expect(body.items.slice(0, 3).map((h: { patient: { name: { family: string } } }) => h.patient.name.family)).toEqual(
      ['Garcia', 'Lopez', 'Ortiz'],
    );
    const diagnosis = body.items[3];
    expect(diagnosis).toMatchObject({
      sessionId: monday,
      patientId: c.members[0],
      patient: { name: { given: 'Maria', family: 'Lopez' } },
      serviceDate: '2026-03-02',
      groupId: c.groupId,
      groupName: 'Coping skills',
      programId: c.clinic.programId,
      programName: 'Adult IOP',
      leadStaffId: c.lead.userId,
    });
    expect(diagnosis.message).toMatch(/diagnosis/);
    expect(diagnosis.patient.mrn).toBeTruthy();
  });

  it('filters by reason (counts stay for every reason) and by program, and pages', async () => {
    const byReason = (await get('/api/billing/holds?reason=no_diagnosis')).json();
    expect(byReason.items).toHaveLength(1);
    expect(byReason.counts).toHaveLength(2);
    const none = (await get('/api/billing/holds?reason=no_coverage')).json();
    expect(none).toMatchObject({ items: [], nextCursor: null });
    const program = (await get(`/api/billing/holds?programId=${c.clinic.programId}`)).json();
    expect(program.items).toHaveLength(4);
    const other = (await get(`/api/billing/holds?programId=${c.groupId}`)).json();
    expect(other).toEqual({ items: [], nextCursor: null, counts: [] });

    const first = (await get('/api/billing/holds?limit=3')).json();
    expect(first.items).toHaveLength(3);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (await get(`/api/billing/holds?limit=3&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((h: { reason: string }) => h.reason)).toEqual(['no_diagnosis']);
    expect(second.nextCursor).toBeNull();
  });

  it('refuses bad filters (400 with the field) and roles without billing:read (403)', async () => {
    for (const query of ['reason=nope', 'programId=x', 'limit=500']) {
      const res = await get(`/api/billing/holds?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.code).toBe('request.invalid');
      expect(res.json().error.details[0].path).toContain(query.split('=')[0]);
    }
    expect((await get('/api/billing/holds', c.clinic.frontDesk)).statusCode).toBe(403);
    expect((await get('/api/billing/holds', c.lead)).statusCode).toBe(403);
    expect((await get('/api/billing/holds', c.clinic.director)).statusCode).toBe(200);
  });

  it('is audited as a query and one read per patient listed', async () => {
    const res = await get('/api/billing/holds');
    const events = await eventsOf(res.headers['x-request-id']);
    expect(events.filter((e) => e.action === 'query')).toHaveLength(1);
    const reads = events.filter((e) => e.action === 'read').map((e) => e.patientId);
    expect(reads.sort()).toEqual(c.members.slice(0, 3).sort());
  });
});

describe('GET /api/billing/claims', () => {
  it('lists claims with the patient and payer names, issue counts and totals over the filter', async () => {
    const stored = await t.db.select().from(claims);
    expect(stored).toHaveLength(2);
    const res = await get('/api/billing/claims');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.totals).toEqual({ count: 2, totalCents: stored.reduce((sum, r) => sum + r.totalCents, 0) });
    const professional = body.items.find((i: { format: string }) => i.format === '837P');
    expect(professional).toMatchObject({
      patientId: c.members[2],
      patient: { name: { given: 'Sam', family: 'Ortiz' } },
      payerId: c.commercialId,
      payerName: 'Blue PPO',
      periodFrom: '2026-03-02',
      periodTo: '2026-03-02',
      lineCount: 1,
      batchId: null,
    });
    const row = stored.find((r) => r.id === professional.id)!;
    expect(professional.errorCount).toBe(row.issues.filter((i) => i.severity === 'error').length);
    expect(professional.warningCount).toBe(row.issues.filter((i) => i.severity === 'warning').length);
    expect(professional.totalCents).toBe(row.totalCents);
  });

  it('filters by format, payer, patient and status, with totals to match', async () => {
    const institutional = (await get('/api/billing/claims?format=837I')).json();
    expect(institutional.items.map((i: { patientId: string }) => i.patientId)).toEqual([c.members[1]]);
    expect(institutional.totals.count).toBe(1);
    expect((await get(`/api/billing/claims?payerId=${c.commercialId}`)).json().totals.count).toBe(1);
    expect((await get(`/api/billing/claims?patientId=${c.members[0]}`)).json()).toMatchObject({
      items: [],
      totals: { count: 0, totalCents: 0 },
    });
    expect((await get('/api/billing/claims?status=paid')).json().totals.count).toBe(0);
  });

  it('refuses bad filters (400) and roles without billing:read (403)', async () => {
    for (const query of ['format=X12', 'status=nope', 'payerId=1']) {
      expect((await get(`/api/billing/claims?${query}`)).statusCode, query).toBe(400);
    }
    expect((await get('/api/billing/claims', c.clinic.frontDesk)).statusCode).toBe(403);
  });
});

describe('GET /api/claim-batches', () => {
  it('lists batches with their format, control number, claim count, total and creator', async () => {
    expect((await get('/api/claim-batches')).json()).toEqual({ items: [], nextCursor: null });
    const [claim] = await t.db.select().from(claims).where(eq(claims.format, '837I'));
    const created = await t.call(c.biller, {
      method: 'POST',
      url: '/api/claim-batches',
      payload: { claimIds: [claim!.id] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const res = await get('/api/claim-batches');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toEqual([
      {
        id: created.json().id,
        format: '837I',
        controlNumber: created.json().controlNumber,
        claimCount: 1,
        totalCents: claim!.totalCents,
        createdAt: expect.any(String),
        createdBy: { id: c.biller.userId, name: { given: 'Bea', family: 'Biller' } },
      },
    ]);
    expect((await get('/api/claim-batches?format=837P')).json().items).toEqual([]);
    const events = await eventsOf(res.headers['x-request-id']);
    expect(events.map((e) => e.action)).toEqual(['query']);
  });

  it('refuses a bad format (400) and roles without billing:read (403)', async () => {
    expect((await get('/api/claim-batches?format=835')).statusCode).toBe(400);
    expect((await get('/api/claim-batches', c.lead)).statusCode).toBe(403);
  });
});

describe('GET /api/remittances and /api/remittances/{id}', () => {
  const sample = fs.readFileSync(
    new URL('../../../../../shared/reference/x12-samples/sample-835.x12', import.meta.url),
    'utf8',
  );
  const post = (body: string) =>
    t.call(c.biller, {
      method: 'POST',
      url: '/api/remittances',
      payload: body,
      headers: { 'content-type': 'text/plain' },
    });

  it('lists remittances and shows one with paid, adjusted and patient responsibility per claim, and the unmatched', async () => {
    const [claim] = await t.db.select().from(claims).where(eq(claims.format, '837I'));
    // The sample's one claim payment names our claim; a second file (another check) names no claim of ours.
    const matched = await post(sample.replace('CLP*PCN20240108A*', `CLP*${claim!.id}*`));
    expect(matched.statusCode, matched.body).toBe(201);
    const stray = await post(sample.replaceAll('CHK0001', 'CHK0002'));
    expect(stray.statusCode, stray.body).toBe(201);

    const list = await get('/api/remittances');
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items).toHaveLength(2);
    const [first] = list.json().items.filter((r: { id: string }) => r.id === matched.json().id);
    expect(first).toMatchObject({
      checkNumber: 'CHK0001',
      paymentDate: '2024-02-01',
      payerName: 'EXAMPLE MEDICARE CONTRACTOR',
      totalPaidCents: 48_000,
      postedCount: 1,
    });

    const detail = await get(`/api/remittances/${matched.json().id}`);
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json()).toMatchObject({
      id: matched.json().id,
      postedCount: 1,
      unmatched: [],
      postings: [
        {
          claimId: claim!.id,
          patientId: claim!.patientId,
          patientName: { given: 'Hope', family: 'Garcia' },
          claimStatus: 'partially_paid',
          payerStatus: '1',
          chargeCents: 64_000,
          paidCents: 48_000,
          // Four lines each with CAS*CO*45 of $20; the PR adjustments are the patient's $80.
          adjustedCents: 8_000,
          patientResponsibilityCents: 8_000,
          adjustments: [
            { group: 'CO', reason: '45', amountCents: 8_000 },
            { group: 'PR', reason: '2', amountCents: 8_000 },
          ],
        },
      ],
    });
    const reads = await eventsOf(detail.headers['x-request-id']);
    expect(reads.map((e) => [e.action, e.patientId])).toEqual([['read', claim!.patientId]]);

    const unposted = (await get(`/api/remittances/${stray.json().id}`)).json();
    expect(unposted).toMatchObject({
      postings: [],
      unmatched: [{ claimId: 'PCN20240108A', chargeCents: 64_000, paidCents: 48_000 }],
    });
    const listed = await eventsOf(list.headers['x-request-id']);
    expect(listed.map((e) => e.action)).toEqual(['query']);
  });

  it('answers 404 for an unknown remittance, 400 for a malformed id, 403 without billing:read', async () => {
    const missing = await get(`/api/remittances/${c.clinic.programId}`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('billing.remittance_not_found');
    expect((await get('/api/remittances/nope')).statusCode).toBe(400);
    expect((await get('/api/remittances?limit=0')).statusCode).toBe(400);
    expect((await get('/api/remittances', c.clinic.frontDesk)).statusCode).toBe(403);
    const events = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.category, 'remittance'), eq(auditEvents.action, 'read')));
    expect(events.length).toBeGreaterThan(0);
  });
});
