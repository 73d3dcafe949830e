// Claim batches (BILLING-RULES §5): one X12 5010 interchange of one format, its control number from
// a sequence, checked against the implementation map before it is stored, so an invalid file is
// never handed out. A claim in a batch is immutable (BILLING-RULES §1).
import type { Db } from '../../kernel/db/index.ts';
import type { ErrorDetail, RequestContext } from '../../kernel/http/index.ts';
import { newId } from '../../kernel/ids.ts';
import { getOrganization } from '../organization/index.ts';
import type { BillingDeps } from './billing.deps.ts';
import { billingErrors as errors } from './billing.errors.ts';
import * as q from './billing.queries.ts';
import { claims as claimsTable } from './billing.tables.ts';
import type { Claim } from './claim-model.ts';
import { build837I, build837P, EdiBuildError, type EdiEnvelope } from './edi/index.ts';
import { checkX12, parse } from './x12/index.ts';

export interface BatchResult {
  id: string;
  format: Claim['format'];
  controlNumber: number;
  claimIds: string[];
}

/** Clinic-local wall time `YYYY-MM-DDTHH:MM` (ISA09/10, GS04/05, BHT04/05 are local). */
function localTime(instant: Date, timeZone: string): string {
  // The sv-SE locale writes `YYYY-MM-DD HH:MM`.
  return new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'short' })
    .format(instant)
    .replace(' ', 'T');
}

const at = (index: number, message: string): ErrorDetail => ({ path: `claimIds.${index}`, message });

export function createBatches({ db, clock, audit, patientAccess, x12Maps }: BillingDeps) {
  async function envelopeFor(tx: Db, claims: Claim[]): Promise<EdiEnvelope> {
    const org = await getOrganization(tx);
    if (!org) throw errors.organizationMissing();
    const [first] = claims;
    return {
      // ISA05/07 ZZ: mutually defined ids; the submitter is the organization by its NPI, the
      // receiver the first claim's payer (a clearinghouse setup would name its own ids here).
      sender: { qualifier: 'ZZ', id: org.npi },
      receiver: { qualifier: 'ZZ', id: first?.payer.payerCode ?? '' },
      controlNumber: await q.nextControlNumber(tx),
      createdAt: localTime(clock.now(), await q.clinicTimeZone(tx)),
      submitter: { name: org.name, id: org.npi, contact: { name: org.name, phone: org.phone.replace(/\D/g, '') } },
      receiverName: first?.payer.name ?? '',
      usage: 'P',
    };
  }

  function build(claims: Claim[], envelope: EdiEnvelope): string {
    try {
      return claims[0]?.format === '837I' ? build837I(claims, envelope) : build837P(claims, envelope);
    } catch (error) {
      if (error instanceof EdiBuildError) throw errors.invalidX12([{ path: error.path, message: error.message }]);
      throw error;
    }
  }

  return {
    async create(ctx: RequestContext, claimIds: string[]): Promise<BatchResult> {
      return db.transaction(async (tx) => {
        // A claim of a patient the caller may not see is not found, as in the claims list.
        const visible = patientAccess.visibleCondition(ctx, claimsTable.patientId);
        const rows = await q.holdClaimsToBatch(tx, claimIds, visible);
        const byId = new Map(rows.map((r) => [r.id, r]));
        const ordered = claimIds.map((id) => byId.get(id));
        if (ordered.some((r) => !r)) throw errors.claimNotFound();
        const found = ordered.filter((r): r is q.ClaimRow => r !== undefined);
        const [first] = found;
        const format = first?.claim.format ?? '837P';
        const mixed = found.flatMap((r, i) =>
          r.claim.format === format ? [] : [at(i, `is ${r.claim.format}, not ${format}`)],
        );
        if (mixed.length > 0) throw errors.mixedFormats(mixed);
        const batched = found.flatMap((r, i) => (r.batchId ? [at(i, `already in batch ${r.batchId}`)] : []));
        if (batched.length > 0) throw errors.claimBatched(batched);
        const notReady = found.flatMap((r, i) =>
          r.status === 'ready'
            ? []
            : r.issues
                .filter((issue) => issue.severity === 'error')
                .map((issue) => at(i, `${issue.path}: ${issue.message}`)),
        );
        if (notReady.length > 0) throw errors.claimNotReady(notReady);

        const claims = found.map((r) => r.claim);
        const envelope = await envelopeFor(tx, claims);
        const x12 = build(claims, envelope);
        const issues = checkX12(x12Maps()[format], parse(x12).segments);
        if (issues.length > 0) {
          throw errors.invalidX12(
            issues.map((i) => ({ path: `${i.loop}/${i.segmentId}#${i.segmentIndex}`, message: i.message })),
          );
        }
        const id = newId();
        await q.insertBatch(
          tx,
          {
            id,
            format,
            controlNumber: envelope.controlNumber,
            x12,
            createdAt: clock.now(),
            createdBy: ctx.actor?.userId ?? null,
          },
          claimIds,
        );
        await audit.record(
          tx,
          ctx,
          ...found.map((r) => ({
            action: 'update' as const,
            category: 'claim',
            patientId: r.patientId,
            entityId: r.id,
            details: { batchId: id },
          })),
        );
        return { id, format, controlNumber: envelope.controlNumber, claimIds };
      });
    },

    async x12(ctx: RequestContext, id: string): Promise<string> {
      return db.transaction(async (tx) => {
        const batch = await q.findBatch(tx, id);
        if (!batch) throw errors.batchNotFound();
        const rows = await q.claimsOfBatch(tx, id);
        for (const patientId of new Set(rows.map((r) => r.patientId))) {
          await patientAccess.assertVisible(tx, ctx, patientId);
        }
        await audit.record(
          tx,
          ctx,
          ...rows.map((r) => ({
            action: 'export' as const,
            category: 'claim',
            patientId: r.patientId,
            entityId: r.id,
            details: { batchId: id },
          })),
        );
        return batch.x12;
      });
    },
  };
}
