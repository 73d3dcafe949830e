// PHQ-9 (Kroenke, Spitzer & Williams 2001). Item texts, LOINC codes, bands, the item-9 flag and the
// response/remission rules are those of the domain reference §4.1 and §4.3, with its sources.
import { loinc, type AnswerOption, type InstrumentDefinition } from '../definition.ts';

// LOINC answer list LL358-9 (§4.1): LA6568-5 and LA6569-3 [C], the other two [C2].
export const frequencyOptions: AnswerOption[] = [
  { value: 0, display: 'Not at all', code: loinc('LA6568-5') },
  { value: 1, display: 'Several days', code: loinc('LA6569-3') },
  { value: 2, display: 'More than half the days', code: loinc('LA6570-1') },
  { value: 3, display: 'Nearly every day', code: loinc('LA6571-9') },
];

const items: [string, string][] = [
  ['44250-9', 'Little interest or pleasure in doing things'],
  ['44255-8', 'Feeling down, depressed, or hopeless'],
  ['44259-0', 'Trouble falling or staying asleep, or sleeping too much'],
  ['44254-1', 'Feeling tired or having little energy'],
  ['44251-7', 'Poor appetite or overeating'],
  ['44258-2', 'Feeling bad about yourself—or that you are a failure or have let yourself or your family down'],
  ['44252-5', 'Trouble concentrating on things, such as reading the newspaper or watching television'],
  [
    '44253-3',
    'Moving or speaking so slowly that other people could have noticed. Or the opposite—being so fidgety or restless that you have been moving around a lot more than usual',
  ],
  ['44260-8', 'Thoughts that you would be better off dead, or of hurting yourself in some way'],
];

export const phq9: InstrumentDefinition = {
  id: 'PHQ-9',
  name: 'PHQ9',
  title: 'Patient Health Questionnaire-9 (PHQ-9)',
  description: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  code: [loinc('44249-1', 'PHQ-9 quick depression assessment panel')],
  // The unscored difficulty item (LOINC 69722-7) is left out: nine answers score the form.
  item: items.map(([code, text], i) => ({
    linkId: String(i + 1),
    text,
    code: [loinc(code)],
    answerOption: frequencyOptions,
  })),
  scoring: {
    total: {
      method: 'sum',
      linkIds: items.map((_, i) => String(i + 1)),
      code: loinc('44261-6', 'PHQ-9 total score'),
    },
    // Kroenke 2001: 5, 10, 15 and 20 start mild, moderate, moderately severe and severe.
    bands: [
      { min: 0, max: 4, label: 'minimal' },
      { min: 5, max: 9, label: 'mild' },
      { min: 10, max: 14, label: 'moderate' },
      { min: 15, max: 19, label: 'moderately severe' },
      { min: 20, max: 27, label: 'severe' },
    ],
    // Any answer but "Not at all" to item 9 calls for a suicide-risk assessment whatever the total
    // (§4.1, Simon 2013; AACN). The threshold is policy: a program's custom copy may change it.
    flags: [{ flag: 'suicide_risk', when: { items: { '9': { min: 1 } } } }],
    // IAPT convention (§4.3, secondary source): a change of 6 points or more is reliable.
    reliableChange: { minimumChange: 6 },
    // §4.3: response is a drop of at least 50 % from baseline; remission a follow-up below 5.
    response: { percentDrop: 50 },
    remission: { below: 5 },
  },
};
