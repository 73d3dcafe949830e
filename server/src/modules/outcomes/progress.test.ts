import { describe, expect, it } from 'vitest';
import { changeSinceBaseline, type Administration } from './progress.ts';

const at = (id: string, total: number | null, over: Partial<Administration> = {}): Administration => ({
  id,
  instrument: 'PHQ-9',
  episodeId: 'episode-1',
  total,
  ...over,
});

describe('change since the episode’s baseline (domain reference §4.3)', () => {
  it('measures a PHQ-9 follow-up against the baseline: 20 → 8 is response and reliable', () => {
    expect(changeSinceBaseline(at('b', 8), at('a', 20))).toEqual({
      delta: -12,
      percentChange: -60,
      reliableChange: true,
      response: true,
      remission: false,
    });
  });

  it('uses the instrument’s own rules: GAD-7 has reliable change but no response or remission', () => {
    const gad = { instrument: 'GAD-7' };
    const found = changeSinceBaseline(at('b', 10, gad), at('a', 15, gad));
    expect(found).toMatchObject({ delta: -5, reliableChange: true, response: null, remission: null });
    expect(found?.percentChange).toBeCloseTo(-33.33, 2);
  });

  it('gives the baseline itself no change', () => {
    expect(changeSinceBaseline(at('a', 20), at('a', 20))).toBeUndefined();
    expect(changeSinceBaseline(at('a', 20), undefined)).toBeUndefined();
  });

  it('compares only within one episode and one instrument', () => {
    expect(changeSinceBaseline(at('b', 8), at('a', 20, { episodeId: 'episode-0' }))).toBeUndefined();
    expect(changeSinceBaseline(at('b', 8), at('a', 20, { instrument: 'GAD-7' }))).toBeUndefined();
    // Outside any episode there is no baseline, even against another form outside one.
    expect(changeSinceBaseline(at('b', 8, { episodeId: null }), at('a', 20, { episodeId: null }))).toBeUndefined();
  });

  it('has nothing to say without totals or for an instrument it does not know', () => {
    const bam = { instrument: 'BAM' };
    expect(changeSinceBaseline(at('b', null, bam), at('a', null, bam))).toBeUndefined();
    const custom = { instrument: 'CUSTOM-1' };
    expect(changeSinceBaseline(at('b', 3, custom), at('a', 9, custom))).toBeUndefined();
  });

  it('refuses a total the instrument cannot give rather than inventing a change', () => {
    expect(changeSinceBaseline(at('b', 30), at('a', 20))).toBeUndefined();
  });
});
