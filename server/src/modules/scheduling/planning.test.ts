import { describe, expect, it } from 'vitest';
import { planOccurrences, type ScheduleVersion } from './planning.ts';

const series = { startDate: '2026-03-02', endDate: '2026-03-20', timeZone: 'America/New_York' };
const mornings: ScheduleVersion = {
  effectiveFrom: '2026-03-02',
  rrule: 'FREQ=WEEKLY;BYDAY=MO,WE',
  startTime: '09:00',
  durationMinutes: 60,
  roomId: 'room-a',
};

describe('planOccurrences', () => {
  it('follows each version from its effective date until the next one starts', () => {
    const afternoons = { ...mornings, effectiveFrom: '2026-03-10', startTime: '14:00', roomId: 'room-b' };
    const planned = planOccurrences(series, [mornings, afternoons], '2026-03-01', '2026-03-31');
    expect(planned.map((p) => [p.occurrenceDate, p.roomId])).toEqual([
      ['2026-03-02', 'room-a'],
      ['2026-03-04', 'room-a'],
      ['2026-03-09', 'room-a'],
      ['2026-03-11', 'room-b'],
      ['2026-03-16', 'room-b'],
      ['2026-03-18', 'room-b'],
    ]);
    // 14:00 EDT on 11 March is 18:00 UTC.
    expect(planned[3]!.startsAt.toISOString()).toBe('2026-03-11T18:00:00.000Z');
  });

  it('returns nothing outside the asked span or the series', () => {
    expect(planOccurrences(series, [mornings], '2026-03-21', '2026-04-30')).toEqual([]);
    expect(planOccurrences(series, [mornings], '2026-03-05', '2026-03-08')).toEqual([]);
  });

  it('anchors a fortnightly rule on the series start even in a later version', () => {
    const fortnightly = { ...mornings, effectiveFrom: '2026-03-09', rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO' };
    const planned = planOccurrences({ ...series, endDate: null }, [mornings, fortnightly], '2026-03-09', '2026-04-10');
    expect(planned.map((p) => p.occurrenceDate)).toEqual(['2026-03-16', '2026-03-30']);
  });
});
