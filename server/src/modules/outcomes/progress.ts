// Change since baseline (domain reference §4.3: response, remission and reliable change are all
// measured from a baseline). The baseline is the first administration of the same instrument in the
// same episode, so a readmission starts afresh and a form recorded outside any episode has none.
import { change, instruments, isInstrumentId, type Change } from './instruments/index.ts';

export interface Administration {
  id: string;
  instrument: string;
  episodeId: string | null;
  total: number | null;
}

/** The change from `baseline` to `current`, or undefined when there is nothing to compare. */
export function changeSinceBaseline(current: Administration, baseline: Administration | undefined): Change | undefined {
  if (!baseline || baseline.id === current.id || current.episodeId === null) return undefined;
  if (baseline.episodeId !== current.episodeId || baseline.instrument !== current.instrument) return undefined;
  if (current.total === null || baseline.total === null || !isInstrumentId(current.instrument)) return undefined;
  const result = change(baseline.total, current.total, instruments[current.instrument]);
  return result.ok ? result.change : undefined;
}
