import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv, type CsvValue } from './csv.ts';

/** An RFC 4180 reader, written straight from the grammar, to read back what the writer wrote. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') break;
        else field += text[i++];
      }
      i += 1;
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') field += text[i++];
    }
    record.push(field);
    if (text[i] === ',') i += 1;
    else {
      expect(text.slice(i, i + 2)).toBe('\r\n');
      i += 2;
      records.push(record);
      record = [];
    }
  }
  return records;
}

describe('csvField', () => {
  it('quotes commas, quotes and line breaks and doubles the quotes (RFC 4180 §2.6, §2.7)', () => {
    expect(csvField('Smith, Jr.')).toBe('"Smith, Jr."');
    expect(csvField('Ann "Annie"')).toBe('"Ann ""Annie"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField("O'Neil")).toBe("O'Neil");
  });

  it('writes numbers, booleans and nothing as they are', () => {
    expect(csvField(-7)).toBe('-7');
    expect(csvField(33.3)).toBe('33.3');
    expect(csvField(true)).toBe('true');
    expect(csvField(null)).toBe('');
  });

  it('keeps text that looks like a formula from running in a spreadsheet', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});

describe('toCsv', () => {
  it('ends every record, the header included, with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x, y']])).toBe('a,b\r\n1,"x, y"\r\n');
    expect(toCsv(['a'], [])).toBe('a\r\n');
  });

  it('reads back field for field whatever the text', () => {
    const value = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', ' ', 'é', "'") }),
      fc.integer(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.array(fc.array(value, { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
        const parsed = parseCsv(toCsv(['h1', 'h2'], rows as CsvValue[][]));
        // What a spreadsheet shows: the text (after the formula guard's apostrophe), the number, or nothing.
        const shown = (v: string | number | null) =>
          v === null ? '' : typeof v === 'number' ? String(v) : /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
        expect(parsed).toEqual([['h1', 'h2'], ...rows.map((r) => r.map(shown))]);
      }),
    );
  });
});
