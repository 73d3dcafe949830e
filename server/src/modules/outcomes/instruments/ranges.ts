// The lowest and highest score a set of items can give. Bands must cover this range and change()
// checks totals against it. A skippable item (one with enableWhen) may contribute nothing, so the
// bounds are safe bounds, exact when no item is skippable.
import type { AnswerOption, InstrumentDefinition, InstrumentItem } from './definition.ts';

export interface ScoreRange {
  min: number;
  max: number;
}

export const optionScore = (option: AnswerOption) => option.score ?? option.value;

function itemBounds(item: InstrumentItem): ScoreRange {
  const scores = item.answerOption.map(optionScore);
  return { min: Math.min(...scores), max: Math.max(...scores) };
}

const skippable = (item: InstrumentItem) => item.enableWhen !== undefined;

function itemsOf(instrument: InstrumentDefinition, linkIds: readonly string[]): InstrumentItem[] {
  return instrument.item.filter((item) => linkIds.includes(item.linkId));
}

export function sumRange(instrument: InstrumentDefinition, linkIds: readonly string[]): ScoreRange {
  let min = 0;
  let max = 0;
  for (const item of itemsOf(instrument, linkIds)) {
    const bounds = itemBounds(item);
    min += skippable(item) ? Math.min(0, bounds.min) : bounds.min;
    max += skippable(item) ? Math.max(0, bounds.max) : bounds.max;
  }
  return { min, max };
}

/** The highest score: at least the best floor of the items always asked, at most the best ceiling. */
export function maxRange(instrument: InstrumentDefinition, linkIds: readonly string[]): ScoreRange {
  const items = itemsOf(instrument, linkIds);
  const asked = items.filter((item) => !skippable(item));
  return {
    min: Math.max(...asked.map((item) => itemBounds(item).min)),
    max: Math.max(...items.map((item) => itemBounds(item).max)),
  };
}

/** The range of the instrument's total, or null when it has none. */
export function totalRange(instrument: InstrumentDefinition): ScoreRange | null {
  const total = instrument.scoring.total;
  if (!total) return null;
  return total.method === 'sum' ? sumRange(instrument, total.linkIds) : maxRange(instrument, total.linkIds);
}
