// A claim's life after it is sent (BILLING-RULES §1, §5): replacement (frequency 7) and void (8)
// claims through the routes, each naming the original in REF*F8, 835 remittances that are posted
// once only (TRN02 from the TRN03 payer, or the same file), and a billing provider ZIP code the
// scrubber stops before a batch.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../kernel/audit/index.ts';
import { newId } from '../../kernel/ids.ts';
import { createTestApp, onPostgres, type Session, type TestApp } from '../../testing/index.ts';
import { organization } from '../organization/index.ts';
import { authorizations, authorizationUses, coverages } from '../patients/index.ts';
import { chargeMaster, claimLines, claims, heldServices, remittancePostings, remittances } from './billing.tables.ts';
import { checkX12, parse } from './x12/index.ts';
import { referenceMap } from './x12/test-fixtures.ts';
import { holdSession, setUpBillingClinic, type BillingClinic } from './test-fixtures.ts';

let t: TestApp;
let c: BillingClinic;
/** The Monday claims of the members billed: a and b on Medicare (837I), video member c commercial (837P). */
const ids: Record<'a' | 'b' | 'c', string> = { a: '', b: '', c: '' };

const SAMPLE_835 = fs.readFileSync(
  new URL('../../../../../shared/reference/x12-samples/sample-835.x12', import.meta.url),
  'utf8',
);
/** The validated sample 835 paying claim `id` (CLP01 = our CLM01), its CLP07 24008000001. */
const remittanceFor = (id: string) => SAMPLE_835.replace('CLP*PCN20240108A*', `CLP*${id}*`);

beforeAll(async () => {
  t = await createTestApp();
  c = await setUpBillingClinic(t);
  await c.relogin('2026-03-02T14:05:00Z');
  await holdSession(t, c, c.sessionIds['2026-03-02']!);
  c.biller = await t.login('biller', { given: 'Bea', family: 'Biller' });
  const run = await t.call(c.biller, {
    method: 'POST',
    url: '/api/billing/runs',
    payload: { from: '2026-03-01', to: '2026-03-31' },
  });
  expect(run.statusCode, run.body).toBe(201);
  const [a, b, video] = c.members as [string, string, string];
  for (const claim of run.json().claims as { id: string; patientId: string }[]) {
    if (claim.patientId === a) ids.a = claim.id;
    if (claim.patientId === b) ids.b = claim.id;
    if (claim.patientId === video) ids.c = claim.id;
  }
});
afterAll(() => t.close());

const post = (url: string, who: Session | null) => t.call(who, { method: 'POST', url });
const replace = (id: string, who: Session | null = c.biller) => post(`/api/claims/${id}/replacement`, who);
const voidClaim = (id: string, who: Session | null = c.biller) => post(`/api/claims/${id}/void`, who);
const row = async (id: string) => (await t.db.select().from(claims).where(eq(claims.id, id)))[0]!;
const batch = async (claimIds: string[]) => {
  const res = await t.call(c.biller, { method: 'POST', url: '/api/claim-batches', payload: { claimIds } });
  expect(res.statusCode, res.body).toBe(201);
  const file = await t.call(c.biller, { method: 'GET', url: `/api/claim-batches/${res.json().id}/x12` });
  expect(checkX12(referenceMap(res.json().format), parse(file.body).segments)).toEqual([]);
  return file.body;
};
const postRemittance = (text: string, who = c.biller) =>
  t.call(who, { method: 'POST', url: '/api/remittances', payload: text, headers: { 'content-type': 'text/plain' } });
const eventsOf = (requestId: unknown) =>
  t.db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.requestId, String(requestId)));

describe('POST /api/claims/{id}/replacement and /void before the claim is sent', () => {
  it('refuses a claim not batched yet (409), malformed (400) and unknown (404) ids, and readers (403)', async () => {
    for (const correct of [replace, voidClaim]) {
      const early = await correct(ids.a);
      expect(early.statusCode, early.body).toBe(409);
      expect(early.json().error).toMatchObject({
        code: 'billing.claim_not_submitted',
        details: [{ path: 'status', message: 'ready' }],
      });
      expect((await correct('not-a-uuid')).json().error.code).toBe('request.invalid');
      expect((await correct(c.clinic.programId)).statusCode).toBe(404);
      expect((await correct(ids.a, c.clinic.director)).statusCode).toBe(403);
      expect((await correct(ids.a, c.clinic.frontDesk)).statusCode).toBe(403);
      expect((await correct(ids.a, null)).statusCode).toBe(401);
    }
    expect(await t.db.select().from(claims)).toHaveLength(3);
  });
});

describe('a replacement claim (frequency 7)', () => {
  it('re-derives the claim from current facts and names the original by its payer claim control number', async () => {
    await batch([ids.a, ids.b]);
    const posted = await postRemittance(remittanceFor(ids.a));
    expect(posted.statusCode, posted.body).toBe(201);
    expect((await row(ids.a)).status).toBe('partially_paid');
    // The correction: the organization prices G0410 higher from March on.
    await t.db.insert(chargeMaster).values({ id: newId(), code: 'G0410', cents: 17_500, effectiveFrom: '2026-03-01' });

    const res = await replace(ids.a);
    expect(res.statusCode, res.body).toBe(201);
    const replacement = res.json();
    expect(replacement).toMatchObject({
      patientId: c.members[0],
      payerId: c.medicareId,
      format: '837I',
      status: 'ready',
      frequency: '7',
      originalClaimId: ids.a,
      periodFrom: '2026-03-02',
      periodTo: '2026-03-02',
      totalCents: 17_500,
      batchId: null,
    });
    // Scrubbed as a run's claim is: one service a day and a short week are warnings, not errors.
    expect(replacement.issues.map((i: { severity: string; code: string }) => [i.severity, i.code])).toEqual([
      ['warning', 'few_services_on_day'],
      ['warning', 'week_below_minimum_hours'],
    ]);
    expect(replacement.lines).toMatchObject([{ procedureCode: 'G0410', revenueCode: '0915', chargeCents: 17_500 }]);
    expect(replacement.id).not.toBe(ids.a);
    // The original keeps what it said; its service is billed by the replacement now.
    const original = await row(ids.a);
    expect([original.status, original.totalCents, original.claim.lines[0]?.chargeCents]).toEqual([
      'replaced',
      15_000,
      15_000,
    ]);
    const lines = await t.db.select().from(claimLines).where(eq(claimLines.patientId, c.members[0]!));
    expect(lines.map((l) => l.claimId)).toEqual([replacement.id]);

    const events = await eventsOf(res.headers['x-request-id']);
    expect(events.map((e) => [e.action, e.category, e.entityId, e.patientId, e.actorId])).toEqual([
      ['create', 'claim', replacement.id, c.members[0], c.biller.userId],
      ['update', 'claim', ids.a, c.members[0], c.biller.userId],
    ]);

    const file = await batch([replacement.id]);
    // Hospital outpatient (13), replacement (7); REF*F8 is the payer's CLP07 from the 835.
    expect(file).toContain(`CLM*${replacement.id}*175***13:A:7**A*Y*Y~`);
    expect(file).toContain('REF*F8*24008000001~');
  });

  it('is made once: a claim replaced already is neither replaced nor voided again', async () => {
    const replacement = (await t.db.select().from(claims).where(eq(claims.originalClaimId, ids.a)))[0]!;
    for (const correct of [replace, voidClaim]) {
      const again = await correct(ids.a);
      expect(again.statusCode, again.body).toBe(409);
      expect(again.json().error).toMatchObject({
        code: 'billing.claim_already_corrected',
        details: [{ path: 'id', message: `corrected by claim ${replacement.id}` }],
      });
    }
    expect(await t.db.select().from(claims).where(eq(claims.originalClaimId, ids.a))).toHaveLength(1);
  });

  it('refuses when nothing stays billable (void it instead) or the services moved to another payer, writing nothing', async () => {
    const member = c.members[1]!;
    const [coverage] = await t.db.select().from(coverages).where(eq(coverages.patientId, member));
    // On the commercial payer without an authorization, the service is held: nothing left to replace.
    await t.db.update(coverages).set({ payerId: c.commercialId }).where(eq(coverages.id, coverage!.id));
    const empty = await replace(ids.b);
    expect(empty.statusCode, empty.body).toBe(422);
    expect(empty.json().error.code).toBe('billing.replacement_empty');
    expect(empty.json().error.details[0]).toMatchObject({
      path: `sessions.${c.sessionIds['2026-03-02']}`,
      message: expect.stringMatching(/authorization/i),
    });
    // Authorized there, it bills the commercial payer: no longer a replacement of a Medicare claim.
    await t.db.insert(authorizations).values({
      id: newId(),
      patientId: member,
      coverageId: coverage!.id,
      number: 'AUTHB',
      levelOfCare: 'IOP',
      startDate: '2026-03-01',
      endDate: '2026-03-31',
      units: 5,
      unitType: 'sessions',
      createdAt: t.clock.now(),
    });
    const moved = await replace(ids.b);
    expect(moved.statusCode, moved.body).toBe(422);
    expect(moved.json().error).toMatchObject({
      code: 'billing.replacement_not_one_claim',
      details: [{ path: 'claims.0', message: expect.stringContaining('Blue PPO') }],
    });
    expect((await row(ids.b)).status).toBe('batched');
    expect(await t.db.select().from(claimLines).where(eq(claimLines.claimId, ids.b))).toHaveLength(1);
    expect(await t.db.select().from(heldServices).where(eq(heldServices.patientId, member))).toEqual([]);
    await t.db.update(coverages).set({ payerId: c.medicareId }).where(eq(coverages.id, coverage!.id));
  });
});

describe('a void claim (frequency 8)', () => {
  it('copies the claim as sent, frees its service and authorization unit, and names it in REF*F8', async () => {
    await batch([ids.c]);
    const sent = await row(ids.c);
    const [use] = await t.db.select().from(authorizationUses);
    expect(use).toBeDefined();

    const res = await voidClaim(ids.c);
    expect(res.statusCode, res.body).toBe(201);
    const voided = res.json();
    expect(voided).toMatchObject({
      format: '837P',
      status: 'ready',
      frequency: '8',
      originalClaimId: ids.c,
      totalCents: sent.totalCents,
    });
    expect(voided.lines).toEqual((await t.call(c.biller, { method: 'GET', url: `/api/claims/${ids.c}` })).json().lines);
    expect((await row(ids.c)).status).toBe('voided');
    expect(
      await t.db
        .select()
        .from(claimLines)
        .where(inArray(claimLines.claimId, [ids.c, voided.id])),
    ).toEqual([]);
    expect(await t.db.select().from(authorizationUses).where(eq(authorizationUses.id, use!.id))).toEqual([]);
    const events = await eventsOf(res.headers['x-request-id']);
    expect(events.map((e) => [e.action, e.entityId, e.patientId])).toEqual([
      ['create', voided.id, c.members[2]],
      ['update', ids.c, c.members[2]],
    ]);

    // No 835 named the original: REF*F8 carries our CLM01 of it.
    const file = await batch([voided.id]);
    expect(file).toContain(`CLM*${voided.id}*`);
    expect(file).toMatch(new RegExp(`CLM\\*${voided.id}\\*[0-9.]+\\*\\*\\*10:B:8\\*`));
    expect(file).toContain(`REF*F8*${ids.c}~`);

    const again = await voidClaim(voided.id);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('billing.void_not_correctable');

    // Freed, the service is billed afresh by the next run, as a new original claim.
    const rerun = await t.call(c.biller, {
      method: 'POST',
      url: '/api/billing/runs',
      payload: { from: '2026-03-01', to: '2026-03-31' },
    });
    expect(rerun.json().claims).toMatchObject([{ patientId: c.members[2], frequency: '1', originalClaimId: null }]);
  });
});

describe('POST /api/remittances twice', () => {
  const countRows = async () => [
    (await t.db.select().from(remittances)).length,
    (await t.db.select().from(remittancePostings)).length,
  ];

  it('refuses the same payment again, by trace number or by file, and posts nothing', async () => {
    const before = await countRows();
    const status = (await row(ids.a)).status;

    const same = await postRemittance(remittanceFor(ids.a));
    expect(same.statusCode, same.body).toBe(409);
    expect(same.json().error).toMatchObject({
      code: 'billing.duplicate_remittance',
      details: [{ path: 'TRN (segment 4)', message: expect.stringContaining('CHK0001') }],
    });
    // Another file (a new interchange control number) with the same TRN02 from the same TRN03 payer.
    const resent = await postRemittance(remittanceFor(ids.a).replaceAll('000000003', '000000009'));
    expect(resent.statusCode, resent.body).toBe(409);
    expect(resent.json().error.code).toBe('billing.duplicate_remittance');
    // One payment twice in a file: two transaction sets with the same trace.
    const body = SAMPLE_835.slice(SAMPLE_835.indexOf('ST*835'), SAMPLE_835.indexOf('GE*'));
    const twice = SAMPLE_835.replace(body, body + body.replaceAll('0001~', '0002~')).replace('GE*1*', 'GE*2*');
    const inFile = await postRemittance(twice.replaceAll('TRN*1*CHK0001*', 'TRN*1*CHK0002*'));
    expect(inFile.statusCode, inFile.body).toBe(409);
    expect(inFile.json().error.details).toEqual([
      { path: expect.stringMatching(/^TRN \(segment \d+\)$/), message: expect.stringContaining('twice') },
    ]);
    expect(await countRows()).toEqual(before);
    expect((await row(ids.a)).status).toBe(status);
  });

  it('refuses a file posted before its payer identifier was kept, by its hash', async () => {
    const text = remittanceFor(ids.a).replace('TRN*1*CHK0001*', 'TRN*1*CHK0100*');
    await t.db.insert(remittances).values({
      id: newId(),
      checkNumber: 'CHK0100',
      paymentDate: '2024-02-01',
      payerName: 'EXAMPLE MEDICARE CONTRACTOR',
      totalPaidCents: 48_000,
      x12: text,
      fileHash: createHash('sha256').update(text).digest('hex'),
      receivedAt: t.clock.now(),
    });
    const res = await postRemittance(text);
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.details).toEqual([{ path: 'body', message: expect.stringContaining('this file') }]);
  });

  it('records a late payment of a replaced claim without reviving it, and a void that comes back as accepted', async () => {
    const [voided] = await t.db.select().from(claims).where(eq(claims.originalClaimId, ids.c));
    const paying = async (claimId: string, trace: string) => {
      const res = await postRemittance(remittanceFor(claimId).replace('TRN*1*CHK0001*', `TRN*1*${trace}*`));
      expect(res.statusCode, res.body).toBe(201);
      return res.json().postedClaims.map((p: { claimId: string; status: string }) => [p.claimId, p.status]);
    };
    expect(await paying(ids.a, 'CHK0300')).toEqual([[ids.a, 'replaced']]);
    expect(await paying(voided!.id, 'CHK0301')).toEqual([[voided!.id, 'accepted']]);
    expect([(await row(ids.a)).status, (await row(voided!.id)).status]).toEqual(['replaced', 'accepted']);
  });

  it('is refused to a program director (read only)', async () => {
    expect((await postRemittance(remittanceFor(ids.b), c.clinic.director)).statusCode).toBe(403);
  });

  it.runIf(onPostgres())('posts a payment once when the same file arrives twice at the same time', async () => {
    const text = remittanceFor(ids.b).replace('TRN*1*CHK0001*', 'TRN*1*CHK0200*');
    const answers = await Promise.all([postRemittance(text), postRemittance(text)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    expect(
      await t.db
        .select()
        .from(remittances)
        .where(and(eq(remittances.checkNumber, 'CHK0200'))),
    ).toHaveLength(1);
  });
});

describe("the billing provider's ZIP code (837 2010AA N403)", () => {
  it('keeps a new claim in draft with the issue on its path, so a batch names it instead of failing the map', async () => {
    await t.db.update(organization).set({
      address: { line1: '1 Main St', city: 'Springfield', state: 'IL', postalCode: '62701' },
    });
    // Any claim made now, here the replacement of a sent one, is scrubbed against the organization's address.
    const res = await replace(ids.b);
    expect(res.statusCode, res.body).toBe(201);
    const claim = res.json();
    expect(claim.status).toBe('draft');
    expect(claim.issues).toContainEqual({
      severity: 'error',
      code: 'invalid_postal_code',
      message: expect.stringContaining('62701'),
      path: 'billingProvider.address.postalCode',
    });
    const batched = await t.call(c.biller, {
      method: 'POST',
      url: '/api/claim-batches',
      payload: { claimIds: [claim.id] },
    });
    expect(batched.statusCode, batched.body).toBe(422);
    expect(batched.json().error).toMatchObject({
      code: 'billing.claim_not_ready',
      details: [{ path: 'claimIds.0', message: expect.stringMatching(/^billingProvider\.address\.postalCode: /) }],
    });
  });
});
