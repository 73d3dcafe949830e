import { describe, expect, it } from 'vitest';
import { canAttend, diagnosisIssue, earliestNextDate } from './episode-rules.ts';

describe('diagnosis rules', () => {
  it('accepts one principal and any number of others', () => {
    expect(
      diagnosisIssue([
        { code: 'F33.1', principal: true },
        { code: 'F41.1', principal: false },
      ]),
    ).toBeUndefined();
  });

  it('names every malformed code by its path', () => {
    const issue = diagnosisIssue([
      { code: 'F33.1', principal: true },
      { code: 'depression', principal: false },
      { code: '296.32', principal: false },
    ]);
    expect(issue?.code).toBe('programs.invalid_diagnosis_code');
    expect(issue?.details.map((d) => d.path)).toEqual(['diagnoses.1.code', 'diagnoses.2.code']);
  });

  it.each([
    ['none', []],
    ['no principal', [{ code: 'F33.1', principal: false }]],
    [
      'two principals',
      [
        { code: 'F33.1', principal: true },
        { code: 'F41.1', principal: true },
      ],
    ],
  ])('requires exactly one principal: %s', (_, diagnoses) => {
    expect(diagnosisIssue(diagnoses)?.code).toBe('programs.principal_diagnosis_required');
  });

  it('rejects a code listed twice', () => {
    const issue = diagnosisIssue([
      { code: 'F33.1', principal: true },
      { code: 'F33.1', principal: false },
    ]);
    expect(issue?.code).toBe('programs.duplicate_diagnosis');
    expect(issue?.details[0]?.path).toBe('diagnoses.1.code');
  });
});

describe('attending', () => {
  it('must be a psychiatrist or a nurse practitioner', () => {
    expect(canAttend(['psychiatrist'])).toBe(true);
    expect(canAttend(['therapist', 'nurse_practitioner'])).toBe(true);
    expect(canAttend(['therapist'])).toBe(false);
    expect(canAttend([])).toBe(false);
  });
});

describe('earliest next date', () => {
  it('is the admission without changes, else the latest change', () => {
    expect(earliestNextDate('2026-01-05', [])).toBe('2026-01-05');
    expect(earliestNextDate('2026-01-05', ['2026-01-05', '2026-02-02', '2026-01-19'])).toBe('2026-02-02');
  });
});
