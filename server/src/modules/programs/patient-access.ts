// Object-level access to patients (AZ-2, DESIGN §3.4): who works with whom is decided here, from
// episodes × staff program assignments; every module holding patient data asks this port.
import { can, notFound, type PatientAccess } from '../../kernel/http/index.ts';
import { patients } from '../patients/index.ts';
import { assignedPatientsCondition, patientExists } from './episodes.queries.ts';

export function createPatientAccess(): PatientAccess {
  const access: PatientAccess = {
    visibleCondition(ctx, patientIdColumn) {
      // No actor is the system itself (boot, jobs, demo data: kernel systemContext); every /api
      // route that reaches patient data has an actor, since none of them is public.
      if (!ctx.actor || can(ctx, 'patients:read_all')) return undefined;
      return assignedPatientsCondition(patientIdColumn, ctx.actor.userId);
    },
    async assertVisible(tx, ctx, patientId) {
      // 404 rather than 403, so the answer does not reveal that the patient exists.
      if (!(await patientExists(tx, patientId, access.visibleCondition(ctx, patients.id)))) {
        throw notFound('patients.not_found', 'No such patient.');
      }
    },
  };
  return access;
}
