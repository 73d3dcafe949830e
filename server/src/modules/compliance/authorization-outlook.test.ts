import { describe, expect, it } from 'vitest';
import { authorizationInEffect, authorizationOutlook, type AuthorizationFacts } from './authorization-outlook.ts';

const auth = (overrides: Partial<AuthorizationFacts> = {}): AuthorizationFacts => ({
  number: 'A-1',
  levelOfCare: 'PHP',
  startDate: '2026-03-01',
  endDate: '2026-04-30',
  units: 20,
  unitType: 'days',
  uses: [],
  ...overrides,
});
const used = (serviceDate: string, units: number) => ({ serviceDate, hundredths: Math.round(units * 100) });

describe('authorizationInEffect', () => {
  it('takes the first of its level in effect on the date', () => {
    const list = [
      auth({ number: 'renewal', startDate: '2026-04-01' }),
      auth({ number: 'iop', levelOfCare: 'IOP' }),
      auth({ number: 'first' }),
    ];
    expect(authorizationInEffect(list, 'PHP', '2026-03-15')?.number).toBe('first');
    expect(authorizationInEffect(list, 'PHP', '2026-04-02')?.number).toBe('renewal');
    expect(authorizationInEffect(list, 'PHP', '2026-05-01')).toBeUndefined();
  });
});

describe('authorizationOutlook', () => {
  it('is not near exhaustion below 80 % used and more than 7 days from its end', () => {
    const outlook = authorizationOutlook(auth({ uses: [used('2026-03-05', 15.5)] }), '2026-03-20');
    expect(outlook).toEqual({
      number: 'A-1',
      unitType: 'days',
      units: 20,
      used: 15.5,
      remaining: 4.5,
      endDate: '2026-04-30',
      nearExhaustion: false,
    });
  });
  it('counts only units used by the day it is judged on', () => {
    const a = auth({ uses: [used('2026-03-05', 10), used('2026-03-25', 10)] });
    expect(authorizationOutlook(a, '2026-03-20').used).toBe(10);
  });
  it('projects the run-out date at the pace so far once 80 % is used', () => {
    // 16 units in 20 days (1 March–20 March): 4 left last 5 more days.
    const outlook = authorizationOutlook(auth({ uses: [used('2026-03-10', 16)] }), '2026-03-20');
    expect(outlook).toMatchObject({ nearExhaustion: true, remaining: 4, exhaustsOn: '2026-03-25' });
  });
  it('names the day the last unit went when used up', () => {
    const a = auth({ uses: [used('2026-03-02', 12), used('2026-03-09', 8.5), used('2026-03-03', 0.5)] });
    expect(authorizationOutlook(a, '2026-03-20')).toMatchObject({ remaining: -1, exhaustsOn: '2026-03-09' });
  });
  it('is near exhaustion within 7 days of its end, running out on that day', () => {
    expect(authorizationOutlook(auth(), '2026-04-23')).toMatchObject({
      nearExhaustion: true,
      exhaustsOn: '2026-04-30',
    });
    expect(authorizationOutlook(auth(), '2026-04-22').nearExhaustion).toBe(false);
  });
});
