import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, daysBetween, fromDayNumber, weekContaining, weeksCovering } from './weeks.ts';

describe('weeks', () => {
  it('runs Monday to Sunday whichever day it is asked about', () => {
    expect(weekContaining('2026-03-02')).toEqual({ start: '2026-03-02', end: '2026-03-08' });
    expect(weekContaining('2026-03-08')).toEqual({ start: '2026-03-02', end: '2026-03-08' });
    expect(weekContaining('2026-03-09')).toEqual({ start: '2026-03-09', end: '2026-03-15' });
  });
  it('crosses months and years', () => {
    expect(weekContaining('2026-01-01')).toEqual({ start: '2025-12-29', end: '2026-01-04' });
  });
  it('covers every week between two dates, both ends included', () => {
    expect(weeksCovering('2026-03-04', '2026-03-16').map((w) => w.start)).toEqual([
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
    ]);
    expect(weeksCovering('2026-03-04', '2026-03-04')).toHaveLength(1);
    expect(weeksCovering('2025-01-01', '2025-12-31')).toHaveLength(53);
  });
  it('counts days between dates across a leap day', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-03-04', '2026-03-01')).toBe(-3);
  });
  it('writes and reads day numbers as the calendar does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (day) => {
        const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(fromDayNumber(day)).toBe(date);
        expect(dayNumber(date)).toBe(day);
      }),
    );
  });
});
