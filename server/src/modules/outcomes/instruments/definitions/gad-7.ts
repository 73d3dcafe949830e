// GAD-7 (Spitzer et al. 2006). Item texts, LOINC codes and bands are those of the domain reference
// §4.2 (item codes [C]; panel and total codes [C2]; the 5/10/15 bands the published convention).
import { loinc, type InstrumentDefinition } from '../definition.ts';
import { frequencyOptions } from './phq-9.ts';

// The same four frequencies as the PHQ-9; the reference does not confirm their LOINC answer codes
// for the GAD-7, so they are left out here.
const options = frequencyOptions.map(({ value, display }) => ({ value, display }));

const items: [string, string][] = [
  ['69725-0', 'Feeling nervous, anxious, or on edge'],
  ['68509-9', 'Not being able to stop or control worrying'],
  ['69733-4', 'Worrying too much about different things'],
  ['69734-2', 'Trouble relaxing'],
  ['69735-9', 'Being so restless that it is hard to sit still'],
  ['69689-8', 'Becoming easily annoyed or irritable'],
  ['69736-7', 'Feeling afraid, as if something awful might happen'],
];

export const gad7: InstrumentDefinition = {
  id: 'GAD-7',
  name: 'GAD7',
  title: 'Generalized Anxiety Disorder 7-item scale (GAD-7)',
  description: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  // §4.2 CONFLICT: 69737-5 is the panel, 70274-6 the total; code reusing 44249-1 is wrong.
  code: [loinc('69737-5', 'Generalized anxiety disorder 7 item (GAD-7)')],
  // The difficulty item (69726-8 UNCONFIRMED) is unscored and left out.
  item: items.map(([code, text], i) => ({ linkId: String(i + 1), text, code: [loinc(code)], answerOption: options })),
  scoring: {
    total: { method: 'sum', linkIds: items.map((_, i) => String(i + 1)), code: loinc('70274-6', 'GAD-7 total score') },
    bands: [
      { min: 0, max: 4, label: 'minimal' },
      { min: 5, max: 9, label: 'mild' },
      { min: 10, max: 14, label: 'moderate' },
      { min: 15, max: 21, label: 'severe' },
    ],
    // IAPT convention (§4.3, secondary source): a change of 4 points or more is reliable. The
    // reference defines no GAD-7 response or remission, so change() reports them as null.
    reliableChange: { minimumChange: 4 },
  },
};
