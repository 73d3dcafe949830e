import { describe, expect, it } from 'vitest';
import { checkInStatus, checkOutStatus, minutesAttended, notStarted, outsideSession } from './minutes.ts';

const session = { startsAt: new Date('2026-03-02T14:00:00Z'), endsAt: new Date('2026-03-02T17:00:00Z') };
const at = (hhmm: string) => new Date(`2026-03-02T${hhmm}:00Z`);

describe('minutesAttended', () => {
  it('counts the whole session by default', () => {
    expect(minutesAttended('present', null, null, session)).toBe(180);
  });
  it('clips early arrivals and late departures to the session', () => {
    expect(minutesAttended('present', at('13:30'), at('17:45'), session)).toBe(180);
  });
  it('counts a late arrival from the arrival', () => {
    expect(minutesAttended('late', at('14:25'), null, session)).toBe(155);
    expect(minutesAttended('late', at('14:25'), at('16:00'), session)).toBe(95);
  });
  it('counts an early departure to the departure', () => {
    expect(minutesAttended('left_early', at('14:00'), at('15:30'), session)).toBe(90);
  });
  it('gives absences no minutes whatever the times', () => {
    expect(minutesAttended('absent_excused', at('14:00'), at('17:00'), session)).toBe(0);
    expect(minutesAttended('absent_unexcused', null, null, session)).toBe(0);
  });
  it('gives nothing for times wholly outside the session, and drops partial minutes', () => {
    expect(minutesAttended('present', at('17:10'), at('18:00'), session)).toBe(0);
    expect(minutesAttended('present', new Date('2026-03-02T14:00:30Z'), at('14:02'), session)).toBe(1);
  });
});

describe('statuses', () => {
  it('is late only more than 10 minutes after the start', () => {
    expect(checkInStatus(at('14:10'), session)).toBe('present');
    expect(checkInStatus(new Date('2026-03-02T14:10:01Z'), session)).toBe('late');
  });
  it('leaves early only more than 10 minutes before the end', () => {
    expect(checkOutStatus('present', at('16:50'), session)).toBe('present');
    expect(checkOutStatus('late', at('16:49'), session)).toBe('left_early');
  });
  it('takes times more than 2 h outside the session as outside', () => {
    expect(outsideSession(at('12:00'), session)).toBe(false);
    expect(outsideSession(at('11:59'), session)).toBe(true);
    expect(outsideSession(at('19:01'), session)).toBe(true);
  });
  it('opens attendance half an hour before the start', () => {
    expect(notStarted(at('13:30'), session)).toBe(false);
    expect(notStarted(at('13:29'), session)).toBe(true);
  });
});
