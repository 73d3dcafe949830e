// What the patients use cases are built from, and the small helpers every one of them shares.
import type { Audit } from '../../kernel/audit/index.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db } from '../../kernel/db/index.ts';
import { can, forbidden, page, type PatientAccess, type RequestContext } from '../../kernel/http/index.ts';
import type { Window } from './patients.queries.ts';

/** An open episode of care as the chart header shows it; the programs module provides these. */
export interface EpisodeSummary {
  id: string;
  programId: string;
  programName: string;
  levelOfCare: string;
  admitDate: string;
  dischargeDate: string | null;
  attendingStaffId: string;
  diagnoses: { code: string; principal: boolean }[];
}

export interface PatientsDeps {
  db: Db;
  clock: Clock;
  audit: Audit;
  patientAccess: PatientAccess;
  /**
   * A patient's open episodes, read inside the caller's transaction. A port rather than an import:
   * programs depends on patients, so patients cannot import programs (decision 0006).
   */
  activeEpisodes: (db: Db, patientId: string) => Promise<EpisodeSummary[]>;
}

/**
 * Routes declare their access; services check again so no other caller can skip it (DESIGN §3.4).
 * Work the system does itself (no actor: boot, demo data) is trusted.
 */
export function authorize(ctx: RequestContext, permission: string): void {
  if (ctx.actor && !can(ctx, permission)) throw forbidden();
}

export interface ListOptions {
  limit?: number | undefined;
  cursor?: string | undefined;
}

export const windowOf = (options: ListOptions): Window => ({
  limit: options.limit ?? 50,
  offset: page.offset(options.cursor),
});
