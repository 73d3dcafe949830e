import { describe, expect, it } from 'vitest';
import { claimParts } from './claim-parts.ts';
import { line, medicareIopClaim, withLines } from './test-fixtures.ts';

const claimWith = (charges: number[], claimId = 'CLAIM') =>
  withLines(
    medicareIopClaim({ claimId }),
    charges.map((chargeCents) => line({ chargeCents })),
  );

describe('claimParts', () => {
  it('keeps a claim that fits whole, under its own id', () => {
    const parts = claimParts(claimWith([100, 250]), 3);
    expect(
      parts.map(({ patientControlNumber, chargeCents, firstLine }) => ({
        patientControlNumber,
        chargeCents,
        firstLine,
      })),
    ).toEqual([{ patientControlNumber: 'CLAIM', chargeCents: 350, firstLine: 0 }]);
  });

  it('splits a longer claim into numbered parts, each totalling its own lines', () => {
    const parts = claimParts(claimWith([1, 2, 3, 4, 5, 6, 7]), 3);
    expect(parts.map((p) => [p.patientControlNumber, p.lines.length, p.chargeCents, p.firstLine])).toEqual([
      ['CLAIM-1', 3, 6, 0],
      ['CLAIM-2', 3, 15, 3],
      ['CLAIM-3', 1, 7, 6],
    ]);
  });

  it('refuses a claim whose total is not the sum of its lines, or whose lines are not whole cents', () => {
    expect(() => claimParts({ ...claimWith([100]), totalCents: 99 }, 3)).toThrow(/not the sum/);
    expect(() => claimParts(claimWith([10.5]), 3)).toThrow(expect.objectContaining({ path: 'lines.0.chargeCents' }));
    expect(() => claimParts(claimWith([-1]), 3)).toThrow(expect.objectContaining({ path: 'lines.0.chargeCents' }));
  });

  it('refuses a patient control number longer than CLM01 allows (38), split suffix included', () => {
    expect(claimParts(claimWith([1], 'x'.repeat(38)), 3)).toHaveLength(1);
    expect(() => claimParts(claimWith([1, 2], 'x'.repeat(37)), 1)).toThrow(
      expect.objectContaining({ path: 'claimId' }),
    );
  });
});
