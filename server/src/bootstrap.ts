// First start on an empty database: an administrator, and unless DEMO_DATA=0 the synthetic demo.
import { randomBytes } from 'node:crypto';
import type { Config } from './config.ts';
import type { Db } from './kernel/db/index.ts';
import type { Clock } from './kernel/clock.ts';
import { AppError, systemContext, type RequestContext } from './kernel/http/index.ts';
import { permissionsFor } from './modules/identity/index.ts';
import type { Modules } from './modules.ts';
import { loadDemoData } from './demo/index.ts';

/** Returns what to print once (generated credentials), or nothing when the database was not empty. */
export async function bootstrap({
  config,
  db,
  modules,
  clock,
}: {
  config: Config;
  db: Db;
  modules: Modules;
  clock: Clock;
}): Promise<string | undefined> {
  if ((await modules.identity.countUsers()) > 0) return undefined;
  const ctx = systemContext('bootstrap');
  const email = config.adminEmail ?? 'admin@example.org';
  // Never a fixed default: a generated password is printed once and never stored in clear.
  const password = config.adminPassword ?? generatedPassword();
  const lines = ['', 'First start: an administrator was created.', `  ${email}  ${password}`];
  const adminId = await db
    .transaction((tx) =>
      modules.identity.createUser(tx, ctx, {
        name: { given: 'System', family: 'Administrator' },
        email,
        roles: ['admin'],
        password,
      }),
    )
    .catch((err: unknown) => {
      if (err instanceof AppError)
        throw new Error(`Cannot create the first administrator (ADMIN_EMAIL/ADMIN_PASSWORD): ${err.message}`);
      throw err;
    });
  if (config.demoData) {
    // The demo goes through the same services as the API, acting as the new administrator.
    const asAdmin: RequestContext = {
      ...systemContext('demo-data'),
      actor: {
        userId: adminId,
        roles: ['admin'],
        permissions: permissionsFor(['admin']),
        via: 'token',
        credentialId: 'bootstrap',
        mfaEnrollmentPending: false,
      },
    };
    lines.push(...(await loadDemoData(asAdmin, modules, clock.now())));
  }
  if (config.adminPassword) lines[2] = `  ${email}  (password from ADMIN_PASSWORD)`;
  lines.push(
    '',
    'Save these now: they are not shown again. Admins must set up two-factor authentication at first login.',
  );
  return lines.join('\n');
}

export function generatedPassword(): string {
  return randomBytes(15).toString('base64url');
}
