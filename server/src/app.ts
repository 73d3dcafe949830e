// buildApp(): the kernel's HTTP plugins, then each module's routes under /api.
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { Config } from './config.ts';
import type { Clock } from './kernel/clock.ts';
import type { Db } from './kernel/db/index.ts';
import { createHttpServer, registerApiDocs, type App } from './kernel/http/index.ts';
import { buildModules, type Modules } from './modules.ts';
import { authenticator, identityRoutes } from './modules/identity/index.ts';
import { organizationRoutes } from './modules/organization/index.ts';
import { patientsRoutes } from './modules/patients/index.ts';
import { payersRoutes } from './modules/payers/index.ts';
import { programsRoutes } from './modules/programs/index.ts';
import { auditLogRoutes } from './modules/audit-log/index.ts';
import { careRoutes } from './modules/care/index.ts';
import { schedulingRoutes } from './modules/scheduling/index.ts';
import { attendanceRoutes } from './modules/attendance/index.ts';
import { notesRoutes } from './modules/notes/index.ts';
import { outcomesRoutes } from './modules/outcomes/index.ts';
import { complianceRoutes } from './modules/compliance/index.ts';
import { billingRoutes } from './modules/billing/index.ts';

export interface BuiltApp {
  app: App;
  modules: Modules;
}

export async function buildApp({ config, db, clock }: { config: Config; db: Db; clock: Clock }): Promise<BuiltApp> {
  const modules = buildModules({ db, clock, config });
  const app = await createHttpServer({
    logLevel: config.logLevel,
    authenticate: authenticator(modules.identity),
    allowedOrigins: config.allowedOrigins,
  });
  await registerApiDocs(app);

  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['System'],
        response: { 200: { type: 'object', properties: { status: { type: 'string' } }, required: ['status'] } },
      },
    },
    async () => ({ status: 'ok' }),
  );

  await app.register(
    async (api) => {
      await api.register(identityRoutes(modules.identity));
      await api.register(organizationRoutes(modules.organization));
      await api.register(payersRoutes(modules.payers));
      await api.register(programsRoutes(modules.programs));
      await api.register(patientsRoutes(modules.patients));
      await api.register(schedulingRoutes(modules.scheduling));
      await api.register(attendanceRoutes(modules.attendance));
      await api.register(notesRoutes(modules.notes));
      await api.register(outcomesRoutes(modules.outcomes));
      await api.register(complianceRoutes(modules.compliance));
      await api.register(billingRoutes(modules.billing));
      await api.register(careRoutes(modules.care));
      await api.register(auditLogRoutes(modules.auditLog));
    },
    { prefix: '/api' },
  );

  await serveWeb(app, config.webDist);
  return { app, modules };
}

/** The built web app; client-side routes fall back to index.html, while /api stays JSON. */
async function serveWeb(app: App, webDist: string | undefined): Promise<void> {
  const root = webDist && path.resolve(webDist);
  const hasWeb = root !== undefined && fs.existsSync(path.join(root, 'index.html'));
  const notFound = (method: string, url: string) => ({
    error: { code: 'route.not_found', message: `No route ${method} ${url.split('?')[0]}.`, details: [] },
  });
  if (hasWeb) {
    await app.register(fastifyStatic, { root, serve: false });
    app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
      if (request.url.startsWith('/api/')) return reply.status(404).send(notFound(request.method, request.url));
      const file = path.normalize(decodeURIComponent(request.url.split('?')[0] ?? '/')).replace(/^([/\\])+/, '');
      const isAsset =
        file !== '' && fs.existsSync(path.join(root, file)) && fs.statSync(path.join(root, file)).isFile();
      // Hashed assets may be cached for good; the shell itself never (it names the current assets).
      if (isAsset && file.startsWith('assets/')) reply.header('Cache-Control', 'public, max-age=31536000, immutable');
      else reply.header('Cache-Control', 'no-cache');
      return reply.sendFile(isAsset ? file : 'index.html');
    });
  }
  app.setNotFoundHandler((request, reply) => reply.status(404).send(notFound(request.method, request.url)));
}
