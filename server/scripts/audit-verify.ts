// npm run audit:verify: recompute the audit hash chain and name the first altered, missing or
// relinked event (AU-4, decision 0003). Exit status 1 when the chain is broken, so it can run from cron.
import { loadConfig } from '../src/config.ts';
import { sealPendingEvents, verifyChain } from '../src/kernel/audit/index.ts';
import { systemClock } from '../src/kernel/clock.ts';
import { isPgliteDataDir } from '../src/kernel/db/backup.ts';
import { openDatabase } from '../src/kernel/db/index.ts';
import { appIsRunning, enterInvocationDir, fail } from './cli.ts';

enterInvocationDir();
const config = loadConfig();

if (!config.databaseUrl) {
  // PostgreSQL serves the app and this script side by side; PGlite cannot be opened twice.
  const running = await appIsRunning(config);
  if (running) fail(`The app is running (${running} answers) on the embedded database. Stop it first.`);
  if (!isPgliteDataDir(config.dataDir)) fail(`No database in ${config.dataDir}. Set DATA_DIR or DATABASE_URL.`);
}

const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
try {
  // Seal what has committed so far, so the verdict covers every event (the app's sealers may also run:
  // an advisory lock keeps them one at a time).
  const sealed = await sealPendingEvents(database.db, systemClock);
  const started = performance.now();
  const verdict = await verifyChain(database.db);
  const seconds = (performance.now() - started) / 1000;
  const speed = `${Math.round(verdict.checked / Math.max(seconds, 0.001)).toLocaleString('en-US')} rows/s`;

  if (verdict.ok) {
    console.log(`audit chain OK: ${verdict.checked} events verified in ${seconds.toFixed(2)} s (${speed})`);
    if (sealed > 0) console.log(`${sealed} events were sealed before verifying`);
    if (verdict.unsealed > 0) console.log(`${verdict.unsealed} events committed while verifying are not sealed yet`);
  } else {
    const bad = verdict.firstBad!;
    console.log(`audit chain BROKEN at position ${bad.position} (event ${bad.eventId}): ${bad.problem}`);
    console.log(`${verdict.checked} events verified before it in ${seconds.toFixed(2)} s (${speed})`);
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
