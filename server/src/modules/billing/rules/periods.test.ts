import { describe, expect, it } from 'vitest';
import { addDays, billingPeriodOf, intersect, monthOf, overlaps, weekOf } from './periods.ts';

describe('billing periods', () => {
  it('runs weeks Monday to Sunday, across months and years', () => {
    expect(weekOf('2026-03-02')).toEqual({ from: '2026-03-02', to: '2026-03-08' });
    expect(weekOf('2026-03-08')).toEqual({ from: '2026-03-02', to: '2026-03-08' });
    expect(weekOf('2026-01-01')).toEqual({ from: '2025-12-29', to: '2026-01-04' });
  });

  it('ends months on their last day, leap years included', () => {
    expect(monthOf('2028-02-15')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthOf('2026-02-15')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(billingPeriodOf('month', '2026-12-31')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(billingPeriodOf('week', '2026-12-31')).toEqual({ from: '2026-12-28', to: '2027-01-03' });
  });

  it('shifts dates by whole days across a daylight-saving change', () => {
    expect(addDays('2026-03-07', 2)).toBe('2026-03-09');
    expect(addDays('2026-11-02', -2)).toBe('2026-10-31');
  });

  it('intersects and overlaps inclusive ranges', () => {
    const march = monthOf('2026-03-10');
    expect(intersect(march, { from: '2026-03-15', to: '2026-04-15' })).toEqual({
      from: '2026-03-15',
      to: '2026-03-31',
    });
    expect(overlaps(march, { from: '2026-03-31', to: '2026-04-02' })).toBe(true);
    expect(overlaps(march, { from: '2026-04-01', to: '2026-04-02' })).toBe(false);
  });
});
