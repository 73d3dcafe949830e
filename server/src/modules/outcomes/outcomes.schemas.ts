// Request and response shapes of outcomes (API.md "Outcomes and compliance") and their mapper.
import { Type, type Static } from 'typebox';
import { DateString } from '../../kernel/http/index.ts';
import { InstrumentDefinitionSchema, instruments } from './instruments/index.ts';
import type { AssessmentView } from './assessments.service.ts';
import { ASSESSMENT_SOURCES } from './outcomes.tables.ts';

export const Instant = Type.String({ format: 'date-time', examples: ['2026-03-09T09:05:00-04:00'] });
export const InstrumentId = Type.String({
  minLength: 1,
  maxLength: 64,
  description: Object.keys(instruments).join(', '),
  examples: ['PHQ-9'],
});

export const Answers = Type.Array(Type.Integer(), { maxItems: 200, examples: [[1, 2, 1, 2, 2, 1, 2, 2, 1]] });

export const AssessmentBody = Type.Object(
  {
    instrument: InstrumentId,
    /**
     * The value chosen for each question asked, in item order; a question skipped by its enableWhen
     * takes no entry. Counts and values are checked against the instrument (422 `outcomes.invalid_answers`).
     */
    answers: Answers,
    /** Default: now. Not in the future. */
    administeredAt: Type.Optional(Instant),
    /** Default: `staff`. */
    source: Type.Optional(Type.Enum(ASSESSMENT_SOURCES)),
  },
  { additionalProperties: false },
);
export type AssessmentBody = Static<typeof AssessmentBody>;

export const AssessmentQuery = Type.Object({ instrument: Type.Optional(InstrumentId) });

const Change = Type.Object(
  {
    /** Current total − baseline total: negative is improvement on every built-in instrument. */
    delta: Type.Integer(),
    percentChange: Type.Union([Type.Number(), Type.Null()]),
    reliableChange: Type.Union([Type.Boolean(), Type.Null()]),
    response: Type.Union([Type.Boolean(), Type.Null()]),
    remission: Type.Union([Type.Boolean(), Type.Null()]),
  },
  { description: "Since the first administration of the instrument in the patient's current episode." },
);

const SubscaleScore = Type.Object({ score: Type.Integer(), severity: Type.Union([Type.String(), Type.Null()]) });

export const Assessment = Type.Object({
  id: Type.String(),
  instrument: Type.String(),
  total: Type.Union([Type.Integer(), Type.Null()]),
  severity: Type.Union([Type.String(), Type.Null()]),
  flags: Type.Array(Type.String()),
  subscales: Type.Optional(Type.Record(Type.String(), SubscaleScore)),
  administeredAt: Instant,
  source: Type.String(),
  /** Absent for the baseline itself and outside an episode. */
  change: Type.Optional(Change),
});
export type Assessment = Static<typeof Assessment>;

export const AssessmentList = Type.Object({ items: Type.Array(Assessment) });

export const MeasuresDue = Type.Object({
  items: Type.Array(
    Type.Object({
      instrument: Type.String(),
      /** The day the administration owed was first asked for. */
      dueOn: DateString,
      /** Its window closed without one: the next due day, or the day after discharge, has come. */
      overdue: Type.Boolean(),
    }),
    {
      description:
        'What the schedule asks of the patient today: baseline at admission, every 7 days, at discharge (PHQ-9, GAD-7).',
    },
  ),
});

/** The definitions, FHIR Questionnaire-shaped, from which a client renders the forms. */
export const InstrumentList = Type.Object({ items: Type.Array(InstrumentDefinitionSchema) });

export function toAssessment({ assessment: a, change }: AssessmentView): Assessment {
  return {
    id: a.id,
    instrument: a.instrument,
    total: a.total,
    severity: a.severity,
    flags: a.flags,
    ...(a.subscales && { subscales: a.subscales }),
    administeredAt: a.administeredAt.toISOString(),
    source: a.source,
    ...(change && { change }),
  };
}
