import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstFreeStart, peakOccupancy, type Span } from './capacity.ts';
import { addDays } from './recurrence.ts';

const DAY0 = '2026-02-20';
const day = (n: number) => addDays(DAY0, n);

describe('peakOccupancy', () => {
  const spans: Span[] = [
    { start: day(0), end: day(9) },
    { start: day(5), end: day(14) },
    { start: day(10), end: null },
  ];

  it('counts the fullest date of a span, ends inclusive', () => {
    expect(peakOccupancy(spans, day(0), day(4))).toBe(1);
    expect(peakOccupancy(spans, day(0), day(5))).toBe(2);
    // Day 9 is the last of the first span and day 10 the first of the third: two, never three.
    expect(peakOccupancy(spans, day(9), day(10))).toBe(2);
    expect(peakOccupancy(spans, day(15), day(15))).toBe(1);
  });

  it('runs an open end on forever', () => {
    expect(peakOccupancy(spans, day(15), null)).toBe(1);
    expect(peakOccupancy([...spans, { start: day(400), end: null }], day(15), null)).toBe(2);
  });

  it('is zero with nothing enrolled', () => {
    expect(peakOccupancy([], day(0), null)).toBe(0);
  });
});

describe('firstFreeStart', () => {
  const full: Span[] = [
    { start: day(0), end: day(9) },
    { start: day(0), end: null },
  ];

  it('is the requested start when a seat is free throughout', () => {
    expect(firstFreeStart(full, 3, day(0), null)).toBe(day(0));
  });

  it('is the day after the last full date', () => {
    expect(firstFreeStart(full, 2, day(3), null)).toBe(day(10));
    expect(firstFreeStart(full, 2, day(3), day(12))).toBe(day(10));
  });

  it('is null when the span ends while the group is still full, or the group stays full for good', () => {
    expect(firstFreeStart(full, 2, day(3), day(9))).toBeNull();
    expect(firstFreeStart(full, 1, day(3), null)).toBeNull();
    expect(firstFreeStart(full, 2, day(5), day(4))).toBeNull();
  });
});

// The model: walk the days one by one. Open ends are checked up to a day past every event.
const HORIZON = 80;
const spanArb = fc
  .tuple(fc.integer({ min: 0, max: 60 }), fc.option(fc.integer({ min: 0, max: 15 }), { nil: null }))
  .map(([start, length]): Span => ({ start: day(start), end: length === null ? null : day(start + length) }));

function countOn(spans: readonly Span[], date: string): number {
  return spans.filter((s) => s.start <= date && (s.end === null || s.end >= date)).length;
}

function modelPeak(spans: readonly Span[], from: number, to: number | null): number {
  let peak = 0;
  for (let d = from; d <= (to ?? HORIZON); d += 1) peak = Math.max(peak, countOn(spans, day(d)));
  return peak;
}

describe('capacity sweep against a day-by-day model', () => {
  it('agrees on the peak', () => {
    fc.assert(
      fc.property(
        fc.array(spanArb, { maxLength: 12 }),
        fc.integer({ min: 0, max: 70 }),
        fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
        (spans, from, length) => {
          const to = length === null ? null : from + length;
          expect(peakOccupancy(spans, day(from), to === null ? null : day(to))).toBe(modelPeak(spans, from, to));
        },
      ),
    );
  });

  it('finds the earliest start that fits, and only starts that fit', () => {
    fc.assert(
      fc.property(
        fc.array(spanArb, { maxLength: 12 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 70 }),
        fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
        (spans, capacity, from, length) => {
          const to = length === null ? null : from + length;
          const found = firstFreeStart(spans, capacity, day(from), to === null ? null : day(to));
          const fitsFrom = (d: number) => modelPeak(spans, d, to) < capacity;
          let expected: string | null = null;
          for (let d = from; d <= (to ?? HORIZON); d += 1) {
            if (fitsFrom(d)) {
              expected = day(d);
              break;
            }
          }
          expect(found).toBe(expected);
        },
      ),
    );
  });
});
