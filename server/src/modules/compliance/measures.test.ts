import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MEASURE_SCHEDULE, measuresDue } from '../outcomes/index.ts';
import { overdueMeasures } from './measures.ts';
import { plusDays } from './weeks.ts';

const schedule = { instruments: ['PHQ-9'], everyDays: 7 };
// Admitted Thursday 1 January: occasions on the 1st, 8th, 15th, …
const admitted = { admitDate: '2026-01-01', dischargeDate: null };
const given = (...dates: string[]) => new Map([['PHQ-9', dates]]);

describe('overdueMeasures', () => {
  it('owes nothing overdue while the baseline window is open', () => {
    expect(overdueMeasures(schedule, admitted, given(), '2026-01-07')).toEqual([]);
  });
  it('is overdue once the next occasion comes with nothing given, naming the missed one', () => {
    expect(overdueMeasures(schedule, admitted, given(), '2026-01-08')).toEqual([
      { instrument: 'PHQ-9', dueOn: '2026-01-01' },
    ]);
    expect(overdueMeasures(schedule, admitted, given('2026-01-03'), '2026-01-15')).toEqual([
      { instrument: 'PHQ-9', dueOn: '2026-01-08' },
    ]);
  });
  it('is caught up by an administration on or after the missed occasion', () => {
    expect(overdueMeasures(schedule, admitted, given('2026-01-14'), '2026-01-16')).toEqual([]);
    expect(overdueMeasures(schedule, admitted, given('2026-01-16'), '2026-01-16')).toEqual([]);
  });
  it('does not count administrations after the day it is judged on', () => {
    expect(overdueMeasures(schedule, admitted, given('2026-01-17'), '2026-01-16')).toHaveLength(1);
  });
  it('owes the discharge measure the day after discharge, then nothing once an interval has passed', () => {
    const discharged = { admitDate: '2026-01-01', dischargeDate: '2026-01-10' };
    expect(overdueMeasures(schedule, discharged, given('2026-01-09'), '2026-01-11')).toEqual([
      { instrument: 'PHQ-9', dueOn: '2026-01-10' },
    ]);
    expect(overdueMeasures(schedule, discharged, given('2026-01-09'), '2026-01-17')).toEqual([]);
  });

  it('agrees with the outcomes module’s schedule rule on any episode and day', () => {
    const day = fc.integer({ min: 0, max: 120 }).map((n) => plusDays('2026-01-01', n));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
        fc.integer({ min: 1, max: 14 }),
        fc.array(day, { maxLength: 8 }),
        fc.array(day, { maxLength: 8 }),
        day,
        (admitOffset, stay, everyDays, phq9, gad7, today) => {
          const admitDate = plusDays('2026-01-01', admitOffset);
          const episode = { admitDate, dischargeDate: stay === null ? null : plusDays(admitDate, stay) };
          const rule = { ...DEFAULT_MEASURE_SCHEDULE, everyDays };
          const administered = new Map([
            ['PHQ-9', phq9],
            ['GAD-7', gad7],
          ]);
          const expected = measuresDue(rule, episode, administered, today)
            .filter((m) => m.overdue)
            .map(({ instrument, dueOn }) => ({ instrument, dueOn }));
          expect(overdueMeasures(rule, episode, administered, today)).toEqual(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
