// What the services hand the routes: a note with everything its response shows.
import type * as q from './notes.queries.ts';
import type { NameMention } from './privacy.ts';
import type { Individualization } from './similarity.ts';
import type { Template } from './templates.ts';

export interface GroupNoteView {
  note: q.NoteRow | null;
  session: q.SessionRow & { groupName: string | null };
  /** `goalOptions`: goals the member's earlier entries addressed, offered for one-tap choice. */
  members: (q.MemberRow & { entryRequired: boolean; goalOptions: string[] })[];
  entries: q.EntryRow[];
  individualization: Individualization;
  mentions: NameMention[];
  addenda: q.AddendumRow[];
  dueAt: Date;
}

export interface DocumentView {
  note: q.NoteRow;
  template: Template;
  addenda: q.AddendumRow[];
}
