// This module's stable error codes (DESIGN §3.6): the code is the contract, the message is for people.
import { conflict, forbidden, notFound, unprocessable, type ErrorDetail } from '../../kernel/http/index.ts';

const at = (path: string, message: string): ErrorDetail[] => [{ path, message }];

export const notesErrors = {
  sessionNotFound: () => notFound('scheduling.session_not_found', 'No such session.'),
  noteNotFound: () => notFound('notes.not_found', 'No such note.'),
  notGroupSession: () =>
    unprocessable(
      'notes.not_group_session',
      'Only a group session has a group note; write an individual note from the patient’s chart.',
      at('id', 'not a group session'),
    ),
  notFacilitator: () => forbidden('notes.not_facilitator', 'Only the session’s facilitators can do this.'),
  notLead: () => forbidden('notes.not_lead', 'Only the lead facilitator signs the group note.'),
  notAuthor: () => forbidden('notes.not_author', 'Only the note’s author can change or sign it.'),
  notSupervisor: () =>
    forbidden('notes.not_supervisor', 'Only the signer’s supervisor or the session’s supervisor co-signs.'),
  locked: () => conflict('notes.locked', 'The note is signed and cannot change; add an addendum instead.'),
  notSigned: () => conflict('notes.not_signed', 'The note is not signed yet.'),
  alreadyCosigned: () => conflict('notes.already_cosigned', 'The note is already co-signed.'),
  versionConflict: (current: number) =>
    conflict('notes.version_conflict', 'Someone else saved this note first; reload it and reapply your changes.', [
      { path: 'version', message: `current version is ${current}` },
    ]),
  notOnRoster: (path: string) =>
    unprocessable('notes.not_on_roster', 'The patient is not a member of this session.', at(path, 'not a member')),
  entryForAbsent: (path: string) =>
    unprocessable('notes.entry_for_absent', 'An absent member gets no entry.', at(path, 'recorded absent')),
  duplicatePatient: (path: string) =>
    unprocessable('notes.duplicate_patient', 'A member has two entries.', at(path, 'listed twice')),
  unknownTemplate: (path: string) =>
    unprocessable('notes.unknown_template', 'No such note template.', at(path, 'unknown template')),
  unknownSections: (paths: string[]) =>
    unprocessable(
      'notes.unknown_section',
      'The template has no such section.',
      paths.map((path) => ({ path, message: 'not a section of this template' })),
    ),
  attendanceIncomplete: (details: ErrorDetail[]) =>
    unprocessable('notes.attendance_incomplete', 'Record every member’s attendance before signing the note.', details),
  incomplete: (details: ErrorDetail[]) =>
    unprocessable('notes.incomplete', 'Complete the note before signing it.', details),
  namesOtherMember: (details: ErrorDetail[]) =>
    unprocessable(
      'notes.names_other_member',
      'The note names another member of the group; each chart may show only its own patient.',
      details,
    ),
  notIndividualized: (details: ErrorDetail[]) =>
    unprocessable(
      'notes.not_individualized',
      'Some entries are near-copies; write each member’s entry about that member.',
      details,
    ),
};
