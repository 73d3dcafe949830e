// This module's stable error codes (DESIGN §3.6).
import { notFound, unprocessable, type ErrorDetail } from '../../kernel/http/index.ts';
import { TEMPLATES } from './rule-packs.ts';

export const payerErrors = {
  notFound: () => notFound('payers.not_found', 'No such payer.'),
  // 422 rather than a schema 400: the template list grows with the product, and clients get one
  // stable code for it (README "Errors").
  unknownTemplate: (template: string) =>
    unprocessable('payers.unknown_template', `Unknown rule-pack template "${template}".`, [
      { path: 'template', message: `must be one of ${TEMPLATES.join(', ')}` },
    ]),
  invalidRules: (details: ErrorDetail[]) =>
    unprocessable('payers.invalid_rules', "The rules do not fit the payer's template.", details),
};
