// Public API of the X12 5010 toolkit: the billing module builds 837I/837P bodies on the segment
// model, writes them with `serialize`, checks them against the pyx12 maps, and reads 835s.
export {
  DEFAULT_SEPARATORS,
  X12WriteError,
  componentsAt,
  elementRef,
  flatten,
  loop,
  segment,
  serialize,
  valueAt,
  type Element,
  type FunctionalGroup,
  type Interchange,
  type Loop,
  type Part,
  type Segment,
  type Separators,
  type SerializeOptions,
  type TransactionSet,
} from './segments.ts';
export { X12ParseError, parse, type ParsedSegment, type ParsedX12 } from './parse.ts';
export { formatCents, parseCents } from './money.ts';
export { loadMap, type X12Map } from './x12-map.ts';
export { checkX12, type MapIssue, type MapIssueCode } from './map-checker.ts';
export {
  RemittanceError,
  readRemittance,
  readRemittances,
  type Adjustment,
  type ClaimPayment,
  type LinePayment,
  type ProviderAdjustment,
  type Remittance,
  type RemittanceParty,
} from './remittance.ts';
