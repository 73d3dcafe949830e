// The HTTP kernel: Fastify with TypeBox schemas, the error model of API.md, request context,
// route access declarations checked at boot, same-origin enforcement and security headers.
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { AppError, forbidden, unauthenticated, type ErrorDetail } from './errors.ts';
import type { Actor, RequestContext } from './context.ts';
import { newId } from '../ids.ts';

/** `public`: anyone; `authenticated`: any logged-in user; otherwise a permission such as `patients:read`. */
export type Access = 'public' | 'authenticated' | (string & {});

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** Open to a user who must still enrol in MFA (API.md: only /api/auth/mfa/*, me and logout). */
    allowDuringMfaEnrollment?: boolean;
  }
  interface FastifyRequest {
    ctx: RequestContext;
  }
  interface FastifyInstance {
    /** Every route with its declared access: the access-matrix and audit-coverage tests walk it. */
    declaredRoutes: DeclaredRoute[];
  }
}

export interface DeclaredRoute {
  method: string;
  url: string;
  access: Access;
}

export type App = FastifyInstance<
  import('node:http').Server,
  import('node:http').IncomingMessage,
  import('node:http').ServerResponse,
  import('fastify').FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** Resolves the caller from the request's cookie or bearer token; provided by the identity module. */
export type Authenticator = (request: FastifyRequest) => Promise<Actor | null>;

export interface HttpServerOptions {
  logLevel: string;
  authenticate: Authenticator;
  /** Origins accepted for cookie-authenticated state changes besides the request's own host. */
  allowedOrigins: string[];
  bodyLimitBytes?: number;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function createHttpServer(options: HttpServerOptions): Promise<App> {
  const app = Fastify({
    logger: { level: options.logLevel, redact: ['req.headers.cookie', 'req.headers.authorization'] },
    bodyLimit: options.bodyLimitBytes ?? 1024 * 1024,
    genReqId: () => newId(),
    trustProxy: false,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorateRequest('ctx', null as unknown as RequestContext);
  // Cookies must be parsed before the access hook below reads the session cookie.
  await app.register(cookie);

  // Every route declares its access; the app refuses to start otherwise (DESIGN §3.4).
  const undeclared: string[] = [];
  const declared: DeclaredRoute[] = [];
  app.decorate('declaredRoutes', declared);
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs')) route.config = { ...route.config, access: 'public' };
    const access = route.config?.access;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!access) undeclared.push(`${methods.join(',')} ${route.url}`);
    else for (const method of methods) if (method !== 'HEAD') declared.push({ method, url: route.url, access });
  });
  app.addHook('onReady', async () => {
    if (undeclared.length > 0) {
      throw new Error(`Routes without an access declaration: ${undeclared.join(', ')}`);
    }
  });

  app.addHook('onRequest', async (request) => {
    request.ctx = { actor: null, requestId: request.id, ip: request.ip };
    const access = request.routeOptions.config?.access;
    if (access === undefined) return; // unmatched: the not-found handler answers
    checkOrigin(request, options.allowedOrigins);
    const actor = await options.authenticate(request);
    request.ctx.actor = actor;
    if (actor && !SAFE_METHODS.has(request.method) && actor.via === 'session') {
      // A cookie rides along on cross-site requests; an Origin header is how we tell them apart.
      if (!request.headers.origin) throw forbidden('auth.cross_origin', 'Missing Origin header.');
    }
    if (access === 'public') return;
    if (!actor) throw unauthenticated();
    if (actor.mfaEnrollmentPending && !request.routeOptions.config.allowDuringMfaEnrollment) {
      throw forbidden('auth.mfa_enrollment_required', 'Set up two-factor authentication first.');
    }
    if (access !== 'authenticated' && !actor.permissions.has(access)) throw forbidden();
  });

  app.addHook('onSend', async (request, reply, payload) => {
    // The request id ties a response to its audit events and log lines.
    reply.header('X-Request-Id', request.id);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('X-Frame-Options', 'DENY');
    reply.header(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    );
    // Patient data must not linger in caches (TX-2).
    if (request.url.startsWith('/api/') && !request.url.startsWith('/api/docs')) {
      reply.header('Cache-Control', 'no-store');
    }
    return payload;
  });

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof AppError) {
      return reply
        .status(error.status)
        .headers(error.headers)
        .send({ error: { code: error.code, message: error.message, details: error.details } });
    }
    const err = error as Error & {
      validation?: { instancePath: string; message?: string; params: Record<string, unknown> }[];
      validationContext?: string;
      statusCode?: number;
      code?: string;
    };
    if (err.validation) {
      const details: ErrorDetail[] = err.validation.map((v) => ({
        path: validationPath(err.validationContext, v.instancePath, v.params),
        message: v.message ?? 'is invalid',
      }));
      return reply
        .status(400)
        .send({ error: { code: 'request.invalid', message: 'The request is not valid.', details } });
    }
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply
        .status(413)
        .send({ error: { code: 'request.too_large', message: 'The request body is too large.', details: [] } });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      const code =
        err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? 'request.unsupported_media_type' : 'request.malformed';
      return reply.status(err.statusCode).send({ error: { code, message: err.message, details: [] } });
    }
    request.log.error({ err }, 'unhandled error');
    return reply.status(500).send({
      error: { code: 'internal', message: 'Something went wrong; the error was logged.', details: [] },
    });
  });

  return app;
}

function validationPath(context: string | undefined, instancePath: string, params: Record<string, unknown>): string {
  const segments = instancePath.split('/').filter(Boolean);
  if (typeof params.missingProperty === 'string') segments.push(params.missingProperty);
  if (typeof params.additionalProperty === 'string') segments.push(params.additionalProperty);
  const path = segments.join('.');
  if (!context || context === 'body') return path || '(body)';
  return path ? `${context}.${path}` : context;
}

function checkOrigin(request: FastifyRequest, allowedOrigins: string[]): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.origin;
  if (!origin) return;
  let sameHost: boolean;
  try {
    const from = new URL(origin);
    // Normalized through URL so that an explicit default port (localhost:80) still matches.
    sameHost = from.host === new URL(`${from.protocol}//${request.headers.host ?? ''}`).host;
  } catch {
    throw forbidden('auth.cross_origin', 'Malformed Origin header.');
  }
  if (!sameHost && !allowedOrigins.includes(origin)) {
    throw forbidden('auth.cross_origin', 'Cross-origin requests may not change data.');
  }
}

/** OpenAPI 3.1 from the route schemas, served at /api/openapi.json with a browsable page at /api/docs. */
export async function registerApiDocs(app: App): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'IOP/PHP EHR API',
        version: '1',
        description: 'The public HTTP contract. Errors: { error: { code, message, details: [{ path, message }] } }.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: '__Host-session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: false });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
}
