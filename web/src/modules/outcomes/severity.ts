// Severity bands of an instrument (its scoring.bands: ascending, touching, covering every total) as
// colours from calm to alarming, for the trend chart's shading and the swatches beside each label.
import type { Instrument } from './outcomes.api';

const SCALE = ['teal', 'lime', 'yellow', 'orange', 'red'] as const;

export type Band = NonNullable<Instrument['scoring']['bands']>[number];

/** The i-th of `count` bands spread over the whole scale (a CSS colour): the first calm, the last alarming. */
export function bandColor(index: number, count: number): string {
  const position = count <= 1 ? 0 : Math.round((index * (SCALE.length - 1)) / (count - 1));
  return `var(--mantine-color-${SCALE[position]}-6)`;
}

/** The colour of a severity label of this instrument; grey for one it does not define. */
export function severityColor(instrument: Instrument | undefined, severity: string): string {
  const bands = instrument?.scoring.bands ?? [];
  const index = bands.findIndex((b) => b.label === severity);
  return index < 0 ? 'var(--mantine-color-gray-6)' : bandColor(index, bands.length);
}
