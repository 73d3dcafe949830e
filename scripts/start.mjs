// `npm start`: from a fresh clone to a running server with one command. Installs dependencies and
// builds the web app only when they are missing or stale, then runs the server in the foreground.
// Plain Node on purpose: this runs before node_modules exists.
import { spawn } from 'node:child_process';
import { at, ensureDependencies, ensureWebBuild } from './workspace.mjs';

ensureDependencies();
if (process.env.WEB_DIST) console.log(`WEB_DIST is set: serving the web app from ${process.env.WEB_DIST} as built.`);
else ensureWebBuild();

const server = spawn(process.execPath, ['--import', 'tsx', at('server', 'src', 'main.ts')], {
  cwd: at(),
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
