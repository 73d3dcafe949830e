// Columbia Suicide Severity Rating Scale, Screen Version. Prompts and branching are the domain
// reference §4.4 [C]; the triage levels the commonly implemented ones it lists [C2]. No LOINC codes:
// the reference could not confirm any.
//
// Answers, in order of the questions asked: 1, 2, then 3, 4 and 5 only after "yes" to 2, then 6,
// then 6a only after "yes" to 6. Each "yes" carries its triage level as its score and the total is
// the highest level reached: 0 none, 1 low, 2 moderate, 3 high.
import type { AnswerOption, InstrumentDefinition } from '../definition.ts';

const NONE = 0;
const LOW = 1;
const MODERATE = 2;
const HIGH = 3;

const yesNo = (levelIfYes: number): AnswerOption[] => [
  { value: 0, display: 'No' },
  { value: 1, display: 'Yes', score: levelIfYes },
];

const afterYesTo = (question: string) => ({ enableWhen: [{ question, operator: '=' as const, answerInteger: 1 }] });

export const cssrsScreener: InstrumentDefinition = {
  id: 'C-SSRS-screener',
  name: 'CSSRSScreener',
  title: 'Columbia Suicide Severity Rating Scale, Screen Version (C-SSRS screener)',
  item: [
    {
      linkId: '1',
      text: 'Have you wished you were dead or wished you could go to sleep and not wake up?',
      answerOption: yesNo(LOW),
    },
    { linkId: '2', text: 'Have you actually had any thoughts of killing yourself?', answerOption: yesNo(LOW) },
    {
      linkId: '3',
      text: 'Have you been thinking about how you might do this?',
      answerOption: yesNo(MODERATE),
      ...afterYesTo('2'),
    },
    {
      linkId: '4',
      text: 'Have you had these thoughts and had some intention of acting on them?',
      answerOption: yesNo(HIGH),
      ...afterYesTo('2'),
    },
    {
      linkId: '5',
      text: 'Have you started to work out or worked out the details of how to kill yourself? Do you intend to carry out this plan?',
      answerOption: yesNo(HIGH),
      ...afterYesTo('2'),
    },
    {
      linkId: '6',
      text: 'Have you done anything, started to do anything, or prepared to do anything to end your life?',
      // Behavior longer than 3 months ago → moderate is UNCONFIRMED in the reference; it is the
      // cautious reading (never lower than the ideation items) until the product owner decides.
      answerOption: yesNo(MODERATE),
    },
    { linkId: '6a', text: 'Was it within the past 3 months?', answerOption: yesNo(HIGH), ...afterYesTo('6') },
  ],
  scoring: {
    total: { method: 'max', linkIds: ['1', '2', '3', '4', '5', '6', '6a'] },
    bands: [
      { min: NONE, max: NONE, label: 'none' },
      { min: LOW, max: LOW, label: 'low' },
      { min: MODERATE, max: MODERATE, label: 'moderate' },
      { min: HIGH, max: HIGH, label: 'high' },
    ],
    flags: [{ flag: 'suicide_risk', when: { total: { min: LOW } } }],
  },
};
