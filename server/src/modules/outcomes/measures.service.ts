// Measures due per patient: the schedule (measures.ts) laid over the patient's episode and the days
// the instruments were given, counted in the program site's zone. The read is audited per patient.
import type { Db } from '../../kernel/db/index.ts';
import type { RequestContext } from '../../kernel/http/index.ts';
import { localDate } from '../scheduling/index.ts';
import type { OutcomesDeps } from './assessments.service.ts';
import { DEFAULT_MEASURE_SCHEDULE, measuresDue, type MeasureDue } from './measures.ts';
import * as q from './measures.queries.ts';

export type MeasuresService = ReturnType<typeof createMeasuresService>;

export function createMeasuresService({ db, clock, audit, patientAccess }: OutcomesDeps) {
  /** What the patient owes today; no episode, nothing owed. The caller has checked access. */
  async function dueFor(tx: Db, patientId: string): Promise<MeasureDue[]> {
    const episode = await q.measuredEpisode(tx, patientId);
    if (!episode) return [];
    const schedule = DEFAULT_MEASURE_SCHEDULE;
    const now = clock.now();
    const given = await q.administrationDays(tx, patientId, schedule.instruments, {
      from: episode.admitDate,
      timeZone: episode.timeZone,
      now,
    });
    return measuresDue(schedule, episode, given, localDate(now, episode.timeZone));
  }

  return {
    async due(ctx: RequestContext, patientId: string): Promise<MeasureDue[]> {
      return db.transaction(async (tx) => {
        await patientAccess.assertVisible(tx, ctx, patientId);
        const items = await dueFor(tx, patientId);
        await audit.record(tx, ctx, { action: 'read', category: 'measures_due', patientId, details: { items } });
        return items;
      });
    },

    internal: { dueFor },
  };
}
