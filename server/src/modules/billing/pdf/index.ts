// Public API of the claim form renderings: UB-04 for institutional (837I) claims, CMS-1500 for
// professional (837P) claims (BILLING-RULES §5), for payers without EDI and for review.
import type { Claim } from '../claim-model.ts';
import { renderCms1500 } from './cms1500.ts';
import type { RenderOptions } from './document.ts';
import { renderUb04 } from './ub04.ts';

export { renderCms1500, renderUb04, type RenderOptions };

/** The form a claim's format is printed on: UB-04 for 837I, CMS-1500 for 837P. */
export function renderClaimForm(claim: Claim, options: RenderOptions = {}): Promise<Uint8Array> {
  return claim.format === '837I' ? renderUb04(claim, options) : renderCms1500(claim, options);
}
