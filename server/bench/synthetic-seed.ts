// Loads a generated synthetic program into a freshly migrated database, for scenarios that read it.
import { hash } from '@node-rs/argon2';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../src/kernel/db/index.ts';
import { users } from '../src/modules/identity/index.ts';
import { organization, rooms, sites, staff } from '../src/modules/organization/index.ts';
import { authorizations, coverages, patients } from '../src/modules/patients/index.ts';
import { payers } from '../src/modules/payers/index.ts';
import {
  episodeDiagnoses,
  episodes,
  levelOfCareChanges,
  programs,
  staffPrograms,
} from '../src/modules/programs/index.ts';
import {
  enrollments,
  groupFacilitators,
  groups,
  groupSchedules,
  sessionFacilitators,
  sessions,
} from '../src/modules/scheduling/index.ts';
import { buildGroupRows } from './synthetic-groups.ts';
import type { SyntheticProgram } from './synthetic-program.ts';

/** Every synthetic staff login has this password (the data is fictional; never use it elsewhere). */
export const SYNTHETIC_STAFF_PASSWORD = 'synthetic staff passphrase for benchmarks only';

export interface SeedCounts {
  users: number;
  organization: number;
  sites: number;
  rooms: number;
  staff: number;
  payers: number;
  programs: number;
  staffPrograms: number;
  patients: number;
  coverages: number;
  authorizations: number;
  episodes: number;
  episodeDiagnoses: number;
  levelOfCareChanges: number;
  groups: number;
  sessions: number;
  enrollments: number;
}

/** PostgreSQL caps a statement at 65,535 parameters; 500 rows of ≤ 14 columns stay far below. */
const BATCH_ROWS = 500;

/**
 * Bulk-insert the parts the database has tables for, in foreign-key order, in one transaction, with
 * multi-row INSERTs. It writes straight to the tables, without the services or audit events: it loads
 * synthetic data, like a migration, and is not a clinical action. The database must be freshly
 * migrated (the organization row is a singleton). Groups, their sessions and enrollments are seeded
 * (synthetic-groups.ts); attendance is not: the attendance module, and its table, come later.
 */
export async function seedSyntheticProgram(
  db: Db,
  data: SyntheticProgram,
  options: { batchRows?: number } = {},
): Promise<SeedCounts> {
  const batch = options.batchRows ?? BATCH_ROWS;
  // One hash for every synthetic login, with identity's argon2id parameters (passwords.ts, AUTH-3).
  const passwordHash = await hash(SYNTHETIC_STAFF_PASSWORD, {
    algorithm: 2,
    memoryCost: 19456,
    timeCost: 2,
    parallelism: 1,
  });
  async function insertAll<T extends PgTable>(tx: Db, table: T, rows: readonly T['$inferInsert'][]): Promise<number> {
    for (let i = 0; i < rows.length; i += batch) {
      await tx.insert(table).values(rows.slice(i, i + batch) as never);
    }
    return rows.length;
  }
  const schedule = buildGroupRows(data);
  return db.transaction(async (tx) => {
    const counts = {
      users: await insertAll(
        tx,
        users,
        data.staff.map((s) => ({ ...s.user, passwordHash })),
      ),
      organization: await insertAll(tx, organization, [data.organization]),
      sites: await insertAll(tx, sites, data.sites),
      rooms: await insertAll(tx, rooms, data.rooms),
      // Supervisors first: staff.supervisor_id references staff.
      staff: await insertAll(tx, staff, [
        ...data.staff.filter((s) => !s.profile.supervisorId).map((s) => s.profile),
        ...data.staff.filter((s) => s.profile.supervisorId).map((s) => s.profile),
      ]),
      payers: await insertAll(tx, payers, data.payers),
      programs: await insertAll(tx, programs, data.programs),
      staffPrograms: await insertAll(tx, staffPrograms, data.staffPrograms),
      patients: await insertAll(tx, patients, data.patients),
      coverages: await insertAll(tx, coverages, data.coverages),
      authorizations: await insertAll(tx, authorizations, data.authorizations),
      episodes: await insertAll(tx, episodes, data.episodes),
      episodeDiagnoses: await insertAll(tx, episodeDiagnoses, data.episodeDiagnoses),
      levelOfCareChanges: await insertAll(tx, levelOfCareChanges, data.levelOfCareChanges),
      groups: await insertAll(tx, groups, schedule.groups),
    };
    await insertAll(tx, groupSchedules, schedule.schedules);
    await insertAll(tx, groupFacilitators, schedule.groupFacilitators);
    const sessionCount = await insertAll(tx, sessions, schedule.sessions);
    await insertAll(tx, sessionFacilitators, schedule.sessionFacilitators);
    return { ...counts, sessions: sessionCount, enrollments: await insertAll(tx, enrollments, schedule.enrollments) };
  });
}
