// PTSD Checklist for DSM-5 (PCL-5, National Center for PTSD). Structure, clusters and thresholds are
// the domain reference §4.5 [C2]. Item texts are short paraphrases for lists and charts: patients
// fill in the published form. LOINC codes are UNCONFIRMED in the reference, so none are given.
import type { InstrumentDefinition } from '../definition.ts';

const options = [
  { value: 0, display: 'Not at all' },
  { value: 1, display: 'A little bit' },
  { value: 2, display: 'Moderately' },
  { value: 3, display: 'Quite a bit' },
  { value: 4, display: 'Extremely' },
];

const texts = [
  // B: intrusion
  'Unwanted, upsetting memories of the stressful experience',
  'Upsetting dreams about the experience',
  'Feeling or acting as if the experience were happening again',
  'Getting very upset when reminded of the experience',
  'Strong bodily reactions when reminded of the experience',
  // C: avoidance
  'Avoiding memories, thoughts or feelings about the experience',
  'Avoiding people, places or things that are reminders',
  // D: negative changes in thinking and mood
  'Trouble remembering important parts of the experience',
  'Strong negative beliefs about oneself, others or the world',
  'Blaming oneself or someone else for the experience or what followed',
  'Strong negative feelings such as fear, anger, guilt or shame',
  'Losing interest in activities once enjoyed',
  'Feeling distant or cut off from other people',
  'Trouble having positive feelings',
  // E: arousal and reactivity
  'Irritable or aggressive behavior, angry outbursts',
  'Taking risks or doing things that could cause harm',
  'Being on guard or watchful',
  'Being jumpy or easily startled',
  'Trouble concentrating',
  'Trouble falling or staying asleep',
];

const linkIds = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
const clusters = { B: linkIds(1, 5), C: linkIds(6, 7), D: linkIds(8, 14), E: linkIds(15, 20) };

export const pcl5: InstrumentDefinition = {
  id: 'PCL-5',
  name: 'PCL5',
  title: 'PTSD Checklist for DSM-5 (PCL-5)',
  description: 'In the past month, how much were you bothered by:',
  item: texts.map((text, i) => ({ linkId: String(i + 1), text, answerOption: options })),
  scoring: {
    total: { method: 'sum', linkIds: linkIds(1, 20) },
    subscales: [
      { id: 'B', title: 'Intrusion (cluster B)', linkIds: clusters.B },
      { id: 'C', title: 'Avoidance (cluster C)', linkIds: clusters.C },
      { id: 'D', title: 'Negative alterations in cognition and mood (cluster D)', linkIds: clusters.D },
      { id: 'E', title: 'Alterations in arousal and reactivity (cluster E)', linkIds: clusters.E },
    ],
    flags: [
      // The published cut point is 31–33; the lowest one is taken so a screen errs toward follow-up.
      { flag: 'probable_ptsd', when: { total: { min: 31 } } },
      // DSM-5 rule: an item rated 2 or more is endorsed; at least 1 B, 1 C, 2 D and 2 E items.
      {
        flag: 'dsm5_ptsd_criteria',
        when: {
          endorsed: [
            { linkIds: clusters.B, minValue: 2, minCount: 1 },
            { linkIds: clusters.C, minValue: 2, minCount: 1 },
            { linkIds: clusters.D, minValue: 2, minCount: 2 },
            { linkIds: clusters.E, minValue: 2, minCount: 2 },
          ],
        },
      },
    ],
    // §4.5: a change of 5 points is response and reliable change (10 is clinically meaningful).
    reliableChange: { minimumChange: 5 },
    response: { pointDrop: 5 },
  },
};
