// What the editor changed, and how those changes survive a save someone else made first
// (409 notes.version_conflict): the newest saved text, with the user's own edits laid over it.

/** A document's text by section key. */
export type SectionText = Record<string, string>;

/** Every section of the template with its saved text, empty when not written yet: the editor's values. */
export function sectionText(template: { sections: { key: string }[] }, saved: SectionText): SectionText {
  return Object.fromEntries(template.sections.map((s) => [s.key, saved[s.key] ?? '']));
}

/** The sections whose text differs between two versions. */
export const changedSections = (before: SectionText, after: SectionText): string[] =>
  Object.keys(after).filter((key) => after[key] !== (before[key] ?? ''));

export interface Reapplied {
  sections: SectionText;
  /** Sections both this user and the other save changed: the user's text replaced the other one. */
  overwritten: string[];
}

/**
 * The latest saved text with the sections the user changed since `base` (the version they loaded)
 * laid on top. Sections the user left alone take the latest text, so the other save is not undone.
 */
export function reapplyChanges(base: SectionText, mine: SectionText, latest: SectionText): Reapplied {
  const mineChanged = changedSections(base, mine);
  const theirsChanged = new Set(changedSections(base, latest));
  return {
    sections: { ...latest, ...Object.fromEntries(mineChanged.map((key) => [key, mine[key]!])) },
    overwritten: mineChanged.filter((key) => theirsChanged.has(key) && latest[key] !== mine[key]),
  };
}
