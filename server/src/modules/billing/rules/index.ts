// Public API of the billing rules: attendance facts to lines and holds, lines to claims, and the
// claim scrubber (BILLING-RULES §1–§4). Pure functions; the billing run wires them to tables.
export { deriveLines, type ChargeFor, type DeriveOptions } from './services.ts';
export { assembleClaims, type ClaimContext, type ClaimKey } from './claims.ts';
export { scrubClaim, type ScrubContext } from './scrub.ts';
export { type DateRange, weekOf, within } from './periods.ts';
export { asCorrection, replacementWindow, voidOf, type Corrected } from './corrections.ts';
