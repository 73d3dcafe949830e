// `npm start`: from a fresh clone to a running server with one command. Installs dependencies and
// builds the web app only when they are missing or stale, then runs the server in the foreground.
// Plain Node on purpose: this runs before node_modules exists.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = (...parts) => path.join(repo, ...parts);

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

function run(command, args) {
  console.log(`> ${[command, ...args].join(' ')}`);
  // Under `npm start`, npm names its own entry point; reuse it so the same npm runs the install.
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

// npm rewrites node_modules/.package-lock.json after every install, just after package-lock.json.
const installedAt = mtime(at('node_modules', '.package-lock.json')) ?? mtime(at('node_modules'));
const lockAt = mtime(at('package-lock.json')) ?? 0;
if (installedAt === undefined || installedAt < lockAt) run('npm', ['ci']);

const webIndex = at('web', 'index.html');
const builtAt = mtime(at('web', 'dist', 'index.html'));
if (process.env.WEB_DIST) {
  console.log(`WEB_DIST is set: serving the web app from ${process.env.WEB_DIST} as built.`);
} else if (!fs.existsSync(webIndex)) {
  console.log('web/index.html not found: starting the API without the web app.');
} else {
  const sourcesAt = Math.max(newest(at('web', 'src')), newest(webIndex), newest(at('web', 'vite.config.ts')));
  if (builtAt === undefined || builtAt < sourcesAt) run('npm', ['run', 'build', '-w', 'web']);
}

const server = spawn(process.execPath, ['--import', 'tsx', at('server', 'src', 'main.ts')], {
  cwd: repo,
  stdio: 'inherit',
  env: { ...process.env, WEB_DIST: process.env.WEB_DIST || at('web', 'dist') },
});

// The server shuts down cleanly (closes the database) on SIGINT/SIGTERM; pass them on rather than
// letting this wrapper die first and orphan it.
const forwarded = ['SIGINT', 'SIGTERM', 'SIGHUP'];
for (const signal of forwarded) process.on(signal, () => server.kill(signal));

server.on('error', (err) => {
  console.error(`could not start the server: ${err.message}`);
  process.exit(1);
});
server.on('exit', (code, signal) => {
  if (signal) {
    // Die of the same signal so a supervisor sees how the server ended.
    for (const s of forwarded) process.removeAllListeners(s);
    process.kill(process.pid, signal);
    return;
  }
  process.exit(code ?? 1);
});
