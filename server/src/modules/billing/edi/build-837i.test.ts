import { describe, expect, it } from 'vitest';
import { parse, parseCents, valueAt } from '../x12/index.ts';
import type { Claim } from '../claim-model.ts';
import { build837I, MAX_LINES_837I } from './build-837i.ts';
import { EdiBuildError } from './build-error.ts';
import {
  attending,
  billingProvider,
  commercialTelehealthClaim,
  envelope,
  expectGolden,
  line,
  mapIssues,
  medicareIopClaim,
  patient,
  segmentTexts,
  therapist,
  withLines,
} from './test-fixtures.ts';

const build = (...claims: Claim[]) => build837I(claims, envelope());

/** Build and check against the 837I map; every file a test makes must be clean. */
function built(...claims: Claim[]): string[] {
  const text = build(...claims);
  expect(mapIssues(text, '837I')).toEqual([]);
  return segmentTexts(text);
}

const refusal = (claim: Claim) => {
  try {
    build(claim);
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('build837I', () => {
  it('writes the Medicare CMHC IOP sample claim as the golden file, clean against the map', () => {
    const text = build(medicareIopClaim());
    expect(mapIssues(text, '837I')).toEqual([]);
    expectGolden('medicare-iop-two-days.837i', text);
  });

  it('totals CLM02 from the lines: Σ SV203 for every claim', () => {
    const many = withLines(medicareIopClaim({ claimId: 'C2' }), [
      line({ chargeCents: 12_345 }),
      line({ chargeCents: 1 }),
      line({ chargeCents: 99_999_00 }),
    ]);
    const segments = parse(build(medicareIopClaim(), many)).segments;
    const claims = segments.filter((s) => s.id === 'CLM');
    expect(claims.map((s) => valueAt(s, 2))).toEqual(['640', '100122.46']);
    const sums: number[] = [];
    for (const seg of segments) {
      if (seg.id === 'CLM') sums.push(0);
      if (seg.id === 'SV2') sums.push((sums.pop() ?? 0) + (parseCents(valueAt(seg, 3)) ?? NaN));
    }
    expect(sums).toEqual(claims.map((s) => parseCents(valueAt(s, 2))));
  });

  it('writes the institutional claim segments from the claim (CLM05, DTP*434, CL1, HI, NM1*71)', () => {
    const texts = built(
      medicareIopClaim({
        typeOfBill: '132',
        frequency: '2',
        patientStatus: '30',
        diagnoses: ['F33.2', 'F41.1', 'F10.20'],
        conditionCodes: ['41'],
        authorizationNumber: 'PA123',
        statementFrom: '2024-01-01',
        statementTo: '2024-01-31',
      }),
    );
    expect(texts).toContain('CLM*PCN20240108A*640***13:A:2**A*Y*Y');
    expect(texts).toContain('DTP*434*RD8*20240101-20240131');
    expect(texts).toContain('CL1***30');
    expect(texts).toContain('REF*G1*PA123');
    expect(texts).toContain('HI*ABK:F332');
    expect(texts).toContain('HI*ABF:F411*ABF:F1020');
    expect(texts).toContain('HI*BG:41');
    expect(texts).toContain('NM1*71*1*SMITH*JOHN****XX*1558598797');
    expect(texts).toContain('PRV*AT*PXC*2084P0800X');
  });

  it('spreads other diagnoses and condition codes over two HI segments of twelve', () => {
    const others = Array.from({ length: 13 }, (_, i) => `F4${String(i).padStart(2, '0')}`);
    const texts = built(medicareIopClaim({ diagnoses: ['F33.2', ...others], conditionCodes: ['92', 'A1'] }));
    const abf = texts.filter((t) => t.startsWith('HI*ABF'));
    expect(abf.map((t) => t.split('*').length - 1)).toEqual([12, 1]);
    expect(texts).toContain('HI*BG:92*BG:A1');
    expect(refusal(medicareIopClaim({ diagnoses: ['F33.2', ...others, ...others] }))).toMatchObject({
      path: 'diagnoses',
    });
  });

  it('names the rendering provider on the claim when most lines share one, and the attending on the others', () => {
    const texts = built(medicareIopClaim());
    const clm = texts.findIndex((t) => t.startsWith('CLM'));
    const body = texts.slice(clm);
    // JONES renders three of four lines: named once in 2310D; the attending's line says so in 2420C.
    expect(body.filter((t) => t.startsWith('NM1*82'))).toEqual([
      'NM1*82*1*JONES*MARY****XX*1245319599',
      'NM1*82*1*SMITH*JOHN****XX*1558598797',
    ]);
    expect(body.indexOf('NM1*82*1*JONES*MARY****XX*1245319599')).toBeLessThan(body.indexOf('LX*1'));
    expect(body.indexOf('NM1*82*1*SMITH*JOHN****XX*1558598797')).toBe(body.indexOf('SV2*0914*HC:90834*200*UN*1') + 2);
  });

  it('writes no rendering provider when the attending renders every line or lines name nobody', () => {
    const claim = medicareIopClaim();
    const texts = built(
      withLines(claim, [line({ renderingStaffId: attending.staffId }), line({ renderingStaffId: null })]),
    );
    expect(texts.filter((t) => t.startsWith('NM1*82'))).toEqual([]);
  });

  it('splits a claim past 999 lines into parts with their own control numbers and totals', () => {
    const lines = Array.from({ length: MAX_LINES_837I + 1 }, (_, i) => line({ chargeCents: 100 + (i % 7) }));
    const texts = built(withLines(medicareIopClaim(), lines));
    const clms = texts.filter((t) => t.startsWith('CLM'));
    const firstTotal = lines.slice(0, 999).reduce((s, l) => s + l.chargeCents, 0);
    expect(clms).toEqual([
      `CLM*PCN20240108A-1*${firstTotal / 100}***76:A:1**A*Y*Y`,
      `CLM*PCN20240108A-2*${lines[999]!.chargeCents / 100}***76:A:1**A*Y*Y`,
    ]);
    expect(texts.filter((t) => t.startsWith('LX*')).at(-1)).toBe('LX*1');
    expect(texts).toContain('LX*999');
  });

  it('groups claims under one subscriber level and gives each patient its own', () => {
    const second = medicareIopClaim({
      claimId: 'PCN20240201A',
      statementFrom: '2024-02-01',
      statementTo: '2024-02-29',
    });
    const other = medicareIopClaim({
      claimId: 'PCN-OTHER',
      patient: patient({ patientId: 'patient-roe', name: { given: 'RICHARD', family: 'ROE' } }),
    });
    const texts = built(medicareIopClaim(), other, second);
    expect(texts.filter((t) => t.startsWith('HL*'))).toEqual(['HL*1**20*1', 'HL*2*1*22*0', 'HL*3*1*22*0']);
    expect(texts.filter((t) => t.startsWith('CLM')).map((t) => t.split('*')[1])).toEqual([
      'PCN20240108A',
      'PCN20240201A',
      'PCN-OTHER',
    ]);
  });

  it('gives each billing provider its own level with its claims, in order of first appearance', () => {
    const site = medicareIopClaim({
      claimId: 'PCN-SITE2',
      billingProvider: { ...billingProvider, name: 'HOPE SOUTH', npi: '1000000004' },
    });
    const texts = built(site, medicareIopClaim(), { ...site, claimId: 'PCN-SITE2B' });
    expect(texts.filter((t) => /^(HL|NM1\*85|CLM)\*/.test(t)).map((t) => t.split('*').slice(0, 4).join('*'))).toEqual([
      'HL*1**20',
      'NM1*85*2*HOPE SOUTH',
      'HL*2*1*22',
      'CLM*PCN-SITE2*640*',
      'CLM*PCN-SITE2B*640*',
      'HL*3**20',
      'NM1*85*2*HOPE BEHAVIORAL HEALTH',
      'HL*4*3*22',
      'CLM*PCN20240108A*640*',
    ]);
  });

  it('opens a new subscriber level after 100 claims (2300 repeats at most 100 times)', () => {
    const claims = Array.from({ length: 101 }, (_, i) => medicareIopClaim({ claimId: `C${i}` }));
    const texts = built(...claims);
    expect(texts.filter((t) => t.startsWith('HL*'))).toEqual(['HL*1**20*1', 'HL*2*1*22*0', 'HL*3*1*22*0']);
  });

  it('writes a dependent patient in 2000C under the subscriber (SBR02 empty, PAT01, NM1*QC)', () => {
    const texts = built(
      medicareIopClaim({
        coverage: {
          coverageId: 'coverage-family',
          memberId: 'FAM001',
          groupNumber: 'G1',
          relationship: 'child',
          subscriber: { given: 'JOHN', family: 'DOE', birthDate: '1958-05-06', sex: 'M' },
        },
        patient: patient({ birthDate: '2008-03-04' }),
      }),
    );
    const start = texts.indexOf('HL*2*1*22*1');
    expect(texts.slice(start, start + 10)).toEqual([
      'HL*2*1*22*1',
      'SBR*P**G1******MA',
      'NM1*IL*1*DOE*JOHN****MI*FAM001',
      'DMG*D8*19580506*M',
      'NM1*PR*2*MEDICARE PART A*****PI*12345',
      'HL*3*2*23*0',
      'PAT*19',
      'NM1*QC*1*DOE*JANE',
      'N3*1 ELM ST',
      'N4*SPRINGFIELD*IL*627011234',
    ]);
  });

  it('writes a replacement (7) and a void (8) with REF*F8 in 2300 as the golden file, clean against the map', () => {
    // The replacement corrects a claim the payer has remitted (835 CLP07 known); the void one it has not.
    const replacement = medicareIopClaim({
      claimId: 'PCN20240108R',
      typeOfBill: '767',
      frequency: '7',
      originalClaimId: 'PCN20240108A',
      payerClaimControlNumber: '24008000001',
    });
    const voided = medicareIopClaim({
      claimId: 'PCN20240115V',
      typeOfBill: '768',
      frequency: '8',
      originalClaimId: 'PCN20240115A',
    });
    const text = build(replacement, voided);
    expect(mapIssues(text, '837I')).toEqual([]);
    expectGolden('medicare-iop-corrections.837i', text);
    const texts = segmentTexts(text);
    const [first, second] = texts.flatMap((t, i) => (t.startsWith('CLM*') ? [i] : []));
    expect(texts.slice(first, second)).toEqual(
      expect.arrayContaining(['CLM*PCN20240108R*640***76:A:7**A*Y*Y', 'REF*F8*24008000001']),
    );
    expect(texts.slice(second)).toEqual(
      expect.arrayContaining(['CLM*PCN20240115V*640***76:A:8**A*Y*Y', 'REF*F8*PCN20240115A']),
    );
    // 2300 order (837I TR3 positions): CL1, then REF*F8, then the HI diagnoses.
    const claimOne = texts.slice(first, second);
    expect(claimOne.findIndex((t) => t.startsWith('REF*F8'))).toBeGreaterThan(claimOne.indexOf('CL1***01'));
    expect(claimOne.findIndex((t) => t.startsWith('REF*F8'))).toBeLessThan(claimOne.indexOf('HI*ABK:F332'));
  });

  it('names the corrected claim on a replacement (REF*F8) and refuses one that names none', () => {
    const replacement = medicareIopClaim({ typeOfBill: '767', frequency: '7', originalClaimId: '24008000001' });
    expect(built(replacement)).toContain('REF*F8*24008000001');
    expect(refusal({ ...replacement, originalClaimId: null })).toMatchObject({ path: 'originalClaimId' });
  });

  it.each<[string, (claim: Claim) => Claim, string]>([
    ['an 837P claim', () => commercialTelehealthClaim(), 'format'],
    ['a total that is not the sum of the lines', (c) => ({ ...c, totalCents: c.totalCents + 1 }), 'totalCents'],
    ['a line without a revenue code', (c) => withLines(c, [line({ revenueCode: null })]), 'lines.0.revenueCode'],
    ['a type of bill disagreeing with the frequency', (c) => ({ ...c, typeOfBill: '762' }), 'typeOfBill'],
    ['no type of bill', (c) => ({ ...c, typeOfBill: null }), 'typeOfBill'],
    ['no patient status', (c) => ({ ...c, patientStatus: null }), 'patientStatus'],
    ['no attending', (c) => ({ ...c, attending: null }), 'attending'],
    ['no diagnosis', (c) => ({ ...c, diagnoses: [] }), 'diagnoses'],
    ['a malformed diagnosis', (c) => ({ ...c, diagnoses: ['332'] }), 'diagnoses.0'],
    [
      'a malformed service date',
      (c) => withLines(c, [line(), line({ serviceDate: '01/09/2024' })]),
      'lines.1.serviceDate',
    ],
    ['five modifiers', (c) => withLines(c, [line({ modifiers: ['59', 'HQ', 'HF', 'PO', 'GT'] })]), 'lines.0.modifiers'],
    ['a provider missing from the claim', (c) => ({ ...c, providers: [] }), 'lines.renderingStaffId'],
    ['no lines', (c) => withLines(c, []), 'lines'],
  ])('refuses %s, naming the claim and the path', (_, change, path) => {
    const error = refusal(change(medicareIopClaim()));
    expect(error).toBeInstanceOf(EdiBuildError);
    expect(error).toMatchObject({ path, claimId: expect.stringMatching(/^PCN20240108/) });
  });

  it('refuses a line whose rendering provider the claim does not carry, naming the line', () => {
    const claim = withLines(medicareIopClaim({ providers: [therapist] }), [
      line(),
      line(),
      line({ renderingStaffId: 'staff-unknown' }),
    ]);
    expect(refusal(claim)).toMatchObject({ path: 'lines.2.renderingStaffId' });
  });
});
