import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { selectRows, type Db } from '../../kernel/db/index.ts';
import { users } from '../identity/index.ts';
import { organization, rooms, sites, staff } from './organization.tables.ts';

export type OrganizationRow = typeof organization.$inferSelect;
export type SiteRow = typeof sites.$inferSelect;
export type RoomRow = typeof rooms.$inferSelect;
export type StaffProfileRow = typeof staff.$inferInsert;

/** A staff member: the clinical and billing profile joined with the login it belongs to. */
export interface StaffRecord {
  id: string;
  name: { given: string; family: string };
  email: string;
  roles: string[];
  active: boolean;
  credentials: string | null;
  npi: string | null;
  taxonomy: string | null;
  supervisorId: string | null;
}

export interface Window {
  limit: number;
  offset: number;
}

// Organization (single row, id = 1)

export async function getOrganization(db: Db): Promise<OrganizationRow | undefined> {
  const [row] = await db.select().from(organization).where(eq(organization.id, 1));
  return row;
}

/** Insert or replace the single row (an upsert, so two first configurations cannot both insert). */
export async function upsertOrganization(
  db: Db,
  values: Omit<typeof organization.$inferInsert, 'id'>,
): Promise<OrganizationRow> {
  const [row] = await db
    .insert(organization)
    .values({ ...values, id: 1 })
    .onConflictDoUpdate({ target: organization.id, set: values })
    .returning();
  return row!;
}

// Sites

export async function findSite(db: Db, id: string): Promise<SiteRow | undefined> {
  const [row] = await db.select().from(sites).where(eq(sites.id, id));
  return row;
}

export async function listSites(db: Db, { limit, offset }: Window): Promise<SiteRow[]> {
  return db
    .select()
    .from(sites)
    .orderBy(asc(sites.name), asc(sites.id))
    .limit(limit + 1)
    .offset(offset);
}

export async function insertSite(db: Db, row: typeof sites.$inferInsert): Promise<void> {
  await db.insert(sites).values(row);
}

export async function updateSite(
  db: Db,
  id: string,
  patch: Partial<typeof sites.$inferInsert>,
): Promise<SiteRow | undefined> {
  const [row] = await db.update(sites).set(patch).where(eq(sites.id, id)).returning();
  return row;
}

// Rooms

export async function findRoom(db: Db, id: string): Promise<RoomRow | undefined> {
  const [row] = await db.select().from(rooms).where(eq(rooms.id, id));
  return row;
}

export async function listRooms(
  db: Db,
  filter: { siteId?: string | undefined },
  { limit, offset }: Window,
): Promise<RoomRow[]> {
  return db
    .select()
    .from(rooms)
    .where(filter.siteId ? eq(rooms.siteId, filter.siteId) : undefined)
    .orderBy(asc(rooms.name), asc(rooms.id))
    .limit(limit + 1)
    .offset(offset);
}

export async function insertRoom(db: Db, row: typeof rooms.$inferInsert): Promise<void> {
  await db.insert(rooms).values(row);
}

export async function updateRoom(
  db: Db,
  id: string,
  patch: Partial<typeof rooms.$inferInsert>,
): Promise<RoomRow | undefined> {
  const [row] = await db.update(rooms).set(patch).where(eq(rooms.id, id)).returning();
  return row;
}

// Staff

const staffColumns = {
  id: staff.id,
  givenName: users.givenName,
  familyName: users.familyName,
  email: users.email,
  roles: users.roles,
  active: users.active,
  credentials: staff.credentials,
  npi: staff.npi,
  taxonomy: staff.taxonomy,
  supervisorId: staff.supervisorId,
};

function selectStaff(db: Db, where: SQL | undefined) {
  return db.select(staffColumns).from(staff).innerJoin(users, eq(users.id, staff.id)).where(where);
}

const toStaffRecord = ({
  givenName,
  familyName,
  ...rest
}: Awaited<ReturnType<typeof selectStaff>>[number]): StaffRecord => ({
  ...rest,
  name: { given: givenName, family: familyName },
});

export async function findStaff(db: Db, id: string): Promise<StaffRecord | undefined> {
  const [row] = await selectStaff(db, eq(staff.id, id));
  return row && toStaffRecord(row);
}

export async function listStaff(
  db: Db,
  filter: { role?: string | undefined; active?: boolean | undefined },
  { limit, offset }: Window,
): Promise<StaffRecord[]> {
  const rows = await selectStaff(
    db,
    and(
      filter.role ? sql`${filter.role} = any(${users.roles})` : undefined,
      filter.active !== undefined ? eq(users.active, filter.active) : undefined,
    ),
  )
    .orderBy(asc(users.familyName), asc(users.givenName), asc(staff.id))
    .limit(limit + 1)
    .offset(offset);
  return rows.map(toStaffRecord);
}

export async function insertStaff(db: Db, row: StaffProfileRow): Promise<void> {
  await db.insert(staff).values(row);
}

export async function updateStaff(db: Db, id: string, patch: Partial<Omit<StaffProfileRow, 'id'>>): Promise<void> {
  if (Object.keys(patch).length === 0) return;
  await db.update(staff).set(patch).where(eq(staff.id, id));
}

/** The ids above a staff member in the supervision chain, nearest first (bounded against bad data). */
export async function supervisorChain(db: Db, id: string): Promise<string[]> {
  const rows = await selectRows<{ id: string }>(
    db,
    sql`
    with recursive chain(id, depth) as (
      select ${staff.supervisorId}, 1 from ${staff} where ${staff.id} = ${id}
      union all
      select s.supervisor_id, c.depth + 1 from ${staff} s join chain c on s.id = c.id where c.depth < 100
    )
    select id from chain where id is not null order by depth`,
  );
  return rows.map((r) => r.id);
}

/** Serializes supervision changes until the transaction ends (PostgreSQL advisory locks, §13.3.5). */
export async function lockSupervision(db: Db): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext('organization.supervision'))`);
}
