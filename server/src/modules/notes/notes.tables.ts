import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { inList, instant } from '../../kernel/db/index.ts';
import { staff } from '../organization/index.ts';
import { patients } from '../patients/index.ts';
import { sessions } from '../scheduling/index.ts';

/** `group`: one per group session. The others are one patient's documents (templates.ts). */
export const NOTE_KINDS = [
  'group',
  'individual_therapy',
  'admission_assessment',
  'continued_stay_review',
  'discharge_summary',
] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];
export const NOTE_STATUSES = ['draft', 'signed', 'cosigned'] as const;
export type NoteStatus = (typeof NOTE_STATUSES)[number];

/** A signature as it stands on the document: who, when, and the credentials they held then. */
export interface Signature {
  staffId: string;
  name: string;
  credentials: string | null;
  at: string;
}

/**
 * A clinical note. Group notes hold the shared narrative in `content` and one row per present member
 * in `note_entries`; documents hold their sections in `content`. Once signed, the row and its
 * entries cannot change (migration 0005's triggers): later words are addenda (DESIGN §3.7).
 */
export const notes = pgTable(
  'notes',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    sessionId: uuid('session_id').references(() => sessions.id),
    patientId: uuid('patient_id').references(() => patients.id),
    status: text('status').notNull().default('draft'),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    /** Optimistic concurrency: every draft write increments it; it is the ETag. */
    version: integer('version').notNull().default(1),
    authorId: uuid('author_id').references(() => staff.id),
    dueAt: instant('due_at').notNull(),
    signature: jsonb('signature').$type<Signature>(),
    cosignature: jsonb('cosignature').$type<Signature>(),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [
    check('notes_kind', sql`${t.kind} in (${inList(NOTE_KINDS)})`),
    check('notes_status', sql`${t.status} in (${inList(NOTE_STATUSES)})`),
    check(
      'notes_subject',
      sql`(${t.kind} = 'group' and ${t.sessionId} is not null and ${t.patientId} is null) or (${t.kind} <> 'group' and ${t.patientId} is not null)`,
    ),
    check('notes_signed', sql`${t.status} = 'draft' or ${t.signature} is not null`),
    check('notes_cosigned', sql`${t.status} <> 'cosigned' or ${t.cosignature} is not null`),
    uniqueIndex('notes_one_group_note_per_session')
      .on(t.sessionId)
      .where(sql`kind = 'group'`),
    index('notes_patient').on(t.patientId),
    index('notes_unsigned').on(t.status, t.dueAt),
  ],
);

/** One present member's individualized part of a group note. */
export const noteEntries = pgTable(
  'note_entries',
  {
    noteId: uuid('note_id')
      .notNull()
      .references(() => notes.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    goalsAddressed: jsonb('goals_addressed').$type<string[]>().notNull(),
    participation: text('participation').notNull(),
    response: text('response').notNull(),
    plan: text('plan').notNull(),
    risk: text('risk'),
  },
  (t) => [primaryKey({ columns: [t.noteId, t.patientId] }), index('note_entries_patient').on(t.patientId)],
);

/** Words added after signing; append-only. */
export const noteAddenda = pgTable(
  'note_addenda',
  {
    id: uuid('id').primaryKey(),
    noteId: uuid('note_id')
      .notNull()
      .references(() => notes.id),
    text: text('text').notNull(),
    author: jsonb('author').$type<Signature>().notNull(),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [index('note_addenda_note').on(t.noteId)],
);
