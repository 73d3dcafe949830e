// Who rendered and who supervised, at claim level or line by line. The 837s name a provider once on
// the claim (837P 2310B/2310D, 837I 2310D) and override it on the lines that differ (837P
// 2420A/2420D, 837I 2420C). A line without an override means the claim's provider, and with none on
// the claim an implied one: the billing provider renders (837P), the attending renders (837I 2310D
// is required only when the rendering provider differs from 2310A), nobody supervises.
import { segment, type Segment } from '../x12/index.ts';
import type { Claim, Provider } from '../claim-model.ts';
import { EdiBuildError } from './build-error.ts';
import { mostFrequent } from './edi-values.ts';

export interface Placement {
  /** The provider written on the claim, or null for the implied one. */
  claim: string | null;
  /** Per line: the provider written on the line (it differs from the claim's), or null. */
  lines: (string | null)[];
}

/**
 * Places one role's providers, given per line. `implied` is who the 837 assumes when neither the
 * claim nor the line names anyone (the 837I attending); null in `ids` is an implied party that is no
 * person and cannot be named (837P: the billing provider renders, or nobody supervises). The claim
 * names the most frequent provider (the first seen on a tie), unless it is the implied one or some
 * line has a null: a line cannot return to "nobody" under a claim-level provider.
 */
export function placeProviders(ids: readonly (string | null)[], implied: string | null = null): Placement {
  const common = ids.includes(null) ? null : (mostFrequent(ids) ?? null);
  return { claim: common === implied ? null : common, lines: ids.map((id) => (id === common ? null : id)) };
}

/** The provider a claim names by staff id: from `providers`, or the attending. */
export function providerOf(claim: Claim, staffId: string, path: string): Provider {
  const provider =
    claim.providers?.find((p) => p.staffId === staffId) ??
    (claim.attending?.staffId === staffId ? claim.attending : undefined);
  if (!provider) throw new EdiBuildError(`no provider with staff id ${staffId} in the claim`, claim.claimId, path);
  return provider;
}

/** NM1 for a person (NM102 1), with the NPI (NM108 XX) when there is one: NM108/NM109 are paired (P0809). */
export function personName(entity: string, provider: Provider): Segment {
  const { family, given } = provider.name;
  return segment('NM1', entity, '1', family, given, '', '', '', provider.npi ? 'XX' : '', provider.npi ?? '');
}

/** PRV with the provider's NUCC taxonomy (PXC), when known: `PRV*PE*PXC*1041C0700X`. */
export const specialty = (code: 'AT' | 'PE' | 'BI', taxonomy: string | null) =>
  taxonomy ? segment('PRV', code, 'PXC', taxonomy) : null;
