import { describe, expect, it } from 'vitest';
import { d8, icd10, mostFrequent, postalCode, procedure, rd8, sexCode, taxId } from './edi-values.ts';

describe('X12 values', () => {
  it('writes ICD-10-CM without its decimal point, upper-case (iop-php-domain.md §6.2)', () => {
    expect(['F33.2', 'f32.a', 'F10.20', 'S52.001A', 'F332'].map((c) => icd10(c, 'C', 'diagnoses'))).toEqual([
      'F332',
      'F32A',
      'F1020',
      'S52001A',
      'F332',
    ]);
    for (const bad of ['332', 'F3.2', 'F33.22222', 'F33:2']) expect(() => icd10(bad, 'C', 'dx')).toThrow(/ICD-10-CM/);
  });

  it('writes dates as CCYYMMDD and periods as RD8, refusing anything else', () => {
    expect(d8('2024-01-08', 'C', 'd')).toBe('20240108');
    expect(rd8('2024-01-08', '2024-01-31', 'C', 'p')).toBe('20240108-20240131');
    expect(() => d8('2024-1-8', 'C', 'd')).toThrow(/not a date/);
    expect(() => d8('2023-02-29', 'C', 'd')).toThrow(/not a date/);
    expect(d8('2024-02-29', 'C', 'd')).toBe('20240229');
    expect(() => rd8('2024-01-31', '2024-01-08', 'C', 'p')).toThrow(/before it starts/);
  });

  it('strips separators people type in ZIP codes and tax ids; sends unknown sexes as U', () => {
    expect(postalCode('62701-1234')).toBe('627011234');
    expect(taxId('12-3456789')).toBe('123456789');
    expect(['F', 'M', 'U', 'X', ''].map(sexCode)).toEqual(['F', 'M', 'U', 'U', 'U']);
  });

  it('builds the HC procedure composite with at most four modifiers', () => {
    expect(procedure('90853', ['95', 'HQ'], 'C', 'lines.0')).toEqual(['HC', '90853', '95', 'HQ']);
    expect(() => procedure('90853', ['a', 'b', 'c', 'd', 'e'], 'C', 'lines.0')).toThrow(
      expect.objectContaining({ path: 'lines.0.modifiers' }),
    );
  });

  it('finds the most frequent value, the first seen on a tie', () => {
    expect(mostFrequent(['11', '10', '10'])).toBe('10');
    expect(mostFrequent(['11', '10'])).toBe('11');
    expect(mostFrequent([])).toBeUndefined();
  });
});
