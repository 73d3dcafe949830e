import { describe, expect, it } from 'vitest';
import { parse, parseCents, valueAt } from '../x12/index.ts';
import type { Claim } from '../claim-model.ts';
import { build837P, MAX_LINES_837P } from './build-837p.ts';
import { EdiBuildError } from './build-error.ts';
import {
  attending,
  commercialTelehealthClaim,
  envelope,
  expectGolden,
  line,
  mapIssues,
  medicareIopClaim,
  segmentTexts,
  supervisor,
  therapist,
  withLines,
} from './test-fixtures.ts';

const build = (...claims: Claim[]) => build837P(claims, envelope({ receiverName: 'EXAMPLE PAYER' }));

function built(...claims: Claim[]): string[] {
  const text = build(...claims);
  expect(mapIssues(text, '837P')).toEqual([]);
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

/** The commercial claim with other lines: by default video group psychotherapy by JONES, supervised. */
const telehealth = (...overrides: Parameters<typeof line>[0][]) =>
  withLines(
    commercialTelehealthClaim({ providers: [therapist, supervisor, attending] }),
    overrides.map((o) =>
      line({
        revenueCode: null,
        procedureCode: '90853',
        chargeCents: 12000,
        placeOfService: '10',
        supervisingStaffId: supervisor.staffId,
        ...o,
      }),
    ),
  );

/** The segments from the claim's CLM to the end of its transaction set (SE, GE, IEA left out). */
const claimPart = (texts: string[]) =>
  texts.slice(
    texts.findIndex((t) => t.startsWith('CLM')),
    -3,
  );

describe('build837P', () => {
  it('writes the commercial telehealth sample claim as the golden file, clean against the map', () => {
    const text = build(commercialTelehealthClaim());
    expect(mapIssues(text, '837P')).toEqual([]);
    expectGolden('commercial-telehealth.837p', text);
  });

  it('writes a replacement (7) and a void (8) with REF*F8 in 2300 as the golden file, clean against the map', () => {
    const replacement = commercialTelehealthClaim({
      claimId: 'PCN20240108R',
      frequency: '7',
      originalClaimId: 'PCN20240108P',
      payerClaimControlNumber: 'ICN8872600017',
    });
    const voided = commercialTelehealthClaim({
      claimId: 'PCN20240115V',
      frequency: '8',
      originalClaimId: 'PCN20240115P',
    });
    const text = build(replacement, voided);
    expect(mapIssues(text, '837P')).toEqual([]);
    expectGolden('commercial-telehealth-corrections.837p', text);
    const texts = segmentTexts(text);
    const [first, second] = texts.flatMap((t, i) => (t.startsWith('CLM*') ? [i] : []));
    const claimOne = texts.slice(first, second);
    expect(claimOne).toEqual(
      expect.arrayContaining(['CLM*PCN20240108R*240***10:B:7*Y*A*Y*Y', 'REF*G1*AUTH-7731', 'REF*F8*ICN8872600017']),
    );
    expect(texts.slice(second)).toEqual(
      expect.arrayContaining(['CLM*PCN20240115V*240***10:B:8*Y*A*Y*Y', 'REF*F8*PCN20240115P']),
    );
    // 2300 REF*F8 comes before HI (837P TR3 positions).
    expect(claimOne.findIndex((t) => t.startsWith('REF*F8'))).toBeLessThan(
      claimOne.findIndex((t) => t.startsWith('HI*')),
    );
  });

  it('totals CLM02 from the lines: Σ SV102', () => {
    const claim = telehealth({ chargeCents: 12_050 }, { chargeCents: 9_999 }, { chargeCents: 1 });
    const segments = parse(build(claim)).segments;
    const clm = segments.find((s) => s.id === 'CLM');
    const lines = segments.filter((s) => s.id === 'SV1').map((s) => parseCents(valueAt(s, 2)) ?? NaN);
    expect(clm && valueAt(clm, 2)).toBe('220.5');
    expect(lines.reduce((a, b) => a + b, 0)).toBe(clm && parseCents(valueAt(clm, 2)));
  });

  it('puts the most frequent place of service in CLM05 and writes SV105 only on lines that differ', () => {
    const texts = built(telehealth({ placeOfService: '11' }, {}, {}));
    expect(texts).toContain('CLM*PCN20240108P*360***10:B:1*Y*A*Y*Y');
    expect(texts.filter((t) => t.startsWith('SV1'))).toEqual([
      'SV1*HC:90853*120*UN*1*11**1:2',
      'SV1*HC:90853*120*UN*1***1:2',
      'SV1*HC:90853*120*UN*1***1:2',
    ]);
  });

  it('writes every diagnosis in one HI and points each line at the first four', () => {
    const claim = commercialTelehealthClaim({ diagnoses: ['F33.2', 'F41.1', 'F43.10', 'F10.20', 'Z63.0'] });
    const texts = built(claim);
    expect(texts).toContain('HI*ABK:F332*ABF:F411*ABF:F4310*ABF:F1020*ABF:Z630');
    expect(texts.filter((t) => t.startsWith('SV1')).every((t) => t.endsWith('***1:2:3:4'))).toBe(true);
  });

  it('names rendering and supervising providers on the claim when every line shares them', () => {
    const claim = claimPart(built(commercialTelehealthClaim()));
    expect(claim.slice(3, 6)).toEqual([
      'NM1*82*1*JONES*MARY****XX*1245319599',
      'PRV*PE*PXC*1041C0700X',
      'NM1*DQ*1*BROWN*ALEX****XX*1999999992',
    ]);
    expect(claim.filter((t) => t.startsWith('NM1'))).toHaveLength(2);
  });

  it('overrides the rendering provider on the lines that differ (2420A with PRV*PE)', () => {
    const claim = claimPart(
      built(
        telehealth(
          { supervisingStaffId: null },
          { supervisingStaffId: null },
          { renderingStaffId: attending.staffId, supervisingStaffId: null },
        ),
      ),
    );
    expect(claim.filter((t) => t.startsWith('NM1'))).toEqual([
      'NM1*82*1*JONES*MARY****XX*1245319599',
      'NM1*82*1*SMITH*JOHN****XX*1558598797',
    ]);
    expect(claim.slice(-3)).toEqual([
      'DTP*472*D8*20240108',
      'NM1*82*1*SMITH*JOHN****XX*1558598797',
      'PRV*PE*PXC*2084P0800X',
    ]);
  });

  it('reports the supervisor line by line (2420D) when only some lines are supervised', () => {
    const claim = claimPart(built(telehealth({}, { supervisingStaffId: null })));
    expect(claim.filter((t) => t.startsWith('NM1*DQ'))).toEqual(['NM1*DQ*1*BROWN*ALEX****XX*1999999992']);
    expect(claim.indexOf('NM1*DQ*1*BROWN*ALEX****XX*1999999992')).toBe(claim.indexOf('LX*1') + 3);
  });

  it('lets the billing provider render lines that name nobody, and names the others line by line', () => {
    const claim = claimPart(built(telehealth({ renderingStaffId: null }, {}, {})));
    expect(claim.filter((t) => t.startsWith('NM1*82'))).toEqual([
      'NM1*82*1*JONES*MARY****XX*1245319599',
      'NM1*82*1*JONES*MARY****XX*1245319599',
    ]);
    expect(claim.indexOf('NM1*82*1*JONES*MARY****XX*1245319599')).toBeGreaterThan(claim.indexOf('LX*2'));
  });

  it('splits a claim past 50 lines into parts, each within the 2400 limit', () => {
    const lines = Array.from({ length: MAX_LINES_837P * 2 + 1 }, () => ({}));
    const texts = built(telehealth(...lines));
    expect(texts.filter((t) => t.startsWith('CLM')).map((t) => t.split('*').slice(1, 3).join(' '))).toEqual([
      'PCN20240108P-1 6000',
      'PCN20240108P-2 6000',
      'PCN20240108P-3 120',
    ]);
  });

  it.each<[string, (claim: Claim) => Claim, string]>([
    ['an 837I claim', () => medicareIopClaim(), 'format'],
    [
      'thirteen diagnoses',
      (c) => ({ ...c, diagnoses: Array.from({ length: 13 }, (_, i) => `F4${i + 10}`) }),
      'diagnoses',
    ],
    [
      'a line without a place of service',
      (c) => withLines(c, [line({ placeOfService: null })]),
      'lines.0.placeOfService',
    ],
    ['a supervisor the claim does not carry', (c) => ({ ...c, providers: [therapist] }), 'lines.supervisingStaffId'],
    ['zero units', (c) => withLines(c, [line({ placeOfService: '10', units: 0 })]), 'lines.0.units'],
  ])('refuses %s', (_, change, path) => {
    const error = refusal(change(commercialTelehealthClaim()));
    expect(error).toBeInstanceOf(EdiBuildError);
    expect(error).toMatchObject({ path });
  });
});
