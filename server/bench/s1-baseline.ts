// S1's physical floor: raw single-statement inserts into attendance through the app's own
// Drizzle handle and pool, every row a new (session, patient) pair so each one writes and commits.
import { sql } from 'drizzle-orm';
import type { Db } from '../src/kernel/db/index.ts';
import { newId } from '../src/kernel/ids.ts';
import { now } from './harness.ts';
import type { Arrival } from './s1-mornings.ts';

/**
 * The baseline's rows: every (session, patient) pair over the given sessions, one after another,
 * none of them the same (the unique index would turn a repeat into a no-op and flatter the floor).
 */
export function distinctPairs(sessionIds: readonly string[], patientIds: readonly string[]) {
  const count = sessionIds.length * patientIds.length;
  return {
    count,
    at(k: number): Arrival {
      return {
        sessionId: sessionIds[k % sessionIds.length]!,
        patientId: patientIds[Math.floor(k / sessionIds.length)]!,
      };
    },
  };
}

/** Raw inserts from `loops` loops sharing the pool, for `ms`: the physical floor of a check-in. */
export async function rawInserts(db: Db, pairs: ReturnType<typeof distinctPairs>, loops: number, ms: number) {
  let next = 0;
  const start = now();
  await Promise.all(
    Array.from({ length: loops }, async () => {
      while (now() - start < ms && next < pairs.count) {
        const { sessionId, patientId } = pairs.at(next);
        next += 1;
        const at = new Date().toISOString();
        await db.execute(sql`insert into attendance (id, session_id, patient_id, status, check_in_at,
          minutes_attended, modality, recorded_at, updated_at)
          values (${newId()}, ${sessionId}, ${patientId}, 'present', ${at}, 0, 'in_person', ${at}, ${at})
          on conflict do nothing`);
      }
    }),
  );
  return { inserts: next, perSecond: (next * 1000) / (now() - start) };
}
