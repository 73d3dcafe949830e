// What S3 checks in an 837I file, read back from its text: the claims (CLM) per transaction set,
// the service lines (LX/SV2) per claim and whether CLM02 equals the sum of SV203 (837I TR3 2300
// CLM02: total claim charge), the file with its control numbers and dates blanked (determinism),
// and the builder's splits at 5,000 claims per ST–SE and 999 lines per claim on real claims.
import type { Claim } from '../src/modules/billing/claim-model.ts';
import {
  build837I,
  MAX_CLAIMS_PER_TRANSACTION,
  MAX_LINES_837I,
  type EdiEnvelope,
} from '../src/modules/billing/edi/index.ts';
import { checkX12, parse, parseCents, valueAt, type X12Map } from '../src/modules/billing/x12/index.ts';

export interface FileClaim {
  /** CLM01: the claim id, or `<claim id>-<part>` for a part of a split claim. */
  controlNumber: string;
  /** CLM02 in cents. */
  chargeCents: number;
  /** Σ SV203 of the claim's 2400 loops, in cents. */
  lineCents: number;
  lines: number;
}

export interface FileFacts {
  /** CLM segments in each transaction set, in order. */
  claimsPerSet: number[];
  claims: FileClaim[];
}

const cents = (text: string) => parseCents(text) ?? Number.NaN;

export function fileFacts(x12: string): FileFacts {
  const claimsPerSet: number[] = [];
  const claims: FileClaim[] = [];
  for (const seg of parse(x12).segments) {
    if (seg.id === 'ST') claimsPerSet.push(0);
    if (seg.id === 'CLM') {
      claimsPerSet[claimsPerSet.length - 1]! += 1;
      claims.push({ controlNumber: valueAt(seg, 1), chargeCents: cents(valueAt(seg, 2)), lineCents: 0, lines: 0 });
    }
    const claim = claims.at(-1);
    if (seg.id === 'SV2' && claim) {
      claim.lineCents += cents(valueAt(seg, 3));
      claim.lines += 1;
    }
  }
  return { claimsPerSet, claims };
}

/** Claims whose CLM02 is not the sum of their SV203. */
export const unbalancedClaims = (facts: FileFacts) => facts.claims.filter((c) => c.chargeCents !== c.lineCents).length;

// Where an interchange's control numbers and creation date and time sit (837I TR3 envelope, BHT):
// ISA09/10 date and time, ISA13 control number; GS04/05 date and time, GS06 group control number;
// ST02/SE02 set control number; BHT03 reference, BHT04/05 date and time; GE02 and IEA02 repeat GS06
// and ISA13. Everything else must be the same bytes when the same claims are built again.
const VARYING: Readonly<Record<string, readonly number[]>> = {
  ISA: [9, 10, 13],
  GS: [4, 5, 6],
  ST: [2],
  SE: [2],
  BHT: [3, 4, 5],
  GE: [2],
  IEA: [2],
};

/** The file with control numbers and dates blanked, written back with its own separators. */
export function withoutControlValues(x12: string): string {
  const { separators, segments } = parse(x12);
  return segments
    .map((seg) =>
      [
        seg.id,
        ...seg.elements.map((element, i) =>
          VARYING[seg.id]?.includes(i + 1)
            ? ''
            : typeof element === 'string'
              ? element
              : element.join(separators.component),
        ),
      ].join(separators.element),
    )
    .join(separators.segment);
}

const withLines = (claim: Claim, lines: Claim['lines'], claimId = claim.claimId): Claim => ({
  ...claim,
  claimId,
  lines,
  totalCents: lines.reduce((sum, line) => sum + line.chargeCents, 0),
});

/**
 * The builder's two splits on a real claim of the batch, each file checked against the map: one claim
 * of MAX_LINES_837I + 1 lines (its lines repeated) becomes parts of 999 and 1 lines, each CLM02
 * its own lines' sum; MAX_CLAIMS_PER_TRANSACTION + 1 one-line claims become two transaction sets.
 */
export function splitProbe(claim: Claim, map: X12Map, envelope: EdiEnvelope) {
  const long = withLines(
    claim,
    Array.from({ length: MAX_LINES_837I + 1 }, (_, i) => claim.lines[i % claim.lines.length]!),
  );
  const longFile = build837I([long], envelope);
  const longFacts = fileFacts(longFile);
  const linesSplit =
    checkX12(map, parse(longFile).segments).length === 0 &&
    unbalancedClaims(longFacts) === 0 &&
    longFacts.claims.map((c) => `${c.controlNumber}:${c.lines}`).join() ===
      `${claim.claimId}-1:${MAX_LINES_837I},${claim.claimId}-2:1`;

  const many = Array.from({ length: MAX_CLAIMS_PER_TRANSACTION + 1 }, (_, i) =>
    withLines(claim, [claim.lines[i % claim.lines.length]!], `S3-SPLIT-${i + 1}`),
  );
  const manyFile = build837I(many, envelope);
  const manyFacts = fileFacts(manyFile);
  const claimsSplit =
    checkX12(map, parse(manyFile).segments).length === 0 &&
    unbalancedClaims(manyFacts) === 0 &&
    manyFacts.claimsPerSet.join() === `${MAX_CLAIMS_PER_TRANSACTION},1`;
  return { linesSplit, claimsSplit };
}
