// Properties every instrument keeps, over random complete administrations.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InstrumentDefinition } from './definition.ts';
import { totalRange } from './ranges.ts';
import { instruments } from './registry.ts';
import { score } from './score.ts';
import { validAnswers } from './test-fixtures.ts';

const all = Object.values(instruments) as InstrumentDefinition[];
const withTotal = all.filter((instrument) => instrument.scoring.total);
const withBands = all.filter((instrument) => instrument.scoring.bands);
const withoutSkips = all.filter((instrument) => instrument.item.every((item) => !item.enableWhen));

const scoreOf = (instrument: InstrumentDefinition, answers: number[]) => {
  const result = score(instrument, answers);
  if (!result.ok) throw new Error(`valid answers refused: ${JSON.stringify(result.issues)}`);
  return result.score;
};

const bandIndex = (instrument: InstrumentDefinition, total: number) =>
  instrument.scoring.bands?.findIndex((band) => total >= band.min && total <= band.max) ?? -1;

describe.each(withTotal.map((i) => [i.id, i] as const))('%s', (_, instrument) => {
  it('accepts every complete administration and keeps its total within the possible range', () => {
    const range = totalRange(instrument)!;
    fc.assert(
      fc.property(validAnswers(instrument), (answers) => {
        const { total } = scoreOf(instrument, answers);
        expect(total).toBeGreaterThanOrEqual(range.min);
        expect(total).toBeLessThanOrEqual(range.max);
      }),
    );
  });
});

describe.each(withBands.map((i) => [i.id, i] as const))('%s bands', (_, instrument) => {
  const range = totalRange(instrument)!;
  const totals = Array.from({ length: range.max - range.min + 1 }, (__, i) => range.min + i);

  it('put every possible total in exactly one band', () => {
    for (const total of totals) {
      const containing = instrument.scoring.bands!.filter((band) => total >= band.min && total <= band.max);
      expect(containing).toHaveLength(1);
    }
  });

  it('never go down as the total goes up', () => {
    fc.assert(
      fc.property(fc.constantFrom(...totals), fc.constantFrom(...totals), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(bandIndex(instrument, low)).toBeLessThanOrEqual(bandIndex(instrument, high));
      }),
    );
  });

  it('name the band of every scored administration', () => {
    fc.assert(
      fc.property(validAnswers(instrument), (answers) => {
        const { total, severity } = scoreOf(instrument, answers);
        expect(severity).toBe(instrument.scoring.bands![bandIndex(instrument, total!)]!.label);
      }),
    );
  });
});

describe.each(withoutSkips.map((i) => [i.id, i] as const))('%s answers', (_, instrument) => {
  it('raising one answer never lowers the total, a subscale or the severity', () => {
    fc.assert(
      fc.property(validAnswers(instrument), fc.nat(), (answers, pick) => {
        const at = pick % answers.length;
        const values = instrument.item[at]!.answerOption.map((o) => o.value).sort((x, y) => x - y);
        const higher = values.find((v) => v > answers[at]!);
        fc.pre(higher !== undefined);
        const raised = answers.with(at, higher!);
        const before = scoreOf(instrument, answers);
        const after = scoreOf(instrument, raised);
        if (before.total !== null) {
          expect(after.total).toBeGreaterThanOrEqual(before.total);
          expect(bandIndex(instrument, after.total!)).toBeGreaterThanOrEqual(bandIndex(instrument, before.total));
        }
        for (const [id, subscale] of Object.entries(before.subscales ?? {})) {
          expect(after.subscales?.[id]?.score).toBeGreaterThanOrEqual(subscale.score);
        }
      }),
    );
  });

  it('refuses any value outside the answer options, at its index', () => {
    fc.assert(
      fc.property(validAnswers(instrument), fc.nat(), fc.integer({ min: 5, max: 100 }), (answers, pick, value) => {
        const at = pick % answers.length;
        const result = score(instrument, answers.with(at, value));
        expect(result).toEqual({ ok: false, issues: [expect.objectContaining({ path: `answers.${at}`, index: at })] });
      }),
    );
  });
});
