// Episodes of care: admission → level-of-care changes → discharge. Every read and write of an
// episode is patient data, audited in the same transaction (DESIGN §3.5).
import type { Audit } from '../../kernel/audit/index.ts';
import type { Clock } from '../../kernel/clock.ts';
import { isUniqueViolation, type Db } from '../../kernel/db/index.ts';
import { page, type PatientAccess, type RequestContext } from '../../kernel/http/index.ts';
import { newId } from '../../kernel/ids.ts';
import { findStaff } from '../organization/index.ts';
import { canAttend, diagnosisIssue, earliestNextDate } from './episode-rules.ts';
import * as q from './episodes.queries.ts';
import { normalizeIcd10 } from './icd10.ts';
import { programErrors } from './programs.errors.ts';
import { findProgram } from './programs.queries.ts';
import type { DischargeBody, EpisodeBody, LevelOfCareBody } from './programs.schemas.ts';
import { episodes } from './programs.tables.ts';

export interface EpisodeDetail {
  episode: q.EpisodeRecord;
  history: q.LevelOfCareChangeRow[];
}

const CATEGORY = 'episode';

export function createEpisodesService({
  db,
  clock,
  audit,
  patientAccess,
}: {
  db: Db;
  clock: Clock;
  audit: Audit;
  patientAccess: PatientAccess;
}) {
  /** The episode if it exists and its patient is visible to the caller; 404 either way otherwise. */
  async function visibleEpisode(tx: Db, ctx: RequestContext, id: string, forUpdate = false): Promise<q.EpisodeRecord> {
    const episode = await q.findEpisode(tx, id, patientAccess.visibleCondition(ctx, episodes.patientId), { forUpdate });
    if (!episode) throw programErrors.episodeNotFound();
    return episode;
  }

  async function detail(tx: Db, ctx: RequestContext, id: string): Promise<EpisodeDetail> {
    return { episode: await visibleEpisode(tx, ctx, id), history: await q.levelOfCareHistory(tx, id) };
  }

  /** Lock an open episode for a change and give the earliest date the change may carry. */
  async function openForChange(tx: Db, ctx: RequestContext, id: string) {
    const episode = await visibleEpisode(tx, ctx, id, true);
    if (episode.dischargeDate !== null) throw programErrors.alreadyDischarged();
    const history = await q.levelOfCareHistory(tx, id);
    return {
      episode,
      history,
      earliest: earliestNextDate(
        episode.admitDate,
        history.map((h) => h.effectiveDate),
      ),
    };
  }

  return {
    async admitEpisode(ctx: RequestContext, input: EpisodeBody): Promise<{ id: string }> {
      const diagnoses = input.diagnoses.map((d) => ({ code: normalizeIcd10(d.code), principal: d.principal ?? false }));
      const issue = diagnosisIssue(diagnoses);
      if (issue) throw issue;
      return db.transaction(async (tx) => {
        await patientAccess.assertVisible(tx, ctx, input.patientId);
        const program = await findProgram(tx, input.programId);
        if (!program) throw programErrors.unknownProgram();
        if (!program.active) throw programErrors.programInactive();
        const attending = await findStaff(tx, input.attendingStaffId);
        if (!attending?.active || !canAttend(attending.roles)) throw programErrors.invalidAttending();
        if (await q.findOpenEpisode(tx, input.patientId, input.programId)) throw programErrors.episodeOpen();
        const id = newId();
        const now = clock.now();
        try {
          await q.insertEpisode(
            tx,
            {
              id,
              patientId: input.patientId,
              programId: input.programId,
              admitDate: input.admitDate,
              attendingStaffId: input.attendingStaffId,
              createdAt: now,
            },
            diagnoses,
            // Admission opens the level-of-care history at the program's level.
            {
              id: newId(),
              episodeId: id,
              levelOfCare: program.levelOfCare,
              effectiveDate: input.admitDate,
              reason: null,
              recordedAt: now,
              recordedBy: ctx.actor?.userId ?? null,
            },
          );
        } catch (err) {
          // A concurrent admission passed the check above at the same time; the index decides.
          if (isUniqueViolation(err, 'episodes_one_open_per_program')) throw programErrors.episodeOpen();
          throw err;
        }
        await audit.record(tx, ctx, { action: 'create', category: CATEGORY, patientId: input.patientId, entityId: id });
        return { id };
      });
    },

    async getEpisode(ctx: RequestContext, id: string): Promise<EpisodeDetail> {
      return db.transaction(async (tx) => {
        const found = await detail(tx, ctx, id);
        await audit.record(tx, ctx, {
          action: 'read',
          category: CATEGORY,
          patientId: found.episode.patientId,
          entityId: id,
        });
        return found;
      });
    },

    /** All of a patient's episodes, newest admission first. */
    async listPatientEpisodes(
      ctx: RequestContext,
      patientId: string,
      query: { limit?: number | undefined; cursor?: string | undefined },
    ) {
      const limit = query.limit ?? 50;
      const offset = page.offset(query.cursor);
      return db.transaction(async (tx) => {
        await patientAccess.assertVisible(tx, ctx, patientId);
        const rows = await q.listPatientEpisodes(tx, patientId, { limit, offset });
        const result = page.of(rows, limit, offset);
        await audit.record(tx, ctx, {
          action: 'read',
          category: CATEGORY,
          patientId,
          details: { episodeIds: result.items.map((e) => e.id) },
        });
        return result;
      });
    },

    async dischargeEpisode(ctx: RequestContext, id: string, input: DischargeBody): Promise<EpisodeDetail> {
      return db.transaction(async (tx) => {
        const { episode, earliest } = await openForChange(tx, ctx, id);
        if (input.date < earliest) {
          throw programErrors.invalidDates(
            'date',
            `The discharge date must not be before ${earliest} (admission or last level-of-care change).`,
          );
        }
        await q.dischargeEpisode(tx, id, {
          dischargeDate: input.date,
          disposition: input.disposition,
          dispositionNote: input.note ?? null,
        });
        await audit.record(tx, ctx, {
          action: 'update',
          category: CATEGORY,
          patientId: episode.patientId,
          entityId: id,
          details: { change: 'discharge', disposition: input.disposition },
        });
        return detail(tx, ctx, id);
      });
    },

    /** A step-down (PHP → IOP) or step-up within the episode, effective from a date. */
    async changeLevelOfCare(ctx: RequestContext, id: string, input: LevelOfCareBody): Promise<EpisodeDetail> {
      return db.transaction(async (tx) => {
        const { episode, earliest } = await openForChange(tx, ctx, id);
        if (input.effectiveDate < earliest) {
          throw programErrors.invalidDates(
            'effectiveDate',
            `The change must not be effective before ${earliest} (admission or last change).`,
          );
        }
        if (input.levelOfCare === episode.levelOfCare) throw programErrors.levelOfCareUnchanged();
        await q.insertLevelOfCareChange(tx, {
          id: newId(),
          episodeId: id,
          levelOfCare: input.levelOfCare,
          effectiveDate: input.effectiveDate,
          reason: input.reason ?? null,
          recordedAt: clock.now(),
          recordedBy: ctx.actor?.userId ?? null,
        });
        await audit.record(tx, ctx, {
          action: 'update',
          category: CATEGORY,
          patientId: episode.patientId,
          entityId: id,
          details: { change: 'level_of_care', levelOfCare: input.levelOfCare, effectiveDate: input.effectiveDate },
        });
        return detail(tx, ctx, id);
      });
    },
  };
}
