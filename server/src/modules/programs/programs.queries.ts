// All SQL about programs and staff assignments. Each function takes db or tx.
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '../../kernel/db/index.ts';
import { users } from '../identity/index.ts';
import { staff } from '../organization/index.ts';
import { programs, staffPrograms } from './programs.tables.ts';

export type ProgramRow = typeof programs.$inferSelect;

export interface ProgramStaffRow {
  id: string;
  givenName: string;
  familyName: string;
  roles: string[];
  credentials: string | null;
  active: boolean;
}

export async function insertProgram(db: Db, row: typeof programs.$inferInsert): Promise<void> {
  await db.insert(programs).values(row);
}

export async function findProgram(db: Db, id: string): Promise<ProgramRow | undefined> {
  const [row] = await db.select().from(programs).where(eq(programs.id, id));
  return row;
}

export async function listPrograms(
  db: Db,
  filter: { siteId?: string | undefined; active?: boolean | undefined },
  window: { limit: number; offset: number },
): Promise<ProgramRow[]> {
  const conditions: (SQL | undefined)[] = [
    filter.siteId ? eq(programs.siteId, filter.siteId) : undefined,
    filter.active !== undefined ? eq(programs.active, filter.active) : undefined,
  ];
  return db
    .select()
    .from(programs)
    .where(and(...conditions))
    .orderBy(asc(programs.name), asc(programs.id))
    .limit(window.limit + 1)
    .offset(window.offset);
}

export async function updateProgram(
  db: Db,
  id: string,
  patch: Partial<Omit<typeof programs.$inferInsert, 'id'>>,
): Promise<ProgramRow | undefined> {
  const [row] = await db.update(programs).set(patch).where(eq(programs.id, id)).returning();
  return row;
}

/** Which of these ids are staff members. */
export async function existingStaffIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: staff.id })
    .from(staff)
    .where(inArray(staff.id, [...ids]));
  return new Set(rows.map((r) => r.id));
}

export async function programStaffIds(db: Db, programId: string): Promise<string[]> {
  const rows = await db
    .select({ id: staffPrograms.staffId })
    .from(staffPrograms)
    .where(eq(staffPrograms.programId, programId));
  return rows.map((r) => r.id);
}

export async function addStaffAssignments(db: Db, programId: string, staffIds: readonly string[]): Promise<void> {
  if (staffIds.length === 0) return;
  await db
    .insert(staffPrograms)
    .values(staffIds.map((staffId) => ({ staffId, programId })))
    .onConflictDoNothing();
}

export async function removeStaffAssignments(db: Db, programId: string, staffIds: readonly string[]): Promise<void> {
  if (staffIds.length === 0) return;
  await db
    .delete(staffPrograms)
    .where(and(eq(staffPrograms.programId, programId), inArray(staffPrograms.staffId, [...staffIds])));
}

export async function listProgramStaff(db: Db, programId: string): Promise<ProgramStaffRow[]> {
  return db
    .select({
      id: staff.id,
      givenName: users.givenName,
      familyName: users.familyName,
      roles: users.roles,
      credentials: staff.credentials,
      active: users.active,
    })
    .from(staffPrograms)
    .innerJoin(staff, eq(staff.id, staffPrograms.staffId))
    .innerJoin(users, eq(users.id, staff.id))
    .where(eq(staffPrograms.programId, programId))
    .orderBy(asc(users.familyName), asc(users.givenName), asc(staff.id));
}
