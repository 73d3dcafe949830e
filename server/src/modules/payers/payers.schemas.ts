// Request and response shapes of /api/payers (API.md "Payers") and the mappers to them (DESIGN §3.3).
import { Type, type Static } from 'typebox';
import type { PayerRecord, RulePackRow } from './payers.queries.ts';
import { CLAIM_FORMATS, DEFAULT_RULE_PACKS } from './rule-pack-templates.ts';
import { TEMPLATE_SCHEMAS, TEMPLATES, isTemplate, type Template } from './rule-packs.ts';

export const PayerBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    // X12 837 2010BB NM109 (2–80 characters); letters, digits and dashes keep it clear of delimiters.
    payerId: Type.String({ pattern: '^[A-Za-z0-9-]{2,80}$', examples: ['00431', 'BCBSIL'] }),
    // Any string here, so that an unknown template answers 422 payers.unknown_template.
    template: Type.String({
      minLength: 1,
      maxLength: 60,
      description: `One of ${TEMPLATES.join(', ')}.`,
      examples: TEMPLATES,
    }),
  },
  { additionalProperties: false },
);
export type PayerBody = Static<typeof PayerBody>;

/** Any JSON object: its fit to the payer's template is a rule (422 payers.invalid_rules), not syntax. */
export const RulesBody = Type.Record(Type.String(), Type.Unknown(), {
  description: "The whole rule pack; its shape is the template's (see GET /api/payer-templates).",
});

// Stored packs were validated on the way in; serialization passes them through whole.
const Rules = Type.Record(Type.String(), Type.Unknown());

export const PayerResponse = Type.Object({
  id: Type.String(),
  name: Type.String(),
  payerId: Type.String(),
  template: Type.String(),
  claimFormat: Type.String(),
  rules: Rules,
  rulesVersion: Type.Integer(),
});

export const RuleVersionResponse = Type.Object({
  version: Type.Integer(),
  rules: Rules,
  createdAt: Type.String({ format: 'date-time' }),
  createdBy: Type.Union([Type.String(), Type.Null()]),
});

export const TemplateResponse = Type.Object({
  template: Type.String(),
  claimFormat: Type.String(),
  defaults: Rules,
  schema: Type.Record(Type.String(), Type.Unknown(), { description: 'JSON Schema of the rule pack.' }),
});

const claimFormatOf = (template: string) => (isTemplate(template) ? CLAIM_FORMATS[template] : 'unknown');

export const toPayerResponse = (p: PayerRecord): Static<typeof PayerResponse> => ({
  id: p.id,
  name: p.name,
  payerId: p.payerId,
  template: p.template,
  claimFormat: claimFormatOf(p.template),
  rules: p.rules,
  rulesVersion: p.rulesVersion,
});

export const toRuleVersionResponse = (r: RulePackRow): Static<typeof RuleVersionResponse> => ({
  version: r.version,
  rules: r.rules,
  createdAt: r.createdAt.toISOString(),
  createdBy: r.createdBy,
});

export const templateResponses = (): Static<typeof TemplateResponse>[] =>
  TEMPLATES.map((template: Template) => ({
    template,
    claimFormat: CLAIM_FORMATS[template],
    defaults: DEFAULT_RULE_PACKS[template],
    schema: TEMPLATE_SCHEMAS[template] as unknown as Record<string, unknown>,
  }));
