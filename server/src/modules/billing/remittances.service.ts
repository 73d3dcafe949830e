// Posting 835 remittances (BILLING-RULES §5): payments and adjustments (CAS groups CO/PR/OA/PI) go
// back to our claims, matched on CLP01 = CLM01. A file that does not read, fails the 835 map or
// does not balance is refused whole: nothing is posted. So is a payment posted before (the same
// TRN02 trace number from the same TRN03 payer, or the same file): it would count the money twice.
import { createHash } from 'node:crypto';
import { isUniqueViolation } from '../../kernel/db/index.ts';
import type { ErrorDetail, RequestContext } from '../../kernel/http/index.ts';
import { newId } from '../../kernel/ids.ts';
import type { BillingDeps } from './billing.deps.ts';
import { billingErrors as errors } from './billing.errors.ts';
import type { ClaimStatus } from './billing.tables.ts';
import * as q from './billing.queries.ts';
import type { RemittanceResponse } from './billing.schemas.ts';
import {
  checkX12,
  parse,
  readRemittances,
  RemittanceError,
  X12ParseError,
  type ClaimPayment,
  type ParsedSegment,
  type Remittance,
} from './x12/index.ts';

// CLM01 is our claim id, or `<claim id>-<part>` when the 837 split a long claim (edi/claim-parts.ts).
const UUID_PREFIX = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const claimIdOf = (clp01: string) => UUID_PREFIX.exec(clp01)?.[0]?.toLowerCase() ?? null;

/**
 * X12 CLP02 4: denied; otherwise what was paid against what was charged says how far it is paid. A
 * void (frequency 8) that comes back was processed as a cancellation, whatever it (un)pays.
 */
function statusOf(claim: q.ClaimRow, payments: ClaimPayment[]): ClaimStatus {
  if (claim.frequency === '8') return 'accepted';
  if (payments.every((p) => p.status === '4')) return 'denied';
  const paid = payments.reduce((sum, p) => sum + p.paidCents, 0);
  const charged = payments.reduce((sum, p) => sum + p.chargeCents, 0);
  if (paid <= 0) return 'denied';
  return paid >= charged ? 'paid' : 'partially_paid';
}

// A replaced or voided claim keeps that status: a late remittance of it is recorded, not its state.
const SETTLED: readonly ClaimStatus[] = ['replaced', 'voided'];

const traceOf = (r: Pick<Remittance, 'payerIdentifier' | 'checkNumber'>) => `${r.payerIdentifier}|${r.checkNumber}`;

export function createRemittances({ db, clock, audit, x12Maps }: BillingDeps) {
  function read(text: string): { remittances: Remittance[]; segments: ParsedSegment[] } {
    try {
      const { segments } = parse(text);
      const issue = checkX12(x12Maps()['835'], segments)[0];
      if (issue) {
        throw errors.malformedRemittance([
          { path: `${issue.segmentId} (segment ${issue.segmentIndex})`, message: issue.message },
        ]);
      }
      return { remittances: readRemittances(segments), segments };
    } catch (error) {
      if (error instanceof RemittanceError) {
        throw errors.malformedRemittance([
          { path: `${error.segmentId} (segment ${error.segmentIndex})`, message: error.reason },
        ]);
      }
      if (error instanceof X12ParseError) {
        throw errors.malformedRemittance([
          { path: `line ${error.line}, offset ${error.offset}`, message: error.message },
        ]);
      }
      throw error;
    }
  }

  /**
   * What was posted before, by trace or by file, and a trace repeated inside the file; each named by
   * its transaction's TRN segment (the k-th TRN is the k-th 835, one per ST…SE).
   */
  async function duplicates(
    tx: typeof db,
    remittances: Remittance[],
    segments: ParsedSegment[],
    fileHash: string,
  ): Promise<ErrorDetail[]> {
    const earlier = await q.remittancesPosted(tx, fileHash, remittances);
    const trn = segments.filter((s) => s.id === 'TRN');
    const seen = new Set<string>();
    const details: ErrorDetail[] = [];
    remittances.forEach((r, k) => {
      const at = `TRN (segment ${trn[k]?.index ?? 0})`;
      const before = earlier.find((e) => e.payerIdentifier === r.payerIdentifier && e.checkNumber === r.checkNumber);
      const payment = `payment ${r.checkNumber} of payer ${r.payerIdentifier}`;
      if (before) {
        details.push({ path: at, message: `${payment} was posted as remittance ${before.id}` });
      } else if (seen.has(traceOf(r))) {
        details.push({ path: at, message: `${payment} appears twice in this file` });
      }
      seen.add(traceOf(r));
    });
    const sameFile = earlier.find((e) => e.fileHash === fileHash);
    if (details.length === 0 && sameFile) {
      details.push({ path: 'body', message: `this file was posted as remittance ${sameFile.id}` });
    }
    return details;
  }

  return {
    async post(ctx: RequestContext, text: string): Promise<RemittanceResponse> {
      const { remittances, segments } = read(text);
      const fileHash = createHash('sha256').update(text).digest('hex');
      return db.transaction(async (tx) => {
        const repeated = await duplicates(tx, remittances, segments, fileHash);
        if (repeated.length > 0) throw errors.duplicateRemittance(repeated);
        const payments = remittances.flatMap((r) => r.payments);
        const wanted = [...new Set(payments.flatMap((p) => claimIdOf(p.claimId) ?? []))];
        const known = await q.claimsByIds(tx, wanted);
        const byId = new Map(known.map((c) => [c.id, c]));
        const matched = (p: ClaimPayment) => byId.get(claimIdOf(p.claimId) ?? '');
        const ids: string[] = [];
        const postedTo = new Map<string, ClaimPayment[]>();
        for (const remittance of remittances) {
          const id = newId();
          ids.push(id);
          const postings = remittance.payments.flatMap((payment) => {
            const claim = matched(payment);
            if (!claim) return [];
            postedTo.set(claim.id, [...(postedTo.get(claim.id) ?? []), payment]);
            return [
              {
                id: newId(),
                remittanceId: id,
                claimId: claim.id,
                status: payment.status,
                chargeCents: payment.chargeCents,
                paidCents: payment.paidCents,
                patientResponsibilityCents: payment.patientResponsibilityCents,
                payment,
              },
            ];
          });
          try {
            await q.insertRemittance(
              tx,
              {
                id,
                checkNumber: remittance.checkNumber,
                payerIdentifier: remittance.payerIdentifier,
                paymentDate: remittance.paymentDate,
                payerName: remittance.payer.name,
                totalPaidCents: remittance.totalPaidCents,
                x12: text,
                fileHash,
                receivedAt: clock.now(),
                receivedBy: ctx.actor?.userId ?? null,
              },
              postings,
            );
          } catch (error) {
            // A parallel post of the same payment committed between the check above and this insert.
            if (isUniqueViolation(error, 'remittances_trace')) {
              throw errors.duplicateRemittance([
                { path: 'TRN', message: `payment ${remittance.checkNumber} was posted by a parallel request` },
              ]);
            }
            throw error;
          }
        }
        const statusAfter = (claimId: string, paid: ClaimPayment[]): ClaimStatus => {
          const claim = byId.get(claimId);
          if (!claim) throw new Error(`posted to unknown claim ${claimId}`);
          return SETTLED.includes(claim.status as ClaimStatus) ? (claim.status as ClaimStatus) : statusOf(claim, paid);
        };
        await q.setClaimStatuses(
          tx,
          [...postedTo].map(([claimId, paid]) => ({ claimId, status: statusAfter(claimId, paid) })),
        );
        const postedClaims = [...postedTo].map(([claimId, paid]) => ({
          claimId,
          status: statusAfter(claimId, paid),
          paidCents: paid.reduce((sum, p) => sum + p.paidCents, 0),
          patientResponsibilityCents: paid.reduce((sum, p) => sum + p.patientResponsibilityCents, 0),
        }));
        const unmatched = payments
          .filter((p) => !matched(p))
          .map((p) => ({ claimId: p.claimId, paidCents: p.paidCents }));
        const events = postedClaims.map((c) => ({
          action: 'update' as const,
          category: 'remittance',
          patientId: byId.get(c.claimId)?.patientId ?? null,
          entityId: c.claimId,
          details: { remittanceIds: ids, paidCents: c.paidCents, status: c.status },
        }));
        await audit.record(
          tx,
          ctx,
          ...(events.length > 0
            ? events
            : [
                {
                  action: 'create' as const,
                  category: 'remittance',
                  details: { remittanceIds: ids, unmatched: unmatched.length },
                },
              ]),
        );
        return { id: ids[0] ?? '', postedClaims, unmatched };
      });
    },
  };
}
