// AUDIT-C, the US (VA; Bush 1998, Bradley 2003) version: three items scored 0–4 (domain reference
// §4.5 [C2]). The UK units-based variant (positive at 5) is a different instrument and is not mixed in.
// Item texts are short descriptions of the three questions; the answer categories are the standard
// AUDIT ones (WHO AUDIT manual), which the reference does not list.
import { loinc, type InstrumentDefinition } from '../definition.ts';

export const auditC: InstrumentDefinition = {
  id: 'AUDIT-C',
  name: 'AUDITC',
  title: 'Alcohol Use Disorders Identification Test – Consumption (AUDIT-C)',
  // Panel 72109-2 rests on a single source (§4.5); the total code 75626-2 on several.
  code: [loinc('72109-2')],
  item: [
    {
      linkId: '1',
      text: 'Frequency of drinking alcohol',
      answerOption: [
        { value: 0, display: 'Never' },
        { value: 1, display: 'Monthly or less' },
        { value: 2, display: '2–4 times a month' },
        { value: 3, display: '2–3 times a week' },
        { value: 4, display: '4 or more times a week' },
      ],
    },
    {
      linkId: '2',
      text: 'Number of standard drinks on a typical drinking day',
      answerOption: [
        { value: 0, display: '1 or 2' },
        { value: 1, display: '3 or 4' },
        { value: 2, display: '5 or 6' },
        { value: 3, display: '7 to 9' },
        { value: 4, display: '10 or more' },
      ],
    },
    {
      linkId: '3',
      text: 'Frequency of six or more drinks on one occasion',
      answerOption: [
        { value: 0, display: 'Never' },
        { value: 1, display: 'Less than monthly' },
        { value: 2, display: 'Monthly' },
        { value: 3, display: 'Weekly' },
        { value: 4, display: 'Daily or almost daily' },
      ],
    },
  ],
  scoring: {
    total: { method: 'sum', linkIds: ['1', '2', '3'], code: loinc('75626-2', 'Total score [AUDIT-C]') },
    // §4.5: positive at 4 or more for men, 3 or more for women. With sex not given both rules apply,
    // so the lower threshold decides and no positive screen is missed.
    flags: [
      { flag: 'audit_c_positive', sex: 'male', when: { total: { min: 4 } } },
      { flag: 'audit_c_positive', sex: 'female', when: { total: { min: 3 } } },
    ],
  },
};
