import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HoldReason, ServiceFacts } from '../claim-model.ts';
import { deriveLines } from './services.ts';
import { authorization, chargeFor, episode, fact, lead, payer, provider, supervisor } from './test-fixtures.ts';

const run = (...facts: ServiceFacts[]) => deriveLines(facts, chargeFor);
const onlyLine = (...facts: ServiceFacts[]) => {
  const { lines, holds } = run(...facts);
  expect(holds).toEqual([]);
  expect(lines).toHaveLength(1);
  return lines[0]!;
};
const holdOf = (...facts: ServiceFacts[]) => run(...facts).holds.map((h) => h.reason);

const medicare = payer('medicare_institutional');

describe('BILLING-RULES §1: which services are billable', () => {
  it('bills nothing for absences or attendance without minutes', () => {
    expect(
      run(
        fact({ attendanceStatus: 'absent_excused', minutesAttended: 0 }),
        fact({ patientId: 'p2', attendanceStatus: 'absent_unexcused', minutesAttended: 0 }),
        fact({ patientId: 'p3', attendanceStatus: 'present', minutesAttended: 0 }),
      ),
    ).toEqual({ lines: [], holds: [] });
  });

  it.each<[string, Partial<ServiceFacts>, HoldReason]>([
    ['an unsigned note', { noteSigned: false }, 'note_unsigned'],
    ['no episode', { episode: null }, 'outside_episode'],
    ['a date before admission', { episode: episode({ admitDate: '2026-03-03' }) }, 'outside_episode'],
    ['a date after discharge', { episode: episode({ dischargeDate: '2026-03-01' }) }, 'outside_episode'],
    ['no payer', { payer: null }, 'no_coverage'],
    ['no coverage', { coverage: null }, 'no_coverage'],
    ['no diagnosis', { episode: episode({ diagnoses: [] }) }, 'no_diagnosis'],
    ['no authorization', { authorization: null }, 'no_authorization'],
    ['an authorization that ended', { authorization: authorization({ endDate: '2026-03-01' }) }, 'no_authorization'],
    ['an authorization used up', { authorization: authorization({ units: 5, used: 5 }) }, 'authorization_exhausted'],
    ['a lead without NPI', { lead: provider('staff-x', null) }, 'no_licensed_rendering_provider'],
    ['no lead', { lead: null }, 'no_licensed_rendering_provider'],
    ['the supervisor as lead', { lead: supervisor, supervisor }, 'no_licensed_rendering_provider'],
    ['fewer group minutes than the minimum', { minutesAttended: 44 }, 'below_minimum_minutes'],
    ['a skills group the pack has no code for', { sessionKind: 'skills' }, 'not_billable'],
    ['medication management', { sessionKind: 'medication_management' }, 'not_billable'],
    ['individual therapy under 16 minutes', { sessionKind: 'individual_therapy', minutesAttended: 15 }, 'not_billable'],
  ])('holds a service with %s', (_, overrides, reason) => {
    const { lines, holds } = run(fact(overrides));
    expect(lines).toEqual([]);
    expect(holds).toEqual([
      {
        sessionId: 'session-1',
        patientId: 'patient-1',
        serviceDate: '2026-03-02',
        reason,
        message: expect.any(String),
      },
    ]);
  });

  it('bills the admission and discharge dates themselves', () => {
    const ep = episode({ admitDate: '2026-03-02', dischargeDate: '2026-03-03' });
    expect(run(fact({ episode: ep }), fact({ episode: ep, serviceDate: '2026-03-03' })).lines).toHaveLength(2);
  });

  it('reports the first reason in the order a person fixes them', () => {
    expect(holdOf(fact({ noteSigned: false, payer: null, authorization: null }))).toEqual(['note_unsigned']);
    expect(holdOf(fact({ episode: null, payer: null }))).toEqual(['outside_episode']);
    expect(holdOf(fact({ minutesAttended: 20, authorization: null }))).toEqual(['below_minimum_minutes']);
  });

  it("resolves each attendee on their own, never from another member's facts", () => {
    const { lines, holds } = run(fact({ patientId: 'a' }), fact({ patientId: 'b', coverage: null }));
    expect(lines.map((l) => l.patientId)).toEqual(['a']);
    expect(holds.map((h) => [h.patientId, h.reason])).toEqual([['b', 'no_coverage']]);
  });

  it('keeps a line without a price at 0 cents and says so in its trace', () => {
    const unpriced = deriveLines([fact()], () => null).lines[0]!;
    expect(unpriced.chargeCents).toBe(0);
    expect(unpriced.trace.at(-1)).toEqual({ rule: 'charge', detail: 'no charge master price for 90853 on 2026-03-02' });
  });

  it('asks the charge master for the line code and date', () => {
    const asked: [string, string][] = [];
    deriveLines([fact({ sessionKind: 'family_therapy' })], (code, date) => {
      asked.push([code, date]);
      return 100;
    });
    expect(asked).toEqual([['90847', '2026-03-02']]);
  });
});

describe('BILLING-RULES §3: commercial professional (837P)', () => {
  it.each([
    [16, '90832'],
    [37, '90832'],
    [38, '90834'],
    [52, '90834'],
    [53, '90837'],
    [90, '90837'],
  ])('codes %i minutes of individual therapy as %s (CPT time rule)', (minutesAttended, code) => {
    expect(onlyLine(fact({ sessionKind: 'individual_therapy', minutesAttended })).procedureCode).toBe(code);
  });

  it('codes family therapy by whether the patient was there', () => {
    expect(onlyLine(fact({ sessionKind: 'family_therapy' })).procedureCode).toBe('90847');
    expect(onlyLine(fact({ sessionKind: 'family_therapy', patientPresent: false })).procedureCode).toBe('90846');
  });

  it('codes a psychiatric evaluation 90792 when its clinician prescribes', () => {
    const prescriber = provider('staff-md', '1111111112', { prescriber: true });
    expect(onlyLine(fact({ sessionKind: 'psychiatric_evaluation' })).procedureCode).toBe('90791');
    expect(onlyLine(fact({ sessionKind: 'psychiatric_evaluation', lead: prescriber })).procedureCode).toBe('90792');
  });

  it('marks telehealth with POS 10 and 95 (video) or 93 (audio only)', () => {
    const audio = onlyLine(fact({ modality: 'telehealth_audio' }));
    expect([audio.placeOfService, audio.modifiers]).toEqual(['10', ['93']]);
    const inPerson = onlyLine(fact({ placeOfService: '53' }));
    expect([inPerson.placeOfService, inPerson.modifiers]).toEqual(['53', []]);
  });

  it('reports the supervisor as supervising only when the pack says so', () => {
    expect(onlyLine(fact({ supervisor })).supervisingStaffId).toBe(supervisor.staffId);
    const off = payer('commercial_professional', { supervisorAsDQ: false });
    const line = onlyLine(fact({ supervisor, payer: off }));
    expect([line.renderingStaffId, line.supervisingStaffId]).toEqual([lead.staffId, null]);
  });

  it('holds every member of a session larger than the pack allows', () => {
    const small = payer('commercial_professional', { maxGroupSize: 6 });
    const members = ['a', 'b', 'c'].map((patientId) => fact({ patientId, presentCount: 7, payer: small }));
    expect(holdOf(...members)).toEqual(['group_too_large', 'group_too_large', 'group_too_large']);
    expect(run(...members.map((m) => ({ ...m, presentCount: 6 }))).lines).toHaveLength(3);
  });

  it('applies HQ, HF and 59 only when switched on', () => {
    const switched = payer('commercial_professional', { optionalModifiers: { HQ: true, HF: true, '59': true } });
    const substanceUse = episode({ population: 'substance_use' });
    const morning = fact({ payer: switched, episode: substanceUse, modality: 'telehealth_video' });
    const afternoon = { ...morning, sessionId: 'session-2', startsAt: '2026-03-02T19:00:00Z' };
    expect(run(afternoon, morning).lines.map((l) => [l.sessionId, l.modifiers])).toEqual([
      ['session-1', ['95', 'HQ', 'HF']],
      ['session-2', ['95', 'HQ', 'HF', '59']],
    ]);
    expect(run(fact(), { ...fact(), sessionId: 'session-2' }).lines.map((l) => l.modifiers)).toEqual([[], []]);
  });

  it('applies 59 to the second billed group line only, not to a held one', () => {
    const switched = payer('commercial_professional', { optionalModifiers: { HQ: false, HF: false, '59': true } });
    const held = fact({ payer: switched, minutesAttended: 20 });
    const billed = fact({ payer: switched, sessionId: 'session-2', startsAt: '2026-03-02T19:00:00Z' });
    expect(run(held, billed).lines.map((l) => l.modifiers)).toEqual([[]]);
  });

  it('applies 59 to a group line billed after the first group line of its day was billed by an earlier run', () => {
    const switched = payer('commercial_professional', { optionalModifiers: { HQ: false, HF: false, '59': true } });
    const morning = fact({ payer: switched });
    const afternoon = fact({ payer: switched, sessionId: 'session-2', startsAt: '2026-03-02T19:00:00Z' });
    const later = (billed: ServiceFacts[]) =>
      deriveLines([afternoon], chargeFor, { billed }).lines.map((l) => [l.sessionId, l.modifiers]);
    expect(later([morning])).toEqual([['session-2', ['59']]]);
    // Billed on another day, by another patient or for another kind of session, it is the day's first.
    expect(later([{ ...morning, serviceDate: '2026-03-03' }])).toEqual([['session-2', []]]);
    expect(later([{ ...morning, patientId: 'patient-2' }])).toEqual([['session-2', []]]);
    expect(later([{ ...morning, sessionKind: 'individual_therapy' }])).toEqual([['session-2', []]]);
    // Whatever the order of the day's sessions: the one billed second carries 59.
    expect(deriveLines([morning], chargeFor, { billed: [afternoon] }).lines[0]?.modifiers).toEqual(['59']);
  });
});

describe('BILLING-RULES §2: Medicare itemized (837I)', () => {
  it.each<[ServiceFacts['sessionKind'], Partial<ServiceFacts>, string, string]>([
    ['group_psychotherapy', {}, '0915', 'G0410'],
    ['individual_therapy', { minutesAttended: 45 }, '0914', '90834'],
    ['family_therapy', { patientPresent: false }, '0916', '90846'],
    ['activity_therapy', { minutesAttended: 45 }, '0904', 'G0176'],
    ['psychoeducation', { minutesAttended: 50 }, '0942', 'G0177'],
  ])('codes %s with its revenue code and HCPCS', (sessionKind, overrides, revenueCode, procedureCode) => {
    const line = onlyLine(fact({ payer: medicare, authorization: null, sessionKind, ...overrides }));
    expect([line.revenueCode, line.procedureCode, line.units, line.placeOfService]).toEqual([
      revenueCode,
      procedureCode,
      1,
      null,
    ]);
  });

  it('holds activity therapy and education under 45 minutes, and has no code for an evaluation', () => {
    const base = { payer: medicare, authorization: null };
    expect(holdOf(fact({ ...base, sessionKind: 'activity_therapy', minutesAttended: 44 }))).toEqual([
      'below_minimum_minutes',
    ]);
    expect(holdOf(fact({ ...base, sessionKind: 'psychoeducation', minutesAttended: 30 }))).toEqual([
      'below_minimum_minutes',
    ]);
    expect(holdOf(fact({ ...base, sessionKind: 'psychiatric_evaluation' }))).toEqual(['not_billable']);
  });

  it('has no group size, telehealth modifier or supervising provider on institutional lines', () => {
    const line = onlyLine(
      fact({ payer: medicare, authorization: null, presentCount: 30, modality: 'telehealth_video', supervisor }),
    );
    expect([line.modifiers, line.placeOfService, line.renderingStaffId, line.supervisingStaffId]).toEqual([
      [],
      null,
      lead.staffId,
      null,
    ]);
  });

  it('needs no authorization by default, and one when the pack requires it', () => {
    expect(onlyLine(fact({ payer: medicare, authorization: null })).authorization).toBeNull();
    const requiring = payer('medicare_institutional', { requiresAuthorization: true });
    expect(holdOf(fact({ payer: requiring, authorization: null }))).toEqual(['no_authorization']);
  });
});

describe('invariants over any mix of attendance', () => {
  const statuses = ['present', 'late', 'left_early', 'absent_excused', 'absent_unexcused'] as const;
  const kinds = ['group_psychotherapy', 'individual_therapy', 'skills', 'psychoeducation'] as const;
  const service = fc.record({
    patient: fc.integer({ min: 1, max: 4 }),
    session: fc.integer({ min: 1, max: 6 }),
    status: fc.constantFrom(...statuses),
    minutes: fc.integer({ min: 0, max: 120 }),
    kind: fc.constantFrom(...kinds),
    medicare: fc.boolean(),
    signed: fc.boolean(),
  });
  const facts = fc
    .uniqueArray(service, { selector: (s) => `${s.session}|${s.patient}`, maxLength: 20 })
    .map((services) =>
      services.map((s) =>
        fact({
          patientId: `p${s.patient}`,
          sessionId: `s${s.session}`,
          serviceDate: `2026-03-0${s.session}`,
          startsAt: `2026-03-0${s.session}T15:00:00Z`,
          attendanceStatus: s.status,
          minutesAttended: s.status.startsWith('absent') ? 0 : s.minutes,
          sessionKind: s.kind,
          payer: s.medicare ? medicare : payer('commercial_professional'),
          noteSigned: s.signed,
          authorization: authorization({ authorizationId: `auth-p${s.patient}`, units: 3 }),
        }),
      ),
    );

  it('turns every attended service into exactly one line or one hold, and absences into nothing', () => {
    fc.assert(
      fc.property(facts, (input) => {
        const { lines, holds } = deriveLines(input, chargeFor);
        const out = [...lines, ...holds].map((e) => `${e.sessionId}|${e.patientId}`).sort();
        const attended = input
          .filter((f) => !f.attendanceStatus.startsWith('absent') && f.minutesAttended > 0)
          .map((f) => `${f.sessionId}|${f.patientId}`)
          .sort();
        expect(out).toEqual(attended);
      }),
    );
  });

  it('never draws more units than an authorization has left', () => {
    fc.assert(
      fc.property(facts, (input) => {
        const drawn = new Map<string, number>();
        for (const { authorization: a } of deriveLines(input, chargeFor).lines) {
          if (a) drawn.set(a.authorizationId, (drawn.get(a.authorizationId) ?? 0) + a.units);
        }
        for (const units of drawn.values()) expect(units).toBeLessThanOrEqual(3);
      }),
    );
  });
});
