import { describe, expect, it } from 'vitest';
import { parse, valueAt } from '../x12/index.ts';
import type { Claim } from '../claim-model.ts';
import { build837I } from './build-837i.ts';
import { build837P } from './build-837p.ts';
import { MAX_CLAIMS_PER_TRANSACTION, type EdiEnvelope } from './claim-file.ts';
import {
  commercialTelehealthClaim,
  envelope,
  line,
  mapIssues,
  medicareIopClaim,
  patient,
  segmentTexts,
  withLines,
} from './test-fixtures.ts';

// Where control numbers and dates sit: ISA09 ISA10 ISA13, GS04 GS05 GS06, BHT03 BHT04 BHT05, GE02, IEA02.
const VARYING: Record<string, number[]> = { ISA: [9, 10, 13], GS: [4, 5, 6], BHT: [3, 4, 5], GE: [2], IEA: [2] };

/** The file with its control numbers and dates blanked: what must not change between two builds. */
const withoutEnvelopeValues = (text: string) =>
  parse(text).segments.map((seg) => ({
    id: seg.id,
    elements: seg.elements.map((element, i) => ((VARYING[seg.id] ?? []).includes(i + 1) ? '' : element)),
  }));

const builders = [
  ['837I', build837I, medicareIopClaim],
  ['837P', build837P, commercialTelehealthClaim],
] as const;

describe.each(builders)('the %s file', (format, build, claim) => {
  const claims = [claim(), claim({ claimId: 'SECOND', patient: patient({ patientId: 'p2', mrn: 'MRN0002' }) })];

  it('is byte for byte the same for the same claims and envelope', () => {
    expect(build(claims, envelope())).toBe(build(structuredClone(claims), envelope()));
  });

  it('changes only in control numbers and dates when the envelope does', () => {
    const first = build(claims, envelope());
    const later = build(claims, envelope({ controlNumber: 987_654_321, createdAt: '2025-12-31T23:59:30' }));
    expect(later).not.toBe(first);
    expect(withoutEnvelopeValues(later)).toEqual(withoutEnvelopeValues(first));
    expect(segmentTexts(later).slice(0, 4)).toEqual([
      'ISA*00*          *00*          *ZZ*SUBMITTERID    *ZZ*RECEIVERID     *251231*2359*^*00501*987654321*0*T*:',
      `GS*HC*SUBMITTERID*RECEIVERID*20251231*2359*987654321*X*${format === '837I' ? '005010X223A2' : '005010X222A1'}`,
      `ST*837*0001*${format === '837I' ? '005010X223A2' : '005010X222A1'}`,
      'BHT*0019*00*987654321-1*20251231*2359*CH',
    ]);
  });

  it('writes no line breaks unless asked: the same segments as the readable file', () => {
    const plain = build(claims, envelope({ lineEnding: undefined }));
    expect(plain).not.toContain('\n');
    expect(plain).toBe(build(claims, envelope()).replaceAll('~\n', '~'));
    expect(mapIssues(plain, format)).toEqual([]);
  });

  it.each<[string, Partial<EdiEnvelope>, string]>([
    ['a creation time with a zone', { createdAt: '2024-01-15T12:00:00Z' }, 'createdAt'],
    ['a date alone', { createdAt: '2024-01-15' }, 'createdAt'],
    ['a time that does not exist', { createdAt: '2024-01-15T24:00' }, 'createdAt'],
    ['a day that does not exist', { createdAt: '2024-02-30T10:00' }, 'createdAt'],
    [
      'a contact without phone or email',
      { submitter: { name: 'HOPE', id: 'SUBMITTERID', contact: { name: 'BILLING' } } },
      'submitter.contact',
    ],
  ])('refuses %s in the envelope', (_, change, path) => {
    expect(() => build(claims, envelope(change))).toThrow(expect.objectContaining({ claimId: null, path }));
  });

  it('refuses an empty batch', () => {
    expect(() => build([], envelope())).toThrow(expect.objectContaining({ path: 'claims' }));
  });
});

describe('transaction sets', () => {
  it(`holds at most ${MAX_CLAIMS_PER_TRANSACTION} claims each, with the counts the envelope needs`, () => {
    const small = (i: number): Claim =>
      withLines(medicareIopClaim({ claimId: `C${i}`, statementTo: '2024-01-08' }), [line({ chargeCents: 100 + i })]);
    const claims = Array.from({ length: MAX_CLAIMS_PER_TRANSACTION + 1 }, (_, i) => small(i));
    const text = build837I(claims, envelope({ controlNumber: 500 }));
    expect(mapIssues(text, '837I')).toEqual([]);
    const segments = parse(text).segments;
    const perSet: number[] = [];
    for (const seg of segments) {
      if (seg.id === 'ST') perSet.push(0);
      if (seg.id === 'CLM') perSet.push((perSet.pop() ?? 0) + 1);
    }
    expect(perSet).toEqual([MAX_CLAIMS_PER_TRANSACTION, 1]);
    const texts = segmentTexts(text);
    expect(texts.filter((t) => /^(ST|BHT|GE)\*/.test(t))).toEqual([
      'ST*837*0001*005010X223A2',
      'BHT*0019*00*500-1*20240115*1200*CH',
      'ST*837*0002*005010X223A2',
      'BHT*0019*00*500-2*20240115*1200*CH',
      'GE*2*500',
    ]);
    // Each set names submitter and receiver again and starts its own hierarchy at HL 1.
    const second = segments.findIndex((s) => s.id === 'ST' && valueAt(s, 2) === '0002');
    expect(texts.slice(second + 2, second + 6)).toEqual([
      'NM1*41*2*HOPE BEHAVIORAL HEALTH*****46*SUBMITTERID',
      'PER*IC*BILLING OFFICE*TE*5555551234',
      'NM1*40*2*EXAMPLE MAC*****46*RECEIVERID',
      'HL*1**20*1',
    ]);
  });
});
