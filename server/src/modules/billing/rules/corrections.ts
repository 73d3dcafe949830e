// BILLING-RULES §1: a claim a payer has received is never edited. It is corrected by a replacement
// claim (NUBC frequency 7, the whole corrected claim) or cancelled by a void (8, the claim as sent);
// both name the claim they correct in 2300 REF*F8 (iop-php-domain §1.2, §2.6).
import type { Claim } from '../claim-model.ts';
import { templatePack } from './pack.ts';
import { billingPeriodOf, type DateRange } from './periods.ts';

export interface Corrected {
  /** Our id of the claim corrected (its CLM01). */
  claimId: string;
  /** 835 CLP07 of the corrected claim, when a remittance has told it: what REF*F8 carries. */
  payerClaimControlNumber: string | null;
}

/**
 * `claim` as the replacement (7) or void (8) of `corrected`: CLM05-3 and the type of bill's last
 * digit become the frequency, and the claim names what it corrects. Issues are left to the scrubber.
 */
export function asCorrection(claim: Claim, frequency: '7' | '8', corrected: Corrected): Claim {
  return {
    ...claim,
    frequency,
    typeOfBill: claim.typeOfBill === null ? null : `${claim.typeOfBill.slice(0, 2)}${frequency}`,
    originalClaimId: corrected.claimId,
    payerClaimControlNumber: corrected.payerClaimControlNumber,
    issues: [],
  };
}

/**
 * The void of a claim as it was sent: the same header, lines and total, so the payer finds what it
 * cancels; only its own id, the frequency and REF*F8 differ.
 */
export const voidOf = (original: Claim, claimId: string, payerClaimControlNumber: string | null): Claim =>
  asCorrection({ ...original, claimId }, '8', { claimId: original.claimId, payerClaimControlNumber });

/**
 * The dates a replacement is assembled over: the payer's billing period holding the original's
 * statement, as a run over that period saw it (so the interim or final patient status comes out the
 * same way), widened to the whole statement should the pack's period have changed since.
 */
export function replacementWindow(original: Claim): DateRange {
  const period = billingPeriodOf(templatePack(original.payer).rules.claimPeriod, original.statementFrom);
  return {
    from: period.from < original.statementFrom ? period.from : original.statementFrom,
    to: period.to > original.statementTo ? period.to : original.statementTo,
  };
}
