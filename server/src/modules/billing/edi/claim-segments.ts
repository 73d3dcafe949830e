// 2300 segments written alike by the 837I and the 837P.
import { segment, type Part } from '../x12/index.ts';
import type { Claim } from '../claim-model.ts';
import { EdiBuildError } from './build-error.ts';

/**
 * REF*G1 prior authorization (UB-04 FL63, CMS-1500 box 23) and, on a replacement (frequency 7) or
 * void (8), REF*F8 naming the claim it corrects (BILLING-RULES §1: a batched claim is never edited):
 * the payer's claim control number from its 835 (CLP07, UB-04 FL64) when known, else our CLM01 of it.
 */
export function references(claim: Claim): Part[] {
  const corrects = claim.frequency === '7' || claim.frequency === '8';
  const corrected = claim.payerClaimControlNumber || claim.originalClaimId;
  if (corrects && !corrected) {
    throw new EdiBuildError('a replacement or void names the claim it corrects', claim.claimId, 'originalClaimId');
  }
  return [
    claim.authorizationNumber ? segment('REF', 'G1', claim.authorizationNumber) : null,
    corrects && segment('REF', 'F8', corrected ?? ''),
  ];
}
