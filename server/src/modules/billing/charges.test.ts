import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_PACKS } from '../payers/index.ts';
import { chargeMasterOf, DEFAULT_CHARGES, procedureCodesOf, type Charge } from './charges.ts';

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

describe('procedureCodesOf', () => {
  it('lists every code each template can bill, and the synthetic defaults price them all', () => {
    expect(procedureCodesOf(DEFAULT_RULE_PACKS.medicare_institutional)).toEqual([
      '90832',
      '90834',
      '90837',
      '90846',
      '90847',
      'G0176',
      'G0177',
      'G0410',
    ]);
    expect(procedureCodesOf(DEFAULT_RULE_PACKS.commercial_professional)).toEqual([
      '90791',
      '90792',
      '90832',
      '90834',
      '90837',
      '90846',
      '90847',
      '90853',
    ]);
    expect(procedureCodesOf(DEFAULT_RULE_PACKS.commercial_per_diem)).toEqual(['H0015', 'S0201', 'S9480']);
    for (const rules of Object.values(DEFAULT_RULE_PACKS)) {
      for (const code of procedureCodesOf(rules)) expect(DEFAULT_CHARGES[code], code).toBeGreaterThan(0);
    }
  });
});
