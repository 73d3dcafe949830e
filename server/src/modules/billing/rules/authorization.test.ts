import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAuthorizationLedger } from './authorization.ts';
import { authorization } from './test-fixtures.ts';

const use = (date: string, sessions = 1, minutes = 60) => ({ date, sessions, minutes });

describe('authorization ledger (BILLING-RULES §3–§4)', () => {
  it('refuses a missing authorization and one that does not cover the date', () => {
    const ledger = createAuthorizationLedger();
    expect(ledger.draw(null, use('2026-03-02'))).toMatchObject({ reason: 'no_authorization' });
    const march = authorization({ startDate: '2026-03-01', endDate: '2026-03-31' });
    expect(ledger.draw(march, use('2026-02-28'))).toMatchObject({ reason: 'no_authorization' });
    expect(ledger.draw(march, use('2026-04-01'))).toMatchObject({ reason: 'no_authorization' });
    expect(ledger.draw(march, use('2026-03-31'))).toMatchObject({ authorization: { units: 1 } });
  });

  it('counts sessions, including those drawn earlier in the run', () => {
    const ledger = createAuthorizationLedger();
    const auth = authorization({ units: 4, used: 2 });
    expect(ledger.draw(auth, use('2026-03-02'))).toMatchObject({ authorization: { units: 1 } });
    expect(ledger.draw(auth, use('2026-03-03'))).toMatchObject({ authorization: { units: 1 } });
    expect(ledger.draw(auth, use('2026-03-04'))).toMatchObject({ reason: 'authorization_exhausted' });
  });

  it('counts a day once however many services it holds', () => {
    const ledger = createAuthorizationLedger();
    const auth = authorization({ unitType: 'days', units: 1 });
    expect(ledger.draw(auth, use('2026-03-02'))).toMatchObject({ authorization: { units: 1 } });
    expect(ledger.draw(auth, use('2026-03-02'))).toMatchObject({ authorization: { units: 0 } });
    expect(ledger.draw(auth, use('2026-03-03'))).toMatchObject({ reason: 'authorization_exhausted' });
  });

  it('counts hours by the minutes attended, exactly', () => {
    const ledger = createAuthorizationLedger();
    const auth = authorization({ unitType: 'hours', units: 1.5, used: 0.5 });
    expect(ledger.draw(auth, use('2026-03-02', 1, 20))).toMatchObject({ authorization: { units: 1 / 3 } });
    expect(ledger.draw(auth, use('2026-03-03', 1, 40))).toMatchObject({ authorization: { units: 2 / 3 } });
    expect(ledger.draw(auth, use('2026-03-04', 1, 1))).toMatchObject({ reason: 'authorization_exhausted' });
  });

  it('keeps each authorization apart', () => {
    const ledger = createAuthorizationLedger();
    const one = authorization({ authorizationId: 'a', units: 1 });
    const other = authorization({ authorizationId: 'b', units: 1 });
    expect(ledger.draw(one, use('2026-03-02'))).toMatchObject({ authorization: { authorizationId: 'a' } });
    expect(ledger.draw(other, use('2026-03-02'))).toMatchObject({ authorization: { authorizationId: 'b' } });
  });

  it('draws exactly the units left, then refuses', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), (units, used) => {
        const ledger = createAuthorizationLedger();
        const auth = authorization({ units, used });
        const draws = Array.from({ length: 25 }, () => ledger.draw(auth, use('2026-03-02')));
        expect(draws.filter((d) => 'authorization' in d)).toHaveLength(Math.max(0, units - used));
      }),
    );
  });
});
