// The claim scrubber (BILLING-RULES §1–§3, X12 005010X222A1/X223A2): every problem a payer or the
// X12 map would refuse, found before a batch, as issue values rather than exceptions (DESIGN §3.6).
import { isValidNpi } from '../../organization/index.ts';
import type { Claim, ClaimIssue, ServiceFacts } from '../claim-model.ts';
import { postalCode } from '../edi/index.ts';
import { error, firstLineOn, warning } from './claim-issues.ts';
import { isAttended } from './eligibility.ts';
import { templatePack } from './pack.ts';
import { addDays, weekOf, within } from './periods.ts';
import { institutionalIssues, overlapIssues } from './scrub-institutional.ts';

export interface ScrubContext {
  /** Other claims (this run's and earlier ones), for the IOP/PHP overlap edit. */
  otherClaims: readonly Claim[];
  /** The patient's service facts over whole Monday–Sunday weeks of the claim, for the weekly hours warning. */
  facts: readonly ServiceFacts[];
}

// ICD-10-CM Official Guidelines I.A: letter, digit, then up to five letters or digits; sent on the
// 837 without its dot (iop-php-domain §6.2).
const X12_ICD10_CM = /^[A-Z][0-9][0-9A-Z][0-9A-Z]{0,4}$/;
// 837P HI holds 12 diagnoses; 837I a principal plus two HI segments of 12 others.
const MAX_DIAGNOSES = { '837P': 12, '837I': 25 };
// 837I 2400 LX repeats at most 999 times; 837P at most 50, or the pack's lower limit.
const MAX_LINES_837I = 999;
const PROCEDURE_CODE = /^[A-Z0-9]{5}$/;
const MODIFIER = /^[A-Z0-9]{2}$/;

function requiredIssues(claim: Claim): ClaimIssue[] {
  const { billingProvider: provider, patient } = claim;
  const fields: [string, string | null | undefined][] = [
    ['claimId', claim.claimId],
    ['billingProvider.name', provider.name],
    ['billingProvider.npi', provider.npi],
    ['billingProvider.taxId', provider.taxId],
    ['billingProvider.address.line1', provider.address.line1],
    ['billingProvider.address.city', provider.address.city],
    ['billingProvider.address.state', provider.address.state],
    ['billingProvider.address.postalCode', provider.address.postalCode],
    ['patient.name.family', patient.name.family],
    ['patient.name.given', patient.name.given],
    ['patient.birthDate', patient.birthDate],
    ['patient.sex', patient.sex],
    ['payer.payerCode', claim.payer.payerCode],
    ['coverage.memberId', claim.coverage.memberId],
  ];
  const issues = fields
    .filter(([, value]) => !value?.trim())
    .map(([path]) => error('required', `${path} is required`, path));
  // CLM01 (patient control number, matched again from 835 CLP01) is 1–38 characters.
  if (claim.claimId.length > 38)
    issues.push(error('invalid_claim_id', 'A claim id has at most 38 characters', 'claimId'));
  if (provider.npi && !isValidNpi(provider.npi)) {
    issues.push(error('invalid_npi', `${provider.npi} fails the NPI check digit`, 'billingProvider.npi'));
  }
  // 2010AA REF*EI: the employer identification number, nine digits.
  if (provider.taxId && !/^\d{9}$/.test(provider.taxId)) {
    issues.push(error('invalid_tax_id', 'The tax id is nine digits', 'billingProvider.taxId'));
  }
  // 2010AA N403: the billing provider's ZIP code is the full nine digits (ZIP+4) on the 837I and the
  // 837P (005010X223A2/X222A1; the 837I map's N403 pattern), so the batch's map check never meets it.
  if (provider.address.postalCode?.trim() && !/^\d{9}$/.test(postalCode(provider.address.postalCode))) {
    issues.push(
      error(
        'invalid_postal_code',
        `The billing provider's ZIP code ${provider.address.postalCode} needs all nine digits (ZIP+4)`,
        'billingProvider.address.postalCode',
      ),
    );
  }
  return issues;
}

function diagnosisIssues(claim: Claim): ClaimIssue[] {
  if (claim.diagnoses.length === 0) return [error('required', 'A principal diagnosis is required', 'diagnoses')];
  const issues = claim.diagnoses.flatMap((code, i) =>
    X12_ICD10_CM.test(code)
      ? []
      : [error('invalid_diagnosis', `${code} is not an ICD-10-CM code without its dot`, `diagnoses.${i}`)],
  );
  const max = MAX_DIAGNOSES[claim.format];
  if (claim.diagnoses.length > max) {
    issues.push(error('too_many_diagnoses', `A ${claim.format} claim carries at most ${max} diagnoses`, 'diagnoses'));
  }
  return issues;
}

function lineIssues(claim: Claim): ClaimIssue[] {
  const pack = templatePack(claim.payer);
  const max = pack.template === 'commercial_professional' ? pack.rules.maxLinesPerClaim : MAX_LINES_837I;
  if (claim.lines.length === 0) return [error('required', 'A claim needs at least one line', 'lines')];
  const issues: ClaimIssue[] = [];
  if (claim.lines.length > max) {
    issues.push(error('too_many_lines', `${claim.lines.length} lines; this claim takes at most ${max}`, 'lines'));
  }
  const statement = { from: claim.statementFrom, to: claim.statementTo };
  const providers = new Map((claim.providers ?? []).map((provider) => [provider.staffId, provider]));
  claim.lines.forEach((line, i) => {
    const at = (field: string) => `lines.${i}.${field}`;
    if (!PROCEDURE_CODE.test(line.procedureCode)) {
      issues.push(
        error('invalid_procedure_code', `${line.procedureCode} is not a CPT/HCPCS code`, at('procedureCode')),
      );
    }
    // 837I SV201: every institutional line needs its revenue code.
    if (claim.format === '837I' && !/^\d{4}$/.test(line.revenueCode ?? '')) {
      issues.push(error('required', 'A four-digit revenue code is required', at('revenueCode')));
    }
    if (line.chargeCents <= 0) {
      issues.push(
        error(
          'missing_charge',
          `The charge master has no price for ${line.procedureCode}: add one and re-run`,
          at('chargeCents'),
        ),
      );
    }
    if (line.units < 1) issues.push(error('invalid_units', 'A line bills at least one unit', at('units')));
    // SV101 / SV202: up to four modifiers after the procedure code.
    if (line.modifiers.length > 4 || !line.modifiers.every((m) => MODIFIER.test(m))) {
      issues.push(error('invalid_modifiers', 'At most four two-character modifiers', at('modifiers')));
    }
    if (!within(line.serviceDate, statement)) {
      issues.push(
        error('line_outside_statement', `${line.serviceDate} is outside the statement period`, at('serviceDate')),
      );
    }
    if (claim.format === '837P') {
      if (!/^\d{2}$/.test(line.placeOfService ?? '')) {
        issues.push(error('required', 'A place of service is required', at('placeOfService')));
      }
      // 2310B/2420A NM1*82: the rendering provider, by NPI.
      const rendering = line.renderingStaffId === null ? undefined : providers.get(line.renderingStaffId);
      if (line.renderingStaffId === null) {
        issues.push(error('required', 'A rendering provider is required', at('renderingStaffId')));
      } else if (rendering && !(rendering.npi && isValidNpi(rendering.npi))) {
        issues.push(
          error(
            'invalid_npi',
            `The rendering provider's NPI ${rendering.npi ?? '(none)'} is not valid`,
            at('renderingStaffId'),
          ),
        );
      }
    }
  });
  // CLM02 is the sum of the line charges.
  const sum = claim.lines.reduce((total, line) => total + line.chargeCents, 0);
  if (claim.totalCents !== sum) {
    issues.push(error('total_mismatch', `The total ${claim.totalCents} is not the lines' sum ${sum}`, 'totalCents'));
  }
  return issues;
}

/** 2300 REF*G1: the prior authorization the payer requires. */
function authorizationIssues(claim: Claim): ClaimIssue[] {
  const { rules } = templatePack(claim.payer);
  return rules.requiresAuthorization && !claim.authorizationNumber
    ? [error('required', 'The payer requires an authorization number (REF*G1)', 'authorizationNumber')]
    : [];
}

/**
 * BILLING-RULES §2: a Monday–Sunday week whose attended minutes fall below the program's weekly
 * minimum is a warning on the claim, not a hold (the minimum is on certified need, not on every week).
 */
function weeklyHoursIssues(claim: Claim, facts: readonly ServiceFacts[]): ClaimIssue[] {
  const attended = facts.filter((fact) => fact.patientId === claim.patient.patientId && isAttended(fact));
  const issues: ClaimIssue[] = [];
  for (let week = weekOf(claim.statementFrom); week.from <= claim.statementTo; week = weekOf(addDays(week.to, 1))) {
    const inWeek = attended.filter((fact) => within(fact.serviceDate, week));
    const minimumHours = inWeek.find((fact) => fact.episode?.minHoursPerWeek !== undefined)?.episode?.minHoursPerWeek;
    const minutes = inWeek.reduce((sum, fact) => sum + fact.minutesAttended, 0);
    if (minimumHours !== undefined && minutes < minimumHours * 60) {
      issues.push(
        warning(
          'week_below_minimum_hours',
          `The week of ${week.from} has ${(minutes / 60).toFixed(1)} h attended, below the program's ${minimumHours} h`,
          firstLineOn(claim.lines, (date) => within(date, week)),
        ),
      );
    }
  }
  return issues;
}

/** Every issue of a claim: errors keep it out of a batch, warnings are for review. */
export function scrubClaim(claim: Claim, context: ScrubContext): ClaimIssue[] {
  return [
    ...requiredIssues(claim),
    ...diagnosisIssues(claim),
    ...lineIssues(claim),
    ...(claim.format === '837I' ? institutionalIssues(claim) : []),
    ...overlapIssues(claim, context.otherClaims),
    ...authorizationIssues(claim),
    ...weeklyHoursIssues(claim, context.facts),
  ];
}
