// 837I claim edits (BILLING-RULES §2; iop-php-domain §1.1–§1.3): type of bill, patient status,
// attending, condition codes, the IOP/PHP overlap edit and Medicare's services-per-day check.
import { isValidNpi } from '../../organization/index.ts';
import type { Claim, ClaimIssue, LevelOfCare } from '../claim-model.ts';
import { error, firstLineOn, warning } from './claim-issues.ts';
import { templatePack } from './pack.ts';
import { overlaps } from './periods.ts';

// Medicare IOP/PHP is billed on TOB 013X (hospital outpatient), 076X (CMHC) or 085X (critical
// access hospital) (CGS, "Intensive Outpatient Program Services", 2024).
const MEDICARE_FACILITY_TYPES = ['13', '76', '85'];

function typeOfBillIssues(claim: Claim): ClaimIssue[] {
  const { typeOfBill, frequency } = claim;
  if (typeOfBill === null) {
    return [error('required', "The rule pack has no type of bill for the organization's facility type", 'typeOfBill')];
  }
  if (!/^\d{3}$/.test(typeOfBill))
    return [error('invalid_type_of_bill', `${typeOfBill} is not a type of bill`, 'typeOfBill')];
  const issues: ClaimIssue[] = [];
  // CLM05-3: the frequency is the type of bill's last digit.
  if (typeOfBill[2] !== frequency) {
    issues.push(
      error('invalid_type_of_bill', `Type of bill ${typeOfBill} does not end in frequency ${frequency}`, 'typeOfBill'),
    );
  }
  if (claim.payer.template === 'medicare_institutional' && !MEDICARE_FACILITY_TYPES.includes(typeOfBill.slice(0, 2))) {
    issues.push(
      error(
        'invalid_type_of_bill',
        `Medicare pays IOP/PHP only on TOB 013X, 076X or 085X, not 0${typeOfBill}`,
        'typeOfBill',
      ),
    );
  }
  return issues;
}

/** NUBC FL17 / CL103: 30 (still a patient) on interim bills 2 and 3, anything else on 1 and 4. */
function patientStatusIssues({ patientStatus, frequency }: Claim): ClaimIssue[] {
  if (patientStatus === null || !/^\d{2}$/.test(patientStatus)) {
    return [error('required', 'A two-digit patient status is required (CL103)', 'patientStatus')];
  }
  const interim = frequency === '2' || frequency === '3';
  const final = frequency === '1' || frequency === '4';
  if ((interim && patientStatus !== '30') || (final && patientStatus === '30')) {
    const expected = interim ? 'must be 30 (still a patient)' : 'cannot be 30 (still a patient)';
    return [
      error('patient_status_mismatch', `On frequency ${frequency} the patient status ${expected}`, 'patientStatus'),
    ];
  }
  return [];
}

function attendingIssues({ attending }: Claim): ClaimIssue[] {
  // 2310A NM1*71: the episode's attending physician, by NPI.
  if (!attending?.npi)
    return [error('required', 'The attending physician and their NPI are required', 'attending.npi')];
  return isValidNpi(attending.npi)
    ? []
    : [error('invalid_npi', `${attending.npi} fails the NPI check digit`, 'attending.npi')];
}

/** The claim's level of care from its condition codes, when its pack names them. */
export function levelOfCareOf(claim: Claim): LevelOfCare | null {
  const pack = templatePack(claim.payer);
  if (pack.template === 'commercial_professional') return null;
  const { IOP, PHP } = pack.rules.conditionCodes;
  if (IOP !== undefined && claim.conditionCodes.includes(IOP)) return 'IOP';
  return PHP !== undefined && claim.conditionCodes.includes(PHP) ? 'PHP' : null;
}

function conditionCodeIssues(claim: Claim): ClaimIssue[] {
  const pack = templatePack(claim.payer);
  if (pack.template === 'commercial_professional') return [];
  const { IOP, PHP } = pack.rules.conditionCodes;
  const has = (code: string | undefined) => code !== undefined && claim.conditionCodes.includes(code);
  // iop-php-domain §1.3: never 92 (IOP) and 41 (PHP) on one claim.
  if (has(IOP) && has(PHP)) {
    return [
      error(
        'condition_code_conflict',
        `Condition codes ${IOP} (IOP) and ${PHP} (PHP) cannot share a claim`,
        'conditionCodes',
      ),
    ];
  }
  // A Medicare IOP/PHP claim needs its condition code (CR 13222: 92 for IOP; 41 for PHP).
  if (pack.template === 'medicare_institutional' && !has(IOP) && !has(PHP)) {
    return [error('required', `Condition code ${IOP} (IOP) or ${PHP} (PHP) is required`, 'conditionCodes')];
  }
  return [];
}

/**
 * A Medicare contractor returns an IOP claim (CC 92) that overlaps a PHP claim (CC 41) of the same
 * patient (MLN MM13222); voided claims and the claim this one replaces do not count.
 */
export function overlapIssues(claim: Claim, others: readonly Claim[]): ClaimIssue[] {
  if (levelOfCareOf(claim) !== 'IOP') return [];
  const period = { from: claim.statementFrom, to: claim.statementTo };
  return others
    .filter(
      (other) =>
        other.claimId !== claim.claimId &&
        other.claimId !== claim.originalClaimId &&
        other.frequency !== '8' &&
        other.patient.patientId === claim.patient.patientId &&
        levelOfCareOf(other) === 'PHP' &&
        overlaps(period, { from: other.statementFrom, to: other.statementTo }),
    )
    .map((other) =>
      error(
        'iop_overlaps_php',
        `This IOP claim overlaps PHP claim ${other.claimId} (${other.statementFrom} to ${other.statementTo}) of the same patient`,
        'statementFrom',
      ),
    );
}

/** Medicare pays its IOP/PHP per diem at 3 and at 4+ services a day; fewer is a warning (BILLING-RULES §2). */
function servicesPerDayIssues(claim: Claim): ClaimIssue[] {
  const pack = templatePack(claim.payer);
  if (pack.template !== 'medicare_institutional') return [];
  const perDay = new Map<string, number>();
  for (const line of claim.lines) perDay.set(line.serviceDate, (perDay.get(line.serviceDate) ?? 0) + 1);
  const minimum = pack.rules.minServicesPerDayWarning;
  return [...perDay]
    .filter(([, count]) => count < minimum)
    .map(([date, count]) =>
      warning(
        'few_services_on_day',
        `${date} has ${count} qualifying service(s); Medicare's per diem starts at ${minimum}`,
        firstLineOn(claim.lines, (d) => d === date),
      ),
    );
}

export const institutionalIssues = (claim: Claim): ClaimIssue[] => [
  ...typeOfBillIssues(claim),
  ...patientStatusIssues(claim),
  ...attendingIssues(claim),
  ...conditionCodeIssues(claim),
  ...servicesPerDayIssues(claim),
];
