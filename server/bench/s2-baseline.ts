// S2's physical floor: what a sign of a 12-member group fans out to, as 37 single-row INSERTs in one
// transaction through the app's own driver and pool (§B4 S2: 1 narrative + 12 individualized
// sections + 12 attendance confirmations + 12 audit rows). The rows go into the real tables, with
// their constraints, indexes and triggers, and are committed: the commit is part of the cost.
import { sql } from 'drizzle-orm';
import type { Db } from '../src/kernel/db/index.ts';
import { newId } from '../src/kernel/ids.ts';
import type { SyntheticEntry, SyntheticNarrative } from './s2-note-text.ts';

/** One raw transaction: the narrative, then the sections, the attendance confirmations and the audit rows. */
export async function rawSignTransaction(
  db: Db,
  sessionId: string,
  note: { narrative: SyntheticNarrative; entries: readonly SyntheticEntry[] },
  actorId: string,
): Promise<void> {
  const noteId = newId();
  const at = new Date().toISOString();
  await db.transaction(async (tx) => {
    await tx.execute(sql`insert into notes (id, kind, session_id, content, version, due_at, created_at, updated_at)
      values (${noteId}, 'group', ${sessionId}, ${JSON.stringify(note.narrative)}::jsonb, 1, ${at}, ${at}, ${at})`);
    for (const e of note.entries) {
      await tx.execute(sql`insert into note_entries (note_id, patient_id, goals_addressed, participation, response, plan, risk)
        values (${noteId}, ${e.patientId}, ${JSON.stringify(e.goalsAddressed)}::jsonb, ${e.participation},
          ${e.response}, ${e.plan}, ${e.risk ?? null})`);
    }
    for (const e of note.entries) {
      await tx.execute(sql`insert into attendance (id, session_id, patient_id, status, minutes_attended, modality,
          recorded_at, updated_at, confirmed_at)
        values (${newId()}, ${sessionId}, ${e.patientId}, 'present', 60, 'in_person', ${at}, ${at}, ${at})`);
    }
    for (const e of note.entries) {
      await tx.execute(sql`insert into audit_events (id, at, actor_id, actor_roles, patient_id, action, category,
          entity_id, outcome, ip, request_id, details)
        values (${newId()}, ${at}, ${actorId}, '{therapist}', ${e.patientId}, 'update', 'note', ${noteId},
          'success', '127.0.0.1', ${newId()}, ${JSON.stringify({ kind: 'group', signed: true })}::jsonb)`);
    }
  });
}
