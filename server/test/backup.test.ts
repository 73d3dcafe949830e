// The embedded mode's backup must bring data back (DESIGN §4): back up a PGlite data directory,
// restore it elsewhere and read the row. Runs on PGlite whatever TEST_DATABASE_URL says.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupError, backupPglite, restorePglite, type BackupFile } from '../src/kernel/db/backup.ts';

async function withPglite<T>(dataDir: string, work: (db: PGlite) => Promise<T>): Promise<T> {
  const pglite = await PGlite.create({ dataDir });
  try {
    return await work(pglite);
  } finally {
    await pglite.close();
  }
}

const readNote = (dataDir: string) =>
  withPglite(
    dataDir,
    async (db) => (await db.query<{ body: string }>('select body from notes where id = 1')).rows[0]?.body,
  );

describe('PGlite backup and restore', () => {
  let tmp: string;
  let backup: BackupFile;

  // A data directory on disk costs an initdb (seconds): build one and back it up once for the file.
  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'iop-ehr-backup-'));
    const source = path.join(tmp, 'data');
    fs.mkdirSync(source);
    await withPglite(source, async (db) => {
      await db.exec('create table notes (id int primary key, body text not null)');
      await db.query('insert into notes values (1, $1)', ['synthetic group note']);
    });
    backup = await backupPglite(source, path.join(tmp, 'backups'), new Date('2026-03-08T09:30:00Z'));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('writes a whole archive with its checksum and no partial file', () => {
    expect(path.basename(backup.file)).toBe('iop-ehr-20260308T093000Z.tar.gz');
    expect(fs.statSync(backup.file).size).toBe(backup.bytes);
    expect(createHash('sha256').update(fs.readFileSync(backup.file)).digest('hex')).toBe(backup.sha256);
    expect(fs.readFileSync(`${backup.file}.sha256`, 'utf8')).toBe(
      `${backup.sha256}  iop-ehr-20260308T093000Z.tar.gz\n`,
    );
    expect(fs.readdirSync(path.dirname(backup.file)).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('restores into another directory with the data intact', async () => {
    const target = path.join(tmp, 'restored');
    const result = await restorePglite(backup.file, target);
    expect(result).toEqual({ dataDir: target, checksumVerified: true });
    expect(await readNote(target)).toBe('synthetic group note');
    expect(fs.readdirSync(tmp).filter((f) => f.includes('.restoring-'))).toEqual([]);
  });

  it('refuses a non-empty data directory unless forced, and keeps the one it replaces', async () => {
    const target = path.join(tmp, 'live');
    await restorePglite(backup.file, target);
    await withPglite(target, (db) => db.query(`update notes set body = 'current'`));

    await expect(restorePglite(backup.file, target)).rejects.toThrow(/not empty.*--force/);
    expect(await readNote(target)).toBe('current');

    const result = await restorePglite(backup.file, target, { force: true });
    expect(await readNote(target)).toBe('synthetic group note');
    expect(result.replacedDataDir).toMatch(/live\.before-restore-\d{8}T\d{6}Z$/);
    expect(await readNote(result.replacedDataDir!)).toBe('current');
  });

  it('refuses a damaged archive and a directory without a database', async () => {
    const damaged = path.join(tmp, 'damaged.tar.gz');
    const bytes = fs.readFileSync(backup.file);
    bytes[bytes.length >> 1]! ^= 0xff;
    fs.writeFileSync(damaged, bytes);
    fs.copyFileSync(`${backup.file}.sha256`, `${damaged}.sha256`);

    await expect(restorePglite(damaged, path.join(tmp, 'from-damaged'))).rejects.toThrow(/Checksum mismatch/);
    expect(fs.existsSync(path.join(tmp, 'from-damaged'))).toBe(false);
    await expect(backupPglite(path.join(tmp, 'nothing-here'), path.join(tmp, 'backups'))).rejects.toBeInstanceOf(
      BackupError,
    );
  });
});
