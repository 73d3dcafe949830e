// Answer builders shared by the instrument tests.
import fc from 'fast-check';
import { isEnabled } from './answers.ts';
import type { AnswerOption, InstrumentDefinition } from './definition.ts';

/** Any complete, valid answer list: one choice per item, kept only for the questions asked. */
export function validAnswers(instrument: InstrumentDefinition): fc.Arbitrary<number[]> {
  const choices = instrument.item.map((item) => fc.constantFrom(...item.answerOption));
  return fc.tuple(...choices).map((picked) => {
    const chosen = new Map<string, AnswerOption>();
    instrument.item.forEach((item, i) => {
      const option = picked[i];
      if (option && isEnabled(item, chosen)) chosen.set(item.linkId, option);
    });
    return [...chosen.values()].map((option) => option.value);
  });
}

/** Answers to `count` items scored 0..`top` that add up to `total`, highest answers first. */
export function answersTotalling(total: number, count: number, top: number): number[] {
  return Array.from({ length: count }, (_, i) => Math.max(0, Math.min(top, total - i * top)));
}
