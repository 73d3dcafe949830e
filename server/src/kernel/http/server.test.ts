import { describe, expect, it } from 'vitest';
import { createHttpServer } from './server.ts';
import type { Actor } from './context.ts';

const anonymous = async () => null;
const options = { logLevel: 'silent', allowedOrigins: [], authenticate: anonymous };

describe('the HTTP kernel', () => {
  it('refuses to start when a route declares no access', async () => {
    const app = await createHttpServer(options);
    app.get('/api/forgotten', async () => ({}));
    await expect(app.ready()).rejects.toThrow(/without an access declaration: GET \/api\/forgotten/);
  });

  it('denies by default: a permission the actor lacks is 403, no actor is 401', async () => {
    const actor: Actor = {
      userId: '00000000-0000-4000-8000-000000000001',
      roles: ['x'],
      permissions: new Set(['a:read']),
      via: 'token',
      credentialId: 't',
      mfaEnrollmentPending: false,
    };
    const app = await createHttpServer({
      ...options,
      authenticate: async (r) => (r.headers.authorization ? actor : null),
    });
    app.get('/api/a', { config: { access: 'a:read' } }, async () => ({ ok: true }));
    app.get('/api/b', { config: { access: 'b:read' } }, async () => ({ ok: true }));
    const auth = { authorization: 'Bearer x' };
    expect((await app.inject({ url: '/api/a' })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/a', headers: auth })).statusCode).toBe(200);
    const denied = await app.inject({ url: '/api/b', headers: auth });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('auth.forbidden');
  });

  it('hides internals of unexpected errors and sets security headers', async () => {
    const app = await createHttpServer(options);
    app.get('/api/boom', { config: { access: 'public' } }, async () => {
      throw new Error('connection string postgres://secret@db');
    });
    const res = await app.inject({ url: '/api/boom' });
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('secret');
    expect(res.json().error.code).toBe('internal');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
