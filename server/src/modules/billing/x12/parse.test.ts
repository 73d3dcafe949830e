import { describe, expect, it } from 'vitest';
import { parse, X12ParseError } from './parse.ts';

const ISA =
  'ISA*00*          *00*          *ZZ*SUBMITTERID    *ZZ*RECEIVERID     *240115*1200*^*00501*000000001*0*T*:~';

describe('parse', () => {
  it('takes the separators from the ISA and splits composites, never the ISA itself', () => {
    const { separators, segments } = parse(`${ISA}GS*HC*A*B~SV1*HC:90853:95*120~`);
    expect(separators).toEqual({ element: '*', component: ':', repetition: '^', segment: '~' });
    expect(segments[0]?.elements).toHaveLength(16);
    expect(segments[0]?.elements[15]).toBe(':');
    expect(segments[0]?.elements[5]).toBe('SUBMITTERID    ');
    expect(segments[2]).toMatchObject({ id: 'SV1', elements: [['HC', '90853', '95'], '120'] });
  });

  it('reads any separators the ISA declares, including a line break as terminator', () => {
    const isa = ISA.replaceAll('*', '|').replace('|^|', '|!|').replace('|:~', '|>\n');
    const { separators, segments } = parse(`${isa}NM1|IL|1|O*BRIEN:JR|A>B\nSE|3|0001\n`);
    expect(separators).toEqual({ element: '|', component: '>', repetition: '!', segment: '\n' });
    expect(segments.map((s) => s.id)).toEqual(['ISA', 'NM1', 'SE']);
    expect(segments[1]?.elements).toEqual(['IL', '1', 'O*BRIEN:JR', ['A', 'B']]);
    expect(segments[2]).toMatchObject({ index: 2, line: 3 });
  });

  it('gives each segment its index, offset and line, tolerating line breaks after terminators', () => {
    const text = `\uFEFF${ISA}\r\nGS*HC*A*B~\r\n\r\nST*837*0001~`;
    const { segments } = parse(text);
    expect(segments.map(({ id, index, offset, line }) => ({ id, index, offset, line }))).toEqual([
      { id: 'ISA', index: 0, offset: 1, line: 1 },
      { id: 'GS', index: 1, offset: 109, line: 2 },
      { id: 'ST', index: 2, offset: 123, line: 4 },
    ]);
    expect(text.slice(123, 125)).toBe('ST');
  });

  it('keeps empty elements where they are written', () => {
    const { segments } = parse(`${ISA}CLM*PCN1*640***76:A:1**A~`);
    expect(segments[1]?.elements).toEqual(['PCN1', '640', '', '', ['76', 'A', '1'], '', 'A']);
  });

  it('refuses text that is not an interchange, with the position', () => {
    const failure = (text: string) => {
      try {
        parse(text);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    expect(failure('GS*HC~')).toBeInstanceOf(X12ParseError);
    expect(failure(ISA.replace('SUBMITTERID    ', 'SUBMITTERID'))).toMatchObject({ offset: 0 });
    expect(failure(ISA.slice(0, 80))).toBeInstanceOf(X12ParseError);
    expect(failure(ISA.replace('*:~', '**~'))).toBeInstanceOf(X12ParseError);
    expect(failure(`${ISA}\nGS*HC*A*B~\nST*837`)).toMatchObject({ offset: 118, line: 3 });
    expect(failure(`${ISA}\nGS*HC*A*B~\nst*837~`)).toMatchObject({ line: 3 });
    expect((failure(`${ISA}~`) as Error).message).toMatch(/not a segment id/);
  });
});
