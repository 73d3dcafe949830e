import { describe, expect, it } from 'vitest';
import type { Claim, ServiceFacts } from '../claim-model.ts';
import { assembleClaims } from './claims.ts';
import { asCorrection, replacementWindow, voidOf } from './corrections.ts';
import { scrubClaim } from './scrub.ts';
import { deriveLines } from './services.ts';
import { billingProvider, chargeFor, fact, patientFacts, payer } from './test-fixtures.ts';

const medicare = payer('medicare_institutional');

function claimOf(facts: readonly ServiceFacts[]): Claim {
  const { lines } = deriveLines(facts, chargeFor);
  const [claim] = assembleClaims(lines, facts, {
    billingProvider: billingProvider(),
    period: { from: '2026-03-01', to: '2026-03-31' },
    patients: new Map([['patient-1', patientFacts('patient-1')]]),
    claimId: () => 'original-1',
  });
  return claim!;
}

const institutional = claimOf(
  [14, 15, 16].map((hour) =>
    fact({ sessionId: `s-${hour}`, startsAt: `2026-03-02T${hour}:00:00Z`, payer: medicare, authorization: null }),
  ),
);
const professional = claimOf([fact()]);
const corrected = { claimId: 'original-1', payerClaimControlNumber: '24008000001' };

describe('asCorrection', () => {
  it('makes the type of bill and CLM05-3 end in the frequency and names the corrected claim', () => {
    expect(institutional).toMatchObject({ typeOfBill: '763', frequency: '3' });
    expect(asCorrection({ ...institutional, claimId: 'r-1' }, '7', corrected)).toMatchObject({
      claimId: 'r-1',
      typeOfBill: '767',
      frequency: '7',
      originalClaimId: 'original-1',
      payerClaimControlNumber: '24008000001',
      // NUBC FL17 on a replacement keeps what the interim bill it replaces said.
      patientStatus: '30',
    });
    expect(asCorrection(professional, '7', corrected)).toMatchObject({ typeOfBill: null, frequency: '7' });
  });

  it('leaves corrections clean for the scrubber: frequency 7 and 8 take any patient status', () => {
    for (const frequency of ['7', '8'] as const) {
      for (const claim of [institutional, professional]) {
        expect(scrubClaim(asCorrection(claim, frequency, corrected), { otherClaims: [], facts: [] })).toEqual([]);
      }
    }
  });
});

describe('voidOf', () => {
  it('copies the claim as sent, lines, total and header, under its own id', () => {
    const voided = voidOf(institutional, 'v-1', null);
    expect(voided).toEqual({
      ...institutional,
      claimId: 'v-1',
      typeOfBill: '768',
      frequency: '8',
      originalClaimId: 'original-1',
      payerClaimControlNumber: null,
      issues: [],
    });
    expect(voided.lines).toBe(institutional.lines);
  });
});

describe('replacementWindow', () => {
  it("is the payer's billing period of the statement, widened to the whole statement", () => {
    expect(replacementWindow(institutional)).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    const weekly = { ...professional, statementFrom: '2026-03-04', statementTo: '2026-03-05' };
    expect(replacementWindow(weekly)).toEqual({ from: '2026-03-02', to: '2026-03-08' });
    // Claimed monthly, now weekly: the statement still fits.
    const longer = { ...weekly, statementFrom: '2026-03-04', statementTo: '2026-03-20' };
    expect(replacementWindow(longer)).toEqual({ from: '2026-03-02', to: '2026-03-20' });
  });
});
