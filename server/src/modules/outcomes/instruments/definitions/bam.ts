// Brief Addiction Monitor (VA; Cacciola et al. 2013), Likert version: every item 0–4, past 30 days,
// scored by three subscales and no total (domain reference §4.5 [C2]; item names from its source
// S41). The original version counts days (items 0–30): it is a different instrument with its own id,
// so the id stored with each administration says which version was given. Item texts are short
// paraphrases; patients fill in the published form, whose anchors differ by item.
//
// Answers, in order of the questions asked: 1–6, then 7A–7G only when item 6 is above 0, then 8–17.
import type { InstrumentDefinition, InstrumentItem } from '../definition.ts';

const likert = [0, 1, 2, 3, 4].map((value) => ({ value, display: String(value) }));

const item = (linkId: string, text: string): InstrumentItem => ({ linkId, text, answerOption: likert });

// Item 7 elaborates item 6 by substance and is not scored.
const drugDays = (letter: string, substance: string): InstrumentItem => ({
  ...item(`7${letter}`, `Days of ${substance} use`),
  enableWhen: [{ question: '6', operator: '>', answerInteger: 0 }],
});

export const bam: InstrumentDefinition = {
  id: 'BAM',
  name: 'BAM',
  title: 'Brief Addiction Monitor (BAM), Likert version',
  description: 'In the past 30 days:',
  item: [
    item('1', 'Physical health (higher is poorer)'),
    item('2', 'Nights of trouble falling or staying asleep'),
    item('3', 'Days of feeling depressed, anxious, angry or very upset'),
    item('4', 'Days of drinking any alcohol'),
    item('5', 'Days of heavy drinking'),
    item('6', 'Days of using illegal drugs or misusing prescription medication'),
    drugDays('A', 'marijuana'),
    drugDays('B', 'sedative or tranquilizer'),
    drugDays('C', 'cocaine or crack'),
    drugDays('D', 'other stimulant'),
    drugDays('E', 'opiate'),
    drugDays('F', 'inhalant'),
    drugDays('G', 'other drug'),
    item('8', 'Being bothered by cravings or urges to drink or use drugs'),
    item('9', 'Confidence in staying abstinent'),
    item('10', 'Days of attending self-help meetings'),
    item('11', 'Days in risky situations or with people who raise the risk of drinking or using'),
    item('12', 'Religion or spirituality helping recovery'),
    item('13', 'Days spent mostly at work, school or volunteering'),
    item('14', 'Enough income from legal sources for necessities'),
    item('15', 'Being bothered by arguments or problems with family or friends'),
    item('16', 'Days of contact with family or friends who support recovery'),
    item('17', 'Satisfaction with progress toward recovery goals'),
  ],
  scoring: {
    // Item 17 (overall progress) belongs to no subscale.
    subscales: [
      {
        id: 'use',
        title: 'Use',
        linkIds: ['4', '5', '6'],
        bands: [
          { min: 0, max: 0, label: 'no use' },
          { min: 1, max: 12, label: 'clinically significant' },
        ],
      },
      {
        id: 'risk',
        title: 'Risk factors',
        linkIds: ['1', '2', '3', '8', '11', '15'],
        bands: [
          { min: 0, max: 11, label: 'below threshold' },
          { min: 12, max: 24, label: 'clinically significant' },
        ],
      },
      {
        id: 'protective',
        title: 'Protective factors',
        linkIds: ['9', '10', '12', '13', '14', '16'],
        bands: [
          { min: 0, max: 12, label: 'concerning' },
          { min: 13, max: 24, label: 'above threshold' },
        ],
      },
    ],
    // §4.5 thresholds: Use ≥ 1, Risk ≥ 12, Protective ≤ 12.
    flags: [
      { flag: 'substance_use', when: { subscales: { use: { min: 1 } } } },
      { flag: 'high_risk_factors', when: { subscales: { risk: { min: 12 } } } },
      { flag: 'low_protective_factors', when: { subscales: { protective: { max: 12 } } } },
    ],
  },
};
