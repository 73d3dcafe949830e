// The privacy guard. A member's chart shows the group's shared narrative and their own entry, so
// neither may name another member: that would disclose one patient's treatment in another's record
// (45 CFR 164.502(b) minimum necessary; 42 CFR 2.13 for substance-use programs).

export interface Member {
  patientId: string;
  givenName: string;
  familyName: string;
  mrn: string;
}

export interface NameMention {
  /** Field path of the text, e.g. `entries.2.response` or `narrative`. */
  path: string;
  /** The member named. */
  patientId: string;
  /** The words as written, and where: the editor highlights [start, end). */
  text: string;
  start: number;
  end: number;
}

/** Name parts of two letters or more; a one-letter initial names nobody. */
const nameParts = (name: string) => name.split(/[\s]+/).filter((part) => part.length >= 2);

/**
 * Mentions of members other than `selfId` in a text. Names match whole words written with a capital,
 * case-insensitively after that, so a member called Hope or Will is found as "Hope" but not in "we
 * hope" or "will attend"; an MRN matches in any case.
 */
export function mentionsOfOthers(
  text: string,
  path: string,
  members: readonly Member[],
  selfId: string | null,
): NameMention[] {
  const names = new Map<string, string>();
  const mrns = new Map<string, string>();
  for (const m of members) {
    if (m.patientId === selfId) continue;
    for (const part of [...nameParts(m.givenName), ...nameParts(m.familyName)])
      names.set(part.toLowerCase(), m.patientId);
    mrns.set(m.mrn.toLowerCase(), m.patientId);
  }
  const found: NameMention[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    // A possessive ("Maria's") still names Maria.
    const word = match[0].replace(/['’]s$/u, '');
    const key = word.toLowerCase();
    const capitalised = word[0] !== word[0]!.toLowerCase();
    const patientId = mrns.get(key) ?? (capitalised ? names.get(key) : undefined);
    if (patientId) found.push({ path, patientId, text: word, start: match.index, end: match.index + word.length });
  }
  return found;
}
