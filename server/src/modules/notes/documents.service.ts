// One patient's structured documents (individual therapy note, admission assessment,
// continued-stay review, discharge summary): drafted and signed by their author, immutable once signed.
import type { Audit } from '../../kernel/audit/index.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db } from '../../kernel/db/index.ts';
import type { PatientAccess, RequestContext } from '../../kernel/http/index.ts';
import { newId } from '../../kernel/ids.ts';
import { notesErrors as errors } from './notes.errors.ts';
import * as q from './notes.queries.ts';
import type { DocumentBody, NewDocumentBody } from './notes.schemas.ts';
import type { DocumentView } from './views.ts';
import { actorId, addAddendum, assertVersion, cosign, expectedVersion, noteEvent, signatureOf } from './signing.ts';
import { missingSections, templateOf, unknownSections, type Template } from './templates.ts';

export interface DocumentDeps {
  db: Db;
  clock: Clock;
  audit: Audit;
  patientAccess: PatientAccess;
  dueHours: number;
}

export type DocumentsService = ReturnType<typeof createDocumentsService>;

export function createDocumentsService({ db, clock, audit, patientAccess, dueHours }: DocumentDeps) {
  function checkedSections(template: Template, sections: Record<string, string>): Record<string, string> {
    const unknown = unknownSections(template, sections);
    if (unknown.length > 0) throw errors.unknownSections(unknown.map((key) => `sections.${key}`));
    return sections;
  }

  /** The document, if the caller may see its patient; `lock` holds it for a change. */
  async function visible(tx: Db, ctx: RequestContext, id: string, lock = false) {
    const note = await q.findNote(tx, id, { lock });
    if (!note || note.kind === 'group' || !note.patientId) throw errors.noteNotFound();
    await patientAccess.assertVisible(tx, ctx, note.patientId);
    return { note, template: templateOf(note.kind)! };
  }

  async function view(tx: Db, note: q.NoteRow): Promise<DocumentView> {
    return { note, template: templateOf(note.kind)!, addenda: await q.addenda(tx, [note.id]) };
  }

  function assertAuthor(ctx: RequestContext, note: q.NoteRow): void {
    if (note.authorId !== actorId(ctx)) throw errors.notAuthor();
  }

  const sectionsOf = (note: q.NoteRow) => (note.content.sections ?? {}) as Record<string, string>;

  return {
    async create(ctx: RequestContext, patientId: string, body: NewDocumentBody): Promise<DocumentView> {
      return db.transaction(async (tx) => {
        await patientAccess.assertVisible(tx, ctx, patientId);
        const template = templateOf(body.template);
        if (!template) throw errors.unknownTemplate('template');
        if (body.sessionId) {
          const session = await q.findSession(tx, body.sessionId);
          if (!session || session.patientId !== patientId) throw errors.notOnRoster('sessionId');
        }
        const now = clock.now();
        const note = await q.insertNote(tx, {
          id: newId(),
          kind: template.kind,
          patientId,
          sessionId: body.sessionId ?? null,
          content: { sections: checkedSections(template, body.sections ?? {}) },
          authorId: actorId(ctx),
          dueAt: new Date(now.getTime() + dueHours * 3_600_000),
          createdAt: now,
          updatedAt: now,
          updatedBy: actorId(ctx),
        });
        await audit.record(tx, ctx, noteEvent('create', note, patientId));
        return view(tx, note);
      });
    },

    async get(ctx: RequestContext, id: string): Promise<DocumentView> {
      return db.transaction(async (tx) => {
        const { note } = await visible(tx, ctx, id);
        await audit.record(tx, ctx, noteEvent('read', note, note.patientId!));
        return view(tx, note);
      });
    },

    async put(ctx: RequestContext, id: string, body: DocumentBody, ifMatch?: string): Promise<DocumentView> {
      return db.transaction(async (tx) => {
        const { note, template } = await visible(tx, ctx, id, true);
        if (note.status !== 'draft') throw errors.locked();
        assertAuthor(ctx, note);
        assertVersion(note, expectedVersion(ifMatch, body.version));
        const saved = await q.updateNote(tx, id, {
          content: { sections: checkedSections(template, body.sections) },
          version: note.version + 1,
          updatedAt: clock.now(),
          updatedBy: actorId(ctx),
        });
        await audit.record(tx, ctx, noteEvent('update', saved, saved.patientId!, { version: saved.version }));
        return view(tx, saved);
      });
    },

    async sign(ctx: RequestContext, id: string): Promise<DocumentView> {
      return db.transaction(async (tx) => {
        const { note, template } = await visible(tx, ctx, id, true);
        if (note.status !== 'draft') throw errors.locked();
        assertAuthor(ctx, note);
        const missing = missingSections(template, sectionsOf(note));
        if (missing.length > 0)
          throw errors.incomplete(missing.map((s) => ({ path: `sections.${s.key}`, message: `${s.label} is empty` })));
        const now = clock.now();
        const signed = await q.updateNote(tx, id, {
          status: 'signed',
          signature: await signatureOf(tx, actorId(ctx), now),
          updatedAt: now,
          updatedBy: actorId(ctx),
        });
        await audit.record(tx, ctx, noteEvent('update', signed, signed.patientId!, { signed: true }));
        return view(tx, signed);
      });
    },

    async cosign(ctx: RequestContext, id: string): Promise<DocumentView> {
      return db.transaction(async (tx) => {
        const { note } = await visible(tx, ctx, id, true);
        return view(tx, await cosign(tx, ctx, audit, note, [], [note.patientId!], clock.now()));
      });
    },

    async addAddendum(ctx: RequestContext, id: string, text: string): Promise<q.AddendumRow> {
      return db.transaction(async (tx) => {
        const { note } = await visible(tx, ctx, id, true);
        return addAddendum(tx, ctx, audit, note, text, [note.patientId!], clock.now());
      });
    },
  };
}
