import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { change, type Change } from './change.ts';
import type { InstrumentDefinition } from './definition.ts';
import { instruments } from './registry.ts';

const changed = (baseline: number, current: number, instrument: InstrumentDefinition): Change => {
  const result = change(baseline, current, instrument);
  if (!result.ok) throw new Error(`expected a change, got ${JSON.stringify(result.issues)}`);
  return result.change;
};

const { 'PHQ-9': phq9, 'GAD-7': gad7, 'PCL-5': pcl5 } = instruments;

describe('PHQ-9 response (≥ 50 % drop) and remission (follow-up < 5)', () => {
  it('calls a drop from 20 to 10 response, not remission', () => {
    expect(changed(20, 10, phq9)).toEqual({
      delta: -10,
      percentChange: -50,
      reliableChange: true,
      response: true,
      remission: false,
    });
  });

  it('needs the full half: 19 → 10 is not response', () => {
    expect(changed(19, 10, phq9).response).toBe(false);
    expect(changed(19, 9, phq9).response).toBe(true);
  });

  it('calls a follow-up of 4 remission and 5 not', () => {
    expect(changed(18, 4, phq9)).toMatchObject({ response: true, remission: true });
    expect(changed(18, 5, phq9)).toMatchObject({ response: true, remission: false });
  });

  it('gives no percentage and no response from a baseline of 0', () => {
    expect(changed(0, 3, phq9)).toEqual({
      delta: 3,
      percentChange: null,
      reliableChange: false,
      response: null,
      remission: true,
    });
  });

  it('takes a 6-point change either way as reliable, 5 points as not (IAPT)', () => {
    expect(changed(15, 9, phq9).reliableChange).toBe(true);
    expect(changed(9, 15, phq9).reliableChange).toBe(true);
    expect(changed(15, 10, phq9).reliableChange).toBe(false);
  });
});

describe('instruments without every rule', () => {
  it('GAD-7: reliable change at 4 points, no response or remission', () => {
    expect(changed(16, 12, gad7)).toEqual({
      delta: -4,
      percentChange: -25,
      reliableChange: true,
      response: null,
      remission: null,
    });
    expect(changed(16, 13, gad7).reliableChange).toBe(false);
  });

  it('PCL-5: a 5-point drop is response and reliable', () => {
    expect(changed(40, 35, pcl5)).toMatchObject({ reliableChange: true, response: true, remission: null });
    expect(changed(40, 36, pcl5)).toMatchObject({ reliableChange: false, response: false });
  });

  it('BAM has no total to compare', () => {
    expect(change(3, 1, instruments.BAM)).toEqual({
      ok: false,
      issues: [{ path: 'instrument', message: 'BAM has no total score' }],
    });
  });
});

describe('Jacobson & Truax reliable change index', () => {
  // Domain reference §4.3 worked example: SD 5.0, r_xx 0.84 → minimum reliable change 5.54 points.
  const withRci: InstrumentDefinition = {
    ...phq9,
    scoring: { ...phq9.scoring, reliableChange: { jacobsonTruax: { sd: 5, reliability: 0.84 } } },
  };

  it('takes a 6-point drop as reliable and a 5-point drop as not', () => {
    expect(changed(20, 14, withRci).reliableChange).toBe(true);
    expect(changed(20, 15, withRci).reliableChange).toBe(false);
  });
});

describe('totals outside the instrument', () => {
  it('reports each bad total by name', () => {
    expect(change(28, 1.5, phq9)).toEqual({
      ok: false,
      issues: [
        { path: 'baseline', message: 'must be a whole number from 0 to 27' },
        { path: 'current', message: 'must be a whole number from 0 to 27' },
      ],
    });
    expect(change(-1, 0, gad7)).toMatchObject({ ok: false, issues: [{ path: 'baseline' }] });
  });
});

describe('change properties (PHQ-9)', () => {
  const total = fc.integer({ min: 0, max: 27 });

  it('delta and percentChange agree with the two totals', () => {
    fc.assert(
      fc.property(total, total, (baseline, current) => {
        const c = changed(baseline, current, phq9);
        expect(c.delta).toBe(current - baseline);
        if (baseline === 0) expect(c.percentChange).toBeNull();
        else expect(Math.sign(c.percentChange ?? Number.NaN)).toBe(Math.sign(c.delta));
      }),
    );
  });

  it('response means the follow-up is at most half the baseline', () => {
    fc.assert(
      fc.property(total, total, (baseline, current) => {
        const { response } = changed(baseline, current, phq9);
        expect(response).toBe(baseline === 0 ? null : current <= baseline / 2);
      }),
    );
  });

  it('remission from a baseline of 10 or more is always also response', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 27 }), total, (baseline, current) => {
        const c = changed(baseline, current, phq9);
        expect(c.remission).toBe(current < 5);
        if (c.remission) expect(c.response).toBe(true);
      }),
    );
  });

  it('reliable change does not depend on the direction', () => {
    fc.assert(
      fc.property(total, total, (a, b) => {
        expect(changed(a, b, phq9).reliableChange).toBe(changed(b, a, phq9).reliableChange);
      }),
    );
  });

  it('no change is never reliable, response, or a percentage other than 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 27 }), (t) => {
        expect(changed(t, t, phq9)).toMatchObject({
          delta: 0,
          percentChange: 0,
          reliableChange: false,
          response: false,
        });
      }),
    );
  });
});
