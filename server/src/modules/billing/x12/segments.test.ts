import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, type ParsedSegment } from './parse.ts';
import {
  flatten,
  loop,
  segment,
  serialize,
  valueAt,
  X12WriteError,
  type Interchange,
  type Segment,
  type Separators,
} from './segments.ts';
import { referenceMap, sampleText } from './test-fixtures.ts';
import type { SegmentRule } from './x12-map.ts';

const body = [segment('BHT', '0019', '00', 'B1', '20240115', '1200', 'CH'), segment('NM1', '41', '2', 'HOPE')];

const interchange = (overrides: Partial<Interchange> = {}): Interchange => ({
  sender: { qualifier: 'ZZ', id: 'SUBMITTER' },
  receiver: { qualifier: 'ZZ', id: 'RECEIVER' },
  date: '20240115',
  time: '1200',
  controlNumber: 42,
  usage: 'T',
  groups: [
    {
      functionalId: 'HC',
      sender: 'SUBMITTER',
      receiver: 'RECEIVER',
      version: '005010X222A1',
      transactions: [
        { code: '837', implementation: '005010X222A1', body },
        { code: '837', implementation: '005010X222A1', body: [body[0]] },
      ],
    },
    {
      functionalId: 'HC',
      sender: 'SUBMITTER',
      receiver: 'RECEIVER',
      version: '005010X223A2',
      transactions: [{ code: '837', implementation: '005010X223A2', body }],
    },
  ],
  ...overrides,
});

const lines = (text: string) => text.split('~').filter((line) => line !== '');
const strip = (segments: ParsedSegment[]): Segment[] => segments.map(({ id, elements }) => ({ id, elements }));

describe('segment helpers', () => {
  it('writes absent optional values as empty elements', () => {
    expect(segment('REF', 'EI', undefined, '1')).toEqual({ id: 'REF', elements: ['EI', '', '1'] });
  });
  it('flattens loop annotations and skips absent parts, keeping order', () => {
    const lx = segment('LX', '1');
    const sv1 = segment('SV1', ['HC', '90853'], '120');
    const parts = flatten(segment('CLM', 'A'), loop('2400', lx, false, [sv1, null]), undefined, loop('2420A'));
    expect(parts).toEqual([segment('CLM', 'A'), lx, sv1]);
  });
  it('reads elements and components by their X12 positions', () => {
    const sv1 = segment('SV1', ['HC', '90853', '95'], '120');
    expect(valueAt(sv1, 1, 2)).toBe('90853');
    expect(valueAt(sv1, 2)).toBe('120');
    expect(valueAt(sv1, 2, 2)).toBe('');
    expect(valueAt(sv1, 9)).toBe('');
  });
});

describe('serialize', () => {
  it('computes counts and control numbers: ISA13 = IEA02, GS06 = GE02, ST02 = SE02, SE01 from ST to SE', () => {
    const text = lines(serialize(interchange()));
    expect(text.filter((line) => /^(GS|ST|SE|GE|IEA)\*/.test(line))).toEqual([
      'GS*HC*SUBMITTER*RECEIVER*20240115*1200*42*X*005010X222A1',
      'ST*837*0001*005010X222A1',
      'SE*4*0001',
      'ST*837*0002*005010X222A1',
      'SE*3*0002',
      'GE*2*42',
      'GS*HC*SUBMITTER*RECEIVER*20240115*1200*43*X*005010X223A2',
      'ST*837*0001*005010X223A2',
      'SE*4*0001',
      'GE*1*43',
      'IEA*2*000000042',
    ]);
    expect(text[0]?.slice(90, 99)).toBe('000000042');
  });

  it('pads every ISA field to the fixed width of the envelope map, 106 characters in all', () => {
    const isa = serialize(interchange()).slice(0, 106);
    expect(isa).toBe(
      'ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *240115*1200*^*00501*000000042*0*T*:~',
    );
    const rule = referenceMap('control').loops[0]?.children[0] as SegmentRule;
    const fields = isa.slice(4, 105).split('*');
    expect(rule.id).toBe('ISA');
    rule.fields.forEach((field, i) => {
      const width = fields[i]?.length;
      expect(field.kind === 'element' && field.min === width && field.max === width, field.ref).toBe(true);
    });
  });

  it('drops trailing empty elements and trailing empty components', () => {
    const seg = segment('NM1', '85', '2', 'HOPE', '', '', '', '', 'XX', '1234567893', '', '');
    const sv1 = segment('SV1', ['HC', '90853', '', ''], '120', 'UN', '1', '', '', ['1', '2'], ['', '']);
    const text = lines(
      serialize(
        interchange({ groups: [{ ...interchange().groups[1]!, transactions: [{ code: '837', body: [seg, sv1] }] }] }),
      ),
    );
    expect(text).toContain('NM1*85*2*HOPE*****XX*1234567893');
    expect(text).toContain('SV1*HC:90853*120*UN*1***1:2');
  });

  it('refuses data holding a separator or a control character, naming the segment and element', () => {
    const withBody = (seg: Segment) =>
      interchange({ groups: [{ ...interchange().groups[1]!, transactions: [{ code: '837', body: [seg] }] }] });
    const attempt = (seg: Segment) => {
      try {
        serialize(withBody(seg));
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const error = attempt(segment('NM1', 'IL', '1', 'O*BRIEN'));
    expect(error).toBeInstanceOf(X12WriteError);
    expect(error).toMatchObject({ segmentId: 'NM1', segmentIndex: 3, element: 'NM103' });
    expect((error as Error).message).toContain('element separator "*"');
    expect(attempt(segment('N3', 'SUITE 4:B'))).toMatchObject({ element: 'N301' });
    expect(attempt(segment('N3', 'A~B'))).toMatchObject({ element: 'N301' });
    expect(attempt(segment('N3', 'A^B'))).toMatchObject({ element: 'N301' });
    expect(attempt(segment('N3', 'A\nB'))).toMatchObject({ element: 'N301' });
    expect(attempt(segment('SV1', ['HC', '9085*3']))).toMatchObject({ element: 'SV101-2' });
    expect(attempt(segment('SE', '3', '0001'))).toMatchObject({ segmentId: 'SE' });
    expect(attempt(segment('nm1', 'x'))).toBeInstanceOf(X12WriteError);
  });

  it('writes with other separators, where the default ones are ordinary data', () => {
    const separators: Separators = { element: '|', component: '>', repetition: '!', segment: '\n' };
    const seg = segment('NM1', 'IL', '1', 'O*BRIEN:JR~');
    const text = serialize(
      interchange({ groups: [{ ...interchange().groups[1]!, transactions: [{ code: '837', body: [seg] }] }] }),
      { separators },
    );
    expect(text.split('\n')[0]).toHaveLength(105);
    const parsed = parse(text);
    expect(parsed.separators).toEqual(separators);
    expect(parsed.segments[3]).toMatchObject({ id: 'NM1', elements: ['IL', '1', 'O*BRIEN:JR~'] });
  });

  it('refuses envelope values it cannot write', () => {
    expect(() => serialize(interchange({ controlNumber: 0 }))).toThrow(X12WriteError);
    expect(() => serialize(interchange({ controlNumber: 999_999_999 }))).toThrow(/control number/); // two groups
    expect(() => serialize(interchange({ date: '2024-01-15' }))).toThrow(/CCYYMMDD/);
    expect(() => serialize(interchange({ sender: { qualifier: 'ZZ', id: 'S'.repeat(16) } }))).toThrow(/ISA06/);
    expect(() => serialize(interchange({ groups: [] }))).toThrow(/functional group/);
    expect(() => serialize(interchange(), { separators: { component: '*' } })).toThrow(/differ/);
  });

  it('writes the validated 837I sample byte for byte from its parsed segments', () => {
    const text = sampleText('837I');
    const all = parse(text).segments;
    const isa = all[0]!;
    const gs = all[1]!;
    const st = all[2]!;
    const written = serialize(
      {
        sender: { qualifier: valueAt(isa, 5), id: valueAt(isa, 6).trim() },
        receiver: { qualifier: valueAt(isa, 7), id: valueAt(isa, 8).trim() },
        date: valueAt(gs, 4),
        time: valueAt(gs, 5),
        controlNumber: Number(valueAt(isa, 13)),
        usage: 'T',
        groups: [
          {
            functionalId: valueAt(gs, 1),
            sender: valueAt(gs, 2),
            receiver: valueAt(gs, 3),
            version: valueAt(gs, 8),
            transactions: [{ code: valueAt(st, 1), implementation: valueAt(st, 3), body: all.slice(3, -3) }],
          },
        ],
      },
      { lineEnding: '\n' },
    );
    expect(written).toBe(text);
  });
});

describe('round trip', () => {
  it('parses back what it wrote', () => {
    const parsed = parse(serialize(interchange())).segments;
    expect(strip(parsed.slice(3, 5))).toEqual(body);
    expect(parsed.map((seg) => seg.index)).toEqual(parsed.map((_, i) => i));
  });

  // Element text without separators or control characters; composites keep at least two components
  // and no trailing empties, segments no trailing empty elements (what the writer would drop).
  const separatorSets: Separators[] = [
    { element: '*', component: ':', repetition: '^', segment: '~' },
    { element: '|', component: '>', repetition: '!', segment: '\n' },
    { element: '+', component: '<', repetition: '`', segment: "'" },
  ];

  const segmentsWithout = (separators: Separators) => {
    const forbidden = new Set(Object.values(separators));
    const char = fc
      .integer({ min: 0x20, max: 0x7e })
      .map((code) => String.fromCharCode(code))
      .filter((c) => !forbidden.has(c));
    const text = fc.array(char, { maxLength: 12 }).map((chars) => chars.join(''));
    const filled = fc.array(char, { minLength: 1, maxLength: 12 }).map((chars) => chars.join(''));
    const composite = fc
      .tuple(fc.array(text, { minLength: 1, maxLength: 4 }), filled)
      .map(([head, last]) => [...head, last]);
    const id = fc
      .stringMatching(/^[A-Z][A-Z0-9]{1,2}$/)
      .filter((s) => !['ISA', 'IEA', 'GS', 'GE', 'ST', 'SE'].includes(s));
    const elements = fc
      .tuple(fc.array(fc.oneof(text, composite), { maxLength: 8 }), fc.oneof(filled, composite))
      .map(([head, last]) => [...head, last]);
    return fc.array(fc.record({ id, elements }), { minLength: 1, maxLength: 6 });
  };

  it('parse(serialize(x)) returns the same segments for any element text', () => {
    const cases = fc
      .constantFrom(...separatorSets)
      .chain((separators) => fc.tuple(fc.constant(separators), segmentsWithout(separators)));
    fc.assert(
      fc.property(cases, ([separators, segments]) => {
        const written = serialize(
          interchange({ groups: [{ ...interchange().groups[0]!, transactions: [{ code: '837', body: segments }] }] }),
          { separators },
        );
        const parsed = parse(written);
        expect(parsed.separators).toEqual(separators);
        expect(strip(parsed.segments.slice(3, 3 + segments.length))).toEqual(segments);
      }),
    );
  });
});
