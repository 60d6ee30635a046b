/** A run of consecutive whole numbers, both ends included. */
export interface Run {
  from: number;
  to: number;
}

/**
 * Whole numbers as runs of consecutive values, in ascending order, duplicates ignored: [9, 1, 2, 3, 12]
 * → 1–3, 9, 12. Month runs (rankings/trend.ts) and missing cumulative numbers (site/archive-summary.ts) use it.
 */
export function runsOf(values: readonly number[]): Run[] {
  const runs: Run[] = [];
  for (const value of [...new Set(values)].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && last.to === value - 1) last.to = value;
    else runs.push({ from: value, to: value });
  }
  return runs;
}
