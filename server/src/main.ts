// Start: config → database → migrate → bootstrap → listen. PGlite in ./data unless DATABASE_URL.
import { loadConfig } from './config.ts';
import { buildApp } from './app.ts';
import { bootstrap } from './bootstrap.ts';
import { sealPendingEvents } from './kernel/audit/index.ts';
import { systemClock } from './kernel/clock.ts';
import { openDatabase, runMigrations } from './kernel/db/index.ts';
import { startPeriodic } from './kernel/jobs/index.ts';

const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
await runMigrations(database);
const { app, modules } = await buildApp({ config, db: database.db, clock: systemClock });
const printed = await bootstrap({ config, db: database.db, modules, clock: systemClock }).catch(async (err: Error) => {
  console.error(`\n${err.message}\n`);
  await database.close();
  process.exit(1);
});

/** The horizon job only has to keep weeks ahead in place: hourly is plenty (decision 0007). */
const HORIZON_INTERVAL_MS = 60 * 60 * 1000;
const reportFailure = (err: unknown, job: string) => app.log.error({ err, job }, 'background job failed');
const jobs = [
  // The audit chain is sealed just after commit, off the request path (DESIGN §3.5).
  startPeriodic({
    name: 'audit-sealer',
    intervalMs: config.auditSealIntervalMs,
    run: () => sealPendingEvents(database.db, systemClock),
    onError: reportFailure,
  }),
  // Group sessions stay materialized `scheduleHorizonWeeks` ahead, so calendars and rosters have rows.
  startPeriodic({
    name: 'schedule-horizon',
    intervalMs: HORIZON_INTERVAL_MS,
    run: () => modules.scheduling.groups.materializeAhead(),
    onError: reportFailure,
  }),
];

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  app.log.info(`${signal}: shutting down`);
  await Promise.all(jobs.map((job) => job.stop()));
  await app.close();
  await sealPendingEvents(database.db, systemClock).catch(() => undefined);
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
const where = database.engine === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL';
console.log(`\nIOP EHR is running at http://${config.host}:${config.port} (${where}); API docs at /api/docs`);
if (printed) console.log(printed);
