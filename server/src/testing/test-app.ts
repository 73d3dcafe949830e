// A real app on a real database for route and flow tests, with a clock the test controls.
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import { testConfig, type Config } from '../config.ts';
import { ManualClock } from '../kernel/clock.ts';
import { systemContext } from '../kernel/http/index.ts';
import { totpCode } from '../modules/identity/index.ts';
import { testDatabase } from '../kernel/testing/index.ts';

export const TEST_PASSWORD = 'correct horse battery staple';
export const ORIGIN = 'http://localhost:80';

export interface Session {
  userId: string;
  email: string;
  headers: Record<string, string>;
}

export async function createTestApp(overrides: Partial<Config> = {}) {
  const database = await testDatabase();
  const clock = new ManualClock();
  const config = testConfig(overrides);
  const { app, modules } = await buildApp({ config, db: database.db, clock });
  await app.ready();
  let users = 0;

  /** Create a user with these roles and log in (enrolling MFA first where the role requires it). */
  async function login(roles: string | string[], name = { given: 'Test', family: 'User' }): Promise<Session> {
    const roleList = Array.isArray(roles) ? roles : [roles];
    users += 1;
    const email = `${roleList.join('-')}.${users}@example.test`;
    const userId = await database.db.transaction((tx) =>
      modules.identity.createUser(tx, systemContext('test'), { name, email, roles: roleList, password: TEST_PASSWORD }),
    );
    let res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: ORIGIN },
      payload: { email, password: TEST_PASSWORD },
    });
    if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
    let headers = { cookie: cookieOf(res), origin: ORIGIN };
    if (res.json().mfaEnrollmentRequired) {
      const { secret } = (await app.inject({ method: 'POST', url: '/api/auth/mfa/enroll', headers })).json();
      await app.inject({
        method: 'POST',
        url: '/api/auth/mfa/verify',
        headers,
        payload: { code: totpCode(secret, clock.now()) },
      });
      clock.advance(30_000);
      res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { origin: ORIGIN },
        payload: { email, password: TEST_PASSWORD, totp: totpCode(secret, clock.now()) },
      });
      if (res.statusCode !== 200) throw new Error(`MFA login failed: ${res.body}`);
      headers = { cookie: cookieOf(res), origin: ORIGIN };
    }
    return { userId, email, headers };
  }

  /** Send a request as a logged-in user (or anonymously with `null`). */
  function call(session: Session | null, options: InjectOptions): Promise<LightMyRequestResponse> {
    return app.inject({ ...options, headers: { ...(session?.headers ?? {}), ...(options.headers ?? {}) } });
  }

  return {
    app,
    db: database.db,
    database,
    clock,
    config,
    modules,
    login,
    call,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

export function cookieOf(res: LightMyRequestResponse): string {
  const raw = res.headers['set-cookie'];
  const first = Array.isArray(raw) ? raw[0] : raw;
  if (!first) throw new Error('no cookie set');
  return first.split(';')[0]!;
}
