// AZ-1: deny by default, proved over the whole route table rather than route by route:
// every non-public route answers 401 to an anonymous caller and 403 to a role lacking its permission.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../src/testing/index.ts';
import { ROLES, permissionsFor } from '../src/modules/identity/index.ts';

let t: TestApp;
const sessions = new Map<string, Session>();
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const SOME_ID = '00000000-0000-4000-8000-000000000000';
const concrete = (url: string) => url.replace(/:[a-zA-Z]+/g, SOME_ID);

async function sessionFor(role: string): Promise<Session> {
  if (!sessions.has(role)) sessions.set(role, await t.login(role));
  return sessions.get(role)!;
}

describe('access matrix', () => {
  it('covers a real route table', () => {
    expect(t.app.declaredRoutes.filter((r) => r.url.startsWith('/api/')).length).toBeGreaterThan(40);
  });

  it('answers 401 on every non-public route without a login', async () => {
    const protectedRoutes = t.app.declaredRoutes.filter((r) => r.url.startsWith('/api/') && r.access !== 'public');
    const failures: string[] = [];
    for (const route of protectedRoutes) {
      const res = await t.app.inject({
        method: route.method as 'GET',
        url: concrete(route.url),
        headers: { origin: 'http://localhost:80' },
        payload: route.method === 'GET' ? undefined : {},
      });
      if (res.statusCode !== 401) failures.push(`${route.method} ${route.url} → ${res.statusCode}`);
    }
    expect(failures).toEqual([]);
  });

  it('answers 403 on every permission-guarded route to a role without that permission', async () => {
    const guarded = t.app.declaredRoutes.filter(
      (r) => r.url.startsWith('/api/') && r.access !== 'public' && r.access !== 'authenticated',
    );
    const failures: string[] = [];
    for (const route of guarded) {
      const lacking = ROLES.find((role) => !permissionsFor([role]).has(route.access));
      // A permission every role holds (organization:read, staff:read) guards like `authenticated`:
      // the 401 sweep above covers it.
      if (!lacking) continue;
      const res = await t.call(await sessionFor(lacking), {
        method: route.method as 'GET',
        url: concrete(route.url),
        payload: route.method === 'GET' ? undefined : {},
      });
      if (res.statusCode !== 403 || res.json().error.code !== 'auth.forbidden')
        failures.push(`${route.method} ${route.url} as ${lacking} → ${res.statusCode}`);
    }
    expect(failures).toEqual([]);
  });
});
