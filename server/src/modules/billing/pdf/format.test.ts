import { describe, expect, it } from 'vitest';
import {
  dollars,
  icdWithoutDot,
  lastFirst,
  mmddccyy,
  mmddyy,
  pages,
  relationshipCode,
  spacedDate,
  utcMidnight,
} from './format.ts';

describe('dates', () => {
  it('writes the UB-04 layouts', () => {
    expect(mmddyy('2026-03-02')).toBe('030226');
    expect(mmddccyy('1980-12-31')).toBe('12311980');
  });
  it('writes the CMS-1500 columns with two- or four-digit years', () => {
    expect(spacedDate('2026-03-09', 2)).toBe('03 09 26');
    expect(spacedDate('1978-06-15', 4)).toBe('06 15 1978');
  });
  it('takes the day at midnight UTC for the document dates', () => {
    expect(utcMidnight('2026-04-01').toISOString()).toBe('2026-04-01T00:00:00.000Z');
  });
  it('refuses anything but YYYY-MM-DD', () => {
    expect(() => mmddyy('03/02/2026')).toThrow(RangeError);
    expect(() => spacedDate('2026-3-2', 2)).toThrow(RangeError);
  });
});

describe('dollars', () => {
  it('keeps both cent digits and groups thousands', () => {
    expect(dollars(0)).toBe('0.00');
    expect(dollars(5)).toBe('0.05');
    expect(dollars(12_050)).toBe('120.50');
    expect(dollars(123_456_789)).toBe('1,234,567.89');
    expect(dollars(100_000)).toBe('1,000.00');
  });
  it('signs credits and refuses fractions of a cent', () => {
    expect(dollars(-2_500)).toBe('-25.00');
    expect(() => dollars(10.5)).toThrow(RangeError);
  });
});

describe('names, codes and pages', () => {
  it('writes names last name first and diagnoses without the dot', () => {
    expect(lastFirst({ given: 'Jane', family: 'Doe' })).toBe('Doe, Jane');
    expect(icdWithoutDot('F10.20')).toBe('F1020');
    expect(icdWithoutDot('F32A')).toBe('F32A');
  });
  it('maps relationships to the X12 individual relationship codes', () => {
    expect(['self', 'spouse', 'child', 'other', 'grandparent'].map(relationshipCode)).toEqual([
      '18',
      '01',
      '19',
      'G8',
      'G8',
    ]);
  });
  it('cuts lines into pages, keeping one page for a claim without lines', () => {
    expect(pages([], 6)).toEqual([[]]);
    expect(pages([1, 2, 3, 4, 5, 6], 6)).toEqual([[1, 2, 3, 4, 5, 6]]);
    expect(pages([1, 2, 3, 4, 5, 6, 7], 6)).toEqual([[1, 2, 3, 4, 5, 6], [7]]);
  });
});
