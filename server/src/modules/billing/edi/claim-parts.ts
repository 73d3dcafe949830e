// A claim becomes one 2300 loop, or several when it has more lines than the 2400 loop may repeat
// (837I 999, 837P 50: the repeat counts of the pyx12 maps, iop-php-domain.md §2.2–§2.3). Claim
// assembly already splits commercial claims at the rule pack's maxLinesPerClaim (BILLING-RULES §3);
// this is the last guard, so that no file breaks the implementation guide whatever reaches it.
import type { Claim, ServiceLine } from '../claim-model.ts';
import { EdiBuildError } from './build-error.ts';

/** 837I 2300 CLM01 / 837P 2300 CLM01: patient control number, AN 1–38. */
const MAX_CONTROL_NUMBER_LENGTH = 38;

export interface ClaimPart {
  claim: Claim;
  /**
   * CLM01, echoed by the payer as 835 CLP01. The claim id when the claim fits in one 2300 loop;
   * `<claimId>-<k>` (k from 1) for each part of a split claim, so every CLM01 in a file is unique.
   */
  patientControlNumber: string;
  lines: readonly ServiceLine[];
  /** CLM02: the sum of the part's line charges (SV203 / SV102). */
  chargeCents: number;
  /** Index in `claim.lines` of the part's first line, so errors name the claim's own line. */
  firstLine: number;
}

/** Splits a claim into parts of at most `maxLines` lines, after checking its lines and total. */
export function claimParts(claim: Claim, maxLines: number): ClaimPart[] {
  const { claimId, lines } = claim;
  if (lines.length === 0) throw new EdiBuildError('a claim needs at least one service line', claimId, 'lines');
  lines.forEach((line, i) => {
    if (!Number.isSafeInteger(line.chargeCents) || line.chargeCents < 0) {
      throw new EdiBuildError(`charge ${line.chargeCents} is not whole cents`, claimId, `lines.${i}.chargeCents`);
    }
  });
  // CLM02 is the sum of the lines; a stored total that disagrees means the claim changed after assembly.
  const sum = lines.reduce((total, line) => total + line.chargeCents, 0);
  if (sum !== claim.totalCents) {
    throw new EdiBuildError(`total ${claim.totalCents} is not the sum of the lines (${sum})`, claimId, 'totalCents');
  }
  const count = Math.ceil(lines.length / maxLines);
  return Array.from({ length: count }, (_, k) => {
    const part = lines.slice(k * maxLines, (k + 1) * maxLines);
    const patientControlNumber = count === 1 ? claimId : `${claimId}-${k + 1}`;
    if (patientControlNumber.length > MAX_CONTROL_NUMBER_LENGTH) {
      throw new EdiBuildError(
        `patient control number "${patientControlNumber}" is longer than 38 characters (CLM01)`,
        claimId,
        'claimId',
      );
    }
    return {
      claim,
      patientControlNumber,
      lines: part,
      chargeCents: part.reduce((total, line) => total + line.chargeCents, 0),
      firstLine: k * maxLines,
    };
  });
}

/** The claim's own path of a part's line, for errors: `lines.<index in claim.lines>`. */
export const linePath = (part: ClaimPart, index: number) => `lines.${part.firstLine + index}`;
