import { describe, expect, it } from 'vitest';
import { checkX12, type MapIssue } from './map-checker.ts';
import { parse } from './parse.ts';
import { loop, segment, serialize, type Interchange, type Part, type Segment } from './segments.ts';
import { mapFile, referenceMap, sampleText } from './test-fixtures.ts';
import { loadMap } from './x12-map.ts';

type Sample = '837I' | '837P' | '835';

const sampleSegments = (name: Sample): Segment[] =>
  parse(sampleText(name)).segments.map(({ id, elements }) => ({ id, elements }));

/** A sample changed on purpose, with SE01 recounted so that only the intended defect remains. */
function broken(name: Sample, change: (segments: Segment[]) => void): Segment[] {
  const segments = sampleSegments(name);
  change(segments);
  const st = segments.findIndex((s) => s.id === 'ST');
  const se = segments.findIndex((s) => s.id === 'SE');
  segments[se] = segment('SE', String(se - st + 1), '0001');
  return segments;
}

const at = (segments: Segment[], text: string) => segments.findIndex((s) => serializeOne(s) === text);
const serializeOne = (s: Segment) =>
  [s.id, ...s.elements.map((e) => (typeof e === 'string' ? e : e.join(':')))].join('*');

const brief = (issues: MapIssue[]) =>
  issues.map(({ segmentIndex, segmentId, loop: inLoop, element, code }) => ({
    segmentIndex,
    segmentId,
    loop: inLoop,
    code,
    ...(element ? { element } : {}),
  }));

describe('the validated samples', () => {
  it.each([['837I'], ['837P'], ['835']] as const)('%s passes its map with no issue', (name) => {
    expect(checkX12(referenceMap(name), sampleSegments(name))).toEqual([]);
  });

  it('checks a bare transaction set (ST…SE) as well as a whole interchange', () => {
    const segments = sampleSegments('837P');
    expect(checkX12(referenceMap('837P'), segments.slice(2, -2))).toEqual([]);
  });
});

describe('deliberately broken copies', () => {
  it('finds a missing required segment (837I CL1)', () => {
    const segments = broken('837I', (s) => s.splice(at(s, 'CL1***01'), 1));
    expect(brief(checkX12(referenceMap('837I'), segments))).toEqual([
      { segmentIndex: at(segments, 'HI*ABK:F332'), segmentId: 'CL1', loop: '2300', code: 'segment.missing' },
    ]);
  });

  it('finds a segment out of order (837I CL1 before DTP*434)', () => {
    const segments = broken('837I', (s) => {
      const dtp = at(s, 'DTP*434*RD8*20240108-20240109');
      s.splice(dtp, 2, s[dtp + 1] as Segment, s[dtp] as Segment);
    });
    const cl1 = at(segments, 'CL1***01');
    expect(brief(checkX12(referenceMap('837I'), segments))).toEqual([
      { segmentIndex: cl1, segmentId: 'DTP', loop: '2300', code: 'segment.missing' },
      { segmentIndex: cl1 + 1, segmentId: 'DTP', loop: '2300', code: 'segment.unexpected' },
    ]);
  });

  it('finds an element longer than its maximum (837I CLM01 over 38 characters)', () => {
    const segments = broken('837I', (s) => {
      const clm = at(s, 'CLM*PCN20240108A*640***76:A:1**A*Y*Y');
      s[clm] = segment('CLM', 'P'.repeat(39), '640', '', '', ['76', 'A', '1'], '', 'A', 'Y', 'Y');
    });
    const [issue, ...rest] = checkX12(referenceMap('837I'), segments);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ segmentId: 'CLM', loop: '2300', element: 'CLM01', code: 'element.too_long' });
    expect(issue?.message).toContain('longer than 38');
  });

  it('finds a code the map does not list (837I CLM05-2, 835 CAS01)', () => {
    const claim = broken('837I', (s) => {
      const clm = at(s, 'CLM*PCN20240108A*640***76:A:1**A*Y*Y');
      s[clm] = segment('CLM', 'PCN20240108A', '640', '', '', ['76', 'B', '1'], '', 'A', 'Y', 'Y');
    });
    expect(brief(checkX12(referenceMap('837I'), claim))).toEqual([
      { segmentIndex: 20, segmentId: 'CLM', loop: '2300', element: 'CLM05-2', code: 'element.bad_code' },
    ]);
    const remittance = broken('835', (s) => (s[s.length - 5] = segment('CAS', 'CR', '45', '20')));
    expect(brief(checkX12(referenceMap('835'), remittance))).toEqual([
      {
        segmentIndex: remittance.length - 5,
        segmentId: 'CAS',
        loop: '2110',
        element: 'CAS01',
        code: 'element.bad_code',
      },
    ]);
  });

  it('counts uses and repeats (PER at most twice in 1000A; 837P at most 50 service lines)', () => {
    const pers = broken('837P', (s) =>
      s.splice(at(s, 'PER*IC*BILLING OFFICE*TE*5555551234'), 0, s[5] as Segment, s[5] as Segment),
    );
    expect(brief(checkX12(referenceMap('837P'), pers))).toEqual([
      { segmentIndex: 7, segmentId: 'PER', loop: '1000A', code: 'segment.too_many' },
    ]);
    const lines = broken('837P', (s) => {
      const first = at(s, 'LX*1');
      const line = s.slice(first, first + 3);
      const extra = Array.from({ length: 49 }, (_, i) => [segment('LX', String(i + 3)), ...line.slice(1)]).flat();
      s.splice(first + 6, 0, ...extra);
    });
    const issues = brief(checkX12(referenceMap('837P'), lines));
    expect(issues).toEqual([
      { segmentIndex: at(lines, 'LX*51'), segmentId: 'LX', loop: '2400', code: 'loop.too_many' },
    ]);
  });

  it("takes a loop's first segment, even right after itself, as the loop's next instance", () => {
    const segments = broken('837P', (s) => s.splice(at(s, 'LX*2'), 0, segment('LX', '2')));
    const second = at(segments, 'LX*2') + 1;
    expect(brief(checkX12(referenceMap('837P'), segments))).toEqual([
      { segmentIndex: second, segmentId: 'SV1', loop: '2400', code: 'segment.missing' },
      { segmentIndex: second, segmentId: 'DTP', loop: '2400', code: 'segment.missing' },
    ]);
  });

  it('finds a missing required loop (835 without the payee, 1000B)', () => {
    const segments = broken('835', (s) => s.splice(at(s, 'N1*PE*HOPE BEHAVIORAL HEALTH*XX*1234567893'), 1));
    expect(brief(checkX12(referenceMap('835'), segments))).toEqual([
      { segmentIndex: at(segments, 'LX*1'), segmentId: 'N1', loop: 'HEADER', code: 'loop.missing' },
    ]);
  });

  it('checks element presence, use, data types and syntax notes', () => {
    const segments = broken('837I', (s) => {
      s[at(s, 'NM1*71*1*SMITH*JOHN****XX*1558598797')] = segment('NM1', '71', '1', '', 'JOHN', '', '', '', 'XX');
      s[at(s, 'CLM*PCN20240108A*640***76:A:1**A*Y*Y')] = segment(
        'CLM',
        'PCN20240108A',
        '640',
        'X',
        '',
        ['76', 'A', '1'],
        '',
        'A',
        'Y',
        'Y',
      );
      s[at(s, 'BHT*0019*00*BATCH0001*20240115*1200*CH')] = segment(
        'BHT',
        '0019',
        '00',
        'BATCH0001',
        '20240230',
        '1200',
        'CH',
      );
      s[at(s, 'LX*1') + 1] = segment('SV2', '0915', ['HC', 'G0410'], '1,60', 'UN', '1');
      s[at(s, 'LX*2')] = segment('LX', '2', '');
    });
    expect(brief(checkX12(referenceMap('837I'), segments))).toEqual([
      { segmentIndex: 3, segmentId: 'BHT', loop: 'HEADER', element: 'BHT04', code: 'element.bad_type' },
      { segmentIndex: 20, segmentId: 'CLM', loop: '2300', element: 'CLM03', code: 'element.not_used' },
      { segmentIndex: 25, segmentId: 'NM1', loop: '2310A', element: 'NM103', code: 'element.missing' },
      { segmentIndex: 25, segmentId: 'NM1', loop: '2310A', code: 'segment.syntax' },
      { segmentIndex: 27, segmentId: 'SV2', loop: '2400', element: 'SV203', code: 'element.bad_type' },
      { segmentIndex: 29, segmentId: 'LX', loop: '2400', code: 'segment.trailing_separator' },
      { segmentIndex: 29, segmentId: 'LX', loop: '2400', code: 'segment.too_many_elements' },
    ]);
  });

  it('checks minimum lengths, element patterns and composite shapes', () => {
    const segments = broken('837I', (s) => {
      s[at(s, 'NM1*85*2*HOPE BEHAVIORAL HEALTH*****XX*1234567893')] = segment(
        'NM1',
        '85',
        '2',
        'HOPE',
        '',
        '',
        '',
        '',
        'XX',
        '1',
      );
      s[at(s, 'N3*100 MAIN ST')] = segment('N3', ['100 MAIN ST', 'STE 4']);
      s[at(s, 'N4*SPRINGFIELD*IL*627011234')] = segment('N4', 'SPRINGFIELD', 'IL', '62701');
      s[at(s, 'HI*ABK:F332')] = segment('HI', ['ABK', 'F332', '', '', '', '', '', '', '', 'X']);
    });
    expect(brief(checkX12(referenceMap('837I'), segments))).toEqual([
      { segmentIndex: 9, segmentId: 'NM1', loop: '2010AA', element: 'NM109', code: 'element.too_short' },
      { segmentIndex: 10, segmentId: 'N3', loop: '2010AA', element: 'N301', code: 'element.unexpected_components' },
      { segmentIndex: 11, segmentId: 'N4', loop: '2010AA', element: 'N403', code: 'element.bad_format' },
      { segmentIndex: 23, segmentId: 'HI', loop: '2300', element: 'HI01', code: 'element.too_many_components' },
    ]);
  });

  it('reports an interchange that is never closed', () => {
    const segments = sampleSegments('837P').slice(0, -1);
    expect(brief(checkX12(referenceMap('837P'), segments))).toEqual([
      { segmentIndex: 0, segmentId: 'ISA', loop: 'ISA_LOOP', code: 'envelope.unmatched' },
      { segmentIndex: segments.length - 1, segmentId: 'IEA', loop: 'ISA_LOOP', code: 'segment.missing' },
    ]);
  });

  it('tells same-id loops apart by their qualifier and reports an unknown one', () => {
    const segments = broken('837P', (s) => (s[at(s, 'HL*2*1*22*0')] = segment('HL', '2', '1', '99', '0')));
    expect(brief(checkX12(referenceMap('837P'), segments))).toEqual([
      { segmentIndex: 13, segmentId: 'HL', loop: '2000B', element: 'HL03', code: 'element.bad_code' },
    ]);
  });

  it('checks the envelope counts and control numbers', () => {
    const segments = sampleSegments('835');
    segments[segments.length - 3] = segment('SE', '28', '0002');
    segments[segments.length - 1] = segment('IEA', '1', '000000004');
    expect(brief(checkX12(referenceMap('835'), segments))).toEqual([
      { segmentIndex: 30, segmentId: 'SE', loop: 'ST_LOOP', element: 'SE01', code: 'envelope.count' },
      { segmentIndex: 30, segmentId: 'SE', loop: 'ST_LOOP', element: 'SE02', code: 'envelope.control_number' },
      { segmentIndex: 32, segmentId: 'IEA', loop: 'ISA_LOOP', element: 'IEA02', code: 'envelope.control_number' },
    ]);
  });
});

// An 837P written with the builder helpers, the way claim builders will write theirs.
function professionalClaims(lineCount: number): Part[] {
  return [
    segment('BHT', '0019', '00', 'BATCH7', '20240115', '1200', 'CH'),
    loop(
      '1000A',
      segment('NM1', '41', '2', 'HOPE BEHAVIORAL HEALTH', '', '', '', '', '46', 'SUBMITTERID'),
      segment('PER', 'IC', 'BILLING', 'TE', '5555551234'),
    ),
    loop('1000B', segment('NM1', '40', '2', 'EXAMPLE PAYER', '', '', '', '', '46', 'RECEIVERID')),
    loop(
      '2000A',
      segment('HL', '1', '', '20', '1'),
      loop(
        '2010AA',
        segment('NM1', '85', '2', 'HOPE BEHAVIORAL HEALTH', '', '', '', '', 'XX', '1234567893'),
        segment('N3', '100 MAIN ST'),
        segment('N4', 'SPRINGFIELD', 'IL', '627011234'),
        segment('REF', 'EI', '123456789'),
      ),
    ),
    loop(
      '2000B',
      segment('HL', '2', '1', '22', '0'),
      segment('SBR', 'P', '18', 'GRP001', '', '', '', '', '', 'CI'),
      loop('2010BA', segment('NM1', 'IL', '1', 'DOE', 'JANE', '', '', '', 'MI', 'W123456789')),
      loop('2010BB', segment('NM1', 'PR', '2', 'EXAMPLE HEALTH PLAN', '', '', '', '', 'PI', '87726')),
      loop(
        '2300',
        segment('CLM', 'PCN7', String(120 * lineCount), '', '', ['10', 'B', '1'], 'Y', 'A', 'Y', 'Y'),
        segment('HI', ['ABK', 'F332']),
        Array.from({ length: lineCount }, (_, i) =>
          loop(
            '2400',
            segment('LX', String(i + 1)),
            segment('SV1', ['HC', '90853', '95'], '120', 'UN', '1', '', '', ['1']),
            segment('DTP', '472', 'D8', '20240108'),
          ),
        ),
      ),
    ),
  ];
}

const interchangeOf = (version: string, body: Part[]): Interchange => ({
  sender: { qualifier: 'ZZ', id: 'SUBMITTERID' },
  receiver: { qualifier: 'ZZ', id: 'RECEIVERID' },
  date: '20240115',
  time: '1200',
  controlNumber: 7,
  usage: 'T',
  groups: [
    {
      functionalId: 'HC',
      sender: 'SUBMITTERID',
      receiver: 'RECEIVERID',
      version,
      transactions: [{ code: '837', implementation: version, body }],
    },
  ],
});

describe('written interchanges', () => {
  it('an 837P built with the segment helpers passes the map', () => {
    const text = serialize(interchangeOf('005010X222A1', professionalClaims(3)));
    expect(checkX12(referenceMap('837P'), parse(text).segments)).toEqual([]);
  });

  it('a wrong GS08 for the transaction is caught', () => {
    const text = serialize(interchangeOf('005010X223A2', professionalClaims(1)));
    const issues = brief(checkX12(referenceMap('837P'), parse(text).segments));
    expect(issues).toContainEqual({
      segmentIndex: 1,
      segmentId: 'GS',
      loop: 'GS_LOOP',
      element: 'GS08',
      code: 'element.bad_code',
    });
  });

  it('checks about 24,000 institutional service lines well under two seconds', () => {
    const subscriber = (n: number): Part =>
      loop(
        '2000B',
        segment('HL', String(n + 2), '1', '22', '0'),
        segment('SBR', 'P', '18', '', '', '', '', '', '', 'MA'),
        loop('2010BA', segment('NM1', 'IL', '1', 'DOE', `PAT${n}`, '', '', '', 'MI', `1EG4TE5MK${n}`)),
        loop('2010BB', segment('NM1', 'PR', '2', 'MEDICARE PART A', '', '', '', '', 'PI', '12345')),
        loop(
          '2300',
          segment('CLM', `PCN${n}`, '128000', '', '', ['76', 'A', '1'], '', 'A', 'Y', 'Y'),
          segment('DTP', '434', 'RD8', '20240101-20240131'),
          segment('CL1', '', '', '01'),
          segment('HI', ['ABK', 'F332']),
          segment('HI', ['BG', '92']),
          Array.from({ length: 800 }, (_, i) => [
            segment('LX', String(i + 1)),
            segment('SV2', '0915', ['HC', 'G0410'], '160', 'UN', '1'),
            segment('DTP', '472', 'D8', '20240108'),
          ]),
        ),
      );
    const body: Part[] = [
      segment('BHT', '0019', '00', 'BATCH9', '20240115', '1200', 'CH'),
      segment('NM1', '41', '2', 'HOPE BEHAVIORAL HEALTH', '', '', '', '', '46', 'SUBMITTERID'),
      segment('PER', 'IC', 'BILLING OFFICE', 'TE', '5555551234'),
      segment('NM1', '40', '2', 'EXAMPLE MAC', '', '', '', '', '46', 'RECEIVERID'),
      segment('HL', '1', '', '20', '1'),
      segment('NM1', '85', '2', 'HOPE BEHAVIORAL HEALTH', '', '', '', '', 'XX', '1234567893'),
      segment('N3', '100 MAIN ST'),
      segment('N4', 'SPRINGFIELD', 'IL', '627011234'),
      segment('REF', 'EI', '123456789'),
      Array.from({ length: 30 }, (_, n) => subscriber(n)),
    ];
    const segments = parse(serialize(interchangeOf('005010X223A2', body))).segments;
    const map = referenceMap('837I');
    const started = performance.now();
    const issues = checkX12(map, segments);
    const elapsed = performance.now() - started;
    expect(segments.filter((s) => s.id === 'SV2')).toHaveLength(24_000);
    expect(issues).toEqual([]);
    expect(elapsed).toBeLessThan(2000);
  });
});

describe('loading maps', () => {
  it('compiles each map file once', () => {
    expect(loadMap(mapFile('835'))).toBe(referenceMap('835'));
  });
});
