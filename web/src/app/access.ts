// What each role may see and do in the web app. It mirrors the server's role grants
// (server/src/modules/identity/permissions.ts) only to decide which links and buttons to show:
// the server checks every request again and is the authority.
import type { BodyOf } from '../api/paths';

/** The roles the API knows (API.md), from the generated staff schema. */
export type Role = BodyOf<'/api/staff', 'post'>['roles'][number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrator',
  program_director: 'Program director',
  psychiatrist: 'Psychiatrist',
  nurse_practitioner: 'Nurse practitioner',
  therapist: 'Therapist',
  nurse: 'Nurse',
  case_manager: 'Case manager',
  peer_specialist: 'Peer specialist',
  front_desk: 'Front desk',
  biller: 'Biller',
  auditor: 'Auditor',
};

export const ROLES = Object.keys(ROLE_LABELS) as Role[];

export const roleLabel = (role: string): string => ROLE_LABELS[role as Role] ?? role;

const CLINICAL: Role[] = [
  'program_director',
  'psychiatrist',
  'nurse_practitioner',
  'therapist',
  'nurse',
  'case_manager',
];

const CAPABILITIES = {
  viewPatients: ['admin', ...CLINICAL, 'peer_specialist', 'front_desk', 'biller'],
  editPatients: ['admin', ...CLINICAL, 'front_desk'],
  editCoverages: ['admin', 'program_director', 'front_desk', 'biller'],
  editAuthorizations: ['admin', 'program_director', 'case_manager', 'biller'],
  editEpisodes: ['admin', ...CLINICAL],
  viewPrograms: ROLES.filter((r) => r !== 'auditor'),
  editPrograms: ['admin', 'program_director'],
  viewPayers: ROLES.filter((r) => r !== 'auditor'),
  editPayers: ['admin', 'biller'],
  administer: ['admin'],
  viewAudit: ['admin', 'auditor'],
  // scheduling:read, scheduling:write and scheduling:override
  viewSchedule: ROLES.filter((r) => r !== 'auditor'),
  editSchedule: ['admin', ...CLINICAL, 'front_desk'],
  overrideSchedule: ['admin', 'program_director'],
  // attendance:read and attendance:write
  viewAttendance: ['admin', ...CLINICAL, 'peer_specialist', 'front_desk', 'biller'],
  editAttendance: ['admin', ...CLINICAL, 'front_desk'],
  // tasks:read and tasks:write
  viewTasks: ['admin', ...CLINICAL, 'peer_specialist', 'front_desk'],
  editTasks: ['admin', ...CLINICAL, 'front_desk'],
  // notes:read and notes:write (who may change or sign a given note is the server's call, per note)
  viewNotes: ['admin', ...CLINICAL, 'peer_specialist'],
  writeNotes: ['admin', ...CLINICAL, 'peer_specialist'],
  // notes:review: every group note, not only those of one's own sessions
  reviewNotes: ['admin', 'program_director'],
  // compliance:read (clinicians may read it through the API too; the weekly report is the directors' screen)
  viewCompliance: ['admin', 'program_director'],
  // billing:read: claims, holds and the session's claim preview
  viewBilling: ['admin', 'program_director', 'biller'],
  // billing:write: billing runs, claim batches and remittance posting
  runBilling: ['admin', 'biller'],
  // outcomes:read and outcomes:write (assessments, measures due, self-report links)
  viewOutcomes: ['admin', ...CLINICAL, 'peer_specialist'],
  recordOutcomes: ['admin', ...CLINICAL],
  // outcomes:self_report: the front desk starts the kiosk at check-in, without seeing answers or scores
  startSelfReport: ['admin', ...CLINICAL, 'front_desk'],
  // outcomes:report: program outcome reports and their CSV (not peer specialists)
  viewOutcomeReports: ['admin', ...CLINICAL],
} satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof CAPABILITIES;

export function can(roles: readonly string[], capability: Capability): boolean {
  const allowed: readonly string[] = CAPABILITIES[capability];
  return roles.some((role) => allowed.includes(role));
}

/** Staff who may be the attending of an episode (it carries to the claim as NM1*71). */
export const ATTENDING_ROLES: Role[] = ['psychiatrist', 'nurse_practitioner'];
