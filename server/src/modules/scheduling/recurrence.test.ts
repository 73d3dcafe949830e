// Recurrence must not depend on the server process's own zone: every case runs under three TZ
// settings (Node re-reads process.env.TZ when it changes), and each checks that the switch took.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate, localInstant, occurrences, parseRule, isRuleProblem } from './recurrence.ts';

const weekdays9am = (timeZone: string, startDate = '2026-03-02') => ({
  startDate,
  endDate: null,
  rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
  startTime: '09:00',
  durationMinutes: 180,
  timeZone,
});

const hoursUtc = (dates: Date[]) => dates.map((d) => d.toISOString().slice(0, 16));

const originalTz = process.env.TZ;
// January offsets in minutes (Date#getTimezoneOffset), to prove the process zone really changed.
const PROCESS_ZONES = { 'America/New_York': 300, 'America/Los_Angeles': 480, UTC: 0 } as const;

for (const [processZone, januaryOffset] of Object.entries(PROCESS_ZONES)) {
  describe(`with the process in ${processZone}`, () => {
    beforeAll(() => {
      process.env.TZ = processZone;
    });
    afterAll(() => {
      if (originalTz === undefined) delete process.env.TZ;
      else process.env.TZ = originalTz;
    });

    it('runs in the intended process zone', () => {
      expect(new Date(2026, 0, 15).getTimezoneOffset()).toBe(januaryOffset);
    });

    it('keeps 09:00 New York time across the March change (EST → EDT on 8 March 2026)', () => {
      const found = occurrences(weekdays9am('America/New_York'), '2026-03-05', '2026-03-10');
      expect(found.map((o) => o.date)).toEqual(['2026-03-05', '2026-03-06', '2026-03-09', '2026-03-10']);
      expect(hoursUtc(found.map((o) => o.startsAt))).toEqual([
        '2026-03-05T14:00',
        '2026-03-06T14:00',
        '2026-03-09T13:00',
        '2026-03-10T13:00',
      ]);
      expect(hoursUtc(found.map((o) => o.endsAt))).toEqual([
        '2026-03-05T17:00',
        '2026-03-06T17:00',
        '2026-03-09T16:00',
        '2026-03-10T16:00',
      ]);
    });

    it('keeps 09:00 Los Angeles time across the November change (PDT → PST on 1 November 2026)', () => {
      const found = occurrences(weekdays9am('America/Los_Angeles', '2026-10-01'), '2026-10-29', '2026-11-03');
      expect(found.map((o) => o.date)).toEqual(['2026-10-29', '2026-10-30', '2026-11-02', '2026-11-03']);
      expect(hoursUtc(found.map((o) => o.startsAt))).toEqual([
        '2026-10-29T16:00',
        '2026-10-30T16:00',
        '2026-11-02T17:00',
        '2026-11-03T17:00',
      ]);
    });

    it('includes a Sunday meeting on the day the clocks change, at its local time', () => {
      const sundays = { ...weekdays9am('America/New_York'), rrule: 'FREQ=WEEKLY;BYDAY=SU', startTime: '10:00' };
      const [changeDay] = occurrences(sundays, '2026-03-08', '2026-03-08');
      expect(changeDay!.startsAt.toISOString()).toBe('2026-03-08T14:00:00.000Z');
    });

    it('moves a local time that does not exist (the spring gap) forward by the gap', () => {
      expect(localInstant('2026-03-08', '02:30', 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
    });

    it('takes the earlier offset for an ambiguous local time (the autumn overlap)', () => {
      expect(localInstant('2026-11-01', '01:30', 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
    });

    it('gives the clinic-local date of an instant, not the process one', () => {
      expect(localDate(new Date('2026-03-10T03:30:00Z'), 'America/Los_Angeles')).toBe('2026-03-09');
      expect(localDate(new Date('2026-03-10T03:30:00Z'), 'Asia/Tokyo')).toBe('2026-03-10');
    });

    it('keeps a fortnightly rhythm anchored on the start date and stops at the end date', () => {
      const schedule = {
        ...weekdays9am('America/Chicago'),
        rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE',
        endDate: '2026-04-15',
      };
      expect(occurrences(schedule, '2026-03-01', '2026-12-31').map((o) => o.date)).toEqual([
        '2026-03-04',
        '2026-03-18',
        '2026-04-01',
        '2026-04-15',
      ]);
    });

    it('adds days across the DST change without drifting', () => {
      expect(addDays('2026-03-07', 2)).toBe('2026-03-09');
      expect(addDays('2026-11-02', -2)).toBe('2026-10-31');
    });
  });
}

describe('parseRule', () => {
  it.each([['FREQ=WEEKLY;BYDAY=MO,WE,FR'], ['RRULE:FREQ=DAILY;COUNT=10'], ['FREQ=MONTHLY;BYDAY=1MO']])(
    'accepts %s',
    (rule) => {
      expect(isRuleProblem(parseRule(rule))).toBe(false);
    },
  );

  it.each([
    ['', 'needs FREQ'],
    ['FREQ=HOURLY', 'FREQ must be'],
    ['FREQ=BOGUS', 'FREQ must be'],
    ['FREQ=WEEKLY;BYDAY=XX', 'unknown weekday'],
    ['FREQ=WEEKLY;INTERVAL=0', 'INTERVAL'],
    ['FREQ=DAILY;BYHOUR=9', 'BYHOUR is not allowed'],
    ['FREQ=DAILY;UNTIL=20261231T000000Z', 'endDate'],
    ['DTSTART:20260101T090000Z;FREQ=DAILY', 'DTSTART'],
    ['FREQ=DAILY;FOO=1', 'Unknown RRULE property'],
  ])('refuses %j (%s)', (rule, message) => {
    const result = parseRule(rule);
    expect(isRuleProblem(result) && result.message).toContain(message);
  });
});
