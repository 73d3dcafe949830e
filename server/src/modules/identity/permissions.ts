// Roles → permissions, deny by default (AZ-1). A role not listed here can do nothing.

export const ROLES = [
  'admin',
  'program_director',
  'psychiatrist',
  'nurse_practitioner',
  'therapist',
  'nurse',
  'case_manager',
  'peer_specialist',
  'front_desk',
  'biller',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'organization:read',
  'organization:write',
  'staff:read',
  'staff:write',
  'patients:read',
  /** See every patient, not only those with an episode in one's own programs. */
  'patients:read_all',
  'patients:write',
  'coverages:write',
  'authorizations:write',
  'programs:read',
  'programs:write',
  'episodes:write',
  'payers:read',
  'payers:write',
  'audit:read',
  /** Calendars, groups, rosters and appointments. */
  'scheduling:read',
  'scheduling:write',
  /** Allow a room or facilitator double-booking, with a reason. */
  'scheduling:override',
  /** Check-in/out, minutes, modality and participation of session attendance. */
  'attendance:read',
  'attendance:write',
  'tasks:read',
  'tasks:write',
  /** Clinical notes and documents of the patients one may see; group notes of one's own sessions. */
  'notes:read',
  /** Draft, sign, co-sign and add addenda (the service decides who may, per note). */
  'notes:write',
  /** Read every group note, not only those of sessions one facilitates (supervision, review). */
  'notes:review',
  /** Outcome measures (PHQ-9, GAD-7, …) of the patients one may see. */
  'outcomes:read',
  /** Record an administration of an instrument (scored and stored). */
  'outcomes:write',
  /**
   * Start a self-report kiosk or make a one-time link for the measures due: the front desk hands the
   * tablet over at check-in without seeing answers or scores.
   */
  'outcomes:self_report',
  /**
   * Program outcome reports (mean change, response and remission per instrument and period) and their
   * per-patient CSV, over the patients one may see: clinical staff and directors, not peer specialists.
   */
  'outcomes:report',
  /** The weekly compliance dashboard (hours, absences, notes, measures, authorizations) of the patients one may see. */
  'compliance:read',
  /** Claims, their lines and holds, batches and remittances (BILLING-RULES); the session claim preview. */
  'billing:read',
  /** Run billing, batch claims into X12 files and post 835 remittances. */
  'billing:write',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const orientation: Permission[] = ['organization:read', 'staff:read', 'programs:read', 'payers:read'];
const clinician: Permission[] = [
  ...orientation,
  'patients:read',
  'patients:write',
  'episodes:write',
  'scheduling:read',
  'scheduling:write',
  'attendance:read',
  'attendance:write',
  'tasks:read',
  'tasks:write',
  'notes:read',
  'notes:write',
  'outcomes:read',
  'outcomes:write',
  'outcomes:self_report',
  'outcomes:report',
  'compliance:read',
];

const GRANTS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  program_director: [
    ...clinician,
    'patients:read_all',
    'coverages:write',
    'authorizations:write',
    'programs:write',
    'scheduling:override',
    'notes:review',
    'billing:read',
  ],
  psychiatrist: clinician,
  nurse_practitioner: clinician,
  therapist: clinician,
  nurse: clinician,
  case_manager: [...clinician, 'authorizations:write'],
  // Peer specialists co-facilitate groups: they may draft the note, not sign it (the lead signs).
  peer_specialist: [
    ...orientation,
    'patients:read',
    'scheduling:read',
    'attendance:read',
    'tasks:read',
    'notes:read',
    'notes:write',
    'outcomes:read',
  ],
  // Front desk registers patients and their insurance, books and enrolls them; it sees
  // demographics and schedules (AZ-3).
  front_desk: [
    ...orientation,
    'patients:read',
    'patients:read_all',
    'patients:write',
    'coverages:write',
    'scheduling:read',
    'scheduling:write',
    'attendance:read',
    'attendance:write',
    'tasks:read',
    'tasks:write',
    'outcomes:self_report',
  ],
  biller: [
    ...orientation,
    'patients:read',
    'patients:read_all',
    'coverages:write',
    'authorizations:write',
    'payers:write',
    'scheduling:read',
    'attendance:read',
    'billing:read',
    'billing:write',
  ],
  auditor: ['organization:read', 'staff:read', 'audit:read'],
};

export function permissionsFor(roles: readonly string[]): Set<string> {
  const granted = new Set<string>();
  for (const role of roles) for (const p of GRANTS[role as Role] ?? []) granted.add(p);
  return granted;
}

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
