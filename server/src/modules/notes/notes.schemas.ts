// Request and response shapes of notes (API.md "Notes", plus documents, the chart view and the
// unsigned queue) and their mappers.
import { Type, type Static } from 'typebox';
import { narrativeOf } from './narrative.ts';
import type * as q from './notes.queries.ts';
import { TEMPLATES } from './templates.ts';
import type { DocumentView, GroupNoteView } from './views.ts';

const Id = Type.String({ format: 'uuid' });
const Text = Type.String({ maxLength: 20_000 });
const Short = Type.String({ maxLength: 2_000 });
const Version = Type.Integer({ minimum: 0, description: 'The version last read; the If-Match header does the same.' });
const NullableString = Type.Union([Type.String(), Type.Null()]);
const Instant = Type.String({ format: 'date-time' });

export const EntryBody = Type.Object(
  {
    patientId: Id,
    /** Treatment-plan goals by their wording; one free-text goal may be given as a string. */
    goalsAddressed: Type.Optional(Type.Union([Type.Array(Short, { maxItems: 20 }), Short], { default: [] })),
    participation: Type.Optional(Text),
    response: Type.Optional(Text),
    plan: Type.Optional(Text),
    /** Risk observations (self-harm, substance use, safety): empty when none were observed. */
    risk: Type.Optional(Type.Union([Text, Type.Null()])),
  },
  { additionalProperties: false },
);

export const GroupNoteBody = Type.Object(
  {
    narrative: Text,
    topic: Type.Optional(Short),
    interventions: Type.Optional(Text),
    materials: Type.Optional(Short),
    entries: Type.Array(EntryBody, { maxItems: 100 }),
    version: Type.Optional(Version),
  },
  { additionalProperties: false },
);
export type GroupNoteBody = Static<typeof GroupNoteBody>;

export const IfMatchHeaders = Type.Object({ 'if-match': Type.Optional(Type.String({ maxLength: 40 })) });

const Sections = Type.Record(Type.String({ pattern: '^[A-Za-z]{1,40}$' }), Text);

export const NewDocumentBody = Type.Object(
  {
    template: Type.String({ description: TEMPLATES.map((t) => t.kind).join(', ') }),
    sessionId: Type.Optional(Id),
    sections: Type.Optional(Sections),
  },
  { additionalProperties: false },
);
export type NewDocumentBody = Static<typeof NewDocumentBody>;

export const DocumentBody = Type.Object(
  { sections: Sections, version: Type.Optional(Version) },
  { additionalProperties: false },
);
export type DocumentBody = Static<typeof DocumentBody>;

export const AddendumBody = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: 20_000 }) },
  { additionalProperties: false },
);

const Signature = Type.Union([
  Type.Object({ staffId: Type.String(), name: Type.String(), credentials: NullableString, at: Instant }),
  Type.Null(),
]);

export const Addendum = Type.Object({ id: Type.String(), text: Type.String(), author: Signature, createdAt: Instant });

const Entry = Type.Object({
  patientId: Type.String(),
  goalsAddressed: Type.Array(Type.String()),
  participation: Type.String(),
  response: Type.String(),
  plan: Type.String(),
  risk: NullableString,
});

const Narrative = {
  topic: Type.String(),
  interventions: Type.String(),
  materials: Type.String(),
  narrative: Type.String(),
};

export const GroupNote = Type.Object({
  /** Null until the first save. */
  id: NullableString,
  sessionId: Type.String(),
  groupName: NullableString,
  startsAt: Instant,
  status: Type.String(),
  version: Type.Integer(),
  ...Narrative,
  dueAt: Instant,
  entries: Type.Array(Entry),
  members: Type.Array(
    Type.Object({
      patientId: Type.String(),
      givenName: Type.String(),
      familyName: Type.String(),
      attendanceStatus: NullableString,
      entryRequired: Type.Boolean(),
      /** Goals this member's earlier entries addressed. */
      goalOptions: Type.Array(Type.String()),
    }),
  ),
  individualization: Type.Object({
    /** 0–100: the least individualized entry; 100 − similarity %. */
    score: Type.Integer(),
    /** Entries scoring at or below this (100 − the similarity limit) are refused at signing. */
    minimumScore: Type.Integer(),
    entries: Type.Array(Type.Object({ patientId: Type.String(), score: Type.Integer() })),
    findings: Type.Array(
      Type.Object({
        kind: Type.String(),
        patientIds: Type.Array(Type.String()),
        similarity: Type.Number(),
        previousNoteId: Type.Optional(Type.String()),
      }),
    ),
  }),
  /** Other members named in the narrative or an entry: the editor highlights [start, end) of `path`. */
  mentions: Type.Array(
    Type.Object({
      path: Type.String(),
      patientId: Type.String(),
      text: Type.String(),
      start: Type.Integer(),
      end: Type.Integer(),
    }),
  ),
  signature: Signature,
  cosignature: Signature,
  addenda: Type.Array(Addendum),
});
export type GroupNote = Static<typeof GroupNote>;

const Template = Type.Object({
  kind: Type.String(),
  title: Type.String(),
  sections: Type.Array(Type.Object({ key: Type.String(), label: Type.String(), required: Type.Boolean() })),
});
export const TemplateList = Type.Object({ items: Type.Array(Template) });

export const Document = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  title: Type.String(),
  patientId: Type.String(),
  sessionId: NullableString,
  status: Type.String(),
  version: Type.Integer(),
  sections: Type.Record(Type.String(), Type.String()),
  template: Template,
  authorId: NullableString,
  dueAt: Instant,
  signature: Signature,
  cosignature: Signature,
  addenda: Type.Array(Addendum),
});
export type Document = Static<typeof Document>;

export const ChartNotes = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      kind: Type.String(),
      title: Type.String(),
      status: Type.String(),
      sessionId: NullableString,
      startsAt: Type.Union([Instant, Type.Null()]),
      /** Group notes: the shared narrative and this patient's own entry, nothing of other members. */
      narrative: Type.Optional(Type.Object(Narrative)),
      entry: Type.Optional(Type.Union([Entry, Type.Null()])),
      sections: Type.Optional(Type.Record(Type.String(), Type.String())),
      signature: Signature,
      cosignature: Signature,
      addenda: Type.Array(Addendum),
    }),
  ),
});
export type ChartNotes = Static<typeof ChartNotes>;

export const UnsignedNotes = Type.Object({
  items: Type.Array(
    Type.Object({
      noteId: NullableString,
      kind: Type.String(),
      status: NullableString,
      sessionId: NullableString,
      patientId: NullableString,
      title: Type.String(),
      startsAt: Type.Union([Instant, Type.Null()]),
      dueAt: Instant,
      overdue: Type.Boolean(),
      awaiting: Type.String(),
    }),
  ),
});

export const toAddendum = (a: q.AddendumRow): Static<typeof Addendum> => ({
  id: a.id,
  text: a.text,
  author: a.author,
  createdAt: a.createdAt.toISOString(),
});

export const toEntry = (e: q.EntryRow): Static<typeof Entry> => ({
  patientId: e.patientId,
  goalsAddressed: e.goalsAddressed,
  participation: e.participation,
  response: e.response,
  plan: e.plan,
  risk: e.risk,
});

export function toGroupNote(v: GroupNoteView, similarityLimit: number): GroupNote {
  const { note, session } = v;
  return {
    id: note?.id ?? null,
    sessionId: session.id,
    groupName: session.groupName,
    startsAt: session.startsAt.toISOString(),
    status: note?.status ?? 'draft',
    version: note?.version ?? 0,
    ...narrativeOf(note?.content),
    dueAt: v.dueAt.toISOString(),
    entries: v.entries.map(toEntry),
    members: v.members.map((m) => ({
      patientId: m.patientId,
      givenName: m.givenName,
      familyName: m.familyName,
      attendanceStatus: m.status,
      entryRequired: m.entryRequired,
      goalOptions: m.goalOptions,
    })),
    individualization: { ...v.individualization, minimumScore: Math.round((1 - similarityLimit) * 100) },
    mentions: v.mentions,
    signature: note?.signature ?? null,
    cosignature: note?.cosignature ?? null,
    addenda: v.addenda.map(toAddendum),
  };
}

export function toDocument(v: DocumentView): Document {
  const { note, template } = v;
  return {
    id: note.id,
    kind: note.kind,
    title: template.title,
    patientId: note.patientId!,
    sessionId: note.sessionId,
    status: note.status,
    version: note.version,
    sections: (note.content.sections ?? {}) as Record<string, string>,
    template,
    authorId: note.authorId,
    dueAt: note.dueAt.toISOString(),
    signature: note.signature,
    cosignature: note.cosignature,
    addenda: v.addenda.map(toAddendum),
  };
}
