// Backup and restore of the embedded PGlite data directory (DESIGN §4). PGlite writes through the
// file system without fsync, so the backup itself must be durable: it is written to a `.partial`
// file, fsynced, renamed into place and the directory fsynced, so a crash leaves either the whole
// archive or none. PostgreSQL deployments use pg_basebackup and WAL archiving instead (docs/operations.md).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';

export interface BackupFile {
  file: string;
  bytes: number;
  sha256: string;
}

export interface RestoreResult {
  dataDir: string;
  /** Where the data directory that was replaced now lives (only with `force`). */
  replacedDataDir?: string;
  /** True when a `.sha256` sidecar was found and matched. */
  checksumVerified: boolean;
}

/** A refusal the command-line scripts print as is, without a stack trace. */
export class BackupError extends Error {
  override name = 'BackupError';
}

/** `20261123T142501Z`: sorts by time and is safe in file names on every platform. */
export function utcStamp(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

export function isPgliteDataDir(dataDir: string): boolean {
  return fs.existsSync(path.join(dataDir, 'PG_VERSION'));
}

function fsyncPath(target: string): void {
  const fd = fs.openSync(target, 'r');
  try {
    fs.fsyncSync(fd);
  } catch (err) {
    // Some platforms (Windows) cannot fsync a directory; the file itself was already synced.
    if ((err as NodeJS.ErrnoException).code !== 'EISDIR' && (err as NodeJS.ErrnoException).code !== 'EPERM') throw err;
  } finally {
    fs.closeSync(fd);
  }
}

/** Write, fsync, rename into place, fsync the directory: the file appears whole or not at all. */
function writeDurably(file: string, data: Buffer | string): void {
  const partial = `${file}.partial`;
  const fd = fs.openSync(partial, 'wx');
  try {
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(partial, file);
  fsyncPath(path.dirname(file));
}

function fsyncTree(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const child = path.join(dir, entry.name);
    if (entry.isDirectory()) fsyncTree(child);
    else if (entry.isFile()) fsyncPath(child);
  }
  fsyncPath(dir);
}

/**
 * Snapshot a PGlite data directory into `<outDir>/iop-ehr-<UTC stamp>.tar.gz` with a `.sha256`
 * sidecar. PGlite has no lock file that another process respects: the app must be stopped, or the
 * snapshot may miss its latest writes and the app may overwrite files the backup is reading.
 */
export async function backupPglite(dataDir: string, outDir: string, at: Date = new Date()): Promise<BackupFile> {
  if (!isPgliteDataDir(dataDir)) throw new BackupError(`No PGlite database in ${dataDir} (PG_VERSION not found).`);
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(path.resolve(outDir), `iop-ehr-${utcStamp(at)}.tar.gz`);
  if (fs.existsSync(file)) throw new BackupError(`${file} already exists.`);

  const pglite = await PGlite.create({ dataDir });
  let archive: Buffer;
  try {
    // Write dirty pages out first, so the archive restores without replaying WAL.
    await pglite.exec('CHECKPOINT');
    archive = Buffer.from(await (await pglite.dumpDataDir('gzip')).arrayBuffer());
  } finally {
    await pglite.close();
  }

  const sha256 = createHash('sha256').update(archive).digest('hex');
  writeDurably(file, archive);
  // The sidecar uses sha256sum's format, so `sha256sum -c` checks it too.
  writeDurably(`${file}.sha256`, `${sha256}  ${path.basename(file)}\n`);
  return { file, bytes: archive.length, sha256 };
}

/**
 * Unpack a backup into `dataDir`. The archive is unpacked into a sibling directory first and moved
 * into place only once PGlite has opened it, so a bad archive never costs the current data. An
 * existing non-empty data directory is kept beside it (`<dataDir>.before-restore-<stamp>`), and only
 * with `force`.
 */
export async function restorePglite(
  file: string,
  dataDir: string,
  { force = false, at = new Date() }: { force?: boolean; at?: Date } = {},
): Promise<RestoreResult> {
  if (!fs.existsSync(file)) throw new BackupError(`${file} does not exist.`);
  const archive = fs.readFileSync(file);

  let checksumVerified = false;
  const sidecar = `${file}.sha256`;
  if (fs.existsSync(sidecar)) {
    const expected = fs.readFileSync(sidecar, 'utf8').trim().split(/\s+/)[0]?.toLowerCase();
    const actual = createHash('sha256').update(archive).digest('hex');
    if (expected !== actual)
      throw new BackupError(
        `Checksum mismatch for ${file}: expected ${expected}, got ${actual}. The archive is damaged.`,
      );
    checksumVerified = true;
  }

  const target = path.resolve(dataDir);
  const occupied = fs.existsSync(target) && fs.readdirSync(target).length > 0;
  if (occupied && !force)
    throw new BackupError(`${target} is not empty. Restore into an empty directory, or pass --force to replace it.`);

  const stamp = utcStamp(at);
  const staging = `${target}.restoring-${stamp}`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  try {
    const pglite = await PGlite.create({ dataDir: staging, loadDataDir: new Blob([archive]) });
    try {
      await pglite.query('select 1');
    } finally {
      await pglite.close();
    }
    // PGlite itself does not fsync; the restored files must be on disk before they replace anything.
    fsyncTree(staging);
  } catch (err) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw err;
  }

  let replacedDataDir: string | undefined;
  if (occupied) {
    replacedDataDir = `${target}.before-restore-${stamp}`;
    fs.renameSync(target, replacedDataDir);
  } else if (fs.existsSync(target)) {
    fs.rmdirSync(target);
  }
  fs.renameSync(staging, target);
  fsyncPath(path.dirname(target));
  return { dataDir: target, ...(replacedDataDir ? { replacedDataDir } : {}), checksumVerified };
}
