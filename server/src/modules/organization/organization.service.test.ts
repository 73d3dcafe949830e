import type { EventEmitter } from 'node:events';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Audit } from '../../kernel/audit/index.ts';
import { systemContext, type RequestContext } from '../../kernel/http/index.ts';
import { createTestApp, onPostgres, TEST_PASSWORD, type TestApp } from '../../testing/index.ts';
import { permissionsFor, users } from '../identity/index.ts';
import { findSite, findStaff } from './index.ts';
import type { StaffInput } from './organization.schemas.ts';
import { createOrganizationService } from './organization.service.ts';
import { staff } from './organization.tables.ts';

const address = { line1: '1 Elm St', city: 'Salem', state: 'OR', postalCode: '97301' };

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  if (onPostgres()) {
    // Harness workaround (kernel/testing/test-database.ts): pg-pool's end() resolves before its
    // clients' connections have closed, and the forced DROP DATABASE that follows terminates them
    // (57P01), which the pool re-emits as an unhandled 'error'. The concurrent tests below leave
    // several such clients, so the race shows here more than elsewhere.
    const pool = (t.db as unknown as { $client: EventEmitter }).$client;
    pool.on('error', (err: { code?: string }) => {
      if (err.code !== '57P01') throw err;
    });
  }
  await t.close();
});

const as = (roles: string[], userId = '00000000-0000-4000-8000-0000000000aa'): RequestContext => ({
  ...systemContext('test'),
  actor: {
    userId,
    roles,
    permissions: permissionsFor(roles),
    via: 'token',
    credentialId: 'test',
    mfaEnrollmentPending: false,
  },
});
const admin = as(['admin']);

let n = 0;
const newStaff = (extra: { supervisorId?: string; roles?: StaffInput['roles'] } = {}) => {
  n += 1;
  return t.modules.organization.createStaff(admin, {
    name: { given: 'Sam', family: `Member${n}` },
    email: `member${n}@example.test`,
    roles: extra.roles ?? ['therapist'],
    password: TEST_PASSWORD,
    ...(extra.supervisorId ? { supervisorId: extra.supervisorId } : {}),
  });
};

describe('staff creation is one transaction', () => {
  it('leaves neither the login nor the profile when a later step fails', async () => {
    // The staff audit event is the last write of the use case: failing there proves the login rolls back too.
    const failingAudit: Audit = {
      async record(tx, ctx, ...entries) {
        if (entries.some((e) => e.category === 'staff')) throw new Error('audit unavailable');
        await t.modules.audit.record(tx, ctx, ...entries);
      },
    };
    const service = createOrganizationService({
      db: t.db,
      clock: t.clock,
      audit: failingAudit,
      identity: t.modules.identity,
    });
    const email = 'atomic@example.test';
    const staffBefore = (await t.db.select().from(staff)).length;
    await expect(
      service.createStaff(admin, {
        name: { given: 'Ada', family: 'Atomic' },
        email,
        roles: ['nurse'],
        password: TEST_PASSWORD,
      }),
    ).rejects.toThrow('audit unavailable');
    expect(await t.db.select().from(users).where(eq(users.email, email))).toHaveLength(0);
    expect(await t.db.select().from(staff)).toHaveLength(staffBefore);
  });
});

describe('public lookups for other modules', () => {
  it('findStaff joins the login: name, roles, active, NPI, supervisor', async () => {
    const { id: supervisorId } = await newStaff({ roles: ['psychiatrist'] });
    const { id } = await newStaff({ supervisorId });
    await t.modules.organization.updateStaff(admin, supervisorId, { npi: '1234567893', credentials: 'MD' });
    expect(await findStaff(t.db, supervisorId)).toMatchObject({
      id: supervisorId,
      roles: ['psychiatrist'],
      active: true,
      npi: '1234567893',
      credentials: 'MD',
      supervisorId: null,
    });
    expect((await findStaff(t.db, id))?.supervisorId).toBe(supervisorId);
    expect(await findStaff(t.db, '00000000-0000-4000-8000-000000000000')).toBeUndefined();
  });

  it('findStaff does not treat a login without a staff profile as staff', async () => {
    const s = await t.login('biller');
    expect(await findStaff(t.db, s.userId)).toBeUndefined();
  });

  it('findSite returns the site with its time zone and place of service', async () => {
    const { id } = await t.modules.organization.createSite(admin, {
      name: 'East',
      timeZone: 'America/Denver',
      address,
      placeOfService: '52',
    });
    expect(await findSite(t.db, id)).toEqual({
      id,
      name: 'East',
      timeZone: 'America/Denver',
      address,
      placeOfService: '52',
      active: true,
    });
  });
});

describe('authorization in the service', () => {
  it('refuses an actor without the permission, even when called directly', async () => {
    await expect(
      t.modules.organization.createSite(as(['therapist']), {
        name: 'X',
        timeZone: 'UTC',
        address,
        placeOfService: '11',
      }),
    ).rejects.toMatchObject({
      status: 403,
    });
    await expect(t.modules.organization.listStaff(as(['patient']), {})).rejects.toMatchObject({ status: 403 });
  });

  it('lets the system itself (no actor) configure, as boot and demo data do', async () => {
    const { id } = await t.modules.organization.createSite(systemContext('demo'), {
      name: 'Demo',
      timeZone: 'UTC',
      address,
      placeOfService: '11',
    });
    expect(await findSite(t.db, id)).toBeDefined();
  });
});

describe('supervision', () => {
  it('refuses a cycle through several supervisors', async () => {
    const { id: top } = await newStaff();
    const { id: middle } = await newStaff({ supervisorId: top });
    const { id: bottom } = await newStaff({ supervisorId: middle });
    await expect(t.modules.organization.updateStaff(admin, top, { supervisorId: bottom })).rejects.toMatchObject({
      code: 'organization.supervisor_cycle',
    });
    // Re-pointing within the chain without a loop is fine, and clearing it too.
    expect((await t.modules.organization.updateStaff(admin, bottom, { supervisorId: top })).supervisorId).toBe(top);
    expect((await t.modules.organization.updateStaff(admin, bottom, { supervisorId: null })).supervisorId).toBeNull();
  });

  it.runIf(onPostgres())('lets only one of two crossing changes through when they race (PostgreSQL)', async () => {
    const pairs = await Promise.all(
      Array.from({ length: 4 }, async () => [(await newStaff()).id, (await newStaff()).id] as const),
    );
    const outcomes = await Promise.all(
      pairs.map(([a, b]) =>
        Promise.allSettled([
          t.modules.organization.updateStaff(admin, a, { supervisorId: b }),
          t.modules.organization.updateStaff(admin, b, { supervisorId: a }),
        ]),
      ),
    );
    for (const results of outcomes) {
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(results.find((r) => r.status === 'rejected')).toMatchObject({
        reason: { code: 'organization.supervisor_cycle' },
      });
    }
  });
});

describe('organization', () => {
  it('two first configurations at once leave one row, both answered', async () => {
    const body = {
      name: 'Org',
      npi: '1234567893',
      taxId: '123456789',
      taxonomy: '261QM0801X',
      facilityType: 'freestanding' as const,
      address,
      phone: '503-555-0199',
    };
    const [first, second] = await Promise.all([
      t.modules.organization.putOrganization(admin, body),
      t.modules.organization.putOrganization(admin, { ...body, name: 'Org 2' }),
    ]);
    expect([first.name, second.name].sort()).toEqual(['Org', 'Org 2']);
    expect((await t.modules.organization.getOrganization(admin)).phone).toBe('5035550199');
  });
});
