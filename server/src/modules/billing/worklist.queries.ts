// The SQL of the billing office's read views (worklist.service.ts): current holds with the patient,
// session and program they belong to, claims with the patient's and payer's names and totals, claim
// batches and remittances with what they hold. Each function takes db or tx (DESIGN §2).
import { and, asc, count, desc, eq, sql, sum, type SQL } from 'drizzle-orm';
import type { Db } from '../../kernel/db/index.ts';
import { users } from '../identity/index.ts';
import { patients } from '../patients/index.ts';
import { payers } from '../payers/index.ts';
import { programs } from '../programs/index.ts';
import { groups, sessionFacilitators, sessions } from '../scheduling/index.ts';
import { claimBatches, claims, heldServices, remittancePostings, remittances } from './billing.tables.ts';
import { HOLD_REASONS, type HoldReason } from './claim-model.ts';

export interface HoldFilter {
  reason?: HoldReason | undefined;
  programId?: string | undefined;
  /** The actor's patients only (PatientAccess.visibleCondition); undefined: all. */
  visible?: SQL | undefined;
}

const programOf = sql<string | null>`coalesce(${sessions.programId}, ${groups.programId})`;
// The session's lead facilitator: the rendering provider a `no_licensed_rendering_provider` hold is about.
const leadOf = sql<string | null>`(select ${sessionFacilitators.staffId} from ${sessionFacilitators}
  where ${sessionFacilitators.sessionId} = ${sessions.id} and ${sessionFacilitators.role} = 'lead' limit 1)`;
// BILLING-RULES §1 order: the reasons in the order the rules test them; any other after them.
const reasonOrder = sql`coalesce(array_position(array[${sql.join(
  HOLD_REASONS.map((r) => sql`${r}`),
  sql`, `,
)}]::text[], ${heldServices.reason}), ${HOLD_REASONS.length + 1})`;

function holdConditions(filter: HoldFilter, withReason: boolean): SQL | undefined {
  return and(
    withReason && filter.reason ? eq(heldServices.reason, filter.reason) : undefined,
    filter.programId ? sql`${programOf} = ${filter.programId}` : undefined,
    filter.visible,
  );
}

export function listHolds(db: Db, filter: HoldFilter, limit: number, offset: number) {
  return db
    .select({
      sessionId: heldServices.sessionId,
      patientId: heldServices.patientId,
      serviceDate: heldServices.serviceDate,
      reason: heldServices.reason,
      message: heldServices.message,
      heldAt: heldServices.heldAt,
      given: patients.givenName,
      family: patients.familyName,
      mrn: patients.mrn,
      sessionKind: sessions.kind,
      startsAt: sessions.startsAt,
      groupId: sessions.groupId,
      groupName: groups.name,
      programId: programOf,
      programName: programs.name,
      leadStaffId: leadOf,
    })
    .from(heldServices)
    .innerJoin(patients, eq(patients.id, heldServices.patientId))
    .innerJoin(sessions, eq(sessions.id, heldServices.sessionId))
    .leftJoin(groups, eq(groups.id, sessions.groupId))
    .leftJoin(programs, sql`${programs.id} = ${programOf}`)
    .where(holdConditions(filter, true))
    .orderBy(
      reasonOrder,
      asc(heldServices.serviceDate),
      asc(sessions.startsAt),
      asc(patients.familyName),
      asc(patients.givenName),
      asc(heldServices.patientId),
    )
    .limit(limit)
    .offset(offset);
}
export type HoldRow = Awaited<ReturnType<typeof listHolds>>[number];

/** How many holds each reason has under the filter's program, whatever reason is filtered on. */
export function holdCounts(db: Db, filter: HoldFilter) {
  return db
    .select({ reason: heldServices.reason, count: count() })
    .from(heldServices)
    .innerJoin(sessions, eq(sessions.id, heldServices.sessionId))
    .leftJoin(groups, eq(groups.id, sessions.groupId))
    .where(holdConditions(filter, false))
    .groupBy(heldServices.reason)
    .orderBy(reasonOrder);
}

export interface ClaimSummaryFilter {
  status?: string | undefined;
  format?: string | undefined;
  patientId?: string | undefined;
  payerId?: string | undefined;
  visible?: SQL | undefined;
}

const claimConditions = (filter: ClaimSummaryFilter) =>
  and(
    filter.status ? eq(claims.status, filter.status) : undefined,
    filter.format ? eq(claims.format, filter.format) : undefined,
    filter.patientId ? eq(claims.patientId, filter.patientId) : undefined,
    filter.payerId ? eq(claims.payerId, filter.payerId) : undefined,
    filter.visible,
  );

const issueCount = (severity: 'error' | 'warning') =>
  sql<number>`(select count(*)::int from jsonb_array_elements(${claims.issues}) i where i->>'severity' = ${severity})`;

export function listClaimSummaries(db: Db, filter: ClaimSummaryFilter, limit: number, offset: number) {
  return db
    .select({
      id: claims.id,
      patientId: claims.patientId,
      given: patients.givenName,
      family: patients.familyName,
      mrn: patients.mrn,
      payerId: claims.payerId,
      payerName: payers.name,
      format: claims.format,
      status: claims.status,
      frequency: claims.frequency,
      periodFrom: claims.periodFrom,
      periodTo: claims.periodTo,
      totalCents: claims.totalCents,
      lineCount: sql<number>`jsonb_array_length(${claims.claim}->'lines')`,
      errorCount: issueCount('error'),
      warningCount: issueCount('warning'),
      batchId: claims.batchId,
      createdAt: claims.createdAt,
    })
    .from(claims)
    .innerJoin(patients, eq(patients.id, claims.patientId))
    .innerJoin(payers, eq(payers.id, claims.payerId))
    .where(claimConditions(filter))
    .orderBy(desc(claims.createdAt), asc(claims.id))
    .limit(limit)
    .offset(offset);
}
export type ClaimSummaryRow = Awaited<ReturnType<typeof listClaimSummaries>>[number];

/** Count and charges of every claim the filter matches, not only the page shown. */
export async function claimTotals(db: Db, filter: ClaimSummaryFilter): Promise<{ count: number; totalCents: number }> {
  const [row] = await db
    .select({ count: count(), totalCents: sum(claims.totalCents).mapWith(Number) })
    .from(claims)
    .where(claimConditions(filter));
  return { count: row?.count ?? 0, totalCents: row?.totalCents ?? 0 };
}

export function listBatches(db: Db, format: string | undefined, limit: number, offset: number) {
  return db
    .select({
      id: claimBatches.id,
      format: claimBatches.format,
      controlNumber: claimBatches.controlNumber,
      createdAt: claimBatches.createdAt,
      createdBy: claimBatches.createdBy,
      creatorGiven: users.givenName,
      creatorFamily: users.familyName,
      claimCount: sql<number>`(select count(*)::int from ${claims} where ${claims.batchId} = ${claimBatches.id})`,
      totalCents: sql<number>`(select coalesce(sum(${claims.totalCents}), 0)::int from ${claims}
        where ${claims.batchId} = ${claimBatches.id})`,
    })
    .from(claimBatches)
    .leftJoin(users, eq(users.id, claimBatches.createdBy))
    .where(format ? eq(claimBatches.format, format) : undefined)
    .orderBy(desc(claimBatches.createdAt), desc(claimBatches.controlNumber))
    .limit(limit)
    .offset(offset);
}
export type BatchSummaryRow = Awaited<ReturnType<typeof listBatches>>[number];

const remittanceColumns = {
  id: remittances.id,
  checkNumber: remittances.checkNumber,
  paymentDate: remittances.paymentDate,
  payerName: remittances.payerName,
  totalPaidCents: remittances.totalPaidCents,
  receivedAt: remittances.receivedAt,
  // Spelled out: Drizzle leaves columns of a one-table select unqualified, which a subquery would misread.
  postedCount: sql<number>`(select count(*)::int from remittance_postings p where p.remittance_id = remittances.id)`,
};

export function listRemittances(db: Db, limit: number, offset: number) {
  return db
    .select(remittanceColumns)
    .from(remittances)
    .orderBy(desc(remittances.receivedAt), desc(remittances.paymentDate), asc(remittances.id))
    .limit(limit)
    .offset(offset);
}
export type RemittanceSummaryRow = Awaited<ReturnType<typeof listRemittances>>[number];

export async function findRemittance(db: Db, id: string) {
  const [row] = await db
    .select({ ...remittanceColumns, x12: remittances.x12 })
    .from(remittances)
    .where(eq(remittances.id, id));
  return row;
}

/** A remittance's postings with the claim each went to and that claim's patient and current status. */
export function postingsOf(db: Db, remittanceId: string) {
  return db
    .select({
      claimId: remittancePostings.claimId,
      patientId: claims.patientId,
      given: patients.givenName,
      family: patients.familyName,
      claimStatus: claims.status,
      payment: remittancePostings.payment,
    })
    .from(remittancePostings)
    .innerJoin(claims, eq(claims.id, remittancePostings.claimId))
    .innerJoin(patients, eq(patients.id, claims.patientId))
    .where(eq(remittancePostings.remittanceId, remittanceId))
    .orderBy(asc(patients.familyName), asc(patients.givenName), asc(remittancePostings.id));
}
export type PostingRow = Awaited<ReturnType<typeof postingsOf>>[number];
