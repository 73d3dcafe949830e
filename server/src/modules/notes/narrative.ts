// The shared part of a group note: what every member's chart shows.
export const NARRATIVE_FIELDS = ['topic', 'interventions', 'materials', 'narrative'] as const;
export type Narrative = Record<(typeof NARRATIVE_FIELDS)[number], string>;

export const narrativeOf = (content: Record<string, unknown> | undefined): Narrative =>
  Object.fromEntries(NARRATIVE_FIELDS.map((f) => [f, String(content?.[f] ?? '')])) as Narrative;
