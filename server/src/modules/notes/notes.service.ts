// The notes module's use cases: group notes and documents (their own files), the patient's chart
// view of both, and each clinician's queue of notes still owed.
import type { Audit } from '../../kernel/audit/index.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db } from '../../kernel/db/index.ts';
import type { PatientAccess, RequestContext } from '../../kernel/http/index.ts';
import { createDocumentsService } from './documents.service.ts';
import { createGroupNotesService } from './group-notes.service.ts';
import * as q from './notes.queries.ts';
import { actorId, noteEvent } from './signing.ts';

export interface NotesDeps {
  db: Db;
  clock: Clock;
  audit: Audit;
  patientAccess: PatientAccess;
  /** Jaccard index of word 3-shingles at which two entries count as copies (NOTE_SIMILARITY_LIMIT). */
  similarityLimit: number;
  /** Hours after a session ends (or a document is started) that its note is due (NOTE_DUE_HOURS). */
  dueHours: number;
}

export type NotesService = ReturnType<typeof createNotesService>;

export function createNotesService(deps: NotesDeps) {
  const { db, clock, audit, patientAccess, dueHours } = deps;
  return {
    similarityLimit: deps.similarityLimit,
    groupNotes: createGroupNotesService(deps),
    documents: createDocumentsService(deps),

    /** The chart never carries another member's entry: the query selects only this patient's row. */
    async chart(ctx: RequestContext, patientId: string): Promise<{ rows: q.ChartNoteRow[]; addenda: q.AddendumRow[] }> {
      return db.transaction(async (tx) => {
        await patientAccess.assertVisible(tx, ctx, patientId);
        const rows = await q.chartNotes(tx, patientId);
        await audit.record(tx, ctx, ...rows.map((r) => noteEvent('read', r.note, patientId)));
        return {
          rows,
          addenda: await q.addenda(
            tx,
            rows.map((r) => r.note.id),
          ),
        };
      });
    },

    async unsigned(ctx: RequestContext) {
      return db.transaction(async (tx) => {
        const now = clock.now();
        const rows = await q.unsignedFor(tx, actorId(ctx), now, dueHours);
        // The queue is a query over patient data, audited as one even when it comes back empty.
        await audit.record(
          tx,
          ctx,
          { action: 'query', category: 'note', details: { queue: 'unsigned', results: rows.length } },
          ...rows.flatMap((r) =>
            r.patientId && r.noteId ? [noteEvent('read', { id: r.noteId, kind: r.kind }, r.patientId)] : [],
          ),
        );
        return rows.map((r) => ({ ...r, overdue: new Date(r.dueAt) < now }));
      });
    },
  };
}
