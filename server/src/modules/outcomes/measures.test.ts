import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MEASURE_SCHEDULE, measuresDue, type EpisodeDates, type MeasureSchedule } from './measures.ts';

const phqOnly: MeasureSchedule = { instruments: ['PHQ-9'], everyDays: 7 };
const admitted: EpisodeDates = { admitDate: '2026-03-02', dischargeDate: null };
const given = (entries: Record<string, string[]>) => new Map(Object.entries(entries));
const none = given({});

describe('measuresDue', () => {
  it('asks for both default measures at admission, due that day and not yet overdue', () => {
    expect(measuresDue(DEFAULT_MEASURE_SCHEDULE, admitted, none, '2026-03-02')).toEqual([
      { instrument: 'PHQ-9', dueOn: '2026-03-02', overdue: false },
      { instrument: 'GAD-7', dueOn: '2026-03-02', overdue: false },
    ]);
  });

  it('asks for nothing before the admission', () => {
    expect(measuresDue(DEFAULT_MEASURE_SCHEDULE, admitted, none, '2026-03-01')).toEqual([]);
  });

  it('is satisfied by the baseline until the next interval, then asks again', () => {
    const baseline = given({ 'PHQ-9': ['2026-03-02'] });
    expect(measuresDue(phqOnly, admitted, baseline, '2026-03-08')).toEqual([]);
    expect(measuresDue(phqOnly, admitted, baseline, '2026-03-09')).toEqual([
      { instrument: 'PHQ-9', dueOn: '2026-03-09', overdue: false },
    ]);
  });

  it('is overdue once the window closes without one, naming the latest window missed', () => {
    const baseline = given({ 'PHQ-9': ['2026-03-02'] });
    expect(measuresDue(phqOnly, admitted, baseline, '2026-03-16')).toEqual([
      { instrument: 'PHQ-9', dueOn: '2026-03-09', overdue: true },
    ]);
    expect(measuresDue(phqOnly, admitted, baseline, '2026-03-24')).toEqual([
      { instrument: 'PHQ-9', dueOn: '2026-03-16', overdue: true },
    ]);
    expect(measuresDue(phqOnly, admitted, none, '2026-03-09')).toEqual([
      { instrument: 'PHQ-9', dueOn: '2026-03-02', overdue: true },
    ]);
  });

  it('lets a late administration catch up on every window before it', () => {
    expect(measuresDue(phqOnly, admitted, given({ 'PHQ-9': ['2026-03-12'] }), '2026-03-15')).toEqual([]);
  });

  it('counts nothing given before the admission (an earlier episode)', () => {
    expect(measuresDue(phqOnly, admitted, given({ 'PHQ-9': ['2026-02-27'] }), '2026-03-03')).toEqual([
      { instrument: 'PHQ-9', dueOn: '2026-03-02', overdue: false },
    ]);
  });

  it('keeps each instrument on its own', () => {
    expect(measuresDue(DEFAULT_MEASURE_SCHEDULE, admitted, given({ 'PHQ-9': ['2026-03-02'] }), '2026-03-04')).toEqual([
      { instrument: 'GAD-7', dueOn: '2026-03-02', overdue: false },
    ]);
  });

  it('follows the schedule’s interval', () => {
    const fortnightly = { ...phqOnly, everyDays: 14 };
    const baseline = given({ 'PHQ-9': ['2026-03-02'] });
    expect(measuresDue(fortnightly, admitted, baseline, '2026-03-15')).toEqual([]);
    expect(measuresDue(fortnightly, admitted, baseline, '2026-03-16')).toEqual([
      { instrument: 'PHQ-9', dueOn: '2026-03-16', overdue: false },
    ]);
  });

  describe('at discharge', () => {
    const discharged: EpisodeDates = { admitDate: '2026-03-02', dischargeDate: '2026-03-12' };
    const weekly = given({ 'PHQ-9': ['2026-03-02', '2026-03-09'] });

    it('asks on the discharge day, then overdue the day after', () => {
      expect(measuresDue(phqOnly, discharged, weekly, '2026-03-12')).toEqual([
        { instrument: 'PHQ-9', dueOn: '2026-03-12', overdue: false },
      ]);
      expect(measuresDue(phqOnly, discharged, weekly, '2026-03-13')).toEqual([
        { instrument: 'PHQ-9', dueOn: '2026-03-12', overdue: true },
      ]);
    });

    it('is answered by a form on the discharge day, or one sent after it', () => {
      const onTheDay = given({ 'PHQ-9': ['2026-03-02', '2026-03-09', '2026-03-12'] });
      expect(measuresDue(phqOnly, discharged, onTheDay, '2026-03-14')).toEqual([]);
      const byLink = given({ 'PHQ-9': ['2026-03-02', '2026-03-09', '2026-03-14'] });
      expect(measuresDue(phqOnly, discharged, byLink, '2026-03-15')).toEqual([]);
    });

    it('drops a missing discharge measure one interval after the discharge', () => {
      expect(measuresDue(phqOnly, discharged, weekly, '2026-03-18')).toHaveLength(1);
      expect(measuresDue(phqOnly, discharged, weekly, '2026-03-19')).toEqual([]);
    });

    it('takes the place of an interval falling on the discharge day', () => {
      const onInterval = { admitDate: '2026-03-02', dischargeDate: '2026-03-16' };
      expect(measuresDue(phqOnly, onInterval, weekly, '2026-03-16')).toEqual([
        { instrument: 'PHQ-9', dueOn: '2026-03-16', overdue: false },
      ]);
      expect(measuresDue(phqOnly, onInterval, weekly, '2026-03-17')).toEqual([
        { instrument: 'PHQ-9', dueOn: '2026-03-16', overdue: true },
      ]);
    });

    it('is the baseline itself for a discharge on the admission day', () => {
      const sameDay = { admitDate: '2026-03-02', dischargeDate: '2026-03-02' };
      expect(measuresDue(phqOnly, sameDay, given({ 'PHQ-9': ['2026-03-02'] }), '2026-03-03')).toEqual([]);
      expect(measuresDue(phqOnly, sameDay, none, '2026-03-03')).toEqual([
        { instrument: 'PHQ-9', dueOn: '2026-03-02', overdue: true },
      ]);
    });
  });

  describe('for any episode and history', () => {
    const day = (offset: number) => Temporal.PlainDate.from('2026-01-05').add({ days: offset }).toString();
    const cases = fc.record({
      everyDays: fc.integer({ min: 1, max: 30 }),
      stay: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
      todayOffset: fc.integer({ min: 0, max: 150 }),
      givenOffsets: fc.array(fc.integer({ min: -10, max: 150 }), { maxLength: 12 }),
    });

    it('owes nothing of an instrument given today, and dates each item between admission and today', () => {
      fc.assert(
        fc.property(cases, ({ everyDays, stay, todayOffset, givenOffsets }) => {
          const episode = { admitDate: day(0), dischargeDate: stay === null ? null : day(stay) };
          const today = day(todayOffset);
          const schedule = { instruments: ['PHQ-9'], everyDays };
          const dates = givenOffsets.map(day);
          for (const item of measuresDue(schedule, episode, given({ 'PHQ-9': dates }), today)) {
            expect(item.dueOn >= episode.admitDate && item.dueOn <= today).toBe(true);
            expect(dates.some((d) => d >= item.dueOn && d <= today)).toBe(false);
          }
          expect(measuresDue(schedule, episode, given({ 'PHQ-9': [...dates, today] }), today)).toEqual([]);
        }),
      );
    });
  });
});
