// Login, sessions, MFA and API tokens (AUTH-1..AUTH-8 of the security checklist).
import { randomBytes } from 'node:crypto';
import type { Config } from '../../config.ts';
import type { Audit } from '../../kernel/audit/index.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db } from '../../kernel/db/index.ts';
import {
  AppError,
  badRequest,
  conflict,
  unauthenticated,
  unprocessable,
  type Actor,
  type RequestContext,
} from '../../kernel/http/index.ts';
import { hashSecret, newId, newSecret } from '../../kernel/ids.ts';
import { isUniqueViolation } from '../../kernel/db/index.ts';
import * as q from './identity.queries.ts';
import { decoy, hashPassword, passwordProblem, verifyPassword } from './passwords.ts';
import { isRole, permissionsFor } from './permissions.ts';
import { newTotpSecret, otpauthUri, totpStep } from './totp.ts';

export interface UserSummary {
  id: string;
  name: { given: string; family: string };
  email: string;
  roles: string[];
  mfaEnabled: boolean;
}

export interface NewUser {
  name: { given: string; family: string };
  email: string;
  roles: string[];
  password: string;
}

export interface LoginResult {
  user: UserSummary;
  mfaEnrollmentRequired: boolean;
  /** The session secret to put in the cookie; never stored in clear. */
  sessionToken: string;
}

const MINUTE = 60_000;
const RECOVERY_CODE_COUNT = 10;
/** Session activity is written at most this often, so reads do not each cost a write. */
const TOUCH_INTERVAL_MS = 30_000;

export type IdentityService = ReturnType<typeof createIdentityService>;

export function createIdentityService({
  db,
  clock,
  audit,
  config,
}: {
  db: Db;
  clock: Clock;
  audit: Audit;
  config: Config;
}) {
  const mfaRequiredFor = (roles: string[]) => roles.some((r) => config.mfaRequiredRoles.includes(r));
  const summary = (u: q.UserRow): UserSummary => ({
    id: u.id,
    name: { given: u.givenName, family: u.familyName },
    email: u.email,
    roles: u.roles,
    mfaEnabled: u.mfaEnabled,
  });
  const actorFor = (u: q.UserRow, via: Actor['via'], credentialId: string): Actor => ({
    userId: u.id,
    roles: u.roles,
    permissions: permissionsFor(u.roles),
    via,
    credentialId,
    mfaEnrollmentPending: via === 'session' && mfaRequiredFor(u.roles) && !u.mfaEnabled,
  });

  /**
   * Checks the limits and books this attempt as a failure before the password is checked, under
   * per-IP and per-account locks: guesses sent at the same moment cannot all pass the check.
   * Returns the attempt's id; a successful login later marks it as such.
   */
  async function reserveAttempt(ip: string, email: string, now: Date): Promise<number> {
    return db.transaction(async (tx) => {
      await q.lockLoginKeys(tx, ip, email);
      // AUTH-4: failed attempts per IP per minute. Successful logins do not count, so a clinic
      // behind one address can still log everyone in at shift change (docs/decisions/0004).
      const perIp = await q.failuresSince(tx, { ip }, new Date(now.getTime() - MINUTE));
      if (perIp.count >= config.loginAttemptsPerMinutePerIp) {
        throw throttled(
          'auth.too_many_attempts',
          'Too many login attempts. Try again shortly.',
          perIp.oldest,
          MINUTE,
          now,
        );
      }
      const windowMs = config.softLockWindowMinutes * MINUTE;
      const perAccount = await q.failuresSince(tx, { email }, new Date(now.getTime() - windowMs));
      if (perAccount.count >= config.softLockFailures) {
        throw throttled(
          'auth.account_locked',
          'This account is locked for a while after repeated failures.',
          perAccount.oldest,
          windowMs,
          now,
        );
      }
      return q.recordAttempt(tx, { at: now, ip, email, success: false });
    });
  }

  async function fail(ctx: RequestContext, email: string, userId: string | null, reason: string, error: AppError) {
    await db.transaction((tx) =>
      audit.record(tx, ctx, {
        action: 'login',
        category: 'login',
        outcome: 'failure',
        actorId: userId,
        details: { email, reason },
      }),
    );
    return error;
  }

  async function checkSecondFactor(user: q.UserRow, code: string, now: Date): Promise<boolean> {
    const trimmed = code.replace(/\s+/g, '');
    if (/^\d{6}$/.test(trimmed) && user.mfaSecret) {
      const step = totpStep(trimmed, user.mfaSecret, now);
      return step !== null && (await q.advanceMfaStep(db, user.id, step));
    }
    return q.consumeRecoveryCode(db, user.id, hashSecret(normalizeRecoveryCode(trimmed)), now);
  }

  return {
    async login(
      ctx: RequestContext,
      input: { email: string; password: string; totp?: string | undefined },
      userAgent?: string,
    ): Promise<LoginResult> {
      const now = clock.now();
      const email = input.email.trim().toLowerCase();
      const attemptId = await reserveAttempt(ctx.ip, email, now);
      const user = await q.findUserByEmail(db, email);
      const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoy()), input.password);
      const invalid = new AppError(401, 'auth.invalid_credentials', 'The email or password is not correct.');
      if (!user || !passwordOk) throw await fail(ctx, email, user?.id ?? null, 'password', invalid);
      if (!user.active) throw await fail(ctx, email, user.id, 'inactive', invalid);
      if (user.mfaEnabled) {
        const mfaRequired = new AppError(401, 'auth.mfa_required', 'Enter the code from your authenticator app.');
        if (!input.totp) {
          await q.forgetAttempt(db, attemptId); // the password step passed: not a failed attempt
          throw mfaRequired;
        }
        if (!(await checkSecondFactor(user, input.totp, now)))
          throw await fail(ctx, email, user.id, 'mfa', mfaRequired);
      }
      const sessionToken = newSecret();
      await db.transaction(async (tx) => {
        const id = newId();
        await q.insertLoginSession(tx, {
          id,
          tokenHash: hashSecret(sessionToken),
          userId: user.id,
          createdAt: now,
          lastSeenAt: now,
          expiresAt: new Date(now.getTime() + config.sessionAbsoluteHours * 60 * MINUTE),
          ip: ctx.ip,
          userAgent: userAgent?.slice(0, 300) ?? null,
        });
        await q.markAttemptSucceeded(tx, attemptId);
        await audit.record(
          tx,
          { ...ctx, actor: actorFor(user, 'session', id) },
          {
            action: 'login',
            category: 'login',
            entityId: id,
          },
        );
      });
      return {
        user: summary(user),
        mfaEnrollmentRequired: mfaRequiredFor(user.roles) && !user.mfaEnabled,
        sessionToken,
      };
    },

    /** Resolve a session cookie: enforces the idle and absolute limits server-side (AUTH-6). */
    async actorFromSession(sessionToken: string): Promise<Actor | null> {
      const found = await q.findSessionWithUser(db, hashSecret(sessionToken));
      if (!found || !found.user.active) return null;
      const now = clock.now();
      const idleLimit = found.session.lastSeenAt.getTime() + config.sessionIdleMinutes * MINUTE;
      if (now >= found.session.expiresAt || now.getTime() >= idleLimit) {
        await q.revokeSession(db, found.session.id, now);
        return null;
      }
      if (now.getTime() - found.session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
        await q.touchSession(db, found.session.id, now);
      }
      return actorFor(found.user, 'session', found.session.id);
    },

    async actorFromToken(token: string): Promise<Actor | null> {
      const found = await q.findTokenWithUser(db, hashSecret(token), clock.now());
      if (!found || !found.user.active) return null;
      return actorFor(found.user, 'token', found.token.id);
    },

    async logout(ctx: RequestContext): Promise<void> {
      const actor = ctx.actor;
      if (!actor) return;
      await db.transaction(async (tx) => {
        if (actor.via === 'session') await q.revokeSession(tx, actor.credentialId, clock.now());
        else await q.revokeToken(tx, actor.credentialId, clock.now());
        await audit.record(tx, ctx, { action: 'logout', category: 'login', entityId: actor.credentialId });
      });
    },

    async me(ctx: RequestContext): Promise<UserSummary> {
      const user = ctx.actor && (await q.findUserById(db, ctx.actor.userId));
      if (!user) throw unauthenticated();
      return summary(user);
    },

    async enrollMfa(ctx: RequestContext): Promise<{ secret: string; otpauthUri: string }> {
      const user = ctx.actor && (await q.findUserById(db, ctx.actor.userId));
      if (!user) throw unauthenticated();
      if (user.mfaEnabled) throw conflict('auth.mfa_already_enabled', 'Two-factor authentication is already on.');
      const secret = newTotpSecret();
      await db.transaction(async (tx) => {
        await q.updateUser(tx, user.id, { mfaPendingSecret: secret });
        await audit.record(tx, ctx, {
          action: 'security',
          category: 'mfa',
          entityId: user.id,
          details: { event: 'enroll' },
        });
      });
      return { secret, otpauthUri: otpauthUri(user.email, secret) };
    },

    async verifyMfa(ctx: RequestContext, code: string): Promise<{ recoveryCodes: string[] }> {
      const user = ctx.actor && (await q.findUserById(db, ctx.actor.userId));
      if (!user) throw unauthenticated();
      if (!user.mfaPendingSecret) throw conflict('auth.mfa_not_enrolling', 'Start enrolment first.');
      const step = totpStep(code.trim(), user.mfaPendingSecret, clock.now());
      if (step === null)
        throw unprocessable('auth.invalid_mfa_code', 'That code is not valid. Check the time on your device.', [
          { path: 'code', message: 'invalid code' },
        ]);
      const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
      await db.transaction(async (tx) => {
        await q.updateUser(tx, user.id, {
          mfaSecret: user.mfaPendingSecret,
          mfaPendingSecret: null,
          mfaEnabled: true,
          mfaLastStep: step,
        });
        await q.replaceRecoveryCodes(
          tx,
          user.id,
          recoveryCodes.map((c) => ({ id: newId(), userId: user.id, codeHash: hashSecret(normalizeRecoveryCode(c)) })),
        );
        await audit.record(tx, ctx, {
          action: 'security',
          category: 'mfa',
          entityId: user.id,
          details: { event: 'verify' },
        });
      });
      return { recoveryCodes };
    },

    async createToken(
      ctx: RequestContext,
      input: { name: string; expiresInMinutes?: number | undefined },
    ): Promise<{ token: string; expiresAt: Date }> {
      if (!ctx.actor) throw unauthenticated();
      const token = newSecret();
      const now = clock.now();
      const expiresAt = new Date(now.getTime() + (input.expiresInMinutes ?? 60) * MINUTE);
      await db.transaction(async (tx) => {
        const id = newId();
        await q.insertApiToken(tx, {
          id,
          userId: ctx.actor!.userId,
          name: input.name,
          tokenHash: hashSecret(token),
          createdAt: now,
          expiresAt,
        });
        await audit.record(tx, ctx, {
          action: 'security',
          category: 'api_token',
          entityId: id,
          details: { event: 'create', name: input.name },
        });
      });
      return { token, expiresAt };
    },

    async changePassword(ctx: RequestContext, input: { currentPassword: string; newPassword: string }): Promise<void> {
      const user = ctx.actor && (await q.findUserById(db, ctx.actor.userId));
      if (!user) throw unauthenticated();
      if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
        throw unprocessable('auth.invalid_credentials', 'The current password is not correct.', [
          { path: 'currentPassword', message: 'incorrect' },
        ]);
      }
      const problem = passwordProblem(input.newPassword, [
        user.email.split('@')[0] ?? '',
        user.givenName,
        user.familyName,
      ]);
      if (problem) throw unprocessable('auth.weak_password', problem, [{ path: 'newPassword', message: problem }]);
      const passwordHash = await hashPassword(input.newPassword);
      const now = clock.now();
      await db.transaction(async (tx) => {
        await q.updateUser(tx, user.id, { passwordHash, passwordChangedAt: now });
        // Other sessions and every API token stop working (AUTH-7).
        await q.revokeAllCredentials(
          tx,
          user.id,
          now,
          ctx.actor!.via === 'session' ? ctx.actor!.credentialId : undefined,
        );
        await audit.record(tx, ctx, {
          action: 'security',
          category: 'password',
          entityId: user.id,
          details: { event: 'change' },
        });
      });
    },

    /** Create a login; other modules call this inside their own transaction (staff creation, bootstrap). */
    async createUser(tx: Db, ctx: RequestContext, input: NewUser): Promise<string> {
      assertKnownRoles(input.roles);
      const problem = passwordProblem(input.password, [
        input.email.split('@')[0] ?? '',
        input.name.given,
        input.name.family,
      ]);
      if (problem) throw unprocessable('auth.weak_password', problem, [{ path: 'password', message: problem }]);
      if (await q.findUserByEmail(tx, input.email)) {
        throw conflict('identity.email_taken', 'Another user has this email.', [
          { path: 'email', message: 'already in use' },
        ]);
      }
      const id = newId();
      const now = clock.now();
      try {
        await q.insertUser(tx, {
          id,
          email: input.email.trim(),
          givenName: input.name.given,
          familyName: input.name.family,
          passwordHash: await hashPassword(input.password),
          roles: input.roles,
          createdAt: now,
          passwordChangedAt: now,
        });
      } catch (err) {
        if (isUniqueViolation(err))
          throw conflict('identity.email_taken', 'Another user has this email.', [
            { path: 'email', message: 'already in use' },
          ]);
        throw err;
      }
      await audit.record(tx, ctx, {
        action: 'security',
        category: 'user',
        entityId: id,
        details: { event: 'create', roles: input.roles },
      });
      return id;
    },

    /** Change a login's roles or switch it off/on; other modules call this inside their own transaction (staff changes). */
    async updateUserAccess(
      tx: Db,
      ctx: RequestContext,
      id: string,
      change: { roles?: string[]; active?: boolean },
    ): Promise<void> {
      if (change.roles) assertKnownRoles(change.roles);
      await q.updateUser(tx, id, change);
      // A deactivated login loses its sessions and tokens now, not only at its next request (AUTH-7).
      if (change.active === false) await q.revokeAllCredentials(tx, id, clock.now());
      await audit.record(tx, ctx, {
        action: 'security',
        category: 'user',
        entityId: id,
        details: { event: 'update', ...change },
      });
    },

    async findUser(dbOrTx: Db, id: string): Promise<UserSummary | undefined> {
      const user = await q.findUserById(dbOrTx, id);
      return user && summary(user);
    },

    countUsers: () => q.countUsers(db),
  };
}

function assertKnownRoles(roles: string[]): void {
  const unknownRoles = roles.filter((r) => !isRole(r));
  if (unknownRoles.length > 0 || roles.length === 0) {
    throw badRequest('identity.invalid_roles', 'Choose one or more known roles.', [
      { path: 'roles', message: `unknown: ${unknownRoles.join(', ') || '(none given)'}` },
    ]);
  }
}

function throttled(code: string, message: string, oldest: Date | null, windowMs: number, now: Date): AppError {
  const retryAfter = Math.max(1, Math.ceil(((oldest?.getTime() ?? now.getTime()) + windowMs - now.getTime()) / 1000));
  return new AppError(429, code, message, [], { 'Retry-After': String(retryAfter) });
}

/** Ten groups of base32, e.g. `K7QF-9XPA-2M`; case and dashes do not matter when typed. */
function newRecoveryCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(10);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

const normalizeRecoveryCode = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, '');
