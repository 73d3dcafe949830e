// This module's stable error codes (DESIGN §3.6): the code is the contract, the message is for people.
// Scrub issues are not errors: they are values on the claim (`issues`).
import { AppError, conflict, notFound, unprocessable, type ErrorDetail } from '../../kernel/http/index.ts';

export const billingErrors = {
  claimNotFound: () => notFound('billing.claim_not_found', 'No such claim.'),
  batchNotFound: () => notFound('billing.batch_not_found', 'No such claim batch.'),
  remittanceNotFound: () => notFound('billing.remittance_not_found', 'No such remittance.'),
  sessionNotFound: () => notFound('scheduling.session_not_found', 'No such session.'),
  invalidPeriod: () =>
    unprocessable('billing.invalid_period', 'The run ends before it starts.', [{ path: 'to', message: 'before from' }]),
  x12MapsUnavailable: () =>
    new AppError(
      503,
      'billing.x12_maps_unavailable',
      'The X12 implementation maps (shared/reference/x12-maps beside the project) are missing; no claim file is handed out unchecked.',
    ),
  organizationMissing: () =>
    conflict(
      'billing.organization_missing',
      'The organization’s billing identity (name, NPI, tax id, address) is not set up yet.',
    ),
  // BILLING-RULES §5: one interchange holds one transaction type, 837I or 837P.
  mixedFormats: (details: ErrorDetail[]) =>
    unprocessable('billing.mixed_formats', 'A batch holds claims of one format only (837I or 837P).', details),
  claimNotReady: (details: ErrorDetail[]) =>
    unprocessable('billing.claim_not_ready', 'Some claims have errors to fix before they can be sent.', details),
  // BILLING-RULES §1: a claim in a batch is immutable; a correction is a replacement claim.
  claimBatched: (details: ErrorDetail[]) =>
    conflict('billing.claim_batched', 'Some claims are already in a batch.', details),
  invalidX12: (details: ErrorDetail[]) =>
    unprocessable('billing.invalid_x12', 'The claims do not make a valid X12 file; nothing was stored.', details),
  malformedRemittance: (details: ErrorDetail[]) =>
    unprocessable('billing.malformed_remittance', 'The 835 file cannot be read; nothing was posted.', details),
  // 835 TRN02 + TRN03 name one payment: posting it again would count the money twice.
  duplicateRemittance: (details: ErrorDetail[]) =>
    conflict('billing.duplicate_remittance', 'This remittance was posted already; nothing was posted.', details),
  // BILLING-RULES §1: replacements (frequency 7) and voids (8) correct what a payer has received.
  claimNotSubmitted: (status: string) =>
    conflict(
      'billing.claim_not_submitted',
      `The claim is ${status}: only a claim batched for or processed by the payer is replaced or voided.`,
      [{ path: 'status', message: status }],
    ),
  claimAlreadyCorrected: (by: string | null) =>
    conflict(
      'billing.claim_already_corrected',
      'The claim has a replacement or a void already; correct that one instead.',
      by ? [{ path: 'id', message: `corrected by claim ${by}` }] : [],
    ),
  voidNotCorrectable: () =>
    conflict('billing.void_not_correctable', 'A void claim cancels another; it is not replaced or voided itself.'),
  replacementEmpty: (details: ErrorDetail[]) =>
    unprocessable(
      'billing.replacement_empty',
      'None of the claim’s services is billable any more: void the claim instead.',
      details,
    ),
  replacementNotOneClaim: (details: ErrorDetail[]) =>
    unprocessable(
      'billing.replacement_not_one_claim',
      'The claim’s services no longer make one claim to the same payer: void it, then run billing for its period.',
      details,
    ),
};
