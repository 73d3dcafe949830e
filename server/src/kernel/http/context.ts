// What a service needs to know about the caller, independent of HTTP.

export interface Actor {
  /** The user id; every write of patient data carries it (AUTH-1). */
  userId: string;
  roles: string[];
  permissions: ReadonlySet<string>;
  /** How the caller authenticated: a browser session cookie or a bearer API token. */
  via: 'session' | 'token';
  /** The login session or API token id. */
  credentialId: string;
  /** True while a user in an MFA-required role has not enrolled: only enrolment routes are open. */
  mfaEnrollmentPending: boolean;
}

export interface RequestContext {
  actor: Actor | null;
  requestId: string;
  ip: string;
}

/** The context for work the system does on its own (boot, jobs, demo data). */
export function systemContext(requestId = 'system'): RequestContext {
  return { actor: null, requestId, ip: '127.0.0.1' };
}

export function can(ctx: RequestContext, permission: string): boolean {
  return ctx.actor?.permissions.has(permission) ?? false;
}
