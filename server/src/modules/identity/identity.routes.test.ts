import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ORIGIN, TEST_PASSWORD, type TestApp } from '../../testing/index.ts';
import { totpCode } from './totp.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const login = (payload: Record<string, unknown>, ip = '10.0.0.1') =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { origin: ORIGIN }, payload, remoteAddress: ip });

describe('login', () => {
  it('logs in, sets a __Host- cookie, and /me answers', async () => {
    const s = await t.login('therapist');
    const me = await t.call(s, { method: 'GET', url: '/api/auth/me' });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.roles).toEqual(['therapist']);
    expect(s.headers.cookie).toMatch(/^__Host-session=/);
  });

  it('rejects a wrong password with auth.invalid_credentials', async () => {
    const s = await t.login('nurse');
    const res = await login({ email: s.email, password: 'not the password at all' }, '10.0.0.2');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('auth.invalid_credentials');
  });

  it('throttles an IP after 5 failures a minute with 429 and Retry-After', async () => {
    const s = await t.login('nurse');
    for (let i = 0; i < 5; i++)
      expect((await login({ email: s.email, password: `wrong-${i}-xxxxxxxx` }, '10.0.0.3')).statusCode).toBe(401);
    const blocked = await login({ email: s.email, password: TEST_PASSWORD }, '10.0.0.3');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('auth.too_many_attempts');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    t.clock.advance(61_000);
    expect((await login({ email: s.email, password: TEST_PASSWORD }, '10.0.0.3')).statusCode).toBe(200);
  });
});

describe('concurrent guessing', () => {
  it('lets exactly 5 of 20 simultaneous wrong passwords from one IP through, the rest get 429', async () => {
    const s = await t.login('nurse');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => login({ email: s.email, password: `burst-guess-${i}-xxxx` }, '10.9.0.1')),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401)).toHaveLength(5);
    expect(codes.filter((c) => c === 429)).toHaveLength(15);
  });

  it('locks the account after exactly 10 simultaneous wrong passwords from 20 addresses', async () => {
    const s = await t.login('nurse');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        login({ email: s.email, password: `spread-guess-${i}-xxxx` }, `10.9.1.${i + 1}`),
      ),
    );
    expect(results.filter((r) => r.statusCode === 401)).toHaveLength(10);
    expect(
      results.filter((r) => r.statusCode === 429).every((r) => r.json().error.code === 'auth.account_locked'),
    ).toBe(true);
  });
});

describe('account soft lock', () => {
  it('locks an account after 10 failures in 15 minutes, across IPs', async () => {
    const s = await t.login('case_manager');
    for (let i = 0; i < 10; i++) {
      const res = await login({ email: s.email, password: `wrong-${i}-xxxxxxxx` }, `10.1.0.${i + 1}`);
      expect(res.statusCode).toBe(401);
    }
    const locked = await login({ email: s.email, password: TEST_PASSWORD }, '10.1.1.1');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('auth.account_locked');
    t.clock.advance(15 * 60_000 + 1000);
    expect((await login({ email: s.email, password: TEST_PASSWORD }, '10.1.1.1')).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('expires after 15 idle minutes, server-side', async () => {
    const s = await t.login('therapist');
    t.clock.advance(15 * 60_000 - 1000);
    expect((await t.call(s, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    t.clock.advance(15 * 60_000 - 1000);
    expect((await t.call(s, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    t.clock.advance(15 * 60_000 + 1);
    expect((await t.call(s, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });

  it('expires 12 hours after login even when active', async () => {
    const s = await t.login('therapist');
    for (let elapsed = 0; elapsed < 12 * 60; elapsed += 10) {
      t.clock.advance(10 * 60_000);
      const res = await t.call(s, { method: 'GET', url: '/api/auth/me' });
      expect(res.statusCode).toBe(elapsed + 10 < 12 * 60 ? 200 : 401);
    }
  });

  it('logout revokes the session: replaying the cookie gives 401', async () => {
    const s = await t.login('nurse');
    expect((await t.call(s, { method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204);
    expect((await t.call(s, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });

  it('password change revokes other sessions and API tokens', async () => {
    const first = await t.login('therapist');
    const email = first.email;
    const second = await login({ email, password: TEST_PASSWORD }, '10.2.0.1');
    const secondHeaders = { cookie: String(second.headers['set-cookie']).split(';')[0]!, origin: ORIGIN };
    const token = (await t.call(first, { method: 'POST', url: '/api/auth/tokens', payload: { name: 'script' } })).json()
      .token;
    const change = await t.call(first, {
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'an entirely new passphrase' },
    });
    expect(change.statusCode).toBe(204);
    expect((await t.call(first, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: secondHeaders })).statusCode).toBe(401);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } }))
        .statusCode,
    ).toBe(401);
  });

  it('rejects a cookie-authenticated change from another origin or without Origin', async () => {
    const s = await t.login('therapist');
    const evil = await t.call(s, {
      method: 'POST',
      url: '/api/auth/tokens',
      headers: { origin: 'https://evil.example' },
      payload: { name: 'x' },
    });
    expect(evil.statusCode).toBe(403);
    expect(evil.json().error.code).toBe('auth.cross_origin');
    const bare = await t.app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      headers: { cookie: s.headers.cookie! },
      payload: { name: 'x' },
    });
    expect(bare.statusCode).toBe(403);
  });
});

describe('API tokens', () => {
  it('work as bearer credentials without an Origin, and expire', async () => {
    const s = await t.login('therapist');
    const res = await t.call(s, {
      method: 'POST',
      url: '/api/auth/tokens',
      payload: { name: 'export', expiresInMinutes: 5 },
    });
    expect(res.statusCode).toBe(201);
    const bearer = { authorization: `Bearer ${res.json().token}` };
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer })).json().user.id).toBe(s.userId);
    t.clock.advance(5 * 60_000 + 1);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer })).statusCode).toBe(401);
  });
});

describe('MFA', () => {
  it('admins must enrol before reaching anything else, then log in with TOTP or a recovery code once', async () => {
    const email = 'mfa.admin@example.test';
    await t.db.transaction((tx) =>
      t.modules.identity.createUser(
        tx,
        { actor: null, requestId: 't', ip: '127.0.0.1' },
        {
          name: { given: 'Mia', family: 'Admin' },
          email,
          roles: ['admin'],
          password: TEST_PASSWORD,
        },
      ),
    );
    const first = await login({ email, password: TEST_PASSWORD }, '10.3.0.1');
    expect(first.json().mfaEnrollmentRequired).toBe(true);
    const headers = { cookie: String(first.headers['set-cookie']).split(';')[0]!, origin: ORIGIN };
    const blocked = await t.app.inject({ method: 'GET', url: '/api/audit-events', headers });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('auth.mfa_enrollment_required');

    const enroll = (await t.app.inject({ method: 'POST', url: '/api/auth/mfa/enroll', headers })).json();
    expect(enroll.otpauthUri).toContain('otpauth://totp/');
    expect(enroll.secret).toMatch(/^[A-Z2-7]+$/);
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/mfa/verify',
      headers,
      payload: { code: '000000' },
    });
    expect(wrong.statusCode).toBe(422);
    const verified = await t.app.inject({
      method: 'POST',
      url: '/api/auth/mfa/verify',
      headers,
      payload: { code: totpCode(enroll.secret, t.clock.now()) },
    });
    expect(verified.statusCode).toBe(200);
    const { recoveryCodes } = verified.json();
    expect(recoveryCodes).toHaveLength(10);

    const noCode = await login({ email, password: TEST_PASSWORD }, '10.3.0.2');
    expect(noCode.statusCode).toBe(401);
    expect(noCode.json().error.code).toBe('auth.mfa_required');
    // The code used at verification cannot be replayed within its window.
    const replay = await login(
      { email, password: TEST_PASSWORD, totp: totpCode(enroll.secret, t.clock.now()) },
      '10.3.0.3',
    );
    expect(replay.statusCode).toBe(401);
    t.clock.advance(30_000);
    const ok = await login(
      { email, password: TEST_PASSWORD, totp: totpCode(enroll.secret, t.clock.now()) },
      '10.3.0.4',
    );
    expect(ok.statusCode).toBe(200);
    expect(ok.json().mfaEnrollmentRequired).toBe(false);

    const recovery = await login({ email, password: TEST_PASSWORD, totp: recoveryCodes[0].toLowerCase() }, '10.3.0.5');
    expect(recovery.statusCode).toBe(200);
    const reused = await login({ email, password: TEST_PASSWORD, totp: recoveryCodes[0] }, '10.3.0.6');
    expect(reused.statusCode).toBe(401);
  });
});

describe('validation', () => {
  it('answers 400 with a field path for a malformed body and 413 for an oversized one', async () => {
    const res = await login({ email: 'a@b.c', password: 'x', extra: 1 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.map((d: { path: string }) => d.path)).toContain('extra');
    const big = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: ORIGIN, 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('request.too_large');
  });
});
