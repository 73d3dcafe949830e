import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../kernel/audit/index.ts';
import { createTestApp, ORIGIN, TEST_PASSWORD, type Session, type TestApp } from '../../testing/index.ts';
import { users } from '../identity/index.ts';
import { staff } from './organization.tables.ts';

const VALID_NPI = '1234567893';
const INVALID_NPI = '1234567890';
const address = { line1: '100 Main St', city: 'Springfield', state: 'IL', postalCode: '62701' };
const orgBody = {
  name: 'Riverside Behavioral Health',
  npi: VALID_NPI,
  taxId: '12-3456789',
  taxonomy: '261QM0801X',
  facilityType: 'cmhc',
  address,
  phone: '(217) 555-0100',
};

let t: TestApp;
let admin: Session;
let therapist: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  therapist = await t.login('therapist');
});
afterAll(() => t.close());

const paths = (res: { json(): { error: { details: { path: string }[] } } }) =>
  res.json().error.details.map((d) => d.path);
const auditCount = async (category: string, entityId: string, action: string) =>
  (
    await t.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.category, category), eq(auditEvents.entityId, entityId), eq(auditEvents.action, action)),
      )
  ).length;

async function createSite(overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await t.call(admin, {
    method: 'POST',
    url: '/api/sites',
    payload: { name: 'Main campus', timeZone: 'America/Chicago', address, placeOfService: '53', ...overrides },
  });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

let emails = 0;
async function createStaff(overrides: Record<string, unknown> = {}) {
  emails += 1;
  return t.call(admin, {
    method: 'POST',
    url: '/api/staff',
    payload: {
      name: { given: 'Dana', family: `Clinician${emails}` },
      email: `staff${emails}@example.test`,
      roles: ['therapist'],
      password: TEST_PASSWORD,
      ...overrides,
    },
  });
}

const login = (email: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { origin: ORIGIN }, payload: { email, password } });

describe('organization', () => {
  it('is 404 organization.not_configured until set, then PUT stores and normalizes it', async () => {
    const before = await t.call(admin, { method: 'GET', url: '/api/organization' });
    expect(before.statusCode).toBe(404);
    expect(before.json().error.code).toBe('organization.not_configured');

    const put = await t.call(admin, { method: 'PUT', url: '/api/organization', payload: orgBody });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ ...orgBody, taxId: '123456789', phone: '2175550100' });
    expect(await auditCount('organization', '1', 'create')).toBe(1);

    const again = await t.call(admin, {
      method: 'PUT',
      url: '/api/organization',
      payload: { ...orgBody, name: 'Riverside BH', taxId: '987654321' },
    });
    expect(again.statusCode).toBe(200);
    expect(await auditCount('organization', '1', 'update')).toBe(1);
    const read = await t.call(therapist, { method: 'GET', url: '/api/organization' });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ name: 'Riverside BH', taxId: '987654321', facilityType: 'cmhc', address });
  });

  it('answers 422 organization.invalid_npi for a bad check digit', async () => {
    const res = await t.call(admin, {
      method: 'PUT',
      url: '/api/organization',
      payload: { ...orgBody, npi: INVALID_NPI },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('organization.invalid_npi');
    expect(paths(res)).toEqual(['npi']);
  });

  it('answers 400 with the paths of malformed fields', async () => {
    const res = await t.call(admin, {
      method: 'PUT',
      url: '/api/organization',
      payload: {
        ...orgBody,
        taxonomy: '261QM0801',
        taxId: '12-345',
        facilityType: 'clinic',
        address: { ...address, state: 'Illinois' },
        extra: true,
      },
    });
    expect(res.statusCode).toBe(400);
    expect(paths(res)).toEqual(expect.arrayContaining(['taxonomy', 'taxId', 'facilityType', 'address.state', 'extra']));
  });

  it('needs a login (401) and organization:write (403)', async () => {
    expect((await t.call(null, { method: 'GET', url: '/api/organization' })).statusCode).toBe(401);
    const denied = await t.call(therapist, { method: 'PUT', url: '/api/organization', payload: orgBody });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('auth.forbidden');
  });
});

describe('sites', () => {
  it('creates, reads, lists and updates a site, auditing each write', async () => {
    const id = await createSite({ name: 'North clinic', timeZone: 'america/new_york' });
    expect(await auditCount('site', id, 'create')).toBe(1);
    const got = await t.call(therapist, { method: 'GET', url: `/api/sites/${id}` });
    expect(got.statusCode).toBe(200);
    expect(got.json()).toEqual({
      id,
      name: 'North clinic',
      timeZone: 'America/New_York',
      address,
      placeOfService: '53',
      active: true,
    });

    const patched = await t.call(admin, {
      method: 'PATCH',
      url: `/api/sites/${id}`,
      payload: { placeOfService: '52', active: false },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ placeOfService: '52', active: false, name: 'North clinic' });
    expect(await auditCount('site', id, 'update')).toBe(1);

    const list = await t.call(admin, { method: 'GET', url: '/api/sites?limit=200' });
    expect(list.statusCode).toBe(200);
    expect(list.json().nextCursor).toBeNull();
    expect(list.json().items.map((s: { id: string }) => s.id)).toContain(id);
  });

  it('pages through sites with a cursor', async () => {
    await createSite({ name: 'Page A' });
    await createSite({ name: 'Page B' });
    const first = (await t.call(admin, { method: 'GET', url: '/api/sites?limit=1' })).json();
    expect(first.items).toHaveLength(1);
    const second = (
      await t.call(admin, { method: 'GET', url: `/api/sites?limit=1&cursor=${first.nextCursor}` })
    ).json();
    expect(second.items[0].id).not.toBe(first.items[0].id);
  });

  it('rejects an unknown time zone (422) and a malformed place of service (400)', async () => {
    const zone = await t.call(admin, {
      method: 'POST',
      url: '/api/sites',
      payload: { name: 'X', timeZone: 'Mars/Base', address, placeOfService: '11' },
    });
    expect(zone.statusCode).toBe(422);
    expect(zone.json().error.code).toBe('organization.invalid_time_zone');
    const pos = await t.call(admin, {
      method: 'POST',
      url: '/api/sites',
      payload: { name: 'X', timeZone: 'UTC', address, placeOfService: '5' },
    });
    expect(pos.statusCode).toBe(400);
    expect(paths(pos)).toEqual(['placeOfService']);
  });

  it('answers 404 for an unknown site, 400 for a malformed id, 403 for a therapist writing', async () => {
    const missing = await t.call(admin, { method: 'GET', url: '/api/sites/00000000-0000-4000-8000-000000000000' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('organization.site_not_found');
    const patchMissing = await t.call(admin, {
      method: 'PATCH',
      url: '/api/sites/00000000-0000-4000-8000-000000000000',
      payload: { name: 'Y' },
    });
    expect(patchMissing.statusCode).toBe(404);
    const malformed = await t.call(admin, { method: 'GET', url: '/api/sites/not-a-uuid' });
    expect(malformed.statusCode).toBe(400);
    expect(paths(malformed)).toEqual(['params.id']);
    const denied = await t.call(therapist, {
      method: 'POST',
      url: '/api/sites',
      payload: { name: 'X', timeZone: 'UTC', address, placeOfService: '11' },
    });
    expect(denied.statusCode).toBe(403);
  });
});

describe('rooms', () => {
  it('creates rooms in a site, lists them by site and updates one', async () => {
    const siteId = await createSite();
    const otherSite = await createSite({ name: 'Other' });
    const res = await t.call(admin, {
      method: 'POST',
      url: '/api/rooms',
      payload: { siteId, name: 'Group room A', capacity: 12 },
    });
    expect(res.statusCode).toBe(201);
    const { id } = res.json();
    await t.call(admin, {
      method: 'POST',
      url: '/api/rooms',
      payload: { siteId: otherSite, name: 'Elsewhere', capacity: 4 },
    });
    expect(await auditCount('room', id, 'create')).toBe(1);

    const list = await t.call(therapist, { method: 'GET', url: `/api/rooms?siteId=${siteId}` });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([{ id, siteId, name: 'Group room A', capacity: 12, active: true }]);

    const patched = await t.call(admin, { method: 'PATCH', url: `/api/rooms/${id}`, payload: { capacity: 10 } });
    expect(patched.json()).toMatchObject({ id, capacity: 10 });
    expect((await t.call(admin, { method: 'GET', url: `/api/rooms/${id}` })).json().capacity).toBe(10);
    expect(await auditCount('room', id, 'update')).toBe(1);
  });

  it('answers 422 organization.unknown_site, 422 inactive site and 400 for capacity 0', async () => {
    const unknown = await t.call(admin, {
      method: 'POST',
      url: '/api/rooms',
      payload: { siteId: '00000000-0000-4000-8000-000000000000', name: 'R', capacity: 5 },
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.code).toBe('organization.unknown_site');
    expect(paths(unknown)).toEqual(['siteId']);

    const closed = await createSite({ name: 'Closed' });
    await t.call(admin, { method: 'PATCH', url: `/api/sites/${closed}`, payload: { active: false } });
    const inactive = await t.call(admin, {
      method: 'POST',
      url: '/api/rooms',
      payload: { siteId: closed, name: 'R', capacity: 5 },
    });
    expect(inactive.json().error.code).toBe('organization.inactive_site');

    const siteId = await createSite();
    const zero = await t.call(admin, {
      method: 'POST',
      url: '/api/rooms',
      payload: { siteId, name: 'R', capacity: 0 },
    });
    expect(zero.statusCode).toBe(400);
    expect(paths(zero)).toEqual(['capacity']);
  });

  it('answers 404 organization.room_not_found', async () => {
    const res = await t.call(admin, { method: 'GET', url: '/api/rooms/00000000-0000-4000-8000-000000000000' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('organization.room_not_found');
  });
});

describe('staff', () => {
  it('creates a login and a staff profile together; the new staff member can log in', async () => {
    const res = await createStaff({ credentials: 'LCSW', npi: VALID_NPI, taxonomy: '1041C0700X' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.temporaryPassword).toBeUndefined();
    const got = await t.call(therapist, { method: 'GET', url: `/api/staff/${body.id}` });
    expect(got.statusCode).toBe(200);
    expect(got.json()).toEqual({
      id: body.id,
      name: { given: 'Dana', family: `Clinician${emails}` },
      email: `staff${emails}@example.test`,
      roles: ['therapist'],
      active: true,
      credentials: 'LCSW',
      npi: VALID_NPI,
      taxonomy: '1041C0700X',
      supervisorId: null,
    });
    expect(await auditCount('staff', body.id, 'create')).toBe(1);
    expect((await login(got.json().email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('generates a temporary password, returned once, when none is given', async () => {
    const res = await createStaff({ password: undefined });
    expect(res.statusCode).toBe(201);
    const { id, temporaryPassword } = res.json();
    expect(temporaryPassword).toMatch(/^[A-Za-z0-9_-]{20}$/);
    const email = (await t.call(admin, { method: 'GET', url: `/api/staff/${id}` })).json().email;
    expect((await login(email, temporaryPassword)).statusCode).toBe(200);
  });

  it('answers 422 organization.invalid_npi and 400 for malformed fields', async () => {
    const bad = await createStaff({ npi: INVALID_NPI });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.code).toBe('organization.invalid_npi');
    const malformed = await createStaff({
      email: 'not-an-email',
      roles: ['wizard'],
      taxonomy: 'abc',
      name: { given: '' },
    });
    expect(malformed.statusCode).toBe(400);
    expect(paths(malformed)).toEqual(
      expect.arrayContaining(['email', 'roles.0', 'taxonomy', 'name.given', 'name.family']),
    );
  });

  it('answers 422 organization.unknown_supervisor and leaves no login behind', async () => {
    const res = await createStaff({
      supervisorId: '00000000-0000-4000-8000-000000000000',
      email: 'orphan@example.test',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('organization.unknown_supervisor');
    expect(await t.db.select().from(users).where(eq(users.email, 'orphan@example.test'))).toHaveLength(0);
  });

  it('rolls back when the email is taken: 409 identity.email_taken and no staff row', async () => {
    const count = async () => (await t.db.select({ n: sql<number>`count(*)::int` }).from(staff))[0]!.n;
    const before = await count();
    const res = await createStaff({ email: therapist.email.toUpperCase(), npi: VALID_NPI });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('identity.email_taken');
    expect(await count()).toBe(before);
  });

  it('lists staff, filtered by role and active', async () => {
    const psych = (await createStaff({ roles: ['psychiatrist'], credentials: 'MD' })).json().id;
    const all = await t.call(therapist, { method: 'GET', url: '/api/staff?limit=200' });
    expect(all.statusCode).toBe(200);
    const byRole: { id: string; roles: string[] }[] = (
      await t.call(therapist, { method: 'GET', url: '/api/staff?role=psychiatrist' })
    ).json().items;
    expect(byRole.every((s) => s.roles.includes('psychiatrist'))).toBe(true);
    expect(byRole.find((s) => s.id === psych)).toMatchObject({
      roles: ['psychiatrist'],
      credentials: 'MD',
      active: true,
    });
    expect(all.json().items.some((s: { roles: string[] }) => !s.roles.includes('psychiatrist'))).toBe(true);
    const inactive = (await t.call(therapist, { method: 'GET', url: '/api/staff?active=false' })).json().items;
    expect(inactive.map((s: { id: string }) => s.id)).not.toContain(psych);
    expect((await t.call(therapist, { method: 'GET', url: '/api/staff?role=wizard' })).statusCode).toBe(400);
  });

  it('updates the profile, roles and active flag; a deactivated member cannot log in', async () => {
    const supervisor = (await createStaff({ roles: ['psychiatrist'] })).json().id;
    const created = await createStaff();
    const id = created.json().id;
    const email = (await t.call(admin, { method: 'GET', url: `/api/staff/${id}` })).json().email;
    const res = await t.call(admin, {
      method: 'PATCH',
      url: `/api/staff/${id}`,
      payload: { credentials: 'LPC', npi: VALID_NPI, supervisorId: supervisor, roles: ['therapist', 'case_manager'] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      credentials: 'LPC',
      npi: VALID_NPI,
      supervisorId: supervisor,
      roles: ['therapist', 'case_manager'],
      active: true,
    });
    expect(await auditCount('staff', id, 'update')).toBe(1);

    const cleared = await t.call(admin, {
      method: 'PATCH',
      url: `/api/staff/${id}`,
      payload: { npi: null, active: false },
    });
    expect(cleared.json()).toMatchObject({ npi: null, active: false, credentials: 'LPC' });
    expect((await login(email, TEST_PASSWORD)).statusCode).toBe(401);
  });

  it('refuses supervision cycles, an unknown staff id and self-deactivation', async () => {
    const a = (await createStaff()).json().id;
    const b = (await createStaff({ supervisorId: a })).json().id;
    const cycle = await t.call(admin, { method: 'PATCH', url: `/api/staff/${a}`, payload: { supervisorId: b } });
    expect(cycle.statusCode).toBe(422);
    expect(cycle.json().error.code).toBe('organization.supervisor_cycle');
    const self = await t.call(admin, { method: 'PATCH', url: `/api/staff/${a}`, payload: { supervisorId: a } });
    expect(self.json().error.code).toBe('organization.supervisor_cycle');

    const missing = await t.call(admin, {
      method: 'PATCH',
      url: '/api/staff/00000000-0000-4000-8000-000000000000',
      payload: { credentials: 'X' },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('organization.staff_not_found');

    const staffAdmin = await t.login('admin');
    await t.db.insert(staff).values({ id: staffAdmin.userId });
    const lockout = await t.call(staffAdmin, {
      method: 'PATCH',
      url: `/api/staff/${staffAdmin.userId}`,
      payload: { active: false },
    });
    expect(lockout.statusCode).toBe(422);
    expect(lockout.json().error.code).toBe('organization.cannot_deactivate_self');
  });

  it('needs staff:write to create or change staff (403) and a login to read (401)', async () => {
    expect(
      (
        await t.call(therapist, {
          method: 'POST',
          url: '/api/staff',
          payload: { name: { given: 'A', family: 'B' }, email: 'x@example.test', roles: ['nurse'] },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await t.call(therapist, { method: 'PATCH', url: `/api/staff/${therapist.userId}`, payload: { active: false } }))
        .statusCode,
    ).toBe(403);
    expect((await t.call(null, { method: 'GET', url: '/api/staff' })).statusCode).toBe(401);
  });
});
