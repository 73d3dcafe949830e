// npm run backup [-- --out <dir>]: a consistent, fsynced snapshot of the embedded PGlite database
// (DESIGN §4). Take it with the app stopped: see appIsRunning for why, and docs/operations.md.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { BackupError, backupPglite } from '../src/kernel/db/backup.ts';
import { appIsRunning, enterInvocationDir, fail, formatBytes } from './cli.ts';

enterInvocationDir();
const { values } = parseArgs({ options: { out: { type: 'string', default: 'backups' } } });
const config = loadConfig();

if (config.databaseUrl)
  fail(
    'DATABASE_URL is set: this command backs up the embedded PGlite database only.\n' +
      'Back up PostgreSQL with pg_basebackup and WAL archiving (point-in-time recovery), or pg_dump for a logical copy;\n' +
      'see docs/operations.md.',
  );
const running = await appIsRunning(config);
if (running) fail(`The app is running (${running} answers). Stop it first: PGlite cannot be shared by two processes.`);

try {
  const backup = await backupPglite(config.dataDir, path.resolve(values.out));
  console.log(`backup written: ${backup.file}`);
  console.log(`size:           ${formatBytes(backup.bytes)} (${backup.bytes} bytes)`);
  console.log(`sha256:         ${backup.sha256}`);
  console.log('Copy it, with its .sha256 file, off this machine.');
} catch (err) {
  if (err instanceof BackupError) fail(err.message);
  throw err;
}
