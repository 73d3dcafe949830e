import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../kernel/http/index.ts';
import type { IdentityService } from './identity.service.ts';
import {
  LoginBody,
  LoginResponse,
  MfaEnrollResponse,
  MfaVerifyBody,
  MfaVerifyResponse,
  PasswordBody,
  TokenBody,
  TokenResponse,
  UserResponse,
} from './identity.schemas.ts';

// `__Host-`: Secure, Path=/, no Domain, so no other host or path can set or read it (AUTH-7).
export const SESSION_COOKIE = '__Host-session';

/** Resolve the caller: a bearer API token, else the session cookie. */
export function authenticator(identity: IdentityService) {
  return async (request: FastifyRequest): Promise<Actor | null> => {
    const header = request.headers.authorization;
    if (header?.startsWith('Bearer ')) return identity.actorFromToken(header.slice(7).trim());
    const cookie = request.cookies[SESSION_COOKIE];
    return cookie ? identity.actorFromSession(cookie) : null;
  };
}

const clearSession = (reply: FastifyReply) =>
  reply.clearCookie(SESSION_COOKIE, { path: '/', secure: true, httpOnly: true, sameSite: 'strict' });

export function identityRoutes(identity: IdentityService): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['Authentication'];
    app.post(
      '/auth/login',
      { config: { access: 'public' }, schema: { tags, body: LoginBody, response: { 200: LoginResponse } } },
      async (request, reply) => {
        const result = await identity.login(request.ctx, request.body, request.headers['user-agent']);
        reply.setCookie(SESSION_COOKIE, result.sessionToken, {
          path: '/',
          secure: true,
          httpOnly: true,
          sameSite: 'strict',
        });
        return { user: result.user, mfaEnrollmentRequired: result.mfaEnrollmentRequired };
      },
    );

    app.post(
      '/auth/logout',
      { config: { access: 'authenticated', allowDuringMfaEnrollment: true }, schema: { tags } },
      async (request, reply) => {
        await identity.logout(request.ctx);
        clearSession(reply);
        return reply.status(204).send();
      },
    );

    app.get(
      '/auth/me',
      {
        config: { access: 'authenticated', allowDuringMfaEnrollment: true },
        schema: { tags, response: { 200: { type: 'object', properties: { user: UserResponse }, required: ['user'] } } },
      },
      async (request) => ({ user: await identity.me(request.ctx) }),
    );

    app.post(
      '/auth/mfa/enroll',
      {
        config: { access: 'authenticated', allowDuringMfaEnrollment: true },
        schema: { tags, response: { 200: MfaEnrollResponse } },
      },
      async (request) => identity.enrollMfa(request.ctx),
    );

    app.post(
      '/auth/mfa/verify',
      {
        config: { access: 'authenticated', allowDuringMfaEnrollment: true },
        schema: { tags, body: MfaVerifyBody, response: { 200: MfaVerifyResponse } },
      },
      async (request) => identity.verifyMfa(request.ctx, request.body.code),
    );

    app.post(
      '/auth/tokens',
      { config: { access: 'authenticated' }, schema: { tags, body: TokenBody, response: { 201: TokenResponse } } },
      async (request, reply) => {
        const { token, expiresAt } = await identity.createToken(request.ctx, request.body);
        return reply.status(201).send({ token, expiresAt: expiresAt.toISOString() });
      },
    );

    app.post(
      '/auth/password',
      { config: { access: 'authenticated', allowDuringMfaEnrollment: true }, schema: { tags, body: PasswordBody } },
      async (request, reply) => {
        await identity.changePassword(request.ctx, request.body);
        return reply.status(204).send();
      },
    );
  };
}
