// Programs (level of care, population, weekly hour minimum) and who works in them; composes the
// episode use cases and the patient-access port that other modules receive.
import type { Audit } from '../../kernel/audit/index.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db } from '../../kernel/db/index.ts';
import { page, type RequestContext } from '../../kernel/http/index.ts';
import { newId } from '../../kernel/ids.ts';
import { findSite } from '../organization/index.ts';
import { createEpisodesService } from './episodes.service.ts';
import { listActiveEpisodes } from './episodes.queries.ts';
import { createPatientAccess } from './patient-access.ts';
import { programErrors } from './programs.errors.ts';
import * as q from './programs.queries.ts';
import type { ProgramBody, ProgramPatch } from './programs.schemas.ts';

/** What other modules (patient header, billing, compliance) read about a patient's open episodes. */
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

export type ProgramsService = ReturnType<typeof createProgramsService>;

export function createProgramsService({ db, clock, audit }: { db: Db; clock: Clock; audit: Audit }) {
  const patientAccess = createPatientAccess();

  async function existingProgram(tx: Db, id: string): Promise<q.ProgramRow> {
    const program = await q.findProgram(tx, id);
    if (!program) throw programErrors.programNotFound();
    return program;
  }

  async function requireSite(tx: Db, siteId: string): Promise<void> {
    if (!(await findSite(tx, siteId))) throw programErrors.unknownSite();
  }

  return {
    patientAccess,
    ...createEpisodesService({ db, clock, audit, patientAccess }),

    /** Open episodes of a patient, newest first. The caller audits its read: it holds the transaction. */
    async activeEpisodes(tx: Db, patientId: string): Promise<EpisodeSummary[]> {
      const rows = await listActiveEpisodes(tx, patientId);
      return rows.map((e) => ({
        id: e.id,
        programId: e.programId,
        programName: e.programName,
        levelOfCare: e.levelOfCare,
        admitDate: e.admitDate,
        dischargeDate: e.dischargeDate,
        attendingStaffId: e.attendingStaffId,
        diagnoses: e.diagnoses,
      }));
    },

    async createProgram(ctx: RequestContext, input: ProgramBody): Promise<{ id: string }> {
      return db.transaction(async (tx) => {
        await requireSite(tx, input.siteId);
        const id = newId();
        await q.insertProgram(tx, { id, ...input });
        await audit.record(tx, ctx, { action: 'create', category: 'program', entityId: id });
        return { id };
      });
    },

    async listPrograms(query: {
      siteId?: string | undefined;
      active?: boolean | undefined;
      limit?: number | undefined;
      cursor?: string | undefined;
    }) {
      const limit = query.limit ?? 50;
      const offset = page.offset(query.cursor);
      return page.of(await q.listPrograms(db, query, { limit, offset }), limit, offset);
    },

    async getProgram(id: string): Promise<q.ProgramRow> {
      return existingProgram(db, id);
    },

    async updateProgram(ctx: RequestContext, id: string, patch: ProgramPatch): Promise<q.ProgramRow> {
      return db.transaction(async (tx) => {
        await existingProgram(tx, id);
        if (patch.siteId) await requireSite(tx, patch.siteId);
        // Episodes keep their own level-of-care history, so a program's level may change safely.
        const updated = await q.updateProgram(tx, id, patch);
        await audit.record(tx, ctx, {
          action: 'update',
          category: 'program',
          entityId: id,
          details: { fields: Object.keys(patch) },
        });
        return updated!;
      });
    },

    /** Replace the program's staff; assignments decide which patients each clinician sees (AZ-2). */
    async setStaff(ctx: RequestContext, programId: string, staffIds: string[]): Promise<q.ProgramStaffRow[]> {
      return db.transaction(async (tx) => {
        await existingProgram(tx, programId);
        const known = await q.existingStaffIds(tx, staffIds);
        const unknown = staffIds.flatMap((id, i) =>
          known.has(id) ? [] : [{ path: `staffIds.${i}`, message: 'no such staff member' }],
        );
        if (unknown.length > 0) throw programErrors.unknownStaff(unknown);
        const current = await q.programStaffIds(tx, programId);
        const added = staffIds.filter((id) => !current.includes(id));
        const removed = current.filter((id) => !staffIds.includes(id));
        await q.removeStaffAssignments(tx, programId, removed);
        await q.addStaffAssignments(tx, programId, added);
        // Access changes are security events worth finding later (AU-2).
        await audit.record(tx, ctx, {
          action: 'update',
          category: 'program_staff',
          entityId: programId,
          details: { added, removed },
        });
        return q.listProgramStaff(tx, programId);
      });
    },

    async listStaff(programId: string): Promise<q.ProgramStaffRow[]> {
      await existingProgram(db, programId);
      return q.listProgramStaff(db, programId);
    },
  };
}
