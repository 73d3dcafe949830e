// Group capacity over time (pure). Enrollments are spans of clinic-local dates, both ends
// inclusive, an open end running on forever; capacity must hold on ANY date (issue), so the
// question is always about the fullest date of a span, found by sweeping start and end events.
import { addDays } from './recurrence.ts';

export interface Span {
  start: string;
  /** Last date in effect; null: open-ended. */
  end: string | null;
}

interface Segment {
  start: string;
  end: string | null;
  count: number;
}

/**
 * [from, to] cut into runs of dates with the same number of spans in effect, in date order. Each
 * span adds one on its start date and removes it the day after its end.
 */
function segments(spans: readonly Span[], from: string, to: string | null): Segment[] {
  const delta = new Map<string, number>();
  for (const span of spans) {
    delta.set(span.start, (delta.get(span.start) ?? 0) + 1);
    if (span.end !== null) {
      const after = addDays(span.end, 1);
      delta.set(after, (delta.get(after) ?? 0) - 1);
    }
  }
  const runs: Segment[] = [{ start: from, end: to, count: 0 }];
  let count = 0;
  for (const date of [...delta.keys()].sort()) {
    count += delta.get(date)!;
    if (to !== null && date > to) break;
    if (date <= from) {
      runs[0]!.count = count;
      continue;
    }
    runs.at(-1)!.end = addDays(date, -1);
    runs.push({ start: date, end: to, count });
  }
  return runs;
}

/** The most spans in effect on any one date of [from, to] (to null: from `from` on, forever). */
export function peakOccupancy(spans: readonly Span[], from: string, to: string | null): number {
  return Math.max(...segments(spans, from, to).map((s) => s.count));
}

/**
 * The first date d in [from, to] such that one more span [d, to] keeps every date below
 * `capacity`: the day after the last full date. Null when no such date exists (a full date at
 * `to`, or a group full for good after an open-ended `to`).
 */
export function firstFreeStart(
  spans: readonly Span[],
  capacity: number,
  from: string,
  to: string | null,
): string | null {
  if (to !== null && to < from) return null;
  const lastFull = segments(spans, from, to).findLast((s) => s.count >= capacity);
  if (!lastFull) return from;
  if (lastFull.end === null) return null;
  const start = addDays(lastFull.end, 1);
  return to !== null && start > to ? null : start;
}
