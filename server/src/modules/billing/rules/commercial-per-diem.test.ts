import { describe, expect, it } from 'vitest';
import type { ServiceFacts } from '../claim-model.ts';
import { deriveLines } from './services.ts';
import { authorization, chargeFor, episode, fact, payer } from './test-fixtures.ts';

const perDiem = payer('commercial_per_diem');
const days = authorization({ unitType: 'days', units: 20 });

/** A session of a per-diem patient: `hh` is the UTC start hour on `date`. */
const session = (id: string, date: string, hh: number, overrides: Partial<ServiceFacts> = {}) =>
  fact({
    sessionId: id,
    serviceDate: date,
    startsAt: `${date}T${String(hh).padStart(2, '0')}:00:00Z`,
    payer: perDiem,
    authorization: days,
    ...overrides,
  });

describe('BILLING-RULES §4: commercial per diem (837I)', () => {
  it("bills one line a day, summing the day's minutes and bundling its individual services", () => {
    const { lines, holds } = deriveLines(
      [
        session('group-am', '2026-03-02', 14, { minutesAttended: 120 }),
        session('individual', '2026-03-02', 17, { sessionKind: 'individual_therapy', minutesAttended: 60 }),
      ],
      chargeFor,
    );
    expect(holds).toEqual([]);
    expect(lines).toEqual([
      expect.objectContaining({
        sessionId: 'group-am',
        sessionIds: ['group-am', 'individual'],
        revenueCode: '0905',
        procedureCode: 'S9480',
        units: 1,
        modifiers: [],
        placeOfService: null,
        chargeCents: 55000,
        authorization: { authorizationId: 'auth-1', number: 'PA-1001', units: 1 },
      }),
    ]);
  });

  it("holds every session of a day below the level of care's daily minimum", () => {
    const { lines, holds } = deriveLines(
      [
        session('a', '2026-03-02', 14, { minutesAttended: 120 }),
        session('b', '2026-03-02', 17, { minutesAttended: 59 }),
      ],
      chargeFor,
    );
    expect(lines).toEqual([]);
    expect(holds.map((h) => [h.sessionId, h.reason])).toEqual([
      ['a', 'below_minimum_minutes'],
      ['b', 'below_minimum_minutes'],
    ]);
    expect(holds[0]!.message).toContain('179 minutes');
  });

  it('takes each day on its own', () => {
    const { lines, holds } = deriveLines(
      [
        session('mon', '2026-03-02', 14, { minutesAttended: 180 }),
        session('tue', '2026-03-03', 14, { minutesAttended: 90 }),
      ],
      chargeFor,
    );
    expect(lines.map((l) => l.serviceDate)).toEqual(['2026-03-02']);
    expect(holds.map((h) => [h.serviceDate, h.reason])).toEqual([['2026-03-03', 'below_minimum_minutes']]);
  });

  it.each<[ServiceFacts['episode'], number, string, string]>([
    [episode({ population: 'substance_use' }), 180, '0906', 'H0015'],
    [episode({ population: 'co_occurring' }), 180, '0905', 'S9480'],
    [episode({ levelOfCare: 'PHP' }), 300, '0913', 'S0201'],
  ])('codes the day by level of care and population (%#)', (ep, minutesAttended, revenueCode, procedureCode) => {
    const held = deriveLines(
      [session('a', '2026-03-02', 14, { episode: ep, minutesAttended: minutesAttended - 1 })],
      chargeFor,
    );
    expect(held.holds.map((h) => h.reason)).toEqual(['below_minimum_minutes']);
    const { lines } = deriveLines([session('a', '2026-03-02', 14, { episode: ep, minutesAttended })], chargeFor);
    expect(lines.map((l) => [l.revenueCode, l.procedureCode])).toEqual([[revenueCode, procedureCode]]);
  });

  it('holds the whole day while one of its notes is unsigned', () => {
    const { lines, holds } = deriveLines(
      [
        session('a', '2026-03-02', 14, { minutesAttended: 180 }),
        session('b', '2026-03-02', 18, { minutesAttended: 60, noteSigned: false }),
      ],
      chargeFor,
    );
    expect(lines).toEqual([]);
    expect(holds.map((h) => [h.sessionId, h.reason])).toEqual([
      ['a', 'note_unsigned'],
      ['b', 'note_unsigned'],
    ]);
    expect(holds[0]!.message).toContain('session b');
  });

  it('draws one authorized day per billed day, in date order', () => {
    const twoLeft = authorization({ unitType: 'days', units: 5, used: 3 });
    const { lines, holds } = deriveLines(
      ['2026-03-04', '2026-03-02', '2026-03-03'].map((date) =>
        session(`s-${date}`, date, 14, { minutesAttended: 180, authorization: twoLeft }),
      ),
      chargeFor,
    );
    expect(lines.map((l) => l.serviceDate)).toEqual(['2026-03-02', '2026-03-03']);
    expect(holds.map((h) => [h.serviceDate, h.reason])).toEqual([['2026-03-04', 'authorization_exhausted']]);
  });

  it('takes its daily minimum from the pack', () => {
    const lenient = payer('commercial_per_diem', { minDailyMinutes: { IOP: 120, PHP: 240 } });
    const { lines } = deriveLines(
      [session('a', '2026-03-02', 14, { minutesAttended: 120, payer: lenient })],
      chargeFor,
    );
    expect(lines).toHaveLength(1);
  });
});
