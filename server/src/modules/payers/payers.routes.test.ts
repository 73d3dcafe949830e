import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../kernel/audit/index.ts';
import { createTestApp, onPostgres, type Session, type TestApp } from '../../testing/index.ts';
import { DEFAULT_RULE_PACKS } from './rule-pack-templates.ts';

let t: TestApp;
let biller: Session;

beforeAll(async () => {
  t = await createTestApp();
  biller = await t.login('biller');
});
afterAll(() => t.close());

const payer = (overrides: Record<string, unknown> = {}) => ({
  name: 'Blue Plan',
  payerId: 'BCBSIL',
  template: 'commercial_professional',
  ...overrides,
});

async function createPayer(overrides: Record<string, unknown> = {}) {
  const res = await t.call(biller, { method: 'POST', url: '/api/payers', payload: payer(overrides) });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; rules: Record<string, unknown>; rulesVersion: number };
}

const putRules = (id: string, rules: unknown, session = biller) =>
  t.call(session, { method: 'PUT', url: `/api/payers/${id}/rules`, payload: rules as Record<string, unknown> });

describe('payers', () => {
  it.each(Object.keys(DEFAULT_RULE_PACKS))(
    'creates a %s payer with version 1 of the template rules',
    async (template) => {
      const created = await createPayer({ template, name: `Payer ${template}` });
      expect(created.rules).toEqual(DEFAULT_RULE_PACKS[template as keyof typeof DEFAULT_RULE_PACKS]);
      expect(created.rulesVersion).toBe(1);
      const got = await t.call(biller, { method: 'GET', url: `/api/payers/${created.id}` });
      expect(got.json()).toEqual({
        id: created.id,
        name: `Payer ${template}`,
        payerId: 'BCBSIL',
        template,
        claimFormat: template === 'commercial_professional' ? '837P' : '837I',
        rules: created.rules,
        rulesVersion: 1,
      });
    },
  );

  it('lists payers with their current rules, in pages', async () => {
    const a = await createPayer({ name: 'AAA list first' });
    await putRules(a.id, { ...a.rules, maxGroupSize: 10 });
    const first = (await t.call(biller, { method: 'GET', url: '/api/payers?limit=1' })).json();
    expect(first.items).toMatchObject([{ id: a.id, rulesVersion: 2, rules: { maxGroupSize: 10 } }]);
    expect(first.nextCursor).not.toBeNull();
  });

  it('answers 422 payers.unknown_template', async () => {
    const res = await t.call(biller, {
      method: 'POST',
      url: '/api/payers',
      payload: payer({ template: 'medicaid_magic' }),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'payers.unknown_template', details: [{ path: 'template' }] });
  });

  it('answers 400 with detail paths for a malformed body', async () => {
    const res = await t.call(biller, {
      method: 'POST',
      url: '/api/payers',
      payload: { name: '', payerId: 'BAD*ID', template: 'x', extra: 1 },
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['extra', 'name', 'payerId']);
  });

  it('answers 404 for an unknown payer', async () => {
    const res = await t.call(biller, { method: 'GET', url: `/api/payers/${crypto.randomUUID()}` });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('payers.not_found');
    expect((await putRules(crypto.randomUUID(), DEFAULT_RULE_PACKS.commercial_professional)).statusCode).toBe(404);
  });

  it('needs a login (401), payers:read to read and payers:write to change (403)', async () => {
    expect((await t.call(null, { method: 'GET', url: '/api/payers' })).statusCode).toBe(401);
    const director = await t.login('program_director');
    expect((await t.call(director, { method: 'GET', url: '/api/payers' })).statusCode).toBe(200);
    expect((await t.call(director, { method: 'POST', url: '/api/payers', payload: payer() })).statusCode).toBe(403);
    const { id, rules } = await createPayer();
    expect((await putRules(id, rules, director)).statusCode).toBe(403);
    const auditor = await t.login('auditor');
    expect((await t.call(auditor, { method: 'GET', url: `/api/payers/${id}` })).statusCode).toBe(403);
  });
});

describe('rule versions', () => {
  it('writes a new version on each change, keeps the old ones, and audits it', async () => {
    const { id, rules } = await createPayer();
    const v2 = await putRules(id, {
      ...rules,
      maxGroupSize: 8,
      optionalModifiers: { HQ: true, HF: false, '59': false },
    });
    expect(v2.statusCode).toBe(200);
    expect(v2.json()).toMatchObject({
      id,
      rulesVersion: 2,
      rules: { maxGroupSize: 8, optionalModifiers: { HQ: true } },
    });
    expect((await putRules(id, rules)).json().rulesVersion).toBe(3);

    const versions = (await t.call(biller, { method: 'GET', url: `/api/payers/${id}/rules/versions` })).json();
    expect(versions.items.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
    expect(versions.items[1]).toMatchObject({ rules: { maxGroupSize: 8 }, createdBy: biller.userId });
    expect(versions.items[2].createdAt).toBe(t.clock.now().toISOString());

    const events = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), eq(auditEvents.category, 'payer')));
    expect(events.map((e) => [e.action, e.details])).toEqual([
      ['create', { template: 'commercial_professional', rulesVersion: 1 }],
      ['update', { rulesVersion: 2 }],
      ['update', { rulesVersion: 3 }],
    ]);
  });

  it('answers 422 payers.invalid_rules with detail paths, and writes no version', async () => {
    const { id, rules } = await createPayer({ template: 'commercial_per_diem' });
    const res = await putRules(id, {
      ...rules,
      minDailyMinutes: { IOP: 0, PHP: 300 },
      perDiemCodes: { ...(rules.perDiemCodes as object), PHP: undefined },
      bonus: 1,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('payers.invalid_rules');
    expect(
      res
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['bonus', 'minDailyMinutes.IOP', 'perDiemCodes.PHP']);
    expect((await t.call(biller, { method: 'GET', url: `/api/payers/${id}` })).json().rulesVersion).toBe(1);
    // Another template's pack does not fit either.
    expect((await putRules(id, DEFAULT_RULE_PACKS.commercial_professional)).statusCode).toBe(422);
    expect((await putRules(id, [1, 2])).statusCode).toBe(400);
  });

  it.runIf(onPostgres())('numbers concurrent changes without gaps or clashes (PostgreSQL only)', async () => {
    const { id, rules } = await createPayer();
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => putRules(id, { ...rules, maxGroupSize: 5 + i })),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(6).fill(200));
    expect(results.map((r) => r.json().rulesVersion).sort()).toEqual([2, 3, 4, 5, 6, 7]);
  });
});

describe('templates', () => {
  it('lists each template with its defaults and JSON Schema', async () => {
    const res = await t.call(biller, { method: 'GET', url: '/api/payer-templates' });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as {
      template: string;
      claimFormat: string;
      defaults: unknown;
      schema: { required: string[] };
    }[];
    expect(items.map((i) => [i.template, i.claimFormat])).toEqual([
      ['medicare_institutional', '837I'],
      ['commercial_professional', '837P'],
      ['commercial_per_diem', '837I'],
    ]);
    expect(items[1]?.schema.required).toContain('maxGroupSize');
  });
});
