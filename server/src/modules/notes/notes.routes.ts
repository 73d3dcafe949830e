import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { IdParams } from '../../kernel/http/index.ts';
import { narrativeOf } from './narrative.ts';
import { templateOf, TEMPLATES } from './templates.ts';
import type { NotesService } from './notes.service.ts';
import {
  Addendum,
  AddendumBody,
  ChartNotes,
  Document,
  DocumentBody,
  GroupNote,
  GroupNoteBody,
  IfMatchHeaders,
  NewDocumentBody,
  TemplateList,
  UnsignedNotes,
  toAddendum,
  toDocument,
  toEntry,
  toGroupNote,
} from './notes.schemas.ts';

/** The version is the entity tag: a writer sends it back in If-Match. */
const tagged = <T extends { version: number }>(reply: FastifyReply, body: T): T => {
  void reply.header('etag', `"${body.version}"`);
  return body;
};

export function notesRoutes(service: NotesService): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['Notes'];
    const read = { access: 'notes:read' } as const;
    const write = { access: 'notes:write' } as const;
    const groupNote = (v: Parameters<typeof toGroupNote>[0]) => toGroupNote(v, service.similarityLimit);
    const { groupNotes, documents } = service;

    app.get(
      '/sessions/:id/note',
      { config: read, schema: { tags, params: IdParams, response: { 200: GroupNote } } },
      async (request, reply) => tagged(reply, groupNote(await groupNotes.get(request.ctx, request.params.id))),
    );

    app.put(
      '/sessions/:id/note',
      {
        config: write,
        schema: { tags, params: IdParams, headers: IfMatchHeaders, body: GroupNoteBody, response: { 200: GroupNote } },
      },
      async (request, reply) =>
        tagged(
          reply,
          groupNote(await groupNotes.put(request.ctx, request.params.id, request.body, request.headers['if-match'])),
        ),
    );

    app.post(
      '/sessions/:id/note/sign',
      { config: write, schema: { tags, params: IdParams, response: { 200: GroupNote } } },
      async (request, reply) => tagged(reply, groupNote(await groupNotes.sign(request.ctx, request.params.id))),
    );

    app.post(
      '/sessions/:id/note/cosign',
      { config: write, schema: { tags, params: IdParams, response: { 200: GroupNote } } },
      async (request, reply) => tagged(reply, groupNote(await groupNotes.cosign(request.ctx, request.params.id))),
    );

    app.post(
      '/sessions/:id/note/addenda',
      { config: write, schema: { tags, params: IdParams, body: AddendumBody, response: { 201: Addendum } } },
      async (request, reply) =>
        reply
          .status(201)
          .send(toAddendum(await groupNotes.addAddendum(request.ctx, request.params.id, request.body.text))),
    );

    app.get('/note-templates', { config: read, schema: { tags, response: { 200: TemplateList } } }, async () => ({
      items: [...TEMPLATES],
    }));

    app.post(
      '/patients/:id/notes',
      { config: write, schema: { tags, params: IdParams, body: NewDocumentBody, response: { 201: Document } } },
      async (request, reply) => {
        const created = toDocument(await documents.create(request.ctx, request.params.id, request.body));
        return reply.status(201).send(tagged(reply, created));
      },
    );

    app.get(
      '/patients/:id/notes',
      { config: read, schema: { tags, params: IdParams, response: { 200: ChartNotes } } },
      async (request) => {
        const { rows, addenda } = await service.chart(request.ctx, request.params.id);
        return {
          items: rows.map(({ note, startsAt, groupName, entry }) => {
            const group = note.kind === 'group';
            return {
              id: note.id,
              kind: note.kind,
              title: group ? (groupName ?? 'Group session') : (templateOf(note.kind)?.title ?? note.kind),
              status: note.status,
              sessionId: note.sessionId,
              startsAt: startsAt?.toISOString() ?? null,
              ...(group
                ? { narrative: narrativeOf(note.content), entry: entry && toEntry(entry) }
                : { sections: (note.content.sections ?? {}) as Record<string, string> }),
              signature: note.signature,
              cosignature: note.cosignature,
              addenda: addenda.filter((a) => a.noteId === note.id).map(toAddendum),
            };
          }),
        };
      },
    );

    app.get(
      '/notes/unsigned',
      { config: read, schema: { tags, response: { 200: UnsignedNotes } } },
      async (request) => ({
        items: (await service.unsigned(request.ctx)).map((r) => ({
          ...r,
          title: r.kind === 'group' ? r.title : (templateOf(r.kind)?.title ?? r.title),
          startsAt: r.startsAt ? new Date(r.startsAt).toISOString() : null,
          dueAt: new Date(r.dueAt).toISOString(),
        })),
      }),
    );

    app.get(
      '/notes/:id',
      { config: read, schema: { tags, params: IdParams, response: { 200: Document } } },
      async (request, reply) => tagged(reply, toDocument(await documents.get(request.ctx, request.params.id))),
    );

    app.put(
      '/notes/:id',
      {
        config: write,
        schema: { tags, params: IdParams, headers: IfMatchHeaders, body: DocumentBody, response: { 200: Document } },
      },
      async (request, reply) =>
        tagged(
          reply,
          toDocument(await documents.put(request.ctx, request.params.id, request.body, request.headers['if-match'])),
        ),
    );

    app.post(
      '/notes/:id/sign',
      { config: write, schema: { tags, params: IdParams, response: { 200: Document } } },
      async (request, reply) => tagged(reply, toDocument(await documents.sign(request.ctx, request.params.id))),
    );

    app.post(
      '/notes/:id/cosign',
      { config: write, schema: { tags, params: IdParams, response: { 200: Document } } },
      async (request, reply) => tagged(reply, toDocument(await documents.cosign(request.ctx, request.params.id))),
    );

    app.post(
      '/notes/:id/addenda',
      { config: write, schema: { tags, params: IdParams, body: AddendumBody, response: { 201: Addendum } } },
      async (request, reply) =>
        reply
          .status(201)
          .send(toAddendum(await documents.addAddendum(request.ctx, request.params.id, request.body.text))),
    );
  };
}
