// This module's stable error codes (DESIGN §3.6): the code is the contract, the message is for people.
// `patients.not_found` belongs to the PatientAccess port, which answers 404 for hidden and missing alike.
import { unprocessable } from '../../kernel/http/index.ts';

export const invalidBirthDate = (path: string, problem: string) =>
  unprocessable('patients.invalid_birth_date', `The birth date ${problem}.`, [{ path, message: problem }]);
export const unknownPayer = (path: string) =>
  unprocessable('patients.unknown_payer', 'No such payer; add it under Payers first.', [
    { path, message: 'unknown payer' },
  ]);
export const subscriberRequired = (path: string) =>
  unprocessable('patients.subscriber_required', 'When the patient is not the subscriber, describe the subscriber.', [
    { path, message: 'required unless relationship is self' },
  ]);
export const invalidDates = (path: string) =>
  unprocessable('patients.invalid_dates', 'The end date is before the start date.', [
    { path, message: 'must not be before the start date' },
  ]);
export const unknownCoverage = (path: string) =>
  unprocessable('patients.unknown_coverage', "This coverage is not one of the patient's.", [
    { path, message: "not one of this patient's coverages" },
  ]);
