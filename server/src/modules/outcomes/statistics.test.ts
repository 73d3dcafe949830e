import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { describe, rate, studentTQuantile } from './statistics.ts';

group('studentTQuantile', () => {
  // Two-tailed 95 % critical values as printed in the standard t tables (three decimals).
  it.each([
    [1, 12.706],
    [2, 4.303],
    [3, 3.182],
    [4, 2.776],
    [5, 2.571],
    [9, 2.262],
    [10, 2.228],
    [20, 2.086],
    [30, 2.042],
    [60, 2.0],
    [120, 1.98],
  ])('t(0.975, %i) = %f', (df, expected) => {
    expect(studentTQuantile(0.975, df)).toBeCloseTo(expected, 3);
  });

  it('has the closed forms of one and two degrees of freedom', () => {
    for (const p of [0.6, 0.9, 0.975, 0.995]) {
      expect(studentTQuantile(p, 1)).toBeCloseTo(Math.tan(Math.PI * (p - 0.5)), 9);
      expect(studentTQuantile(p, 2)).toBeCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 9);
    }
  });

  it('approaches the normal quantile as the degrees of freedom grow', () => {
    expect(studentTQuantile(0.975, 1e6)).toBeCloseTo(1.959964, 5);
  });

  it('falls as the degrees of freedom rise', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), (df) => {
        expect(studentTQuantile(0.975, df)).toBeGreaterThan(studentTQuantile(0.975, df + 1));
      }),
    );
  });

  it('refuses a probability outside the upper half', () => {
    expect(() => studentTQuantile(0.4, 3)).toThrow(RangeError);
    expect(() => studentTQuantile(0.975, 0)).toThrow(RangeError);
  });
});

group('describe', () => {
  it('gives nothing for an empty sample and no spread for one value', () => {
    expect(describe([])).toEqual({ n: 0, mean: null, sd: null, ci95: null });
    expect(describe([-4])).toEqual({ n: 1, mean: -4, sd: null, ci95: null });
  });

  it('computes mean, sample SD and the t interval by hand', () => {
    // Changes −10, −6, −2: mean −6, deviations 16 + 0 + 16 = 32, SD √(32/2) = 4,
    // half-width t(0.975, 2) · 4 / √3 = 4.303 · 2.3094 = 9.937.
    const d = describe([-10, -6, -2]);
    expect(d.n).toBe(3);
    expect(d.mean).toBe(-6);
    expect(d.sd).toBe(4);
    expect(d.ci95!.lower).toBeCloseTo(-15.937, 3);
    expect(d.ci95!.upper).toBeCloseTo(3.937, 3);
  });

  it('centres the interval on the mean and narrows it with more of the same values', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -27, max: 27 }), { minLength: 2, maxLength: 40 }), (values) => {
        const d = describe(values);
        expect(d.ci95!.lower + d.ci95!.upper).toBeCloseTo(2 * d.mean!, 9);
        expect(d.ci95!.lower).toBeLessThanOrEqual(d.mean!);
        const twice = describe([...values, ...values]);
        expect(twice.mean).toBeCloseTo(d.mean!, 9);
        expect(twice.ci95!.upper - twice.ci95!.lower).toBeLessThanOrEqual(d.ci95!.upper - d.ci95!.lower + 1e-9);
      }),
    );
  });
});

group('rate', () => {
  it('is the fraction of the eligible, and null without any', () => {
    expect(rate(2, 3)).toBeCloseTo(2 / 3, 12);
    expect(rate(0, 0)).toBeNull();
  });
});
