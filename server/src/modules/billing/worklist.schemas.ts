// Shapes of the billing office's read views (worklist.routes.ts) and the mappers from rows to them
// (DESIGN §3.3). Lists are `{ items, nextCursor }` (API.md conventions) with totals beside them.
import { Type, type Static } from 'typebox';
import { DateString, ListQuery } from '../../kernel/http/index.ts';
import { CLAIM_STATUSES } from './billing.tables.ts';
import { HOLD_REASONS } from './claim-model.ts';
import type { Adjustment, ClaimPayment } from './x12/index.ts';
import type * as q from './worklist.queries.ts';

const Id = Type.String({ format: 'uuid' });
const Format = Type.Union([Type.Literal('837I'), Type.Literal('837P')]);
const PersonName = Type.Object({ given: Type.String(), family: Type.String() });
const Instant = Type.String({ format: 'date-time' });
const Cents = Type.Integer({ description: 'Integer cents.' });

export const HoldsQuery = Type.Object({
  ...ListQuery.properties,
  reason: Type.Optional(Type.Union(HOLD_REASONS.map((r) => Type.Literal(r)))),
  programId: Type.Optional(Id),
});
export type HoldsQuery = Static<typeof HoldsQuery>;

export const HoldItem = Type.Object({
  sessionId: Type.String(),
  patientId: Type.String(),
  patient: Type.Object({ name: PersonName, mrn: Type.String() }),
  serviceDate: DateString,
  startsAt: Instant,
  sessionKind: Type.String(),
  groupId: Type.Union([Type.String(), Type.Null()]),
  /** Null for an individual appointment. */
  groupName: Type.Union([Type.String(), Type.Null()]),
  programId: Type.Union([Type.String(), Type.Null()]),
  programName: Type.Union([Type.String(), Type.Null()]),
  /** BILLING-RULES §1 hold reason code. */
  reason: Type.String(),
  /** What to fix, in words. */
  message: Type.String(),
  heldAt: Instant,
  /** The session's lead facilitator (the rendering provider). */
  leadStaffId: Type.Union([Type.String(), Type.Null()]),
});
export type HoldItem = Static<typeof HoldItem>;

export const HoldsResponse = Type.Object({
  items: Type.Array(HoldItem),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
  /** Holds per reason under the program filter (every reason, whichever one is filtered on). */
  counts: Type.Array(Type.Object({ reason: Type.String(), count: Type.Integer() })),
});
export type HoldsResponse = Static<typeof HoldsResponse>;

export const ClaimSummaryQuery = Type.Object({
  ...ListQuery.properties,
  status: Type.Optional(Type.Union(CLAIM_STATUSES.map((s) => Type.Literal(s)))),
  format: Type.Optional(Format),
  patientId: Type.Optional(Id),
  payerId: Type.Optional(Id),
});
export type ClaimSummaryQuery = Static<typeof ClaimSummaryQuery>;

export const ClaimSummary = Type.Object({
  id: Type.String(),
  patientId: Type.String(),
  patient: Type.Object({ name: PersonName, mrn: Type.String() }),
  payerId: Type.String(),
  payerName: Type.String(),
  format: Format,
  status: Type.String(),
  frequency: Type.String(),
  periodFrom: DateString,
  periodTo: DateString,
  totalCents: Cents,
  lineCount: Type.Integer(),
  /** Scrub issues: errors keep the claim out of a batch, warnings do not. */
  errorCount: Type.Integer(),
  warningCount: Type.Integer(),
  batchId: Type.Union([Type.String(), Type.Null()]),
  createdAt: Instant,
});

export const ClaimSummaries = Type.Object({
  items: Type.Array(ClaimSummary),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
  /** Every claim the filter matches, not only this page. */
  totals: Type.Object({ count: Type.Integer(), totalCents: Cents }),
});
export type ClaimSummaries = Static<typeof ClaimSummaries>;

export const BatchesQuery = Type.Object({ ...ListQuery.properties, format: Type.Optional(Format) });
export type BatchesQuery = Static<typeof BatchesQuery>;

export const BatchSummary = Type.Object({
  id: Type.String(),
  format: Format,
  /** ISA13 / GS06. */
  controlNumber: Type.Integer(),
  claimCount: Type.Integer(),
  totalCents: Cents,
  createdAt: Instant,
  createdBy: Type.Union([Type.Object({ id: Type.String(), name: PersonName }), Type.Null()]),
});

export const RemittanceSummary = Type.Object({
  id: Type.String(),
  /** TRN02: check or EFT trace number. */
  checkNumber: Type.String(),
  paymentDate: DateString,
  payerName: Type.String(),
  /** BPR02. */
  totalPaidCents: Cents,
  receivedAt: Instant,
  /** Claim payments posted to our claims. */
  postedCount: Type.Integer(),
});

const AdjustmentSchema = Type.Object({
  /** CAS01: CO contractual, PR patient responsibility, OA other, PI payer initiated. */
  group: Type.String(),
  /** CARC reason code. */
  reason: Type.String(),
  amountCents: Cents,
});

export const RemittanceDetail = Type.Object({
  ...RemittanceSummary.properties,
  postings: Type.Array(
    Type.Object({
      claimId: Type.String(),
      patientId: Type.String(),
      patientName: PersonName,
      /** The claim's status now. */
      claimStatus: Type.String(),
      /** CLP02: 1–3 processed as primary/secondary/tertiary, 4 denied, 22 reversal. */
      payerStatus: Type.String(),
      chargeCents: Cents,
      paidCents: Cents,
      /** CAS adjustments other than patient responsibility (groups CO, OA, PI). */
      adjustedCents: Cents,
      patientResponsibilityCents: Cents,
      /** Claim- and line-level CAS adjustments summed by group and reason. */
      adjustments: Type.Array(AdjustmentSchema),
    }),
  ),
  /** CLP01 values of this remittance that name none of our claims: posted nowhere. */
  unmatched: Type.Array(Type.Object({ claimId: Type.String(), chargeCents: Cents, paidCents: Cents })),
});
export type RemittanceDetail = Static<typeof RemittanceDetail>;

const nameOf = (row: { given: string; family: string }) => ({ given: row.given, family: row.family });

export const toHoldItem = (row: q.HoldRow): HoldItem => ({
  sessionId: row.sessionId,
  patientId: row.patientId,
  patient: { name: nameOf(row), mrn: row.mrn },
  serviceDate: row.serviceDate,
  startsAt: row.startsAt.toISOString(),
  sessionKind: row.sessionKind,
  groupId: row.groupId,
  groupName: row.groupName,
  programId: row.programId,
  programName: row.programName,
  reason: row.reason,
  message: row.message,
  heldAt: row.heldAt.toISOString(),
  leadStaffId: row.leadStaffId,
});

export const toClaimSummary = (row: q.ClaimSummaryRow): Static<typeof ClaimSummary> => ({
  id: row.id,
  patientId: row.patientId,
  patient: { name: nameOf(row), mrn: row.mrn },
  payerId: row.payerId,
  payerName: row.payerName,
  format: row.format as Static<typeof Format>,
  status: row.status,
  frequency: row.frequency,
  periodFrom: row.periodFrom,
  periodTo: row.periodTo,
  totalCents: row.totalCents,
  lineCount: Number(row.lineCount),
  errorCount: row.errorCount,
  warningCount: row.warningCount,
  batchId: row.batchId,
  createdAt: row.createdAt.toISOString(),
});

export const toBatchSummary = (row: q.BatchSummaryRow): Static<typeof BatchSummary> => ({
  id: row.id,
  format: row.format as Static<typeof Format>,
  controlNumber: row.controlNumber,
  claimCount: row.claimCount,
  totalCents: Number(row.totalCents),
  createdAt: row.createdAt.toISOString(),
  createdBy:
    row.createdBy && row.creatorGiven !== null && row.creatorFamily !== null
      ? { id: row.createdBy, name: { given: row.creatorGiven, family: row.creatorFamily } }
      : null,
});

export const toRemittanceSummary = (row: q.RemittanceSummaryRow): Static<typeof RemittanceSummary> => ({
  id: row.id,
  checkNumber: row.checkNumber,
  paymentDate: row.paymentDate,
  payerName: row.payerName,
  totalPaidCents: row.totalPaidCents,
  receivedAt: row.receivedAt.toISOString(),
  postedCount: row.postedCount,
});

/** CAS adjustments of a claim payment and of its service lines, summed by group and reason. */
export function adjustmentsOf(payment: ClaimPayment): Adjustment[] {
  const sums = new Map<string, Adjustment>();
  for (const a of [...payment.adjustments, ...payment.lines.flatMap((line) => line.adjustments)]) {
    const key = `${a.group}:${a.reason}`;
    const seen = sums.get(key);
    sums.set(key, { group: a.group, reason: a.reason, amountCents: (seen?.amountCents ?? 0) + a.amountCents });
  }
  return [...sums.values()];
}

export function toPosting(row: q.PostingRow): RemittanceDetail['postings'][number] {
  const adjustments = adjustmentsOf(row.payment);
  return {
    claimId: row.claimId,
    patientId: row.patientId,
    patientName: nameOf(row),
    claimStatus: row.claimStatus,
    payerStatus: row.payment.status,
    chargeCents: row.payment.chargeCents,
    paidCents: row.payment.paidCents,
    // X12 835 CAS01 PR is the patient's share (CLP05); the other groups are what the payer wrote off.
    adjustedCents: adjustments.filter((a) => a.group !== 'PR').reduce((total, a) => total + a.amountCents, 0),
    patientResponsibilityCents: row.payment.patientResponsibilityCents,
    adjustments: adjustments.map(({ group, reason, amountCents }) => ({ group, reason, amountCents })),
  };
}
