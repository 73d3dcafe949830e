// This module's stable error codes (DESIGN §3.6): the code is the contract, the message is for people.
import { conflict, notFound, unprocessable, type ErrorDetail } from '../../kernel/http/index.ts';

export const programErrors = {
  programNotFound: () => notFound('programs.not_found', 'No such program.'),
  // Also the answer for an episode of a patient the caller may not see: existence is not revealed.
  episodeNotFound: () => notFound('programs.episode_not_found', 'No such episode.'),
  unknownSite: () =>
    unprocessable('programs.unknown_site', 'The site does not exist.', [{ path: 'siteId', message: 'no such site' }]),
  unknownProgram: () =>
    unprocessable('programs.unknown_program', 'The program does not exist.', [
      { path: 'programId', message: 'no such program' },
    ]),
  programInactive: () =>
    unprocessable('programs.program_inactive', 'The program is inactive and admits no one.', [
      { path: 'programId', message: 'inactive program' },
    ]),
  unknownStaff: (details: ErrorDetail[]) =>
    unprocessable('programs.unknown_staff', 'Some staff members do not exist.', details),
  invalidAttending: () =>
    unprocessable('programs.invalid_attending', 'The attending must be an active psychiatrist or nurse practitioner.', [
      { path: 'attendingStaffId', message: 'not an active psychiatrist or nurse practitioner' },
    ]),
  invalidDiagnosisCode: (details: ErrorDetail[]) =>
    unprocessable('programs.invalid_diagnosis_code', 'A diagnosis code is not in ICD-10-CM format.', details),
  principalDiagnosisRequired: () =>
    unprocessable('programs.principal_diagnosis_required', 'Exactly one diagnosis must be the principal one.', [
      { path: 'diagnoses', message: 'exactly one diagnosis must have principal: true' },
    ]),
  duplicateDiagnosis: (details: ErrorDetail[]) =>
    unprocessable('programs.duplicate_diagnosis', 'A diagnosis code is listed twice.', details),
  invalidDates: (path: string, message: string) =>
    unprocessable('programs.invalid_dates', message, [{ path, message }]),
  levelOfCareUnchanged: () =>
    unprocessable('programs.level_of_care_unchanged', 'The episode is already at this level of care.', [
      { path: 'levelOfCare', message: 'same as the current level of care' },
    ]),
  episodeOpen: () => conflict('programs.episode_open', 'The patient already has an open episode in this program.'),
  alreadyDischarged: () => conflict('programs.already_discharged', 'The episode is already discharged.'),
};
