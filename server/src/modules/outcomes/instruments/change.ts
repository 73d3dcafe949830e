// Change between two totals of one instrument: how much, whether it is reliable, and whether it is
// response or remission where the instrument defines them (domain reference §4.3).
import type { ErrorDetail } from '../../../kernel/http/index.ts';
import type { InstrumentDefinition } from './definition.ts';
import { totalRange } from './ranges.ts';

export interface Change {
  /** current − baseline: negative is a drop (improvement on every built-in instrument). */
  delta: number;
  /** delta as a percentage of the baseline, unrounded; null when the baseline is 0. */
  percentChange: number | null;
  /** A change in either direction beyond measurement error; null when the instrument gives no rule. */
  reliableChange: boolean | null;
  response: boolean | null;
  remission: boolean | null;
}

export type ChangeResult = { ok: true; change: Change } | { ok: false; issues: ErrorDetail[] };

// Jacobson & Truax 1991: |RC| > 1.96 is change at p < .05 (two-tailed).
const RCI_CRITICAL = 1.96;

export function change(baseline: number, current: number, instrument: InstrumentDefinition): ChangeResult {
  const range = totalRange(instrument);
  if (!range) return { ok: false, issues: [{ path: 'instrument', message: `${instrument.id} has no total score` }] };
  const issues = (
    [
      ['baseline', baseline],
      ['current', current],
    ] as const
  )
    .filter(([, total]) => !Number.isInteger(total) || total < range.min || total > range.max)
    .map(([path]) => ({ path, message: `must be a whole number from ${range.min} to ${range.max}` }));
  if (issues.length > 0) return { ok: false, issues };

  const { reliableChange, response, remission } = instrument.scoring;
  const delta = current - baseline;
  const drop = baseline - current;
  return {
    ok: true,
    change: {
      delta,
      percentChange: baseline === 0 ? null : (delta / baseline) * 100,
      reliableChange: reliableChange ? isReliable(delta, reliableChange) : null,
      response: response ? isResponse(baseline, drop, response) : null,
      remission: remission ? current < remission.below : null,
    },
  };
}

type ReliableChangeRule = NonNullable<InstrumentDefinition['scoring']['reliableChange']>;

/**
 * Jacobson & Truax (domain reference §4.3): RC = Δ / S_diff, S_diff = √(2·SE²), SE = SD·√(1 − r_xx).
 * A published point threshold (IAPT: PHQ-9 6, GAD-7 4) is used as given.
 */
function isReliable(delta: number, rule: ReliableChangeRule): boolean {
  if (rule.jacobsonTruax) {
    const { sd, reliability } = rule.jacobsonTruax;
    const standardError = sd * Math.sqrt(1 - reliability);
    return Math.abs(delta) / Math.sqrt(2 * standardError ** 2) > RCI_CRITICAL;
  }
  return rule.minimumChange !== undefined && Math.abs(delta) >= rule.minimumChange;
}

type ResponseRule = NonNullable<InstrumentDefinition['scoring']['response']>;

/** A percentage of nothing is undefined: with a baseline of 0 a percent-drop response is null. */
function isResponse(baseline: number, drop: number, rule: ResponseRule): boolean | null {
  if (rule.percentDrop !== undefined) {
    // Whole-number arithmetic: drop / baseline ≥ percent / 100 without floating-point rounding.
    return baseline === 0 ? null : drop * 100 >= rule.percentDrop * baseline;
  }
  return rule.pointDrop !== undefined && drop >= rule.pointDrop;
}
