// Shared by the README's two commands (`npm start`, `npm test`): both must work on a fresh clone, so
// both install dependencies when they are missing or stale. Plain Node on purpose: this runs before
// node_modules exists.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const at = (...parts) => path.join(repo, ...parts);

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

/** The newest modification time of a file or of any file below a directory. */
function newest(entry) {
  let stat;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs; // a deleted file shows only as a newer directory
  for (const child of fs.readdirSync(entry)) {
    if (child === 'node_modules') continue;
    latest = Math.max(latest, newest(path.join(entry, child)));
  }
  return latest;
}

/** Runs a command in the repository root; on failure exits with its status. */
export function run(command, args) {
  console.log(`> ${[command, ...args].join(' ')}`);
  // Under `npm start`/`npm test`, npm names its own entry point; reuse it so the same npm runs.
  const npmCli = process.env.npm_execpath;
  const [cmd, cmdArgs] =
    command === 'npm' && npmCli && /\.c?js$/.test(npmCli) ? [process.execPath, [npmCli, ...args]] : [command, args];
  const result = spawnSync(cmd, cmdArgs, { cwd: repo, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    console.error(`\n${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

/** `npm ci` when node_modules is missing or older than the lock file. */
export function ensureDependencies() {
  // npm rewrites node_modules/.package-lock.json after every install, just after package-lock.json.
  const installedAt = mtime(at('node_modules', '.package-lock.json')) ?? mtime(at('node_modules'));
  const lockAt = mtime(at('package-lock.json')) ?? 0;
  if (installedAt === undefined || installedAt < lockAt) run('npm', ['ci']);
}

/** Builds the web app when its sources are newer than the last build. */
export function ensureWebBuild() {
  const webIndex = at('web', 'index.html');
  if (!fs.existsSync(webIndex)) {
    console.log('web/index.html not found: starting the API without the web app.');
    return;
  }
  const builtAt = mtime(at('web', 'dist', 'index.html'));
  const sourcesAt = Math.max(newest(at('web', 'src')), newest(webIndex), newest(at('web', 'vite.config.ts')));
  if (builtAt === undefined || builtAt < sourcesAt) run('npm', ['run', 'build', '-w', 'web']);
}
