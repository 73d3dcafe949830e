// Test data of this module's tests: each test builds its own patients and payers.
import { count } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../kernel/db/index.ts';
import { newId } from '../../kernel/ids.ts';
import type { Session, TestApp } from '../../testing/index.ts';
import { payers } from '../payers/index.ts';

export const patientBody = (given: string, family: string, birthDate: string, extra: Record<string, unknown> = {}) => ({
  name: { given, family },
  birthDate,
  sex: 'F',
  ...extra,
});

export async function registerPatient(
  t: TestApp,
  session: Session,
  given = 'Pat',
  family = 'Fixture',
  birthDate = '1980-01-01',
) {
  const res = await t.call(session, {
    method: 'POST',
    url: '/api/patients',
    payload: patientBody(given, family, birthDate),
  });
  if (res.statusCode !== 201) throw new Error(`registration failed: ${res.body}`);
  return res.json() as { id: string; mrn: string };
}

/** A payer row written directly: these tests are about coverages, not about the payers module. */
export async function insertPayer(db: Db, name = 'Blue Shield Test') {
  const id = newId();
  await db.insert(payers).values({
    id,
    name,
    payerId: 'BS001',
    template: 'commercial_per_diem',
    createdAt: new Date('2026-01-01T00:00:00Z'),
  });
  return id;
}

/** How many rows a table holds: the "nothing was written" checks compare it before and after. */
export async function rowCount(db: Db, table: PgTable): Promise<number> {
  const [row] = await db.select({ n: count() }).from(table);
  return row!.n;
}
