import fs from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../kernel/audit/index.ts';
import { createTestApp, type TestApp } from '../../testing/index.ts';
import { claimLines, claims, heldServices, remittancePostings, remittances } from './billing.tables.ts';
import { checkX12, parse } from './x12/index.ts';
import { referenceMap } from './x12/test-fixtures.ts';
import { holdSession, setUpBillingClinic, type BillingClinic } from './test-fixtures.ts';

let t: TestApp;
let c: BillingClinic;
let monday: string;

beforeAll(async () => {
  t = await createTestApp();
  c = await setUpBillingClinic(t);
  monday = c.sessionIds['2026-03-02']!;
  await c.relogin('2026-03-02T14:05:00Z');
  await holdSession(t, c, monday);
  await c.relogin('2026-03-03T14:05:00Z');
  await holdSession(t, c, c.sessionIds['2026-03-03']!, false);
  c.biller = await t.login('biller', { given: 'Bea', family: 'Biller' });
});
afterAll(() => t.close());

const run = (from: string, to: string, who = c.biller) =>
  t.call(who, { method: 'POST', url: '/api/billing/runs', payload: { from, to } });

describe('GET /api/sessions/{id}/claim-preview', () => {
  it('shows per member the lines a run would produce or why it is held, and writes no claim', async () => {
    const res = await t.call(c.biller, { method: 'GET', url: `/api/sessions/${monday}/claim-preview` });
    expect(res.statusCode, res.body).toBe(200);
    const members = new Map(res.json().members.map((m: { patientId: string }) => [m.patientId, m] as const)) as Map<
      string,
      { lines: { procedureCode: string; modifiers: string[] }[]; held: unknown }
    >;
    const [a, , video, absent] = c.members as [string, string, string, string];
    expect(members.get(a)?.lines.map((l) => l.procedureCode)).toEqual(['G0410']);
    expect(members.get(video)?.lines).toMatchObject([{ procedureCode: '90853', modifiers: ['95'] }]);
    expect(members.get(absent)).toMatchObject({ lines: [], held: null, billed: false });
    expect(members.get(a)).toMatchObject({ held: null, billed: false });
    expect(await t.db.select().from(claims)).toHaveLength(0);
  });

  it('answers 404 for an unknown session and 403 to a front desk user', async () => {
    const missing = await t.call(c.biller, { method: 'GET', url: `/api/sessions/${c.clinic.programId}/claim-preview` });
    expect(missing.statusCode).toBe(404);
    const denied = await t.call(c.clinic.frontDesk, { method: 'GET', url: `/api/sessions/${monday}/claim-preview` });
    expect(denied.statusCode).toBe(403);
  });
});

describe('POST /api/billing/runs', () => {
  it('refuses a malformed body (400) and a period that ends before it starts (422)', async () => {
    expect(
      (await t.call(c.biller, { method: 'POST', url: '/api/billing/runs', payload: { from: 'x' } })).statusCode,
    ).toBe(400);
    const backwards = await run('2026-03-05', '2026-03-01');
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json().error.code).toBe('billing.invalid_period');
  });

  it('is refused to a program director (read only)', async () => {
    expect((await run('2026-03-01', '2026-03-31', c.clinic.director)).statusCode).toBe(403);
  });

  it('bills the signed session per payer and holds the unsigned one, then re-running adds nothing', async () => {
    const res = await run('2026-03-01', '2026-03-31');
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    const formats = body.claims.map((claim: { format: string; patientId: string }) => claim.format).sort();
    expect(formats).toEqual(['837I', '837I', '837P']);
    expect(body.held.map((h: { reason: string }) => h.reason)).toEqual([
      'note_unsigned',
      'note_unsigned',
      'note_unsigned',
    ]);
    expect(await t.db.select().from(heldServices)).toHaveLength(3);
    const lineCount = (await t.db.select().from(claimLines)).length;
    expect(lineCount).toBe(3);

    const again = await run('2026-03-01', '2026-03-31');
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json().claims).toEqual([]);
    expect(again.json().held).toHaveLength(3);
    expect(await t.db.select().from(claimLines)).toHaveLength(lineCount);

    const preview = await t.call(c.biller, { method: 'GET', url: `/api/sessions/${monday}/claim-preview` });
    const billed = preview.json().members.map((m: { patientId: string; billed: boolean }) => [m.patientId, m.billed]);
    expect(new Map(billed)).toEqual(new Map(c.members.map((id, i) => [id, i < 3])));
  });
});

describe('GET /api/claims and /api/claims/{id}', () => {
  it('lists claims by payer and status and shows one with its lines, traces and issues, audited', async () => {
    const list = await t.call(c.biller, { method: 'GET', url: `/api/claims?payerId=${c.commercialId}` });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items).toHaveLength(1);
    const [professional] = list.json().items;
    const res = await t.call(c.biller, { method: 'GET', url: `/api/claims/${professional.id}` });
    expect(res.statusCode, res.body).toBe(200);
    const claim = res.json();
    expect(claim).toMatchObject({ format: '837P', payerId: c.commercialId, patientId: c.members[2] });
    expect(claim.lines[0]).toMatchObject({
      procedureCode: '90853',
      placeOfService: '10',
      renderingStaffId: c.lead.userId,
    });
    expect(claim.lines[0].trace[0].rule).toBeTruthy();
    expect(Array.isArray(claim.issues)).toBe(true);
    const events = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, professional.id), eq(auditEvents.action, 'read')));
    expect(events.length).toBeGreaterThan(0);
    expect((await t.call(c.biller, { method: 'GET', url: '/api/claims?status=nope' })).statusCode).toBe(400);
    expect((await t.call(c.biller, { method: 'GET', url: `/api/claims/${c.clinic.programId}` })).statusCode).toBe(404);
  });

  it('renders the claim form as a PDF', async () => {
    const [claim] = await t.db.select().from(claims);
    const res = await t.call(c.biller, { method: 'GET', url: `/api/claims/${claim!.id}/form.pdf` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('POST /api/claim-batches and GET /api/claim-batches/{id}/x12', () => {
  const byFormat = async (format: string) =>
    (await t.db.select().from(claims).where(eq(claims.format, format))).map((row) => row.id);

  it('refuses to mix 837I and 837P claims (422) and unknown claims (404), writing nothing', async () => {
    const mixed = await t.call(c.biller, {
      method: 'POST',
      url: '/api/claim-batches',
      payload: { claimIds: [...(await byFormat('837I')), ...(await byFormat('837P'))] },
    });
    expect(mixed.statusCode, mixed.body).toBe(422);
    expect(mixed.json().error.code).toBe('billing.mixed_formats');
    expect(mixed.json().error.details[0].path).toBe('claimIds.2');
    const unknown = await t.call(c.biller, {
      method: 'POST',
      url: '/api/claim-batches',
      payload: { claimIds: [c.clinic.programId] },
    });
    expect(unknown.statusCode).toBe(404);
    expect(
      (await t.call(c.biller, { method: 'POST', url: '/api/claim-batches', payload: { claimIds: [] } })).statusCode,
    ).toBe(400);
    expect((await t.db.select().from(claims)).every((row) => row.batchId === null)).toBe(true);
  });

  it('batches claims of one format into a valid interchange, once', async () => {
    for (const format of ['837I', '837P'] as const) {
      const claimIds = await byFormat(format);
      const res = await t.call(c.biller, { method: 'POST', url: '/api/claim-batches', payload: { claimIds } });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ format, claimIds });
      const file = await t.call(c.biller, { method: 'GET', url: `/api/claim-batches/${res.json().id}/x12` });
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-type']).toMatch(/^text\/plain/);
      expect(checkX12(referenceMap(format), parse(file.body).segments)).toEqual([]);
      for (const id of claimIds) expect(file.body).toContain(`CLM*${id}*`);
      const again = await t.call(c.biller, { method: 'POST', url: '/api/claim-batches', payload: { claimIds } });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('billing.claim_batched');
    }
    expect((await t.db.select().from(claims)).every((row) => row.status === 'batched')).toBe(true);
    expect(
      (await t.call(c.biller, { method: 'GET', url: `/api/claim-batches/${c.clinic.programId}/x12` })).statusCode,
    ).toBe(404);
  });
});

describe('POST /api/remittances', () => {
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

  it('refuses a malformed or unbalanced 835 naming the segment, and posts nothing', async () => {
    const unbalanced = await post(sample.replace('BPR*I*480*', 'BPR*I*481*'));
    expect(unbalanced.statusCode, unbalanced.body).toBe(422);
    expect(unbalanced.json().error.code).toBe('billing.malformed_remittance');
    expect(unbalanced.json().error.details[0].path).toMatch(/^[A-Z0-9]{2,3} \(segment \d+\)$/);
    const garbage = await post('not an 835');
    expect(garbage.statusCode).toBe(422);
    expect(await t.db.select().from(remittances)).toHaveLength(0);
  });

  it('posts payments to the claims CLP01 names and reports the others as unmatched', async () => {
    const [claim] = await t.db.select().from(claims).where(eq(claims.format, '837I'));
    const res = await post(sample.replace('CLP*PCN20240108A*', `CLP*${claim!.id}*`));
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.postedClaims).toEqual([
      { claimId: claim!.id, status: 'partially_paid', paidCents: 48_000, patientResponsibilityCents: 8_000 },
    ]);
    expect(body.unmatched.map((u: { claimId: string }) => u.claimId)).not.toContain(claim!.id);
    const [row] = await t.db.select().from(claims).where(eq(claims.id, claim!.id));
    expect(row!.status).toBe('partially_paid');
    expect(await t.db.select().from(remittancePostings).where(eq(remittancePostings.claimId, claim!.id))).toHaveLength(
      1,
    );
  });
});
