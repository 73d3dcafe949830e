// The individualization guard. Payers deny group notes whose member entries are near-copies, and
// auditors look for cloning (market-and-users.md §4–§5), so before signing we compare each member's
// entry with every other entry of the session and with the member's own previous entries.
//
// Method: word 3-shingles compared with the Jaccard index (|A ∩ B| / |A ∪ B|). A member's own
// names are replaced by one token first, so "Ann joined…" and "Ben joined…" count as the copy they are.

const SHINGLE_WORDS = 3;
const SELF = '\u0000self';

/** The words of a text, lower-cased, punctuation dropped, the member's own names as one token. */
function words(text: string, ownNames: readonly string[]): string[] {
  const own = new Set(ownNames.map((n) => n.toLowerCase()));
  return (text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []).map((w) => (own.has(w) ? SELF : w));
}

/** Word shingles of a text; a text shorter than one shingle is its own single shingle. */
export function shingles(text: string, ownNames: readonly string[] = []): Set<string> {
  const w = words(text, ownNames);
  if (w.length === 0) return new Set();
  if (w.length < SHINGLE_WORDS) return new Set([w.join(' ')]);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) out.add(w.slice(i, i + SHINGLE_WORDS).join(' '));
  return out;
}

/** Jaccard index of two shingle sets; two empty texts are not "similar" (completeness is another rule). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}

export interface EntryText {
  patientId: string;
  text: string;
  /** The member's own given and family names, neutralised before comparing. */
  ownNames: readonly string[];
}

export interface PreviousEntry {
  noteId: string;
  text: string;
}

export type SimilarityFinding =
  | { kind: 'within_session'; patientIds: [string, string]; similarity: number }
  | { kind: 'previous'; patientIds: [string]; previousNoteId: string; similarity: number };

export interface Individualization {
  /** The lowest entry score: 100 means no overlap anywhere, 0 an exact copy. */
  score: number;
  entries: { patientId: string; score: number }[];
  /** Every comparison at or above the threshold; signing is refused while there is one. */
  findings: SimilarityFinding[];
}

const percent = (similarity: number) => Math.round((1 - similarity) * 100);
const rounded = (similarity: number) => Math.round(similarity * 1000) / 1000;

/**
 * Scores each entry by its highest similarity to any other entry of the session or to one of the
 * same member's previous entries. `threshold` is a Jaccard index in (0, 1].
 */
export function individualization(
  entries: readonly EntryText[],
  previous: ReadonlyMap<string, readonly PreviousEntry[]>,
  threshold: number,
): Individualization {
  const sets = entries.map((e) => shingles(e.text, e.ownNames));
  const worst = entries.map(() => 0);
  const findings: SimilarityFinding[] = [];
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const s = jaccard(sets[i]!, sets[j]!);
      worst[i] = Math.max(worst[i]!, s);
      worst[j] = Math.max(worst[j]!, s);
      if (s >= threshold)
        findings.push({
          kind: 'within_session',
          patientIds: [entries[i]!.patientId, entries[j]!.patientId],
          similarity: rounded(s),
        });
    }
    for (const earlier of previous.get(entries[i]!.patientId) ?? []) {
      const s = jaccard(sets[i]!, shingles(earlier.text, entries[i]!.ownNames));
      worst[i] = Math.max(worst[i]!, s);
      if (s >= threshold)
        findings.push({
          kind: 'previous',
          patientIds: [entries[i]!.patientId],
          previousNoteId: earlier.noteId,
          similarity: rounded(s),
        });
    }
  }
  const scored = entries.map((e, i) => ({ patientId: e.patientId, score: percent(worst[i]!) }));
  return { score: Math.min(100, ...scored.map((e) => e.score)), entries: scored, findings };
}
