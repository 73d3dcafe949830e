// The vendors' stress case (reference/vendor-articles): one group session whose members are each
// resolved on their own payer, modality, minutes and authorization.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ServiceFacts, ServiceLine } from '../claim-model.ts';
import { deriveLines } from './services.ts';
import { authorization, chargeFor, coFacilitator, fact, lead, payer, supervisor } from './test-fixtures.ts';

const medicare = payer('medicare_institutional', {}, 4);
const commercial = payer('commercial_professional', {}, 7);

// Eight on the roster, one no-show: seven present. The co-facilitator is not part of the billing
// facts at all (BILLING-RULES §3: the lead renders), so only the lead and the supervisor appear.
const member = (patientId: string, overrides: Partial<ServiceFacts>) =>
  fact({
    sessionId: 'group-1',
    patientId,
    presentCount: 7,
    lead,
    supervisor,
    authorization: authorization({ authorizationId: `auth-${patientId}`, number: `PA-${patientId}` }),
    ...overrides,
  });

const session: ServiceFacts[] = [
  member('p1', { payer: medicare, authorization: null }),
  member('p2', { payer: medicare, authorization: null, attendanceStatus: 'late', minutesAttended: 50 }),
  member('p3', { payer: medicare, authorization: null, attendanceStatus: 'absent_unexcused', minutesAttended: 0 }),
  member('p4', { payer: commercial }),
  member('p5', { payer: commercial, modality: 'telehealth_video' }),
  member('p6', { payer: commercial, attendanceStatus: 'left_early', minutesAttended: 30 }),
  member('p7', { payer: commercial, authorization: null }),
  member('p8', {
    payer: commercial,
    authorization: authorization({ authorizationId: 'auth-p8', units: 10, used: 10 }),
  }),
];

const shape = (line: ServiceLine) => ({
  patientId: line.patientId,
  revenueCode: line.revenueCode,
  procedureCode: line.procedureCode,
  modifiers: line.modifiers,
  placeOfService: line.placeOfService,
  renderingStaffId: line.renderingStaffId,
  supervisingStaffId: line.supervisingStaffId,
  chargeCents: line.chargeCents,
});

describe('one group session, eight members on two payers', () => {
  const { lines, holds } = deriveLines(session, chargeFor);

  it('gives each member the lines of their own payer, modality and rendering lead', () => {
    const medicareLine = {
      revenueCode: '0915',
      procedureCode: 'G0410',
      modifiers: [],
      placeOfService: null,
      renderingStaffId: lead.staffId,
      supervisingStaffId: null,
      chargeCents: 16000,
    };
    const commercialLine = {
      revenueCode: null,
      procedureCode: '90853',
      renderingStaffId: lead.staffId,
      supervisingStaffId: supervisor.staffId,
      chargeCents: 12000,
    };
    expect(lines.map(shape)).toEqual([
      { patientId: 'p1', ...medicareLine },
      { patientId: 'p2', ...medicareLine },
      { patientId: 'p4', ...commercialLine, modifiers: [], placeOfService: '11' },
      { patientId: 'p5', ...commercialLine, modifiers: ['95'], placeOfService: '10' },
    ]);
  });

  it('never makes the supervisor or the co-facilitator the rendering provider', () => {
    const rendering = lines.map((line) => line.renderingStaffId);
    expect(rendering).not.toContain(supervisor.staffId);
    expect(rendering).not.toContain(coFacilitator.staffId);
  });

  it('holds the short stay and the authorization problems, and says nothing of the no-show', () => {
    expect(holds.map(({ patientId, reason }) => ({ patientId, reason }))).toEqual([
      { patientId: 'p6', reason: 'below_minimum_minutes' },
      { patientId: 'p7', reason: 'no_authorization' },
      { patientId: 'p8', reason: 'authorization_exhausted' },
    ]);
    expect([...lines, ...holds].map((entry) => entry.patientId)).not.toContain('p3');
  });

  it("traces every line to its payer's rule pack version", () => {
    expect(lines.map((line) => line.trace[0]?.detail)).toEqual([
      expect.stringContaining('medicare_institutional rule pack version 4'),
      expect.stringContaining('medicare_institutional rule pack version 4'),
      expect.stringContaining('commercial_professional rule pack version 7'),
      expect.stringContaining('commercial_professional rule pack version 7'),
    ]);
    expect(lines[3]!.trace.map((step) => step.rule)).toEqual([
      'rule_pack',
      'attendance',
      'episode',
      'coverage',
      'diagnoses',
      'procedure',
      'group_size',
      'minimum_minutes',
      'rendering',
      'place_of_service',
      'authorization',
      'charge',
    ]);
  });

  it('draws one session from each billed commercial authorization', () => {
    expect(lines.map((line) => line.authorization)).toEqual([
      null,
      null,
      { authorizationId: 'auth-p4', number: 'PA-p4', units: 1 },
      { authorizationId: 'auth-p5', number: 'PA-p5', units: 1 },
    ]);
  });

  it('holds every attending member while the note is unsigned', () => {
    const unsigned = deriveLines(
      session.map((f) => ({ ...f, noteSigned: false })),
      chargeFor,
    );
    expect(unsigned.lines).toEqual([]);
    expect(unsigned.holds.map((h) => [h.patientId, h.reason])).toEqual(
      ['p1', 'p2', 'p4', 'p5', 'p6', 'p7', 'p8'].map((p) => [p, 'note_unsigned']),
    );
  });

  it('gives the same output on every run, whatever order the facts come in', () => {
    expect(deriveLines(session, chargeFor)).toEqual({ lines, holds });
    fc.assert(
      fc.property(fc.shuffledSubarray(session, { minLength: session.length }), (shuffled) => {
        expect(deriveLines(shuffled, chargeFor)).toEqual({ lines, holds });
      }),
    );
  });
});
