import { describe, expect, it } from 'vitest';
import { runBackwards, runThroughWeek, type WeekMarks } from './absences.ts';

const at = (day: string, hour = 9) => Date.parse(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);
const absence = (day: string, hour = 9) => ({ at: at(day, hour), date: day });
const week = (attended: boolean, absencesAfter: string[]): WeekMarks => ({ attended, absencesAfter });

describe('runThroughWeek', () => {
  it('adds a week of absences to the run before it', () => {
    expect(runThroughWeek(2, '2026-03-09', week(false, ['2026-03-09', '2026-03-10']), '2026-01-01')).toBe(4);
  });
  it('ends the run before it at an attended session', () => {
    expect(runThroughWeek(5, '2026-03-09', week(true, ['2026-03-11', '2026-03-12']), '2026-01-01')).toBe(2);
    expect(runThroughWeek(5, '2026-03-09', week(true, []), '2026-01-01')).toBe(0);
  });
  it('starts afresh at the admission', () => {
    expect(runThroughWeek(7, '2026-03-09', week(false, ['2026-03-09', '2026-03-11']), '2026-03-10')).toBe(1);
  });
  it('keeps the run through a week with no records', () => {
    expect(runThroughWeek(3, '2026-03-16', week(false, []), '2026-01-01')).toBe(3);
  });
});

describe('runBackwards', () => {
  const admit = '2026-02-01';
  it('counts absences newest first until an attended session', () => {
    const records = [
      { ...absence('2026-03-05'), absent: true },
      { ...absence('2026-03-03'), absent: false },
      { ...absence('2026-03-04'), absent: true },
      { ...absence('2026-03-02'), absent: true },
    ];
    expect(runBackwards({ run: 1, open: true }, records, admit)).toEqual({ run: 3, open: false });
  });
  it('stays open when the window holds only absences', () => {
    expect(runBackwards({ run: 0, open: true }, [{ ...absence('2026-03-05'), absent: true }], admit)).toEqual({
      run: 1,
      open: true,
    });
  });
  it('stops at a record from before the admission', () => {
    const records = [
      { ...absence('2026-02-02'), absent: true },
      { ...absence('2026-01-30'), absent: true },
    ];
    expect(runBackwards({ run: 0, open: true }, records, admit)).toEqual({ run: 1, open: false });
  });
  it('leaves a settled run as it is', () => {
    expect(runBackwards({ run: 2, open: false }, [{ ...absence('2026-03-05'), absent: true }], admit)).toEqual({
      run: 2,
      open: false,
    });
  });
});
