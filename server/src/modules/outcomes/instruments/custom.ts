// Custom instruments: an admin's JSON becomes an instrument only when it is a complete, consistent
// definition. Every problem is returned at once, as a value, with its dot path in the JSON.
import { Value } from 'typebox/value';
import type { ErrorDetail } from '../../../kernel/http/index.ts';
import { InstrumentDefinitionSchema, type InstrumentDefinition } from './definition.ts';
import { definitionIssues } from './definition-issues.ts';
import { isInstrumentId } from './registry.ts';

export type CustomInstrumentResult =
  { ok: true; instrument: InstrumentDefinition } | { ok: false; issues: ErrorDetail[] };

export function validateCustomInstrument(json: unknown): CustomInstrumentResult {
  const shapeIssues = schemaIssues(json);
  if (shapeIssues.length > 0) return { ok: false, issues: shapeIssues };
  const instrument = json as InstrumentDefinition;
  const issues = [
    ...(isInstrumentId(instrument.id) ? [{ path: 'id', message: 'is the id of a built-in instrument' }] : []),
    ...definitionIssues(instrument),
  ];
  return issues.length > 0 ? { ok: false, issues } : { ok: true, instrument };
}

type SchemaError = ReturnType<typeof Value.Errors>[number];

function schemaIssues(json: unknown): ErrorDetail[] {
  return Value.Errors(InstrumentDefinitionSchema, json).flatMap(toIssues);
}

// JSON Pointer (RFC 6901) segments to a dot path: "/item/3/linkId" → "item.3.linkId".
const dotPath = (pointer: string) =>
  pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    .join('.');

function toIssues(error: SchemaError): ErrorDetail[] {
  const base = dotPath(error.instancePath);
  const at = (key: string) => (base ? `${base}.${key}` : key);
  const params = error.params as { requiredProperties?: string[]; additionalProperties?: string[] };
  switch (error.keyword) {
    case 'required':
      return (params.requiredProperties ?? []).map((key) => ({ path: at(key), message: 'is required' }));
    case 'additionalProperties':
      return (params.additionalProperties ?? []).map((key) => ({ path: at(key), message: 'is not a known field' }));
    // `additionalProperties: false` reports each unknown key a second time as a failed `false` schema.
    case 'boolean':
      return [];
    default:
      return [{ path: base || '(instrument)', message: error.message }];
  }
}
