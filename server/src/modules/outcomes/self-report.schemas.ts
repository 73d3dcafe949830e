// Request and response shapes of self-report tokens and the forms behind them, and their mappers.
import { Type, type Static } from 'typebox';
import type { InstrumentDefinition } from './instruments/index.ts';
import { Answers, Instant, InstrumentId } from './outcomes.schemas.ts';
import { SELF_REPORT_KINDS } from './outcomes.tables.ts';
import type { IssuedToken, SelfReportForm as FormView } from './self-report.service.ts';

export const TokenBody = Type.Object(
  {
    /** `kiosk`: handed over on a tablet, 30 minutes; `link`: sent to the patient, 72 hours. */
    kind: Type.Enum(SELF_REPORT_KINDS),
    /** Default: the measures due (GET /api/patients/{id}/measures-due); 422 `outcomes.nothing_due` when none is. */
    instruments: Type.Optional(Type.Array(InstrumentId, { minItems: 1, maxItems: 10, examples: [['PHQ-9']] })),
  },
  { additionalProperties: false },
);
export type TokenBody = Static<typeof TokenBody>;

/** The URL carries the secret: it is shown once, at creation, and never again. */
export const TokenCreated = Type.Object({
  id: Type.String(),
  /** The form's page in the web app, relative to its origin. */
  url: Type.String({ examples: ['/self-report/3q2xZ…'] }),
  instruments: Type.Array(Type.String()),
  expiresAt: Instant,
});

/** A token as `newSecret` makes them (base64url); anything else cannot be one. */
export const TokenParams = Type.Object({ token: Type.String({ pattern: '^[A-Za-z0-9_-]{16,128}$' }) });

const FormItem = Type.Object({
  linkId: Type.String(),
  text: Type.String(),
  answerOption: Type.Array(Type.Object({ value: Type.Integer(), display: Type.String() })),
  /** FHIR enableWhen: the question is asked only when an earlier answer fits. */
  enableWhen: Type.Optional(
    Type.Array(
      Type.Object({
        question: Type.String(),
        operator: Type.Enum(['=', '!=', '>', '<', '>=', '<=']),
        answerInteger: Type.Integer(),
      }),
    ),
  ),
  enableBehavior: Type.Optional(Type.Enum(['all', 'any'])),
});

/** What a patient needs to answer a questionnaire: the questions, never how they are scored. */
const FormInstrument = Type.Object({
  id: Type.String(),
  title: Type.String(),
  description: Type.Optional(Type.String()),
  item: Type.Array(FormItem),
});

export const SelfReportForm = Type.Object({
  patientFirstName: Type.String(),
  /** The questionnaires still to answer, in order. */
  instruments: Type.Array(FormInstrument),
});

export const ResponseBody = Type.Object(
  {
    instrument: InstrumentId,
    /** As for staff (POST /api/patients/{id}/assessments): the value chosen for each question asked. */
    answers: Answers,
  },
  { additionalProperties: false },
);

/** Received: the score stays with the clinicians. */
export const ResponseAccepted = Type.Object({
  instrument: Type.String(),
  /** The questionnaires still to answer; none left, and the token is used up. */
  remaining: Type.Array(Type.String()),
});

export const selfReportUrl = (token: string) => `/self-report/${token}`;

export function toTokenCreated(issued: IssuedToken): Static<typeof TokenCreated> {
  return {
    id: issued.id,
    url: selfReportUrl(issued.token),
    instruments: issued.instruments,
    expiresAt: issued.expiresAt.toISOString(),
  };
}

function toFormInstrument(definition: InstrumentDefinition): Static<typeof FormInstrument> {
  return {
    id: definition.id,
    title: definition.title,
    ...(definition.description && { description: definition.description }),
    item: definition.item.map((item) => ({
      linkId: item.linkId,
      text: item.text,
      answerOption: item.answerOption.map(({ value, display }) => ({ value, display })),
      ...(item.enableWhen && { enableWhen: item.enableWhen }),
      ...(item.enableBehavior && { enableBehavior: item.enableBehavior }),
    })),
  };
}

export function toSelfReportForm(form: FormView): Static<typeof SelfReportForm> {
  return { patientFirstName: form.patientFirstName, instruments: form.instruments.map(toFormInstrument) };
}
