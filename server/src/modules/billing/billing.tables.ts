import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  type AnyPgColumn,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { inList, instant, localDate } from '../../kernel/db/index.ts';
import { patients } from '../patients/index.ts';
import { payers } from '../payers/index.ts';
import { sessions } from '../scheduling/index.ts';
import type { Claim, ClaimIssue, HoldReason, TraceStep } from './claim-model.ts';
import type { ClaimPayment } from './x12/index.ts';

export const CLAIM_STATUSES = [
  'draft',
  'ready',
  'batched',
  'submitted',
  'accepted',
  'rejected',
  'paid',
  'denied',
  'partially_paid',
  // BILLING-RULES §1: a claim sent to a payer is never edited; a replacement claim (frequency 7) or a
  // void (8) takes its place, and the original says which.
  'replaced',
  'voided',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** The organization's prices (BILLING-RULES §2: charges from the charge master, code → cents). */
export const chargeMaster = pgTable(
  'charge_master',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull(),
    cents: integer('cents').notNull(),
    effectiveFrom: localDate('effective_from').notNull(),
    /** Inclusive; null: still in effect. */
    effectiveTo: localDate('effective_to'),
    /** Invented prices (the demo program's), never a fee schedule. */
    synthetic: boolean('synthetic').notNull().default(false),
  },
  (t) => [
    check('charge_master_cents', sql`${t.cents} >= 0`),
    check('charge_master_dates', sql`${t.effectiveTo} is null or ${t.effectiveTo} >= ${t.effectiveFrom}`),
    uniqueIndex('charge_master_code_from').on(t.code, t.effectiveFrom),
  ],
);

export const claimBatches = pgTable(
  'claim_batches',
  {
    id: uuid('id').primaryKey(),
    format: text('format').notNull(),
    /** ISA13 / GS06: from a sequence, so no two interchanges share one. */
    controlNumber: integer('control_number').notNull().unique(),
    /** The interchange, checked against the implementation map before it is stored (BILLING-RULES §5). */
    x12: text('x12').notNull(),
    createdAt: instant('created_at').notNull(),
    createdBy: uuid('created_by'),
  },
  (t) => [check('claim_batches_format', sql`${t.format} in ('837I', '837P')`)],
);

/** X12 ISA13 is nine digits: interchange control numbers run 1 … 999,999,999. */
export const interchangeControlSequence = pgSequence('interchange_control_seq', {
  startWith: 1,
  maxValue: 999_999_999,
});

export const claims = pgTable(
  'claims',
  {
    id: uuid('id').primaryKey(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    payerId: uuid('payer_id')
      .notNull()
      .references(() => payers.id),
    format: text('format').notNull(),
    status: text('status').notNull(),
    /** CLM05-3: 1 original, 2–4 interim, 7 replacement, 8 void. */
    frequency: text('frequency').notNull(),
    /** The claim a replacement (7) or void (8) corrects; unique, so a claim is corrected once. */
    originalClaimId: uuid('original_claim_id').references((): AnyPgColumn => claims.id),
    periodFrom: localDate('period_from').notNull(),
    periodTo: localDate('period_to').notNull(),
    totalCents: integer('total_cents').notNull(),
    rulesVersion: integer('rules_version').notNull(),
    /** The assembled claim as the 837 and the forms read it; immutable once batched (BILLING-RULES §1). */
    claim: jsonb('claim').$type<Claim>().notNull(),
    issues: jsonb('issues').$type<ClaimIssue[]>().notNull(),
    batchId: uuid('batch_id').references(() => claimBatches.id),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [
    check('claims_status', sql`${t.status} in (${inList(CLAIM_STATUSES)})`),
    check('claims_format', sql`${t.format} in ('837I', '837P')`),
    check('claims_total', sql`${t.totalCents} >= 0`),
    index('claims_patient').on(t.patientId),
    index('claims_payer').on(t.payerId),
    index('claims_status').on(t.status),
    uniqueIndex('claims_one_correction').on(t.originalClaimId),
  ],
);

/**
 * One billed service. `serviceKey` names what was billed (a session × patient, or a per-diem
 * patient day): unique, so a service is billed at most once even under parallel runs (DESIGN §4).
 */
export const claimLines = pgTable(
  'claim_lines',
  {
    id: uuid('id').primaryKey(),
    claimId: uuid('claim_id')
      .notNull()
      .references(() => claims.id),
    position: integer('position').notNull(),
    serviceKey: text('service_key').notNull(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id),
    serviceDate: localDate('service_date').notNull(),
    procedureCode: text('procedure_code').notNull(),
    chargeCents: integer('charge_cents').notNull(),
    trace: jsonb('trace').$type<TraceStep[]>().notNull(),
  },
  (t) => [
    uniqueIndex('claim_lines_service').on(t.serviceKey),
    uniqueIndex('claim_lines_position').on(t.claimId, t.position),
    index('claim_lines_session').on(t.sessionId),
  ],
);

/** The current hold of each service that is not billed, replaced by every run over its date. */
export const heldServices = pgTable(
  'held_services',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    serviceDate: localDate('service_date').notNull(),
    reason: text('reason').$type<HoldReason>().notNull(),
    message: text('message').notNull(),
    heldAt: instant('held_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.patientId] }), index('held_services_date').on(t.serviceDate)],
);

export const remittances = pgTable(
  'remittances',
  {
    id: uuid('id').primaryKey(),
    /** BPR/TRN: the payment's trace (check or EFT) number and date. */
    checkNumber: text('check_number').notNull(),
    /** TRN03: the payer's identifier ('1' and its tax id); null on remittances posted before it was kept. */
    payerIdentifier: text('payer_identifier'),
    paymentDate: localDate('payment_date').notNull(),
    payerName: text('payer_name').notNull(),
    totalPaidCents: integer('total_paid_cents').notNull(),
    x12: text('x12').notNull(),
    /** SHA-256 of the file as received (hex): the same file is never posted twice. */
    fileHash: text('file_hash').notNull(),
    receivedAt: instant('received_at').notNull(),
    receivedBy: uuid('received_by'),
  },
  (t) => [
    // 835 TRN02 + TRN03 identify one payment (the reassociation trace): posting it twice would pay twice.
    uniqueIndex('remittances_trace').on(t.payerIdentifier, t.checkNumber),
    index('remittances_file_hash').on(t.fileHash),
  ],
);

/** One 835 CLP posted to one of our claims (matched on CLP01 = CLM01, BILLING-RULES §5). */
export const remittancePostings = pgTable(
  'remittance_postings',
  {
    id: uuid('id').primaryKey(),
    remittanceId: uuid('remittance_id')
      .notNull()
      .references(() => remittances.id),
    claimId: uuid('claim_id')
      .notNull()
      .references(() => claims.id),
    /** CLP02 claim status code. */
    status: text('status').notNull(),
    chargeCents: integer('charge_cents').notNull(),
    paidCents: integer('paid_cents').notNull(),
    patientResponsibilityCents: integer('patient_responsibility_cents').notNull(),
    /** The CLP with its CAS adjustments (groups CO/PR/OA/PI) and SVC lines, as read. */
    payment: jsonb('payment').$type<ClaimPayment>().notNull(),
  },
  (t) => [index('remittance_postings_claim').on(t.claimId)],
);
