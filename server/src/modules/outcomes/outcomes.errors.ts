// This module's stable error codes (DESIGN §3.6): the code is the contract, the message is for people.
import { AppError, conflict, notFound, unprocessable, type ErrorDetail } from '../../kernel/http/index.ts';

export const outcomesErrors = {
  unknownInstrument: (path = 'instrument') =>
    unprocessable('outcomes.unknown_instrument', 'No such instrument.', [
      { path, message: 'not an instrument; GET /api/instruments lists them' },
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
  notSelfReport: (path: string) =>
    unprocessable('outcomes.not_self_report', 'This instrument is not offered to patients on screen.', [
      { path, message: 'its item texts are not yet the published wording, or it is not a self-report' },
    ]),
  nothingDue: () =>
    unprocessable('outcomes.nothing_due', 'No measure is due for this patient: name the instruments to ask.', [
      { path: 'instruments', message: 'no measure is due; list the instruments' },
    ]),
  // A token that does not exist and one never issued look the same: nothing tells a guesser which.
  tokenNotFound: () => notFound('outcomes.token_not_found', 'This form link is not valid.'),
  tokenUsed: () => conflict('outcomes.token_used', 'This form has already been completed.'),
  tokenExpired: () =>
    new AppError(410, 'outcomes.token_expired', 'This form link has expired. Ask the staff for a new one.'),
  instrumentNotRequested: () =>
    unprocessable('outcomes.instrument_not_requested', 'This form does not ask for that instrument.', [
      { path: 'instrument', message: 'not among the instruments of this form' },
    ]),
  alreadyAnswered: () =>
    conflict('outcomes.already_answered', 'This questionnaire has already been answered.', [
      { path: 'instrument', message: 'already answered on this form' },
    ]),
  // The same code as the compliance report's, naming the query parameter at fault.
  programNotFound: () =>
    new AppError(404, 'programs.not_found', 'No such program.', [{ path: 'programId', message: 'no such program' }]),
  invalidPeriod: (path: 'from' | 'to', message: string) =>
    unprocessable('outcomes.invalid_period', message, [{ path, message }]),
};
