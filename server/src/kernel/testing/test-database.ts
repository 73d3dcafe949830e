import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../db/index.ts';

/** A migrated database of this test file's own: PGlite in memory, or a fresh PostgreSQL database. */
export async function testDatabase(options: { poolSize?: number } = {}): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  const template = inject('templateDatabase');
  if (url && template) {
    const name = `iop_ehr_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name} template ${template}`);
    await admin.end();
    const target = new URL(url);
    target.pathname = `/${name}`;
    const database = await openDatabase({ databaseUrl: target.toString(), poolSize: options.poolSize ?? 10 });
    return {
      ...database,
      async close() {
        await database.close();
        const cleanup = new pg.Client({ connectionString: url });
        await cleanup.connect();
        // The pool's sockets may still be closing: a forced drop would kill them mid-exit (57P01),
        // so wait for them to go and force only as a last resort.
        for (let attempt = 0; ; attempt += 1) {
          try {
            await cleanup.query(`drop database if exists ${name}${attempt >= 20 ? ' with (force)' : ''}`);
            break;
          } catch (err) {
            if (attempt >= 20) throw err;
            await new Promise((r) => setTimeout(r, 100));
          }
        }
        await cleanup.end();
      },
    };
  }
  const snapshot = fs.readFileSync(inject('pgliteSnapshot'));
  return openDatabase({ loadDataDir: new Blob([snapshot]) });
}

export const onPostgres = (): boolean => Boolean(process.env.TEST_DATABASE_URL);
