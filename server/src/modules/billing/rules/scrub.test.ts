import { describe, expect, it } from 'vitest';
import type { Claim, ServiceFacts } from '../claim-model.ts';
import { assembleClaims } from './claims.ts';
import { scrubClaim } from './scrub.ts';
import { deriveLines } from './services.ts';
import { billingProvider, chargeFor, episode, fact, patientFacts, payer, provider } from './test-fixtures.ts';

const medicare = payer('medicare_institutional');

/** Three one-hour groups a day, Monday to Wednesday: 9 hours, the IOP weekly minimum. */
const medicareWeek: ServiceFacts[] = ['2026-03-02', '2026-03-03', '2026-03-04'].flatMap((date) =>
  [14, 15, 16].map((hour) =>
    fact({
      sessionId: `s-${date}-${hour}`,
      serviceDate: date,
      startsAt: `${date}T${hour}:00:00Z`,
      payer: medicare,
      authorization: null,
    }),
  ),
);

function claimOf(facts: readonly ServiceFacts[]): Claim {
  const { lines } = deriveLines(facts, chargeFor);
  const [claim] = assembleClaims(lines, facts, {
    billingProvider: billingProvider(),
    period: { from: '2026-03-01', to: '2026-03-31' },
    patients: new Map([['patient-1', patientFacts('patient-1')]]),
    claimId: ({ patientId, period, part }) => `${patientId}-${period.from}-${part}`,
  });
  return claim!;
}

const medicareClaim = claimOf(medicareWeek);
const professionalClaim = claimOf([fact()]);
const scrub = (claim: Claim, facts: readonly ServiceFacts[] = medicareWeek, otherClaims: Claim[] = []) =>
  scrubClaim(claim, { otherClaims, facts });
const codes = (claim: Claim, facts?: readonly ServiceFacts[]) =>
  scrub(claim, facts).map((issue) => [issue.severity, issue.code, issue.path]);

describe('scrubClaim', () => {
  it('finds nothing on claims built from complete facts', () => {
    expect(scrub(medicareClaim)).toEqual([]);
    expect(scrub(professionalClaim, [fact({ minutesAttended: 600 })])).toEqual([]);
  });

  it('requires the parties and identifiers every claim carries', () => {
    const claim: Claim = {
      ...professionalClaim,
      billingProvider: billingProvider({ npi: '1234567890', taxId: '12-3456789' }),
      patient: { ...professionalClaim.patient, name: { given: 'Jane', family: ' ' } },
      coverage: { ...professionalClaim.coverage, memberId: '' },
    };
    expect(codes(claim, [])).toEqual([
      ['error', 'required', 'patient.name.family'],
      ['error', 'required', 'coverage.memberId'],
      ['error', 'invalid_npi', 'billingProvider.npi'],
      ['error', 'invalid_tax_id', 'billingProvider.taxId'],
    ]);
  });

  it.each<[string, string, boolean]>([
    ['a five-digit ZIP', '62701', true],
    ['ZIP+4 with its hyphen', '62701-1234', false],
    ['nine digits', '627011234', false],
    ['a ZIP+4 missing a digit', '62701-123', true],
  ])(
    'checks %s as the billing provider ZIP (837 2010AA N403) on both formats, reported: %s',
    (_, postalCode, reported) => {
      const address = { ...billingProvider().address, postalCode };
      for (const claim of [medicareClaim, professionalClaim]) {
        const found = codes({ ...claim, billingProvider: billingProvider({ address }) }, []).filter(
          ([, code]) => code === 'invalid_postal_code',
        );
        expect(found).toEqual(reported ? [['error', 'invalid_postal_code', 'billingProvider.address.postalCode']] : []);
      }
    },
  );

  it('checks diagnoses as ICD-10-CM without the dot, within the format limit', () => {
    expect(codes({ ...professionalClaim, diagnoses: ['F33.1', 'F411', '3321'] }, [])).toEqual([
      ['error', 'invalid_diagnosis', 'diagnoses.0'],
      ['error', 'invalid_diagnosis', 'diagnoses.2'],
    ]);
    expect(codes({ ...professionalClaim, diagnoses: [] }, [])).toEqual([['error', 'required', 'diagnoses']]);
    const thirteen = Array.from({ length: 13 }, (_, i) => `F4${String(i).padStart(2, '0')}`);
    expect(codes({ ...professionalClaim, diagnoses: thirteen }, [])).toEqual([
      ['error', 'too_many_diagnoses', 'diagnoses'],
    ]);
    expect(codes({ ...professionalClaim, diagnoses: ['Z3A01', 'T1491XA', 'U071'] }, [])).toEqual([]);
  });

  it('checks lines: price, statement period, total and the line limit', () => {
    const [first, ...rest] = professionalClaim.lines;
    const unpriced = { ...first!, chargeCents: 0, serviceDate: '2026-03-09' };
    expect(codes({ ...professionalClaim, lines: [unpriced, ...rest] }, [])).toEqual([
      ['error', 'missing_charge', 'lines.0.chargeCents'],
      ['error', 'line_outside_statement', 'lines.0.serviceDate'],
      ['error', 'total_mismatch', 'totalCents'],
    ]);
    const limited = { ...professionalClaim, payer: payer('commercial_professional', { maxLinesPerClaim: 1 }) };
    const twice = { ...limited, lines: [first!, first!], totalCents: 2 * first!.chargeCents };
    expect(codes(twice, [])).toEqual([['error', 'too_many_lines', 'lines']]);
  });

  it('needs the place of service and a rendering provider with a valid NPI on 837P lines', () => {
    const line = professionalClaim.lines[0]!;
    const claim = { ...professionalClaim, lines: [{ ...line, placeOfService: null, renderingStaffId: null }] };
    expect(codes(claim, [])).toEqual([
      ['error', 'required', 'lines.0.placeOfService'],
      ['error', 'required', 'lines.0.renderingStaffId'],
    ]);
    const badNpi = { ...professionalClaim, providers: [provider(line.renderingStaffId!, '1234567890')] };
    expect(codes(badNpi, [])).toEqual([['error', 'invalid_npi', 'lines.0.renderingStaffId']]);
  });

  it('requires the authorization number when the payer requires authorization (REF*G1)', () => {
    expect(codes({ ...professionalClaim, authorizationNumber: null }, [])).toEqual([
      ['error', 'required', 'authorizationNumber'],
    ]);
    const notRequired = payer('commercial_professional', { requiresAuthorization: false });
    expect(codes({ ...professionalClaim, payer: notRequired, authorizationNumber: null }, [])).toEqual([]);
  });

  it('checks the type of bill against the frequency and the facilities Medicare pays', () => {
    expect(codes({ ...medicareClaim, typeOfBill: null })).toEqual([['error', 'required', 'typeOfBill']]);
    expect(codes({ ...medicareClaim, typeOfBill: '762' })).toEqual([['error', 'invalid_type_of_bill', 'typeOfBill']]);
    expect(codes({ ...medicareClaim, typeOfBill: '893' })).toEqual([['error', 'invalid_type_of_bill', 'typeOfBill']]);
    expect(codes({ ...medicareClaim, typeOfBill: '133' })).toEqual([]);
  });

  it('requires status 30 on interim bills and another status on final ones (CL103)', () => {
    expect(codes({ ...medicareClaim, patientStatus: '01' })).toEqual([
      ['error', 'patient_status_mismatch', 'patientStatus'],
    ]);
    const final = { ...medicareClaim, frequency: '1' as const, typeOfBill: '761' };
    expect(codes(final)).toEqual([['error', 'patient_status_mismatch', 'patientStatus']]);
    expect(codes({ ...final, patientStatus: '01' })).toEqual([]);
  });

  it('requires the attending physician with a valid NPI on 837I claims', () => {
    expect(codes({ ...medicareClaim, attending: null })).toEqual([['error', 'required', 'attending.npi']]);
    const wrong = provider('staff-attending', '1558598790');
    expect(codes({ ...medicareClaim, attending: wrong })).toEqual([['error', 'invalid_npi', 'attending.npi']]);
  });

  it('requires one of 92 and 41 on a Medicare claim, never both', () => {
    expect(codes({ ...medicareClaim, conditionCodes: ['92', '41'] })).toEqual([
      ['error', 'condition_code_conflict', 'conditionCodes'],
    ]);
    expect(codes({ ...medicareClaim, conditionCodes: [] })).toEqual([['error', 'required', 'conditionCodes']]);
  });

  it('refuses an IOP claim overlapping a PHP claim of the same patient', () => {
    const wednesday = medicareClaim.lines.filter((line) => line.serviceDate === '2026-03-04');
    const php: Claim = {
      ...medicareClaim,
      claimId: 'php-claim',
      conditionCodes: ['41'],
      statementFrom: '2026-03-04',
      statementTo: '2026-03-04',
      lines: wednesday,
      totalCents: wednesday.reduce((sum, line) => sum + line.chargeCents, 0),
    };
    expect(scrub(medicareClaim, medicareWeek, [php]).map((i) => [i.code, i.message])).toEqual([
      ['iop_overlaps_php', expect.stringContaining('php-claim')],
    ]);
    const later = { ...php, statementFrom: '2026-03-05', statementTo: '2026-03-06' };
    const voided = { ...php, frequency: '8' as const };
    const otherPatient = { ...php, patient: patientFacts('patient-2') };
    const replaced = { ...medicareClaim, originalClaimId: 'php-claim' };
    expect(scrub(medicareClaim, medicareWeek, [later, voided, otherPatient])).toEqual([]);
    expect(scrub(replaced, medicareWeek, [php])).toEqual([]);
    expect(scrub(php, medicareWeek, [medicareClaim])).toEqual([]);
  });

  it('warns of Medicare days with fewer than three services', () => {
    const short = medicareWeek.filter((f) => f.sessionId !== 's-2026-03-03-16');
    const claim = claimOf(short);
    const weekOf9 = [...short, fact({ sessionId: 'extra', serviceDate: '2026-03-05', payer: medicare })];
    expect(codes(claim, weekOf9)).toEqual([['warning', 'few_services_on_day', 'lines.3.serviceDate']]);
  });

  it("warns of a week below the program's weekly hours, and only with a minimum known", () => {
    const eightHours = medicareWeek.map((f, i) => (i === 0 ? { ...f, minutesAttended: 0 } : f));
    expect(codes(medicareClaim, eightHours)).toEqual([['warning', 'week_below_minimum_hours', 'lines.0.serviceDate']]);
    const noMinimum = eightHours.map((f) => ({ ...f, episode: episode({ minHoursPerWeek: undefined }) }));
    expect(codes(medicareClaim, noMinimum)).toEqual([]);
  });
});
