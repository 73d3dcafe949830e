import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCents, parseCents } from './money.ts';

describe('parseCents', () => {
  it('reads X12 decimal amounts exactly', () => {
    expect(parseCents('640')).toBe(64000);
    expect(parseCents('120.5')).toBe(12050);
    expect(parseCents('0.07')).toBe(7);
    expect(parseCents('.5')).toBe(50);
    expect(parseCents('12.')).toBe(1200);
    expect(parseCents('-12.34')).toBe(-1234);
    expect(parseCents('12.340')).toBe(1234);
    expect(parseCents('-0')).toBe(0);
  });
  it('adds up without floating-point error', () => {
    const cents = ['0.1', '0.2', '1234567.89'].map((text) => parseCents(text) ?? Number.NaN);
    expect(cents.reduce((a, b) => a + b, 0)).toBe(123456819);
  });
  it('refuses what is not an amount, or holds fractions of a cent', () => {
    for (const text of ['', '-', '.', 'abc', '1e3', '1,000', '12.345', '1.2.3', ' 12', '99999999999999999999']) {
      expect(parseCents(text), text).toBeUndefined();
    }
  });
});

describe('formatCents', () => {
  it('writes the shortest decimal text', () => {
    expect(formatCents(64000)).toBe('640');
    expect(formatCents(12050)).toBe('120.5');
    expect(formatCents(12055)).toBe('120.55');
    expect(formatCents(5)).toBe('0.05');
    expect(formatCents(-1234)).toBe('-12.34');
    expect(formatCents(0)).toBe('0');
  });
  it('refuses fractions of a cent', () => {
    expect(() => formatCents(1.5)).toThrow(RangeError);
  });
  it('reads back what it writes', () => {
    fc.assert(fc.property(fc.maxSafeInteger(), (cents) => parseCents(formatCents(cents)) === cents));
  });
});
