// Scores one administration of an instrument from its definition: total, severity band, subscales
// and flags. Wrong answers are a value (DESIGN §3.6), never an exception.
import { readAnswers, type AnswerIssue, type Chosen } from './answers.ts';
import type { Band, FlagRule, InstrumentDefinition, Range } from './definition.ts';
import { optionScore } from './ranges.ts';

export interface ScoreContext {
  /** For flags that differ by sex (AUDIT-C); when not given, every sex-specific rule applies. */
  sex?: 'female' | 'male';
}

export interface SubscaleScore {
  score: number;
  severity: string | null;
}

export interface Score {
  /** Null for instruments scored only by subscales (BAM). */
  total: number | null;
  /** The band label the total falls in; null when the instrument has no bands. */
  severity: string | null;
  /** Distinct flags in definition order, e.g. `suicide_risk`. */
  flags: string[];
  /** By subscale id, for instruments that define subscales. */
  subscales?: Record<string, SubscaleScore>;
}

export type ScoreResult = { ok: true; score: Score } | { ok: false; issues: AnswerIssue[] };

export function score(
  instrument: InstrumentDefinition,
  answers: readonly number[],
  context: ScoreContext = {},
): ScoreResult {
  const read = readAnswers(instrument, answers);
  if (!read.ok) return read;
  const { chosen } = read;
  const { scoring } = instrument;

  const total = scoring.total ? aggregate(scoring.total.method, scoring.total.linkIds, chosen) : null;
  const subscales = scoring.subscales?.map((s) => ({ ...s, score: aggregate('sum', s.linkIds, chosen) }));
  const flags = (scoring.flags ?? [])
    .filter((rule) => appliesTo(rule, context) && conditionsHold(rule.when, { total, subscales, chosen }))
    .map((rule) => rule.flag);

  return {
    ok: true,
    score: {
      total,
      severity: total === null ? null : bandOf(scoring.bands, total),
      flags: [...new Set(flags)],
      ...(subscales && {
        subscales: Object.fromEntries(
          subscales.map((s) => [s.id, { score: s.score, severity: bandOf(s.bands, s.score) }]),
        ),
      }),
    },
  };
}

/** Items skipped by enableWhen add nothing; a `max` total always has an item asked (validated). */
function aggregate(method: 'sum' | 'max', linkIds: readonly string[], chosen: Chosen): number {
  const scores = linkIds.flatMap((linkId) => {
    const option = chosen.get(linkId);
    return option ? [optionScore(option)] : [];
  });
  return method === 'sum' ? scores.reduce((sum, s) => sum + s, 0) : Math.max(...scores);
}

function bandOf(bands: readonly Band[] | undefined, value: number): string | null {
  return bands?.find((band) => value >= band.min && value <= band.max)?.label ?? null;
}

const within = (value: number, range: Range) =>
  (range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max);

function appliesTo(rule: FlagRule, context: ScoreContext): boolean {
  return rule.sex === undefined || context.sex === undefined || rule.sex === context.sex;
}

interface Measured {
  total: number | null;
  subscales: { id: string; score: number }[] | undefined;
  chosen: Chosen;
}

function conditionsHold(when: FlagRule['when'], { total, subscales, chosen }: Measured): boolean {
  const totalHolds = !when.total || (total !== null && within(total, when.total));
  const itemsHold = Object.entries(when.items ?? {}).every(([linkId, range]) => {
    const answer = chosen.get(linkId);
    return answer !== undefined && within(answer.value, range);
  });
  const subscalesHold = Object.entries(when.subscales ?? {}).every(([id, range]) => {
    const subscale = subscales?.find((s) => s.id === id);
    return subscale !== undefined && within(subscale.score, range);
  });
  const endorsedHold = (when.endorsed ?? []).every(
    (rule) =>
      rule.linkIds.filter((linkId) => (chosen.get(linkId)?.value ?? -Infinity) >= rule.minValue).length >=
      rule.minCount,
  );
  return totalHolds && itemsHold && subscalesHold && endorsedHold;
}
