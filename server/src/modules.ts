// Composition root: every module service built once, with plain arguments (DESIGN §3.2).
import type { Config } from './config.ts';
import { createAudit } from './kernel/audit/index.ts';
import type { Clock } from './kernel/clock.ts';
import type { Db } from './kernel/db/index.ts';
import { createIdentityService } from './modules/identity/index.ts';
import { createOrganizationService } from './modules/organization/index.ts';
import { createPatientsService } from './modules/patients/index.ts';
import { createPayersService } from './modules/payers/index.ts';
import { createProgramsService } from './modules/programs/index.ts';
import { createAuditService } from './modules/audit-log/index.ts';
import { createCareService } from './modules/care/index.ts';
import { createSchedulingService } from './modules/scheduling/index.ts';
import { createAttendanceService } from './modules/attendance/index.ts';
import { createNotesService } from './modules/notes/index.ts';
import { createOutcomesService } from './modules/outcomes/index.ts';
import { createComplianceService } from './modules/compliance/index.ts';
import { createBillingService } from './modules/billing/index.ts';

export function buildModules({ db, clock, config }: { db: Db; clock: Clock; config: Config }) {
  const audit = createAudit({ clock });
  const identity = createIdentityService({ db, clock, audit, config });
  const organization = createOrganizationService({ db, clock, audit, identity });
  const payers = createPayersService({ db, clock, audit });
  const programs = createProgramsService({ db, clock, audit });
  const patients = createPatientsService({
    db,
    clock,
    audit,
    patientAccess: programs.patientAccess,
    activeEpisodes: programs.activeEpisodes,
  });
  const care = createCareService({ db, clock, audit, patientAccess: programs.patientAccess });
  const attendance = createAttendanceService({
    db,
    clock,
    audit,
    patientAccess: programs.patientAccess,
    // Absence and weekly-hours alerts become tasks for the primary clinician (care).
    care,
    absenceAlertAfter: config.absenceAlertAfter,
  });
  const scheduling = createSchedulingService({
    db,
    clock,
    audit,
    patientAccess: programs.patientAccess,
    horizonWeeks: config.scheduleHorizonWeeks,
    createTask: care.createTask,
    // Scheduling shows recorded attendance in a session's roster without importing attendance.
    attendanceFor: attendance.attendanceFor,
    // Series edits leave alone sessions with attendance recorded, again without importing attendance.
    sessionsInUse: attendance.sessionsInUse,
  });
  const notes = createNotesService({
    db,
    clock,
    audit,
    patientAccess: programs.patientAccess,
    similarityLimit: config.noteSimilarityLimitPercent / 100,
    dueHours: config.noteDueHours,
  });
  // A positive suicide-risk screen becomes an urgent task for the primary clinician (care).
  const outcomes = createOutcomesService({ db, clock, audit, patientAccess: programs.patientAccess, care });
  const compliance = createComplianceService({
    db,
    clock,
    audit,
    patientAccess: programs.patientAccess,
    // The weeks it reads have their group sessions as rows, without importing the groups' internals.
    ensureSessionsThrough: scheduling.groups.internal.ensureMaterialized,
  });
  const billing = createBillingService({ db, clock, audit, patientAccess: programs.patientAccess });
  const auditLog = createAuditService({ db, audit });
  return {
    audit,
    identity,
    organization,
    payers,
    programs,
    patients,
    scheduling,
    attendance,
    notes,
    outcomes,
    compliance,
    billing,
    care,
    auditLog,
  };
}

export type Modules = ReturnType<typeof buildModules>;
