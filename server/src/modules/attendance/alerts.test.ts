import { describe, expect, it } from 'vitest';
import { absenceStreak, requiredMinutes, weekOf, weekShortfall } from './alerts.ts';

describe('absenceStreak', () => {
  it('needs the latest records, as many as the threshold, all absences', () => {
    expect(absenceStreak(['absent_unexcused', 'absent_excused'], 2)).toBe(true);
    expect(absenceStreak(['absent_unexcused', 'absent_excused', 'present'], 2)).toBe(true);
    expect(absenceStreak(['absent_unexcused', 'present', 'absent_excused'], 2)).toBe(false);
    expect(absenceStreak(['present', 'absent_unexcused', 'absent_excused'], 2)).toBe(false);
    expect(absenceStreak(['late', 'left_early'], 2)).toBe(false);
  });

  it('is no streak with fewer records than the threshold, and never when the threshold is 0', () => {
    expect(absenceStreak(['absent_unexcused'], 2)).toBe(false);
    expect(absenceStreak(['absent_unexcused'], 1)).toBe(true);
    expect(absenceStreak(['absent_unexcused', 'absent_unexcused', 'absent_unexcused'], 3)).toBe(true);
    expect(absenceStreak(['absent_unexcused', 'absent_unexcused'], 0)).toBe(false);
    expect(absenceStreak([], 0)).toBe(false);
  });
});

describe('weekOf', () => {
  it('runs Monday to Sunday', () => {
    expect(weekOf('2026-03-02')).toEqual({ start: '2026-03-02', end: '2026-03-08' }); // a Monday
    expect(weekOf('2026-03-04')).toEqual({ start: '2026-03-02', end: '2026-03-08' });
    expect(weekOf('2026-03-08')).toEqual({ start: '2026-03-02', end: '2026-03-08' }); // its Sunday
    expect(weekOf('2026-03-09')).toEqual({ start: '2026-03-09', end: '2026-03-15' });
  });

  it('crosses month and year ends, and a DST change changes nothing (local dates)', () => {
    expect(weekOf('2026-01-01')).toEqual({ start: '2025-12-29', end: '2026-01-04' });
    expect(weekOf('2024-02-29')).toEqual({ start: '2024-02-26', end: '2024-03-03' });
    expect(weekOf('2026-03-08')).toEqual(weekOf('2026-03-03')); // US clocks spring forward on the 8th
  });
});

describe('weekShortfall', () => {
  it('is null while attending every remaining session still meets the minimum', () => {
    expect(weekShortfall({ attended: 300, scheduledRemaining: 240, required: 540 })).toBeNull();
    expect(weekShortfall({ attended: 600, scheduledRemaining: 0, required: 540 })).toBeNull();
    expect(weekShortfall({ attended: 0, scheduledRemaining: 0, required: 0 })).toBeNull();
  });

  it('reports the hours when the week cannot reach the minimum any more', () => {
    expect(weekShortfall({ attended: 390, scheduledRemaining: 360, required: 840 })).toEqual({
      attendedHours: 6.5,
      scheduledRemainingHours: 6,
      requiredHours: 14,
      shortfallHours: 1.5,
    });
    expect(weekShortfall({ attended: 539, scheduledRemaining: 0, required: 540 })).toEqual({
      attendedHours: 8.98,
      scheduledRemainingHours: 0,
      requiredHours: 9,
      shortfallHours: 0.02,
    });
  });

  it('takes a program minimum with a decimal', () => {
    expect(requiredMinutes(9)).toBe(540);
    expect(requiredMinutes(20)).toBe(1200);
    expect(requiredMinutes(9.5)).toBe(570);
  });
});
