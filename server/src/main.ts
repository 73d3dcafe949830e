// Start: config → database → migrate → bootstrap → listen. PGlite in ./data unless DATABASE_URL.
import { loadConfig } from './config.ts';
import { buildApp } from './app.ts';
import { bootstrap } from './bootstrap.ts';
import { sealPendingEvents } from './kernel/audit/index.ts';
import { systemClock } from './kernel/clock.ts';
import { openDatabase, runMigrations } from './kernel/db/index.ts';

const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
await runMigrations(database);
const { app, modules } = await buildApp({ config, db: database.db, clock: systemClock });
const printed = await bootstrap({ config, db: database.db, modules, clock: systemClock }).catch(async (err: Error) => {
  console.error(`\n${err.message}\n`);
  await database.close();
  process.exit(1);
});

// The audit chain is sealed just after commit, off the request path (DESIGN §3.5).
const sealer = setInterval(() => {
  sealPendingEvents(database.db, systemClock).catch((err) => app.log.error({ err }, 'audit sealing failed'));
}, config.auditSealIntervalMs);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  app.log.info(`${signal}: shutting down`);
  clearInterval(sealer);
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
