// 837I institutional claim, 005010X223A2 (UB-04 equivalent; iop-php-domain.md §1.8, §2.2), for the
// `medicare_institutional` and `commercial_per_diem` templates (BILLING-RULES §2, §4).
import { formatCents, loop, segment, type Loop, type Part } from '../x12/index.ts';
import type { Claim, ServiceLine } from '../claim-model.ts';
import { EdiBuildError } from './build-error.ts';
import { buildClaimFile, type EdiEnvelope } from './claim-file.ts';
import { linePath, type ClaimPart } from './claim-parts.ts';
import { references } from './claim-segments.ts';
import { d8, icd10, procedure, rd8, units } from './edi-values.ts';
import { personName, placeProviders, providerOf, specialty } from './providers.ts';

/** 2400 repeats at most 999 times in a claim (837I map). */
export const MAX_LINES_837I = 999;
// HI*ABF other diagnoses and HI*BG condition codes: up to 12 per segment, at most 2 segments each.
const CODES_PER_HI = 12;
const HI_SEGMENTS = 2;

/** One 837I interchange for the claims (all of format 837I); throws EdiBuildError on an unwritable claim. */
export function build837I(claims: readonly Claim[], envelope: EdiEnvelope): string {
  return buildClaimFile(
    { format: '837I', implementation: '005010X223A2', maxLines: MAX_LINES_837I, claimLoop: claim2300 },
    claims,
    envelope,
  );
}

function claim2300(part: ClaimPart): Loop {
  const { claim } = part;
  const { claimId } = claim;
  const attending = claim.attending;
  // 2310A is required on every claim with services other than nonscheduled transportation.
  if (!attending) throw new EdiBuildError('an institutional claim needs its attending provider', claimId, 'attending');
  if (claim.patientStatus === null) {
    throw new EdiBuildError('CL103 patient status is required', claimId, 'patientStatus');
  }
  // 2310D/2420C are required only where the rendering provider is not the attending, who renders
  // the lines that name nobody. The 837I has no supervising provider: supervisors are not reported.
  const rendering = placeProviders(
    part.lines.map((line) => line.renderingStaffId ?? attending.staffId),
    attending.staffId,
  );
  const [principal, ...others] = claim.diagnoses;
  if (principal === undefined) throw new EdiBuildError('a claim needs a principal diagnosis', claimId, 'diagnoses');

  return loop(
    '2300',
    // CLM05: facility type code : A (UB-04 type of bill) : frequency. CLM07 A: assignment accepted;
    // CLM08 Y: benefits assigned; CLM09 Y: release of information signed (on file from intake).
    segment(
      'CLM',
      part.patientControlNumber,
      formatCents(part.chargeCents),
      '',
      '',
      serviceLocation(claim),
      '',
      'A',
      'Y',
      'Y',
    ),
    // DTP*434 statement period, first to last service date on the claim (BILLING-RULES §2).
    segment('DTP', '434', 'RD8', rd8(claim.statementFrom, claim.statementTo, claimId, 'statementFrom')),
    // CL1: CL103 patient status (UB-04 FL17). Admission type and point of origin (CL101/CL102,
    // situational) are not in the claim, and the validated sample leaves them out too.
    segment('CL1', '', '', claim.patientStatus),
    references(claim),
    segment('HI', ['ABK', icd10(principal, claimId, 'diagnoses.0')]),
    codeSegments(
      'ABF',
      others.map((code, i) => icd10(code, claimId, `diagnoses.${i + 1}`)),
      claimId,
      'diagnoses',
    ),
    // HI*BG condition codes: 92 IOP, 41 PHP (UB-04 FL18–28, iop-php-domain.md §1.3).
    codeSegments('BG', claim.conditionCodes, claimId, 'conditionCodes'),
    loop('2310A', personName('71', attending), specialty('AT', attending.taxonomy)),
    rendering.claim !== null &&
      loop('2310D', personName('82', providerOf(claim, rendering.claim, 'lines.renderingStaffId'))),
    part.lines.map((line, i) => serviceLine(part, line, i, rendering.lines[i] ?? null)),
  );
}

/** CLM05 from the three-digit type of bill (e.g. `761`: CMHC, admit through discharge). */
function serviceLocation(claim: Claim): string[] {
  const match = /^(\d{2})(\d)$/.exec(claim.typeOfBill ?? '');
  if (!match) {
    throw new EdiBuildError(`type of bill "${claim.typeOfBill}" is not 3 digits`, claim.claimId, 'typeOfBill');
  }
  const [, facility = '', frequency] = match;
  if (frequency !== claim.frequency) {
    throw new EdiBuildError(
      `type of bill ${claim.typeOfBill} ends in ${frequency} but the frequency is ${claim.frequency}`,
      claim.claimId,
      'typeOfBill',
    );
  }
  return [facility, 'A', claim.frequency];
}

/** HI segments of one qualifier, twelve codes each, at most two segments. */
function codeSegments(qualifier: string, codes: readonly string[], claimId: string, path: string): Part[] {
  if (codes.length > CODES_PER_HI * HI_SEGMENTS) {
    throw new EdiBuildError(`${codes.length} codes; HI*${qualifier} holds at most 24`, claimId, path);
  }
  const segments: Part[] = [];
  for (let i = 0; i < codes.length; i += CODES_PER_HI) {
    segments.push(segment('HI', ...codes.slice(i, i + CODES_PER_HI).map((code) => [qualifier, code])));
  }
  return segments;
}

/** 2400: LX, SV2 (revenue code, HC procedure and modifiers, charge, UN units), DTP*472, 2420C rendering. */
function serviceLine(part: ClaimPart, line: ServiceLine, index: number, renderingStaffId: string | null): Loop {
  const { claim } = part;
  const path = linePath(part, index);
  if (!line.revenueCode) {
    throw new EdiBuildError(
      'an institutional line needs its revenue code (SV201)',
      claim.claimId,
      `${path}.revenueCode`,
    );
  }
  return loop(
    '2400',
    segment('LX', String(index + 1)),
    segment(
      'SV2',
      line.revenueCode,
      procedure(line.procedureCode, line.modifiers, claim.claimId, path),
      formatCents(line.chargeCents),
      'UN',
      units(line.units, claim.claimId, `${path}.units`),
    ),
    segment('DTP', '472', 'D8', d8(line.serviceDate, claim.claimId, `${path}.serviceDate`)),
    renderingStaffId !== null &&
      loop('2420C', personName('82', providerOf(claim, renderingStaffId, `${path}.renderingStaffId`))),
  );
}
