// This module's stable error codes (DESIGN §3.6): the code is the contract, the message is for people.
import { unprocessable, type ErrorDetail } from '../../kernel/http/index.ts';

export const outcomesErrors = {
  unknownInstrument: () =>
    unprocessable('outcomes.unknown_instrument', 'No such instrument.', [
      { path: 'instrument', message: 'not an instrument; GET /api/instruments lists them' },
    ]),
  /** One detail per bad answer, path `answers.<i>` (instruments/answers.ts). */
  invalidAnswers: (issues: readonly ErrorDetail[]) =>
    unprocessable(
      'outcomes.invalid_answers',
      'The answers do not fit the instrument.',
      issues.map(({ path, message }) => ({ path, message })),
    ),
  administeredInFuture: () =>
    unprocessable('outcomes.administered_in_future', 'An assessment cannot be administered in the future.', [
      { path: 'administeredAt', message: 'is in the future' },
    ]),
};
