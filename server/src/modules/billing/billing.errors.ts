// This module's stable error codes (DESIGN §3.6): the code is the contract, the message is for people.
// Scrub issues are not errors: they are values on the claim (`issues`).
import { AppError, conflict, notFound, unprocessable, type ErrorDetail } from '../../kernel/http/index.ts';

export const billingErrors = {
  claimNotFound: () => notFound('billing.claim_not_found', 'No such claim.'),
  batchNotFound: () => notFound('billing.batch_not_found', 'No such claim batch.'),
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
};
