import { describe, expect, it } from 'vitest';
import { instruments } from './registry.ts';
import { score, type ScoreContext } from './score.ts';
import { answersTotalling } from './test-fixtures.ts';

const scored = (id: keyof typeof instruments, answers: number[], context?: ScoreContext) => {
  const result = score(instruments[id], answers, context);
  if (!result.ok) throw new Error(`expected a score, got ${JSON.stringify(result.issues)}`);
  return result.score;
};

const issuesOf = (id: keyof typeof instruments, answers: number[]) => {
  const result = score(instruments[id], answers);
  if (result.ok) throw new Error('expected answer issues');
  return result.issues;
};

describe('PHQ-9 bands (Kroenke 2001: 5, 10, 15, 20 start mild, moderate, moderately severe, severe)', () => {
  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'moderately severe'],
    [19, 'moderately severe'],
    [20, 'severe'],
    [27, 'severe'],
  ])('%i → %s', (total, severity) => {
    const result = scored('PHQ-9', answersTotalling(total, 9, 3));
    expect(result).toMatchObject({ total, severity });
  });

  it('sums the nine items whatever their order', () => {
    expect(scored('PHQ-9', [3, 0, 1, 2, 0, 3, 1, 0, 0]).total).toBe(10);
  });
});

describe('GAD-7 bands (0–4 minimal, 5–9 mild, 10–14 moderate, 15–21 severe)', () => {
  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'severe'],
    [21, 'severe'],
  ])('%i → %s', (total, severity) => {
    expect(scored('GAD-7', answersTotalling(total, 7, 3))).toMatchObject({ total, severity });
  });

  it('raises no flags', () => {
    expect(scored('GAD-7', [3, 3, 3, 3, 3, 3, 3]).flags).toEqual([]);
  });
});

describe('PHQ-9 item 9', () => {
  it('flags suicide risk on any answer but "Not at all", whatever the total', () => {
    expect(scored('PHQ-9', [0, 0, 0, 0, 0, 0, 0, 0, 1])).toMatchObject({
      total: 1,
      severity: 'minimal',
      flags: ['suicide_risk'],
    });
    expect(scored('PHQ-9', [0, 0, 0, 0, 0, 0, 0, 0, 3]).flags).toEqual(['suicide_risk']);
  });
  it('does not flag a severe total with item 9 at 0', () => {
    expect(scored('PHQ-9', [3, 3, 3, 3, 3, 3, 3, 3, 0])).toMatchObject({ total: 24, severity: 'severe', flags: [] });
  });
});

describe('C-SSRS screener triage', () => {
  // Answers follow the questions asked: 1, 2, [3, 4, 5 after "yes" to 2], 6, [6a after "yes" to 6].
  it.each([
    ['no to everything', [0, 0, 0], 0, 'none'],
    ['wish to be dead only', [1, 0, 0], 1, 'low'],
    ['thoughts, no method, intent or plan', [0, 1, 0, 0, 0, 0], 1, 'low'],
    ['thoughts with a method', [1, 1, 1, 0, 0, 0], 2, 'moderate'],
    ['intent', [1, 1, 0, 1, 0, 0], 3, 'high'],
    ['a plan', [1, 1, 0, 0, 1, 0], 3, 'high'],
    ['behavior within the past 3 months', [0, 0, 1, 1], 3, 'high'],
  ])('%s → %s', (_, answers, total, severity) => {
    const result = scored('C-SSRS-screener', answers);
    expect(result).toMatchObject({ total, severity });
    expect(result.flags).toEqual(total > 0 ? ['suicide_risk'] : []);
  });

  it('keeps behavior longer ago at no less than moderate (the cautious reading, pending a decision)', () => {
    const result = scored('C-SSRS-screener', [0, 0, 1, 0]);
    expect(result.total).toBeGreaterThanOrEqual(2);
    expect(result.flags).toEqual(['suicide_risk']);
  });

  it('skips 3–5 after "no" to 2: answering them is one answer too many', () => {
    expect(issuesOf('C-SSRS-screener', [0, 0, 0, 0, 0, 0])).toEqual([
      { path: 'answers.3', index: 3, message: 'is not expected: 3 questions were asked' },
    ]);
  });

  it('asks 3–5 after "yes" to 2: leaving them out misses the question after', () => {
    expect(issuesOf('C-SSRS-screener', [0, 1, 0])).toEqual([
      { path: 'answers.3', index: 3, message: 'is missing: item 4 was asked' },
    ]);
  });

  it('stops at a bad answer that decides which questions follow', () => {
    expect(issuesOf('C-SSRS-screener', [0, 2, 1, 1, 1, 1])).toEqual([
      { path: 'answers.1', index: 1, message: 'must be one of 0, 1 (item 2)' },
    ]);
  });
});

describe('PCL-5', () => {
  const none = () => Array<number>(20).fill(0);

  it('sums 20 items into clusters B 1–5, C 6–7, D 8–14, E 15–20, with no severity bands', () => {
    const answers = [2, 1, 1, 1, 1, 2, 2, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4];
    expect(scored('PCL-5', answers)).toEqual({
      total: 6 + 4 + 21 + 24,
      severity: null,
      flags: ['probable_ptsd', 'dsm5_ptsd_criteria'],
      subscales: {
        B: { score: 6, severity: null },
        C: { score: 4, severity: null },
        D: { score: 21, severity: null },
        E: { score: 24, severity: null },
      },
    });
  });

  it('flags probable PTSD from a total of 31 (the lowest published cut point)', () => {
    expect(scored('PCL-5', answersTotalling(30, 20, 4)).flags).not.toContain('probable_ptsd');
    expect(scored('PCL-5', answersTotalling(31, 20, 4)).flags).toContain('probable_ptsd');
  });

  it('meets the DSM-5 rule with items rated 2+: one B, one C, two D, two E', () => {
    const answers = none();
    for (const i of [0, 5, 7, 8, 14, 15]) answers[i] = 2;
    expect(scored('PCL-5', answers).flags).toEqual(['dsm5_ptsd_criteria']);
  });

  it('misses the DSM-5 rule with one D item short, or with items rated only 1', () => {
    const oneD = none();
    for (const i of [0, 5, 7, 14, 15]) oneD[i] = 4;
    expect(scored('PCL-5', oneD).flags).toEqual([]);
    expect(scored('PCL-5', Array<number>(20).fill(1)).flags).toEqual([]);
  });
});

describe('AUDIT-C positive screen (≥ 4 men, ≥ 3 women)', () => {
  it.each<[number[], ScoreContext, number, boolean]>([
    [[1, 1, 0], {}, 2, false],
    [[1, 1, 1], { sex: 'female' }, 3, true],
    [[1, 1, 1], { sex: 'male' }, 3, false],
    [[2, 1, 1], { sex: 'male' }, 4, true],
    [[1, 1, 1], {}, 3, true],
    [[4, 4, 4], { sex: 'male' }, 12, true],
  ])('%j %j → total %i, positive %s', (answers, context, total, positive) => {
    const result = scored('AUDIT-C', answers, context);
    expect(result).toEqual({ total, severity: null, flags: positive ? ['audit_c_positive'] : [] });
  });
});

describe('BAM (Likert)', () => {
  // Items 1–6, then 7A–7G only when item 6 > 0, then 8–17.
  const bam = (first6: number[], drugs: number[], rest: number[]) => scored('BAM', [...first6, ...drugs, ...rest]);
  // 8, 9, 10, 11, 12, 13, 14, 15, 16, 17
  const calm = [0, 4, 4, 0, 4, 4, 4, 0, 4, 4];

  it('has no total; scores Use, Risk and Protective', () => {
    expect(bam([1, 1, 1, 0, 0, 0], [], calm)).toEqual({
      total: null,
      severity: null,
      flags: [],
      subscales: {
        use: { score: 0, severity: 'no use' },
        risk: { score: 3, severity: 'below threshold' },
        protective: { score: 24, severity: 'above threshold' },
      },
    });
  });

  it('asks 7A–7G after drug-use days and leaves them out of every subscale', () => {
    const result = bam([0, 0, 0, 0, 0, 1], [4, 4, 4, 4, 4, 4, 4], calm);
    expect(result.subscales?.use).toEqual({ score: 1, severity: 'clinically significant' });
    expect(result.flags).toEqual(['substance_use']);
    // Without 7A–7G the answers meant for 8–17 slide up and run out at item 11.
    expect(issuesOf('BAM', [0, 0, 0, 0, 0, 1, ...calm])).toEqual([
      { path: 'answers.16', index: 16, message: 'is missing: item 11 was asked' },
    ]);
  });

  it.each([
    ['use', [0, 0, 0, 0, 0, 0], calm, 0, 'no use'],
    ['use', [0, 0, 0, 1, 0, 0], calm, 1, 'clinically significant'],
    ['use', [0, 0, 0, 4, 4, 4], calm, 12, 'clinically significant'],
    ['risk', [4, 4, 3, 0, 0, 0], [0, 4, 4, 0, 4, 4, 4, 0, 4, 4], 11, 'below threshold'],
    ['risk', [4, 4, 4, 0, 0, 0], [0, 4, 4, 0, 4, 4, 4, 0, 4, 4], 12, 'clinically significant'],
    ['risk', [4, 4, 4, 0, 0, 0], [4, 4, 4, 4, 4, 4, 4, 4, 4, 4], 24, 'clinically significant'],
    ['protective', [0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 0, 'concerning'],
    ['protective', [0, 0, 0, 0, 0, 0], [0, 4, 4, 0, 4, 0, 0, 0, 0, 0], 12, 'concerning'],
    ['protective', [0, 0, 0, 0, 0, 0], [0, 4, 4, 0, 4, 1, 0, 0, 0, 0], 13, 'above threshold'],
  ] as const)('%s %j %j → %i %s', (subscale, first6, rest, value, severity) => {
    const drugs = first6[5] > 0 ? [0, 0, 0, 0, 0, 0, 0] : [];
    expect(bam([...first6], drugs, [...rest]).subscales?.[subscale]).toEqual({ score: value, severity });
  });

  it('flags high risk at 12 and low protection at 12 or less', () => {
    expect(bam([4, 4, 4, 0, 0, 0], [], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]).flags).toEqual([
      'high_risk_factors',
      'low_protective_factors',
    ]);
  });
});

describe('answer validation', () => {
  it('reports a short list at the first missing answer', () => {
    expect(issuesOf('PHQ-9', [0, 0, 0, 0, 0, 0, 0, 0])).toEqual([
      { path: 'answers.8', index: 8, message: 'is missing: item 9 was asked' },
    ]);
    expect(issuesOf('PHQ-9', [])).toEqual([{ path: 'answers.0', index: 0, message: 'is missing: item 1 was asked' }]);
  });

  it('reports a long list at the first extra answer', () => {
    expect(issuesOf('GAD-7', [0, 0, 0, 0, 0, 0, 0, 0, 0])).toEqual([
      { path: 'answers.7', index: 7, message: 'is not expected: 7 questions were asked' },
    ]);
  });

  it('reports every value outside the answer options, with its index', () => {
    expect(issuesOf('PHQ-9', [0, 4, 0, -1, 0, 1.5, 0, Number.NaN, 3])).toEqual(
      [1, 3, 5, 7].map((i) => ({
        path: `answers.${i}`,
        index: i,
        message: `must be one of 0, 1, 2, 3 (item ${i + 1})`,
      })),
    );
  });

  it('reports bad values and a wrong count together', () => {
    expect(issuesOf('AUDIT-C', [5, 0]).map((i) => i.path)).toEqual(['answers.0', 'answers.2']);
  });
});
