// How a claim is stored, whether a run assembled it or it replaces or voids another: the claim row
// with its scrub issues, one claim line per service it bills under the service's unique key
// (BILLING-RULES §1: billed at most once), and the authorization units its lines draw.
import type { Db } from '../../kernel/db/index.ts';
import { newId } from '../../kernel/ids.ts';
import { getOrganization } from '../organization/index.ts';
import type { authorizationUses } from '../patients/index.ts';
import { billingErrors as errors } from './billing.errors.ts';
import type { claimLines, claims } from './billing.tables.ts';
import type { BillingProvider, Claim, FacilityType } from './claim-model.ts';
import { lineKey, useSource } from './service-keys.ts';

/** The organization's billing identity (837 2010AA), as claims carry it. */
export async function billingProviderOf(tx: Db): Promise<BillingProvider> {
  const org = await getOrganization(tx);
  if (!org) throw errors.organizationMissing();
  return {
    name: org.name,
    npi: org.npi,
    taxId: org.taxId,
    taxonomy: org.taxonomy,
    facilityType: org.facilityType as FacilityType,
    address: org.address,
  };
}

export interface ClaimRecords {
  row: typeof claims.$inferSelect;
  lines: (typeof claimLines.$inferInsert)[];
  uses: (typeof authorizationUses.$inferInsert)[];
}

/**
 * The rows of a scrubbed claim. Errors keep it `draft`, out of a batch until fixed; warnings do not
 * (DESIGN §3.6). A claim that bills nothing (a void) gets its row alone.
 */
export function claimRecords(claim: Claim, now: Date, { bills = true } = {}): ClaimRecords {
  const patientId = claim.patient.patientId;
  const perDiem = claim.payer.template === 'commercial_per_diem';
  const lines = bills
    ? claim.lines.map((line, position) => ({
        id: newId(),
        claimId: claim.claimId,
        position,
        serviceKey: lineKey(line, perDiem),
        patientId,
        sessionId: line.sessionId,
        serviceDate: line.serviceDate,
        procedureCode: line.procedureCode,
        chargeCents: line.chargeCents,
        trace: line.trace,
      }))
    : [];
  const uses = lines.flatMap((row, i) => {
    const drawn = claim.lines[i]?.authorization;
    return drawn
      ? [
          {
            id: newId(),
            authorizationId: drawn.authorizationId,
            units: String(drawn.units),
            serviceDate: row.serviceDate,
            source: useSource(row.id),
            createdAt: now,
          },
        ]
      : [];
  });
  const row: ClaimRecords['row'] = {
    id: claim.claimId,
    patientId,
    payerId: claim.payer.payerId,
    format: claim.format,
    status: claim.issues.some((issue) => issue.severity === 'error') ? 'draft' : 'ready',
    frequency: claim.frequency,
    originalClaimId: claim.originalClaimId,
    periodFrom: claim.statementFrom,
    periodTo: claim.statementTo,
    totalCents: claim.totalCents,
    rulesVersion: claim.payer.rulesVersion,
    claim,
    issues: claim.issues,
    batchId: null,
    createdAt: now,
  };
  return { row, lines, uses };
}
