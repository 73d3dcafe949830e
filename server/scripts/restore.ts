// npm run restore -- <backup.tar.gz> [--force]: unpack a backup made by `npm run backup` into the
// PGlite data directory (DATA_DIR, default ./data). With the app stopped; see docs/operations.md.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { BackupError, restorePglite } from '../src/kernel/db/backup.ts';
import { appIsRunning, enterInvocationDir, fail } from './cli.ts';

enterInvocationDir();
const { values, positionals } = parseArgs({
  options: { force: { type: 'boolean', default: false } },
  allowPositionals: true,
});
if (positionals.length !== 1) fail('usage: npm run restore -- <backup.tar.gz> [--force]');
const config = loadConfig();

if (config.databaseUrl)
  fail('DATABASE_URL is set: this command restores the embedded PGlite database only. See docs/operations.md.');
const running = await appIsRunning(config);
if (running) fail(`The app is running (${running} answers). Stop it before restoring.`);

try {
  const result = await restorePglite(path.resolve(positionals[0]!), config.dataDir, { force: values.force });
  console.log(`restored into ${result.dataDir}`);
  console.log(
    result.checksumVerified
      ? 'checksum verified against the .sha256 file'
      : 'no .sha256 file beside the backup: checksum not verified',
  );
  if (result.replacedDataDir) console.log(`the previous data directory was kept at ${result.replacedDataDir}`);
  console.log('Check the audit trail (npm run audit:verify), then start the app (npm start).');
} catch (err) {
  if (err instanceof BackupError) fail(err.message);
  throw err;
}
