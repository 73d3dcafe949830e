import { describe, expect, it } from 'vitest';
import { chargeMasterOf, type Charge } from './charges.ts';

const charges: Charge[] = [
  { code: '90853', cents: 8_000, effectiveFrom: '2026-01-01', effectiveTo: '2026-03-31' },
  { code: '90853', cents: 8_800, effectiveFrom: '2026-04-01', effectiveTo: null },
  { code: 'G0410', cents: 12_345, effectiveFrom: '2026-02-01', effectiveTo: null },
];

describe('chargeMasterOf', () => {
  const chargeFor = chargeMasterOf(charges, { G0410: 1, '90834': 15_000 });

  it('takes the price in effect on the date, the latest effective one first', () => {
    expect(chargeFor('90853', '2026-03-31')).toBe(8_000);
    expect(chargeFor('90853', '2026-04-01')).toBe(8_800);
    expect(chargeFor('G0410', '2026-02-01')).toBe(12_345);
  });

  it('falls back to the default table, then to no price', () => {
    expect(chargeFor('G0410', '2026-01-31')).toBe(1);
    expect(chargeFor('90834', '2026-05-01')).toBe(15_000);
    expect(chargeFor('90837', '2026-05-01')).toBeNull();
    expect(chargeFor('90853', '2025-12-31')).toBeNull();
  });
});
