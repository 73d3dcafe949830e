import { describe, expect, it } from 'vitest';
import { birthDateProblem, endsBeforeStart, todayUtc } from './dates.ts';

describe('birthDateProblem', () => {
  const today = '2026-01-05';

  it('accepts today and ordinary dates, and 1900-01-01 itself', () => {
    expect(birthDateProblem(today, today)).toBeNull();
    expect(birthDateProblem('1980-03-14', today)).toBeNull();
    expect(birthDateProblem('1900-01-01', today)).toBeNull();
  });

  it('rejects the future and dates before 1900', () => {
    expect(birthDateProblem('2026-01-06', today)).toMatch(/future/);
    expect(birthDateProblem('1899-12-31', today)).toMatch(/1900/);
  });

  it('takes today from UTC, which is never behind a US local date', () => {
    // 2026-01-05 23:30 in Honolulu (UTC-10) is already the 6th in UTC.
    expect(todayUtc(new Date('2026-01-06T09:30:00Z'))).toBe('2026-01-06');
  });
});

describe('endsBeforeStart', () => {
  it('is true only when both bounds exist and the end comes first', () => {
    expect(endsBeforeStart('2026-02-01', '2026-01-31')).toBe(true);
    expect(endsBeforeStart('2026-02-01', '2026-02-01')).toBe(false);
    expect(endsBeforeStart('2026-02-01', null)).toBe(false);
    expect(endsBeforeStart(undefined, '2026-02-01')).toBe(false);
  });
});
