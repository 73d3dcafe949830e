// All SQL of the patients module. Each function takes db or a transaction; visibility conditions
// come from the PatientAccess port and are passed in by the service.
import { and, asc, desc, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../kernel/db/index.ts';
import { payers } from '../payers/index.ts';
import { authorizationUses, authorizations, coverages, mrnSequence, patients } from './patients.tables.ts';
import type { SearchTerms } from './search-query.ts';

export type PatientRow = typeof patients.$inferSelect;
export type CoverageRow = typeof coverages.$inferSelect;
export type AuthorizationRow = typeof authorizations.$inferSelect;

export interface CoverageRecord extends CoverageRow {
  payerName: string;
}

export interface AuthorizationRecord extends AuthorizationRow {
  /** Units consumed so far (sum of authorization_uses), and what is left of `units`. */
  used: number;
  remaining: number;
}

export interface Window {
  limit: number;
  offset: number;
}

// Patients

export async function insertPatient(
  db: Db,
  row: Omit<typeof patients.$inferInsert, 'mrn'>,
): Promise<{ id: string; mrn: string }> {
  const [created] = await db
    .insert(patients)
    .values({ ...row, mrn: sql`nextval(${mrnSequence.seqName}::regclass)::text` })
    .returning({ id: patients.id, mrn: patients.mrn });
  return created!;
}

export async function findPatient(db: Db, id: string): Promise<PatientRow | undefined> {
  const [row] = await db.select().from(patients).where(eq(patients.id, id));
  return row;
}

export async function updatePatient(
  db: Db,
  id: string,
  set: Partial<Omit<typeof patients.$inferInsert, 'id' | 'mrn' | 'createdAt'>>,
): Promise<PatientRow> {
  const [row] = await db.update(patients).set(set).where(eq(patients.id, id)).returning();
  return row!;
}

export type PatientSort = 'name' | 'birthDate' | 'mrn';

// Sorting is whitelisted: a client names a sort, never a column. Every order ends on the id so
// offset pages are stable. MRNs are sequence numbers kept as text: shorter ones sort first.
const ORDERS: Record<PatientSort, SQL[]> = {
  name: [asc(sql`lower(${patients.familyName})`), asc(sql`lower(${patients.givenName})`), asc(patients.id)],
  birthDate: [asc(patients.birthDate), asc(sql`lower(${patients.familyName})`), asc(patients.id)],
  mrn: [asc(sql`length(${patients.mrn})`), asc(patients.mrn), asc(patients.id)],
};

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

// The given and family names as space-separated words, hyphens counted as spaces, so a token can
// match the start of any word: "cruz" finds "De La Cruz", "smith" finds "Jones-Smith".
const nameWords = sql`' ' || lower(translate(${patients.givenName} || ' ' || ${patients.familyName}, '-', ' '))`;

function searchCondition(terms: SearchTerms): SQL | undefined {
  return and(
    ...terms.mrns.map((mrn) => eq(patients.mrn, mrn)),
    ...terms.birthDates.map((date) => eq(patients.birthDate, date)),
    ...terms.nameTokens.map((token) => sql`${nameWords} like ${`% ${escapeLike(token)}%`} escape '\\'`),
  );
}

/** One page of matching patients, plus one row to tell whether another page follows. */
export async function searchPatients(
  db: Db,
  options: { terms: SearchTerms; visible: SQL | undefined; sort: PatientSort } & Window,
): Promise<PatientRow[]> {
  return db
    .select()
    .from(patients)
    .where(and(searchCondition(options.terms), options.visible))
    .orderBy(...ORDERS[options.sort])
    .limit(options.limit + 1)
    .offset(options.offset);
}

/** Patients born on a date (the duplicate check narrows by the indexed birth date, then by name). */
export async function patientsBornOn(
  db: Db,
  birthDate: string,
  visible: SQL | undefined,
  excludeId?: string,
): Promise<PatientRow[]> {
  return db
    .select()
    .from(patients)
    .where(and(eq(patients.birthDate, birthDate), visible, excludeId ? ne(patients.id, excludeId) : undefined))
    .orderBy(...ORDERS.name);
}

// Coverages

export async function payerExists(db: Db, payerId: string): Promise<boolean> {
  const rows = await db.select({ id: payers.id }).from(payers).where(eq(payers.id, payerId));
  return rows.length > 0;
}

export async function insertCoverage(db: Db, row: typeof coverages.$inferInsert): Promise<void> {
  await db.insert(coverages).values(row);
}

/** A patient's coverages in billing order (primary first), with the payer's name. */
export async function listCoverages(db: Db, patientId: string, window?: Window): Promise<CoverageRecord[]> {
  const query = db
    .select({ coverage: coverages, payerName: payers.name })
    .from(coverages)
    .innerJoin(payers, eq(payers.id, coverages.payerId))
    .where(eq(coverages.patientId, patientId))
    .orderBy(asc(coverages.priority), desc(coverages.startDate), asc(coverages.id));
  const rows = window ? await query.limit(window.limit + 1).offset(window.offset) : await query;
  return rows.map(({ coverage, payerName }) => ({ ...coverage, payerName }));
}

export async function coverageBelongsTo(db: Db, coverageId: string, patientId: string): Promise<boolean> {
  const rows = await db
    .select({ id: coverages.id })
    .from(coverages)
    .where(and(eq(coverages.id, coverageId), eq(coverages.patientId, patientId)));
  return rows.length > 0;
}

// Authorizations

export async function insertAuthorization(db: Db, row: typeof authorizations.$inferInsert): Promise<void> {
  await db.insert(authorizations).values(row);
}

// Summed in numeric and sent as text: exact decimals, whichever driver reads them.
const usedUnits = sql`coalesce((select sum(u.units) from ${authorizationUses} u where u.authorization_id = ${authorizations.id}), 0)`;

/** A patient's authorizations, latest first, with units used and remaining. */
export async function listAuthorizations(db: Db, patientId: string, window: Window): Promise<AuthorizationRecord[]> {
  const rows = await db
    .select({
      authorization: authorizations,
      used: sql<string>`(${usedUnits})::text`,
      remaining: sql<string>`(${authorizations.units} - ${usedUnits})::text`,
    })
    .from(authorizations)
    .where(eq(authorizations.patientId, patientId))
    .orderBy(desc(authorizations.startDate), desc(authorizations.createdAt), asc(authorizations.id))
    .limit(window.limit + 1)
    .offset(window.offset);
  return rows.map(({ authorization, used, remaining }) => ({
    ...authorization,
    used: Number(used),
    remaining: Number(remaining),
  }));
}
