// A deterministic synthetic IOP/PHP program for the benchmarks (DESIGN §6; sizing from reference
// §B4): 300 patients, 3 payers, episodes with ICD-10-CM diagnoses, and a year of group schedule and
// attendance. Same seed → identical data: every random draw comes from a seeded mulberry32 stream,
// ids included, and no clock is read. Every person in it is fictional and says so ("Test-" names,
// example.test emails, 555-01xx phone numbers).
//
// The pieces: synthetic-catalog.ts (fixed lists, calendar), synthetic-organization.ts (organization,
// sites, rooms, staff, payers, programs), synthetic-patients.ts (patients, coverages, episodes,
// authorizations), synthetic-schedule.ts (cohorts, sessions, attendance), synthetic-seed.ts (loading).
import type { users } from '../src/modules/identity/index.ts';
import type { organization, rooms, sites, staff } from '../src/modules/organization/index.ts';
import type { authorizations, coverages, patients } from '../src/modules/patients/index.ts';
import type { payers } from '../src/modules/payers/index.ts';
import type {
  episodeDiagnoses,
  episodes,
  levelOfCareChanges,
  programs,
  staffPrograms,
} from '../src/modules/programs/index.ts';
import { random } from './random.ts';
import { programDays, type AttendanceStatus, type GroupKind, type Modality } from './synthetic-catalog.ts';
import { buildStructure } from './synthetic-organization.ts';
import { buildEpisodes, buildPatients } from './synthetic-patients.ts';
import { buildAttendance, buildCohorts, buildSchedule } from './synthetic-schedule.ts';

export { mulberry32, random, type Random } from './random.ts';
export {
  CLINIC_HOLIDAYS,
  MENTAL_HEALTH_DIAGNOSES,
  SUBSTANCE_USE_DIAGNOSES,
  addDays,
  programDays,
  syntheticNpi,
  weekday,
  type AttendanceStatus,
  type GroupKind,
  type Modality,
} from './synthetic-catalog.ts';
export { seedSyntheticProgram, SYNTHETIC_STAFF_PASSWORD, type SeedCounts } from './synthetic-seed.ts';

// Rows for tables that exist are the tables' own insert types, so a schema change that this
// generator does not follow fails the type check instead of the benchmark.
export type OrganizationRow = typeof organization.$inferInsert;
export type SiteRow = typeof sites.$inferInsert;
export type RoomRow = typeof rooms.$inferInsert;
export type PayerRow = typeof payers.$inferInsert;
export type PatientRow = typeof patients.$inferInsert;
export type CoverageRow = typeof coverages.$inferInsert;
export type AuthorizationRow = typeof authorizations.$inferInsert;
export type ProgramRow = typeof programs.$inferInsert;
export type EpisodeRow = typeof episodes.$inferInsert;
export type EpisodeDiagnosisRow = typeof episodeDiagnoses.$inferInsert;
export type LevelOfCareChangeRow = typeof levelOfCareChanges.$inferInsert;
export type StaffProgramRow = typeof staffPrograms.$inferInsert;

/** A staff member: the login (identity's `users`, without a password hash) and the clinical profile. */
export interface SyntheticStaff {
  user: Omit<typeof users.$inferInsert, 'passwordHash'>;
  profile: typeof staff.$inferInsert;
}

/** A standing group of 8–12 patients who attend the same sessions (§B4: IOP groups of 8–12). */
export interface SyntheticCohort {
  id: string;
  programId: string;
  name: string;
  roomId: string;
  /** Weekdays it meets, 1 = Monday … 5 = Friday. */
  weekdays: number[];
  patientIds: string[];
}

// The scheduling and attendance modules (and their tables) come later: until then group sessions and
// attendance live only in memory, in the shapes API.md gives them, ready to seed once the tables exist.
export interface SyntheticGroupSession {
  id: string;
  cohortId: string;
  programId: string;
  date: string;
  /** Clinic-local start time, HH:MM (the site's time zone). */
  startTime: string;
  durationMinutes: number;
  kind: GroupKind;
  title: string;
  roomId: string;
  facilitatorStaffId: string;
}

export interface SyntheticAttendance {
  sessionId: string;
  patientId: string;
  status: AttendanceStatus;
  minutesAttended: number;
  modality: Modality;
}

export interface SyntheticProgram {
  seed: number;
  organization: OrganizationRow;
  sites: SiteRow[];
  rooms: RoomRow[];
  staff: SyntheticStaff[];
  payers: PayerRow[];
  programs: ProgramRow[];
  staffPrograms: StaffProgramRow[];
  patients: PatientRow[];
  coverages: CoverageRow[];
  authorizations: AuthorizationRow[];
  episodes: EpisodeRow[];
  episodeDiagnoses: EpisodeDiagnosisRow[];
  levelOfCareChanges: LevelOfCareChangeRow[];
  programDays: string[];
  cohorts: SyntheticCohort[];
  groupSessions: SyntheticGroupSession[];
  attendance: SyntheticAttendance[];
}

export interface SyntheticOptions {
  seed?: number;
  /** §B4: census 300. */
  patients?: number;
  /** §B4: 1 year ≈ 250 program days. */
  programDays?: number;
  /** The first program day (a Monday is tidiest). */
  startDate?: string;
}

export const DEFAULT_SEED = 20_250_106;

export function generateSyntheticProgram(options: SyntheticOptions = {}): SyntheticProgram {
  const seed = options.seed ?? DEFAULT_SEED;
  const days = programDays(options.startDate ?? '2025-01-06', options.programDays ?? 250);
  // One stream per section, so changing one section leaves the others' data as it was.
  const stream = (name: string) => random(seed, name);
  const ids = stream('ids:structure');

  const structure = buildStructure(ids, stream('staff'), days[0]!);
  const people = buildPatients(stream('patients'), options.patients ?? 300, days[0]!, structure.payerIds);
  const patientIds = people.patients.map((p) => p.id!);
  const { cohorts, programOf } = buildCohorts(stream('assignment'), ids, patientIds, structure);
  const care = buildEpisodes(stream('episodes'), days, structure, people, programOf);
  const groupSessions = buildSchedule(stream('schedule'), days, cohorts, structure);
  const attendance = buildAttendance(stream('attendance'), days, cohorts, groupSessions, patientIds, care.spans);

  return {
    seed,
    organization: structure.organization,
    sites: structure.sites,
    rooms: structure.rooms,
    staff: structure.staff,
    payers: structure.payers,
    programs: structure.programs,
    staffPrograms: structure.staffPrograms,
    patients: people.patients,
    coverages: people.coverages,
    authorizations: care.authorizations,
    episodes: care.episodes,
    episodeDiagnoses: care.episodeDiagnoses,
    levelOfCareChanges: care.levelOfCareChanges,
    programDays: days,
    cohorts,
    groupSessions,
    attendance,
  };
}
