// The group note as the editor holds it: one flat text per field, keyed `topic`, `narrative`,
// `<patientId>.plan`, `<patientId>.goalsAddressed` (goals one per line). Flat text lets the
// document editor's change tracking (document-changes.ts) redo a save refused as stale on top of a
// co-facilitator's newer version without losing either person's words.
import type { SectionText } from './document-changes';
import type { GroupNote, GroupNoteBody } from './group-note.api';

export const NARRATIVE_FIELDS = ['topic', 'interventions', 'materials', 'narrative'] as const;
export const ENTRY_FIELDS = ['participation', 'response', 'plan', 'risk'] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];

export const entryKey = (patientId: string, field: EntryField | 'goalsAddressed') => `${patientId}.${field}`;
export const goalsOf = (text: SectionText, patientId: string): string[] =>
  (text[entryKey(patientId, 'goalsAddressed')] ?? '').split('\n').filter(Boolean);

/** Members who attended: each owes an entry (and the server refuses one for an absent member). */
export const writers = (note: GroupNote) =>
  note.members.filter((m) => m.entryRequired || note.entries.some((e) => e.patientId === m.patientId));

export function textOf(note: GroupNote): SectionText {
  const text: SectionText = Object.fromEntries(NARRATIVE_FIELDS.map((f) => [f, note[f]]));
  const saved = new Map(note.entries.map((e) => [e.patientId, e]));
  for (const m of writers(note)) {
    const e = saved.get(m.patientId);
    for (const f of ENTRY_FIELDS) text[entryKey(m.patientId, f)] = e?.[f] ?? '';
    text[entryKey(m.patientId, 'goalsAddressed')] = (e?.goalsAddressed ?? []).join('\n');
  }
  return text;
}

/** The PUT body: members with nothing written yet are left out, so a half-filled draft still saves. */
export function bodyOf(note: GroupNote, text: SectionText): GroupNoteBody {
  const entries = writers(note)
    .map((m) => ({
      patientId: m.patientId,
      goalsAddressed: goalsOf(text, m.patientId),
      participation: text[entryKey(m.patientId, 'participation')] ?? '',
      response: text[entryKey(m.patientId, 'response')] ?? '',
      plan: text[entryKey(m.patientId, 'plan')] ?? '',
      risk: text[entryKey(m.patientId, 'risk')]?.trim() ? text[entryKey(m.patientId, 'risk')]! : null,
    }))
    .filter(
      (e) => e.goalsAddressed.length > 0 || [e.participation, e.response, e.plan, e.risk ?? ''].some((t) => t.trim()),
    );
  return {
    topic: text.topic ?? '',
    interventions: text.interventions ?? '',
    materials: text.materials ?? '',
    narrative: text.narrative ?? '',
    version: note.version,
    entries,
  };
}

/**
 * Server paths → the editor's keys: `entries.<id>.plan` → `<id>.plan`, `entries.<id>` → `<id>`
 * (the member's whole entry), `narrative` → `narrative`.
 */
export const keyOfPath = (path: string): string => path.replace(/^entries\./, '');
