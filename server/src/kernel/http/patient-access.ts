// Object-level access to patients (AZ-2), as a port: the programs module decides who works with
// whom (episodes × staff program assignments); every module holding patient data asks it.
import type { SQL } from 'drizzle-orm';
import type { Db } from '../db/index.ts';
import type { RequestContext } from './context.ts';

export interface PatientAccess {
  /** A condition limiting a patient-id column to the actor's patients; undefined means all patients. */
  visibleCondition(ctx: RequestContext, patientIdColumn: SQL | import('drizzle-orm').AnyColumn): SQL | undefined;
  /** Throws 404 `patients.not_found` when the patient does not exist or the actor may not see it. */
  assertVisible(tx: Db, ctx: RequestContext, patientId: string): Promise<void>;
}
