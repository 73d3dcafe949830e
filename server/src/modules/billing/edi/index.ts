// Public API of the 837 builders: claims (claim-model.ts) in, one X12 5010 interchange out.
export { build837I, MAX_LINES_837I } from './build-837i.ts';
export { build837P, MAX_LINES_837P } from './build-837p.ts';
export { MAX_CLAIMS_PER_TRANSACTION, type EdiEnvelope } from './claim-file.ts';
export { claimParts, type ClaimPart } from './claim-parts.ts';
export { EdiBuildError } from './build-error.ts';
export { postalCode } from './edi-values.ts';
export type { Submitter } from './parties.ts';
