import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../testing/index.ts';
import { auditRows, insertSite, staffSession } from './test-fixtures.ts';

let t: TestApp;
let director: Session;
let siteId: string;

beforeAll(async () => {
  t = await createTestApp();
  director = await t.login('program_director');
  siteId = await insertSite(t);
});
afterAll(() => t.close());

const program = (overrides: Record<string, unknown> = {}) => ({
  name: 'Adult PHP',
  siteId,
  levelOfCare: 'PHP',
  population: 'mental_health',
  minHoursPerWeek: 20,
  ...overrides,
});

async function createProgram(overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await t.call(director, { method: 'POST', url: '/api/programs', payload: program(overrides) });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

describe('programs', () => {
  it('creates, reads, lists and updates a program, auditing the writes', async () => {
    const id = await createProgram({ name: 'Adolescent IOP', levelOfCare: 'IOP', minHoursPerWeek: 9.5 });
    const got = await t.call(director, { method: 'GET', url: `/api/programs/${id}` });
    expect(got.json()).toEqual({
      id,
      name: 'Adolescent IOP',
      siteId,
      levelOfCare: 'IOP',
      population: 'mental_health',
      minHoursPerWeek: 9.5,
      active: true,
    });

    const patched = await t.call(director, {
      method: 'PATCH',
      url: `/api/programs/${id}`,
      payload: { minHoursPerWeek: 12, active: false },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ minHoursPerWeek: 12, active: false });

    const therapist = await t.login('therapist');
    const list = await t.call(therapist, { method: 'GET', url: `/api/programs?siteId=${siteId}&active=false` });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((p: { id: string }) => p.id)).toEqual([id]);

    expect((await auditRows(t, { entityId: id, category: 'program' })).map((r) => r.action).sort()).toEqual([
      'create',
      'update',
    ]);
  });

  it('pages the list with a cursor', async () => {
    await createProgram({ name: 'Paging A' });
    await createProgram({ name: 'Paging B' });
    const first = (await t.call(director, { method: 'GET', url: '/api/programs?limit=1' })).json();
    expect(first.items).toHaveLength(1);
    const second = (
      await t.call(director, { method: 'GET', url: `/api/programs?limit=1&cursor=${first.nextCursor}` })
    ).json();
    expect(second.items[0].id).not.toBe(first.items[0].id);
  });

  it('answers 422 programs.unknown_site for a site that does not exist', async () => {
    const res = await t.call(director, {
      method: 'POST',
      url: '/api/programs',
      payload: program({ siteId: crypto.randomUUID() }),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'programs.unknown_site', details: [{ path: 'siteId' }] });
    const id = await createProgram();
    const patch = await t.call(director, {
      method: 'PATCH',
      url: `/api/programs/${id}`,
      payload: { siteId: crypto.randomUUID() },
    });
    expect(patch.json().error.code).toBe('programs.unknown_site');
  });

  it.each([
    ['minHoursPerWeek', { minHoursPerWeek: 41 }],
    ['levelOfCare', { levelOfCare: 'inpatient' }],
    ['population', { population: 'geriatric' }],
    ['extra', { extra: true }],
  ])('rejects a malformed body with 400 and the path %s', async (path, overrides) => {
    const res = await t.call(director, { method: 'POST', url: '/api/programs', payload: program(overrides) });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('request.invalid');
    expect(res.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('answers 404 for an unknown program and 400 for an empty patch', async () => {
    const res = await t.call(director, { method: 'GET', url: `/api/programs/${crypto.randomUUID()}` });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('programs.not_found');
    const id = await createProgram();
    expect((await t.call(director, { method: 'PATCH', url: `/api/programs/${id}`, payload: {} })).statusCode).toBe(400);
  });

  it('needs a login (401) and programs:write (403)', async () => {
    expect((await t.call(null, { method: 'GET', url: '/api/programs' })).statusCode).toBe(401);
    const therapist = await t.login('therapist');
    const res = await t.call(therapist, { method: 'POST', url: '/api/programs', payload: program() });
    expect(res.statusCode).toBe(403);
    const auditor = await t.login('auditor');
    expect((await t.call(auditor, { method: 'GET', url: '/api/programs' })).statusCode).toBe(403);
  });
});

describe('staff assignments', () => {
  it('replaces the assignments, lists them and audits what changed', async () => {
    const id = await createProgram();
    const a = await staffSession(t, 'therapist');
    const b = await staffSession(t, 'nurse');
    const put = await t.call(director, {
      method: 'PUT',
      url: `/api/programs/${id}/staff`,
      payload: { staffIds: [a.userId, b.userId] },
    });
    expect(put.statusCode).toBe(200);
    expect(
      put
        .json()
        .items.map((s: { id: string }) => s.id)
        .sort(),
    ).toEqual([a.userId, b.userId].sort());

    await t.call(director, { method: 'PUT', url: `/api/programs/${id}/staff`, payload: { staffIds: [b.userId] } });
    const list = await t.call(a, { method: 'GET', url: `/api/programs/${id}/staff` });
    expect(list.json()).toEqual({
      items: [
        { id: b.userId, name: { given: 'Test', family: 'User' }, roles: ['nurse'], credentials: null, active: true },
      ],
      nextCursor: null,
    });

    const events = await auditRows(t, { entityId: id, category: 'program_staff' });
    expect(events.map((e) => e.details)).toContainEqual({ added: [], removed: [a.userId] });
  });

  it('answers 422 programs.unknown_staff naming each unknown id, and changes nothing', async () => {
    const id = await createProgram();
    const a = await staffSession(t, 'therapist');
    const notStaff = await t.login('therapist'); // a user without a staff profile
    const res = await t.call(director, {
      method: 'PUT',
      url: `/api/programs/${id}/staff`,
      payload: { staffIds: [a.userId, crypto.randomUUID(), notStaff.userId] },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('programs.unknown_staff');
    expect(res.json().error.details.map((d: { path: string }) => d.path)).toEqual(['staffIds.1', 'staffIds.2']);
    expect((await t.call(director, { method: 'GET', url: `/api/programs/${id}/staff` })).json().items).toEqual([]);
  });

  it('rejects duplicates (400), unknown programs (404) and non-directors (403)', async () => {
    const id = await createProgram();
    const a = await staffSession(t, 'therapist');
    const dup = await t.call(director, {
      method: 'PUT',
      url: `/api/programs/${id}/staff`,
      payload: { staffIds: [a.userId, a.userId] },
    });
    expect(dup.statusCode).toBe(400);
    const missing = await t.call(director, {
      method: 'PUT',
      url: `/api/programs/${crypto.randomUUID()}/staff`,
      payload: { staffIds: [] },
    });
    expect(missing.statusCode).toBe(404);
    const self = await t.call(a, {
      method: 'PUT',
      url: `/api/programs/${id}/staff`,
      payload: { staffIds: [a.userId] },
    });
    expect(self.statusCode).toBe(403);
  });
});
