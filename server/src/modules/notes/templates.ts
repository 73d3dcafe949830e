// The structured documents besides the group note. Sections follow what the record must show for
// medical necessity and continued stay (iop-php-domain.md §1.7: certification, recertification and
// plan of care for partial hospitalization; discharge planning).
import type { NoteKind } from './notes.tables.ts';

export interface Section {
  key: string;
  label: string;
  required: boolean;
}

export interface Template {
  kind: Exclude<NoteKind, 'group'>;
  title: string;
  sections: Section[];
}

const s = (key: string, label: string, required = true): Section => ({ key, label, required });

export const TEMPLATES: readonly Template[] = [
  {
    kind: 'individual_therapy',
    title: 'Individual therapy note',
    sections: [
      s('focus', 'Session focus'),
      s('interventions', 'Interventions'),
      s('response', 'Response to interventions'),
      s('risk', 'Risk assessment'),
      s('plan', 'Plan'),
      s('goalsAddressed', 'Treatment-plan goals addressed', false),
    ],
  },
  {
    kind: 'admission_assessment',
    title: 'Admission assessment',
    sections: [
      s('referral', 'Reason for referral'),
      s('presentingProblem', 'Presenting problem'),
      s('psychiatricHistory', 'Psychiatric history'),
      s('substanceUse', 'Substance use history'),
      s('medical', 'Medical history and medications'),
      s('mentalStatus', 'Mental status examination'),
      s('risk', 'Risk assessment'),
      s('formulation', 'Diagnostic formulation'),
      s('levelOfCare', 'Level of care recommended and why'),
      s('initialPlan', 'Initial treatment plan'),
    ],
  },
  {
    kind: 'continued_stay_review',
    title: 'Continued-stay review',
    sections: [
      s('progress', 'Progress toward treatment-plan goals'),
      s('symptoms', 'Current symptoms and functioning'),
      s('risk', 'Risk assessment'),
      s('justification', 'Why this level of care is still needed'),
      s('barriers', 'Barriers to discharge', false),
      s('expectedDischarge', 'Expected discharge date and plan'),
    ],
  },
  {
    kind: 'discharge_summary',
    title: 'Discharge summary',
    sections: [
      s('admissionReason', 'Reason for admission'),
      s('course', 'Course of treatment'),
      s('outcome', 'Progress and outcome measures'),
      s('condition', 'Condition at discharge'),
      s('risk', 'Risk at discharge'),
      s('medications', 'Medications at discharge', false),
      s('aftercare', 'Aftercare plan and referrals'),
    ],
  },
];

export const templateOf = (kind: string): Template | undefined => TEMPLATES.find((t) => t.kind === kind);

/** Section keys a document does not know: refused, so nothing typed is silently dropped. */
export const unknownSections = (template: Template, sections: Record<string, string>): string[] =>
  Object.keys(sections).filter((key) => !template.sections.some((section) => section.key === key));

/** Required sections still empty: a document is signed complete or not at all. */
export const missingSections = (template: Template, sections: Record<string, string>): Section[] =>
  template.sections.filter((section) => section.required && !sections[section.key]?.trim());
