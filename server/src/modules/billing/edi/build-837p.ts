// 837P professional claim, 005010X222A1 (CMS-1500 equivalent; iop-php-domain.md §2.3), for the
// `commercial_professional` template (BILLING-RULES §3).
import { formatCents, loop, segment, type Loop } from '../x12/index.ts';
import type { Claim, ServiceLine } from '../claim-model.ts';
import { EdiBuildError } from './build-error.ts';
import { buildClaimFile, type EdiEnvelope } from './claim-file.ts';
import { linePath, type ClaimPart } from './claim-parts.ts';
import { references } from './claim-segments.ts';
import { d8, icd10, mostFrequent, procedure, units } from './edi-values.ts';
import { personName, placeProviders, providerOf, specialty, type Placement } from './providers.ts';

/** 2400 repeats at most 50 times in a claim (837P map; BILLING-RULES §3). */
export const MAX_LINES_837P = 50;
// HI: principal (ABK) in HI01 and other diagnoses (ABF) in HI02–HI12, one segment.
const MAX_DIAGNOSES = 12;
// SV107: four diagnosis pointers per line.
const POINTERS_PER_LINE = 4;

/** One 837P interchange for the claims (all of format 837P); throws EdiBuildError on an unwritable claim. */
export function build837P(claims: readonly Claim[], envelope: EdiEnvelope): string {
  return buildClaimFile(
    { format: '837P', implementation: '005010X222A1', maxLines: MAX_LINES_837P, claimLoop: claim2300 },
    claims,
    envelope,
  );
}

function claim2300(part: ClaimPart): Loop {
  const { claim } = part;
  const { claimId } = claim;
  const diagnoses = claim.diagnoses.map((code, i) => icd10(code, claimId, `diagnoses.${i}`));
  if (diagnoses.length === 0) throw new EdiBuildError('a claim needs a principal diagnosis', claimId, 'diagnoses');
  if (diagnoses.length > MAX_DIAGNOSES) {
    throw new EdiBuildError(`${diagnoses.length} diagnoses; an 837P holds at most 12`, claimId, 'diagnoses');
  }
  const places = part.lines.map((line, i) => {
    if (!line.placeOfService) {
      throw new EdiBuildError(
        'a professional line needs its place of service',
        claimId,
        `${linePath(part, i)}.placeOfService`,
      );
    }
    return line.placeOfService;
  });
  const placeOfService = mostFrequent(places) ?? '';
  // Null rendering: the billing provider rendered; null supervising: nobody supervised. Supervising
  // ids are set only when the rule pack reports supervisors (supervisorAsDQ, BILLING-RULES §3).
  const rendering = placeProviders(part.lines.map((line) => line.renderingStaffId));
  const supervising = placeProviders(part.lines.map((line) => line.supervisingStaffId));
  const pointers = diagnoses.slice(0, POINTERS_PER_LINE).map((_, i) => String(i + 1));

  return loop(
    '2300',
    // CLM05: place of service : B (CMS-1500) : frequency. CLM06 Y: provider signature on file;
    // CLM07 A: assignment accepted; CLM08 Y: benefits assigned; CLM09 Y: release of information signed.
    segment(
      'CLM',
      part.patientControlNumber,
      formatCents(part.chargeCents),
      '',
      '',
      [placeOfService, 'B', claim.frequency],
      'Y',
      'A',
      'Y',
      'Y',
    ),
    references(claim),
    segment('HI', ...diagnoses.map((code, i) => [i === 0 ? 'ABK' : 'ABF', code])),
    rendering.claim !== null && renderingLoop('2310B', claim, rendering.claim, 'lines.renderingStaffId'),
    supervising.claim !== null && supervisingLoop('2310D', claim, supervising.claim, 'lines.supervisingStaffId'),
    part.lines.map((line, i) => serviceLine(part, line, i, { placeOfService, pointers, rendering, supervising })),
  );
}

interface ClaimLevel {
  placeOfService: string;
  /** SV107: the claim's first four diagnoses, principal first; lines carry no diagnoses of their own. */
  pointers: string[];
  rendering: Placement;
  supervising: Placement;
}

/** 2400: LX, SV1, DTP*472 (required), 2420A rendering and 2420D supervising where they differ. */
function serviceLine(part: ClaimPart, line: ServiceLine, index: number, level: ClaimLevel): Loop {
  const { claim } = part;
  const path = linePath(part, index);
  const rendering = level.rendering.lines[index] ?? null;
  const supervising = level.supervising.lines[index] ?? null;
  return loop(
    '2400',
    segment('LX', String(index + 1)),
    segment(
      'SV1',
      procedure(line.procedureCode, line.modifiers, claim.claimId, path),
      formatCents(line.chargeCents),
      'UN',
      units(line.units, claim.claimId, `${path}.units`),
      // SV105 only when the line's place of service differs from CLM05-1: the TR3's situational rule
      // (unconfirmed in iop-php-domain.md §2.3), which the validated sample 837P follows.
      line.placeOfService === level.placeOfService ? '' : (line.placeOfService ?? ''),
      '',
      level.pointers,
    ),
    segment('DTP', '472', 'D8', d8(line.serviceDate, claim.claimId, `${path}.serviceDate`)),
    rendering !== null && renderingLoop('2420A', claim, rendering, `${path}.renderingStaffId`),
    supervising !== null && supervisingLoop('2420D', claim, supervising, `${path}.supervisingStaffId`),
  );
}

/** NM1*82 with PRV*PE taxonomy: the claim's rendering provider (2310B) or a line's (2420A). */
function renderingLoop(id: '2310B' | '2420A', claim: Claim, staffId: string, path: string): Loop {
  const provider = providerOf(claim, staffId, path);
  return loop(id, personName('82', provider), specialty('PE', provider.taxonomy));
}

/** NM1*DQ: the supervising provider of the claim (2310D) or of a line (2420D). */
function supervisingLoop(id: '2310D' | '2420D', claim: Claim, staffId: string, path: string): Loop {
  return loop(id, personName('DQ', providerOf(claim, staffId, path)));
}
