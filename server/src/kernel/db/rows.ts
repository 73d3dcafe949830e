import type { SQL } from 'drizzle-orm';
import type { Db } from './database.ts';

/** Rows of a raw SQL query. Db leaves the driver's result type open; node-postgres and PGlite both answer { rows }. */
export async function selectRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = await db.execute(query);
  return (result as unknown as { rows: T[] }).rows;
}
