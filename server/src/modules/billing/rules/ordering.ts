// Sorting in code-unit order rather than the locale's, so every machine orders a run's output alike.
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Element by element; the first difference decides. */
export const compareTuples = (a: readonly string[], b: readonly string[]): number =>
  a.reduce((result, value, i) => result || compareText(value, b[i] ?? ''), 0);
