// Request and response shapes of the billing routes (API.md "Billing") and the mappers to them (DESIGN §3.3).
import { Type, type Static } from 'typebox';
import { DateString, ListQuery } from '../../kernel/http/index.ts';
import type { ServiceLine } from './claim-model.ts';
import type { ClaimRow } from './billing.queries.ts';
import { CLAIM_STATUSES } from './billing.tables.ts';

const Id = Type.String({ format: 'uuid' });

export const RunBody = Type.Object({ from: DateString, to: DateString }, { additionalProperties: false });
export type RunBody = Static<typeof RunBody>;

const Trace = Type.Array(Type.Object({ rule: Type.String(), detail: Type.String() }));

export const LineResponse = Type.Object({
  serviceDate: Type.String(),
  revenueCode: Type.Optional(Type.String()),
  procedureCode: Type.String(),
  modifiers: Type.Array(Type.String()),
  units: Type.Number(),
  chargeCents: Type.Integer(),
  placeOfService: Type.Optional(Type.String()),
  renderingStaffId: Type.Optional(Type.String()),
  supervisingStaffId: Type.Optional(Type.String()),
  sessionIds: Type.Array(Type.String()),
  trace: Trace,
});
export type LineResponse = Static<typeof LineResponse>;

const Issue = Type.Object({
  severity: Type.Union([Type.Literal('error'), Type.Literal('warning')]),
  code: Type.String(),
  message: Type.String(),
  path: Type.String(),
});

export const ClaimResponse = Type.Object({
  id: Type.String(),
  patientId: Type.String(),
  payerId: Type.String(),
  format: Type.Union([Type.Literal('837I'), Type.Literal('837P')]),
  status: Type.String(),
  frequency: Type.String(),
  originalClaimId: Type.Union([Type.String(), Type.Null()]),
  periodFrom: Type.String(),
  periodTo: Type.String(),
  totalCents: Type.Integer(),
  rulesVersion: Type.Integer(),
  batchId: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  lines: Type.Array(LineResponse),
  issues: Type.Array(Issue),
});
export type ClaimResponse = Static<typeof ClaimResponse>;

export const HoldResponse = Type.Object({
  sessionId: Type.String(),
  patientId: Type.String(),
  serviceDate: Type.String(),
  reason: Type.String(),
  message: Type.String(),
});

export const RunResponse = Type.Object({ claims: Type.Array(ClaimResponse), held: Type.Array(HoldResponse) });

export const ClaimsQuery = Type.Object({
  ...ListQuery.properties,
  status: Type.Optional(Type.Union(CLAIM_STATUSES.map((s) => Type.Literal(s)))),
  patientId: Type.Optional(Id),
  payerId: Type.Optional(Id),
});
export type ClaimsQuery = Static<typeof ClaimsQuery>;

export const BatchBody = Type.Object(
  // 005010X222A1/X223A2: at most 5,000 claims per transaction set; one batch is one interchange.
  { claimIds: Type.Array(Id, { minItems: 1, maxItems: 5000, uniqueItems: true }) },
  { additionalProperties: false },
);
export type BatchBody = Static<typeof BatchBody>;

export const BatchResponse = Type.Object({
  id: Type.String(),
  format: Type.Union([Type.Literal('837I'), Type.Literal('837P')]),
  controlNumber: Type.Integer(),
  claimIds: Type.Array(Type.String()),
});

export const RemittanceBody = Type.String({ minLength: 1, maxLength: 10_000_000, description: 'An X12 835 file.' });

export const RemittanceResponse = Type.Object({
  id: Type.String(),
  postedClaims: Type.Array(
    Type.Object({
      claimId: Type.String(),
      status: Type.String(),
      paidCents: Type.Integer(),
      patientResponsibilityCents: Type.Integer(),
    }),
  ),
  /** CLP01 values that name none of our claims: posted nowhere, for a person to look at. */
  unmatched: Type.Array(Type.Object({ claimId: Type.String(), paidCents: Type.Integer() })),
});
export type RemittanceResponse = Static<typeof RemittanceResponse>;

export const PreviewResponse = Type.Object({
  sessionId: Type.String(),
  members: Type.Array(
    Type.Object({
      patientId: Type.String(),
      /** A run has billed this member's service already. */
      billed: Type.Boolean(),
      lines: Type.Array(LineResponse),
      held: Type.Union([Type.Object({ reason: Type.String(), message: Type.String() }), Type.Null()]),
    }),
  ),
});
export type PreviewResponse = Static<typeof PreviewResponse>;

export function toLineResponse(line: ServiceLine): LineResponse {
  return {
    serviceDate: line.serviceDate,
    ...(line.revenueCode ? { revenueCode: line.revenueCode } : {}),
    procedureCode: line.procedureCode,
    modifiers: line.modifiers,
    units: line.units,
    chargeCents: line.chargeCents,
    ...(line.placeOfService ? { placeOfService: line.placeOfService } : {}),
    ...(line.renderingStaffId ? { renderingStaffId: line.renderingStaffId } : {}),
    ...(line.supervisingStaffId ? { supervisingStaffId: line.supervisingStaffId } : {}),
    sessionIds: line.sessionIds,
    trace: line.trace,
  };
}

export const toClaimResponse = (row: ClaimRow): ClaimResponse => ({
  id: row.id,
  patientId: row.patientId,
  payerId: row.payerId,
  format: row.claim.format,
  status: row.status,
  frequency: row.frequency,
  originalClaimId: row.originalClaimId,
  periodFrom: row.periodFrom,
  periodTo: row.periodTo,
  totalCents: row.totalCents,
  rulesVersion: row.rulesVersion,
  batchId: row.batchId,
  createdAt: row.createdAt.toISOString(),
  lines: row.claim.lines.map(toLineResponse),
  issues: row.issues,
});
