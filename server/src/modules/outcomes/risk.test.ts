import { describe, expect, it } from 'vitest';
import { instruments, score, type InstrumentDefinition } from './instruments/index.ts';
import { riskTitle, suicideRisk } from './risk.ts';

function finding(instrument: InstrumentDefinition, answers: number[]) {
  const result = score(instrument, answers);
  if (!result.ok) throw new Error(`expected a score, got ${JSON.stringify(result.issues)}`);
  return suicideRisk(instrument, answers, result.score);
}

const phq9 = instruments['PHQ-9'];
const cssrs = instruments['C-SSRS-screener'];

describe('suicide-risk findings', () => {
  it('names PHQ-9 item 9 and its answer when it is above "Not at all", whatever the total', () => {
    const found = finding(phq9, [0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(found).toEqual({
      flag: 'suicide_risk',
      severity: 'minimal',
      items: [
        {
          linkId: '9',
          text: 'Thoughts that you would be better off dead, or of hurting yourself in some way',
          answer: 1,
          display: 'Several days',
        },
      ],
    });
    expect(riskTitle(phq9, found!)).toBe('Suicide risk: PHQ-9 item 9 “Several days”');
  });

  it('finds nothing when item 9 is "Not at all", even at the top of every other item', () => {
    expect(finding(phq9, [3, 3, 3, 3, 3, 3, 3, 3, 0])).toBeNull();
  });

  it('gives the C-SSRS triage level, its rule being on the total rather than an item', () => {
    const found = finding(cssrs, [1, 1, 0, 1, 0, 0]);
    expect(found).toEqual({ flag: 'suicide_risk', severity: 'high', items: [] });
    expect(riskTitle(cssrs, found!)).toBe('Suicide risk: C-SSRS-screener positive (high)');
    expect(finding(cssrs, [0, 0, 0])).toBeNull();
  });

  it('finds nothing on an instrument without a suicide-risk rule', () => {
    expect(finding(instruments['GAD-7'], [3, 3, 3, 3, 3, 3, 3])).toBeNull();
  });
});
