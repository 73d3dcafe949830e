// Shared by the operations scripts (backup, restore, audit:verify).
import type { Config } from '../src/config.ts';

/**
 * npm runs workspace scripts inside server/, but relative paths the operator typed (DATA_DIR, a backup
 * file) mean the directory `npm run` was typed in, as they do for `npm start` at the repository root.
 */
export function enterInvocationDir(): void {
  const invokedIn = process.env.INIT_CWD;
  if (invokedIn) process.chdir(invokedIn);
}

/**
 * Whether the app answers on its configured address. PGlite takes no lock another process respects:
 * two processes on one data directory corrupt it, so these scripts refuse to open it while the app
 * runs. Only the configured HOST and PORT can be checked; an app started with other values is not seen.
 */
export async function appIsRunning(config: Config): Promise<string | undefined> {
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${config.port}/api/health`;
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
    const body = (await res.json()) as { status?: unknown };
    return body.status === 'ok' ? url : undefined;
  } catch {
    return undefined;
  }
}

export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

export function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
