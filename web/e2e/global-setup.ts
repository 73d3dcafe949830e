import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { authenticator } from 'otplib';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    adminEmail: string;
    adminPassword: string;
    /** The demo staff logins the server prints at first start, by role. */
    demoLogins: Record<string, { email: string; password: string }>;
    /** TOTP secrets of the demo logins enrolled in MFA at start, by role. */
    mfaSecrets: Record<string, string>;
  }
}

const repo = path.resolve(new URL('.', import.meta.url).pathname, '../..');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** "  program_director    dana.whitfield@demo.example.org      <password>" lines of the start-up banner. */
function demoLogins(output: string): Record<string, { email: string; password: string }> {
  const logins: Record<string, { email: string; password: string }> = {};
  for (const [, role, email, password] of output.matchAll(/^ {2}([a-z_]+) +(\S+@\S+) +(\S+)$/gm)) {
    logins[role!] ??= { email: email!, password: password! };
  }
  return logins;
}

/**
 * Billers must use MFA (DESIGN §7), so the demo biller cannot log in until it enrols. It enrols once
 * here, through the API, and every test file may then log in as the biller with a code from the secret.
 */
async function enrollMfa(baseUrl: string, login: { email: string; password: string }): Promise<string> {
  // State-changing cookie requests must be same-origin (DESIGN §7).
  const headers = { 'content-type': 'application/json', origin: baseUrl };
  const post = async (path: string, body: object, cookie = '') => {
    const response = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { ...headers, cookie },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
    return response;
  };
  const loggedIn = await post('/api/auth/login', login);
  const cookie = loggedIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { secret } = (await (await post('/api/auth/mfa/enroll', {}, cookie)).json()) as { secret: string };
  await post('/api/auth/mfa/verify', { code: authenticator.generate(secret) }, cookie);
  return secret;
}

export default async function setup(project: TestProject) {
  if (!fs.existsSync(path.join(repo, 'web/dist/index.html')))
    throw new Error('Build the web app first: npm run build -w web');
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'iop-ehr-e2e-'));
  const adminEmail = 'admin@example.org';
  const adminPassword = 'e2e clinic passphrase 2026';
  const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: repo,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      WEB_DIST: path.join(repo, 'web/dist'),
      ADMIN_EMAIL: adminEmail,
      ADMIN_PASSWORD: adminPassword,
      DEMO_DATA: '1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout?.on('data', (d) => (output += d));
  server.stderr?.on('data', (d) => (output += d));
  const baseUrl = `http://127.0.0.1:${port}`;
  // Generous: first start migrates and loads the demo, slow on a busy two-core machine.
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`server exited:\n${output}`);
    try {
      // The start-up banner (with the demo logins) is printed just after the server listens.
      if ((await fetch(`${baseUrl}/api/health`)).ok && output.includes('is running at')) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  project.provide('baseUrl', baseUrl);
  project.provide('adminEmail', adminEmail);
  project.provide('adminPassword', adminPassword);
  const logins = demoLogins(output);
  project.provide('demoLogins', logins);
  project.provide('mfaSecrets', logins.biller ? { biller: await enrollMfa(baseUrl, logins.biller) } : {});
  return async () => {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
