// The shape of an instrument: FHIR R4 Questionnaire's skeleton (id, name, title, code, item.linkId,
// item.text, item.code, item.enableWhen, item.enableBehavior, item.answerOption) plus `scoring`, our
// extension. Answer options carry the integer the client sends (`value`) and, when the scoring weight
// differs from it, a `score` (the role of FHIR's ordinalValue extension). The same schema checks the
// built-in instruments in tests and admins' custom instruments at run time, so both obey one contract.
import { Type, type Static } from 'typebox';

const strict = { additionalProperties: false } as const;
const text = (maxLength: number) => Type.String({ minLength: 1, maxLength });

// FHIR R4 `id` datatype: [A-Za-z0-9\-\.]{1,64}.
const Id = Type.String({ pattern: '^[A-Za-z0-9.-]{1,64}$', examples: ['PHQ-9'] });
// FHIR R4 Questionnaire.name (inv-0): a computer-friendly name starting with a capital letter.
const Name = Type.String({ pattern: '^[A-Z][A-Za-z0-9_]{0,254}$', examples: ['PHQ9'] });
const LinkId = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$', examples: ['9'] });
const Flag = Type.String({ pattern: '^[a-z][a-z0-9_]{0,63}$', examples: ['suicide_risk'] });
const Integer = Type.Integer({ minimum: -1000, maximum: 1000 });

const Coding = Type.Object(
  { system: text(200), code: text(64), display: Type.Optional(text(500)) },
  { ...strict, examples: [{ system: 'http://loinc.org', code: '44261-6' }] },
);

const AnswerOption = Type.Object(
  {
    value: Integer,
    display: text(200),
    code: Type.Optional(Coding),
    score: Type.Optional(
      Type.Integer({ minimum: -1000, maximum: 1000, description: 'Scoring weight when it differs from `value`.' }),
    ),
  },
  strict,
);

/** FHIR Questionnaire.item.enableWhen, restricted to integer answers of an earlier item. */
const EnableWhen = Type.Object(
  { question: LinkId, operator: Type.Enum(['=', '!=', '>', '<', '>=', '<=']), answerInteger: Integer },
  strict,
);

const Item = Type.Object(
  {
    linkId: LinkId,
    text: text(1000),
    code: Type.Optional(Type.Array(Coding, { minItems: 1, maxItems: 5 })),
    answerOption: Type.Array(AnswerOption, { minItems: 2, maxItems: 31 }),
    enableWhen: Type.Optional(Type.Array(EnableWhen, { minItems: 1, maxItems: 10 })),
    enableBehavior: Type.Optional(Type.Enum(['all', 'any'])),
  },
  strict,
);

/** Inclusive bounds; either may be left out. */
const Range = Type.Object({ min: Type.Optional(Integer), max: Type.Optional(Integer) }, strict);

const Band = Type.Object({ min: Integer, max: Integer, label: text(100) }, strict);
/** Ascending, touching, covering every possible score exactly once. */
const Bands = Type.Array(Band, { minItems: 1, maxItems: 20 });

const Total = Type.Object(
  {
    method: Type.Enum(['sum', 'max'], { description: 'sum of the scores, or the highest score (triage levels).' }),
    linkIds: Type.Array(LinkId, { minItems: 1, maxItems: 200 }),
    code: Type.Optional(Coding),
  },
  strict,
);

const Subscale = Type.Object(
  {
    id: LinkId,
    title: text(200),
    linkIds: Type.Array(LinkId, { minItems: 1, maxItems: 200 }),
    bands: Type.Optional(Bands),
  },
  { ...strict, description: 'Sum of the scores of its items.' },
);

/** At least `minCount` of `linkIds` were answered with a value of `minValue` or more. */
const Endorsed = Type.Object(
  {
    linkIds: Type.Array(LinkId, { minItems: 1, maxItems: 200 }),
    minValue: Integer,
    minCount: Type.Integer({ minimum: 1 }),
  },
  strict,
);

const FlagRule = Type.Object(
  {
    flag: Flag,
    sex: Type.Optional(
      Type.Enum(['female', 'male'], { description: 'Applies to this sex and to patients whose sex is not given.' }),
    ),
    when: Type.Object(
      {
        total: Type.Optional(Range),
        items: Type.Optional(Type.Record(Type.String(), Range, { description: 'Answer values by item linkId.' })),
        subscales: Type.Optional(Type.Record(Type.String(), Range, { description: 'Subscale scores by id.' })),
        endorsed: Type.Optional(Type.Array(Endorsed, { minItems: 1, maxItems: 20 })),
      },
      { ...strict, description: 'Every condition given must hold.' },
    ),
  },
  strict,
);

const ReliableChange = Type.Object(
  {
    minimumChange: Type.Optional(Type.Number({ exclusiveMinimum: 0, description: 'A published point threshold.' })),
    jacobsonTruax: Type.Optional(
      Type.Object(
        {
          sd: Type.Number({ exclusiveMinimum: 0, description: 'Standard deviation of the baseline population.' }),
          reliability: Type.Number({ exclusiveMinimum: 0, exclusiveMaximum: 1, description: 'r_xx of the measure.' }),
        },
        strict,
      ),
    ),
  },
  { ...strict, description: 'Exactly one of the two.' },
);

const Response = Type.Object(
  {
    percentDrop: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    pointDrop: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  },
  { ...strict, description: 'Exactly one of the two: the drop from baseline that counts as response.' },
);

const Scoring = Type.Object(
  {
    total: Type.Optional(Total),
    bands: Type.Optional(Bands),
    subscales: Type.Optional(Type.Array(Subscale, { minItems: 1, maxItems: 20 })),
    flags: Type.Optional(Type.Array(FlagRule, { minItems: 1, maxItems: 50 })),
    reliableChange: Type.Optional(ReliableChange),
    response: Type.Optional(Response),
    remission: Type.Optional(
      Type.Object({ below: Integer }, { ...strict, description: 'A follow-up total below this is remission.' }),
    ),
  },
  strict,
);

export const InstrumentDefinitionSchema = Type.Object(
  {
    id: Id,
    name: Name,
    title: text(200),
    description: Type.Optional(text(2000)),
    code: Type.Optional(Type.Array(Coding, { minItems: 1, maxItems: 5 })),
    item: Type.Array(Item, { minItems: 1, maxItems: 200 }),
    scoring: Scoring,
  },
  strict,
);

export type InstrumentDefinition = Static<typeof InstrumentDefinitionSchema>;
export type InstrumentItem = Static<typeof Item>;
export type AnswerOption = Static<typeof AnswerOption>;
export type Band = Static<typeof Band>;
export type Range = Static<typeof Range>;
export type Subscale = Static<typeof Subscale>;
export type FlagRule = Static<typeof FlagRule>;
export type Coding = Static<typeof Coding>;

export const LOINC = 'http://loinc.org';
export const loinc = (code: string, display?: string): Coding =>
  display ? { system: LOINC, code, display } : { system: LOINC, code };
