// This module's stable error codes (DESIGN §3.6): the code is the contract, the message is for people.
import { notFound, unprocessable } from '../../kernel/http/index.ts';

export const complianceErrors = {
  programNotFound: () => notFound('programs.not_found', 'No such program.'),
  invalidRange: (message: string) => unprocessable('compliance.invalid_range', message, [{ path: 'to', message }]),
};
