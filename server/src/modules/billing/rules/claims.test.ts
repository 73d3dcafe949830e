import { describe, expect, it } from 'vitest';
import type { ServiceFacts } from '../claim-model.ts';
import { assembleClaims, type ClaimContext, type ClaimKey } from './claims.ts';
import { deriveLines } from './services.ts';
import {
  attending,
  authorization,
  billingProvider,
  chargeFor,
  episode,
  fact,
  lead,
  patientFacts,
  payer,
  supervisor,
} from './test-fixtures.ts';

const medicare = payer('medicare_institutional');
const march = { from: '2026-03-01', to: '2026-03-31' };
const claimId = ({ patientId, payerId, period, part }: ClaimKey) => `${patientId}:${payerId}:${period.from}:${part}`;

const context = (overrides: Partial<ClaimContext> = {}): ClaimContext => ({
  billingProvider: billingProvider(),
  period: march,
  patients: new Map(['patient-1', 'patient-2'].map((id) => [id, patientFacts(id)])),
  claimId,
  ...overrides,
});

const on = (date: string, overrides: Partial<ServiceFacts> = {}) =>
  fact({ sessionId: `s-${date}`, serviceDate: date, startsAt: `${date}T15:00:00Z`, ...overrides });

function claimsFor(facts: ServiceFacts[], ctx = context()) {
  const { lines, holds } = deriveLines(facts, chargeFor);
  expect(holds).toEqual([]);
  return assembleClaims(lines, facts, ctx);
}

describe('BILLING-RULES §2: Medicare, one claim per patient per month', () => {
  const medicareOn = (date: string, overrides: Partial<ServiceFacts> = {}) =>
    on(date, { payer: medicare, authorization: null, ...overrides });

  it('itemizes the month on one 837I claim', () => {
    const claims = claimsFor([medicareOn('2026-03-03'), medicareOn('2026-03-02'), medicareOn('2026-03-20')]);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({
      claimId: 'patient-1:payer-medicare_institutional:2026-03-01:1',
      format: '837I',
      // CMHC (76), continuing interim: admitted in February, still in the program.
      typeOfBill: '763',
      frequency: '3',
      patientStatus: '30',
      conditionCodes: ['92'],
      statementFrom: '2026-03-02',
      statementTo: '2026-03-20',
      admissionDate: '2026-02-02',
      diagnoses: ['F331', 'F411'],
      attending,
      authorizationNumber: null,
      totalCents: 3 * 16000,
      issues: [],
    });
    expect(claims[0]!.lines.map((l) => l.serviceDate)).toEqual(['2026-03-02', '2026-03-03', '2026-03-20']);
  });

  it.each([
    ['2026-03-02', '2026-03-25', 'against_advice', '1', '07'],
    ['2026-03-02', '2026-03-25', null, '1', '01'],
    ['2026-03-02', null, null, '2', '30'],
    ['2026-02-02', null, null, '3', '30'],
    ['2026-02-02', '2026-03-25', 'transferred', '4', '70'],
    ['2026-02-02', '2026-04-10', null, '3', '30'],
  ])(
    'admitted %s, discharged %s (%s): frequency %s, patient status %s',
    (admitDate, dischargeDate, disposition, frequency, patientStatus) => {
      const ep = episode({ admitDate, dischargeDate, disposition });
      const [claim] = claimsFor([medicareOn('2026-03-10', { episode: ep })]);
      expect([claim!.frequency, claim!.typeOfBill, claim!.patientStatus]).toEqual([
        frequency,
        `76${frequency}`,
        patientStatus,
      ]);
    },
  );

  it('takes the facility type from the organization and the condition code from the level of care', () => {
    const php = episode({ levelOfCare: 'PHP' });
    const [claim] = claimsFor(
      [medicareOn('2026-03-10', { episode: php })],
      context({ billingProvider: billingProvider({ facilityType: 'hospital_outpatient' }) }),
    );
    expect([claim!.typeOfBill, claim!.conditionCodes]).toEqual(['133', ['41']]);
    const [freestanding] = claimsFor(
      [medicareOn('2026-03-10')],
      context({ billingProvider: billingProvider({ facilityType: 'freestanding' }) }),
    );
    expect(freestanding!.typeOfBill).toBeNull();
  });

  it('bills a run that crosses months as one claim per month, within the run', () => {
    const ep = episode({ admitDate: '2026-03-16' });
    const claims = claimsFor(
      [medicareOn('2026-03-20', { episode: ep }), medicareOn('2026-04-02', { episode: ep })],
      context({
        period: { from: '2026-03-15', to: '2026-04-15' },
      }),
    );
    expect(claims.map((c) => [c.claimId, c.frequency])).toEqual([
      ['patient-1:payer-medicare_institutional:2026-03-15:1', '2'],
      ['patient-1:payer-medicare_institutional:2026-04-01:1', '3'],
    ]);
  });

  it('gives an IOP and a PHP episode of the same month separate claims', () => {
    const iop = episode({ episodeId: 'iop', admitDate: '2026-02-02', dischargeDate: '2026-03-10' });
    const php = episode({ episodeId: 'php', levelOfCare: 'PHP', admitDate: '2026-03-11' });
    const claims = claimsFor([medicareOn('2026-03-09', { episode: iop }), medicareOn('2026-03-12', { episode: php })]);
    expect(claims.map((c) => [c.conditionCodes, c.frequency, c.claimId.endsWith(':1') ? 1 : 2])).toEqual([
      [['92'], '4', 1],
      [['41'], '2', 2],
    ]);
  });
});

describe('BILLING-RULES §3: commercial professional, one claim per patient per week', () => {
  it('bills each Monday–Sunday week on its own 837P claim with its providers', () => {
    const claims = claimsFor([on('2026-03-02', { supervisor }), on('2026-03-08'), on('2026-03-09')]);
    expect(claims.map((c) => [c.statementFrom, c.statementTo, c.lines.length])).toEqual([
      ['2026-03-02', '2026-03-08', 2],
      ['2026-03-09', '2026-03-09', 1],
    ]);
    expect(claims[0]).toMatchObject({
      format: '837P',
      typeOfBill: null,
      frequency: '1',
      patientStatus: null,
      conditionCodes: [],
      attending: null,
      admissionDate: null,
      authorizationNumber: 'PA-1001',
      providers: [lead, supervisor],
    });
  });

  it('splits a week beyond the line limit into numbered parts', () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      fact({
        sessionId: `s${String(i).padStart(2, '0')}`,
        startsAt: `2026-03-02T${String(8 + i).padStart(2, '0')}:00:00Z`,
      }),
    );
    const limited = payer('commercial_professional', { maxLinesPerClaim: 5 });
    const claims = claimsFor(many.map((f) => ({ ...f, payer: limited })));
    expect(claims.map((c) => [c.claimId.split(':').at(-1), c.lines.length])).toEqual([
      ['1', 5],
      ['2', 5],
      ['3', 2],
    ]);
    expect(claims.flatMap((c) => c.lines.map((l) => l.sessionId))).toEqual(many.map((f) => f.sessionId));
  });

  it('gives lines drawn on different authorizations their own claims (one REF*G1 each)', () => {
    const renewed = authorization({ authorizationId: 'auth-2', number: 'PA-2002', startDate: '2026-03-04' });
    const claims = claimsFor([
      on('2026-03-02', { authorization: authorization({ endDate: '2026-03-03' }) }),
      on('2026-03-05', { authorization: renewed }),
    ]);
    expect(claims.map((c) => c.authorizationNumber)).toEqual(['PA-1001', 'PA-2002']);
  });
});

describe('BILLING-RULES §4: per diem, one claim per patient per week', () => {
  it("puts the week's days on one 837I claim with the freestanding type of bill", () => {
    const perDiem = payer('commercial_per_diem');
    const day = (date: string) =>
      on(date, { payer: perDiem, minutesAttended: 180, authorization: authorization({ unitType: 'days' }) });
    const claims = claimsFor(
      [day('2026-03-02'), day('2026-03-04'), day('2026-03-09')],
      context({ billingProvider: billingProvider({ facilityType: 'freestanding' }) }),
    );
    expect(claims.map((c) => [c.typeOfBill, c.conditionCodes, c.patientStatus, c.lines.length])).toEqual([
      ['893', [], '30', 2],
      ['893', [], '30', 1],
    ]);
  });
});

describe('claim order and ids', () => {
  it('orders claims by patient, payer and period and gives the same claims for the same lines', () => {
    const facts = [
      on('2026-03-09', { patientId: 'patient-2' }),
      on('2026-03-02', { patientId: 'patient-2', payer: medicare, authorization: null }),
      on('2026-03-02'),
    ];
    const claims = claimsFor(facts);
    expect(claims.map((c) => c.claimId)).toEqual([
      'patient-1:payer-commercial_professional:2026-03-02:1',
      'patient-2:payer-commercial_professional:2026-03-09:1',
      'patient-2:payer-medicare_institutional:2026-03-01:1',
    ]);
    const { lines } = deriveLines(facts, chargeFor);
    expect(assembleClaims([...lines].reverse(), [...facts].reverse(), context())).toEqual(claims);
  });

  it('refuses a line whose service facts are missing', () => {
    const { lines } = deriveLines([on('2026-03-02')], chargeFor);
    expect(() => assembleClaims(lines, [], context())).toThrow(/no billable service facts/);
  });
});
