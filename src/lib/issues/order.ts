/**
 * The one order of issues in time, used everywhere an issue is "newest", "latest" or "earlier": by date,
 * then by cumulative number (总第N期) for two issues dated the same day. Oldest first is its reverse.
 * Validation (issues/sequence.ts) makes sure the cumulative numbers agree with this order.
 */

/** What places an issue in time. */
export interface IssueTime {
  /** YYYY-MM-DD */
  date: string;
  cumulativeNumber: number;
}

/** Newest issue first: by date, then by cumulative number (two issues on one day). */
export function byNewestIssue(a: IssueTime, b: IssueTime): number {
  return b.date.localeCompare(a.date) || b.cumulativeNumber - a.cumulativeNumber;
}

/** Oldest issue first: the reverse of byNewestIssue. */
export function byOldestIssue(a: IssueTime, b: IssueTime): number {
  return byNewestIssue(b, a);
}

/** A sorted copy, newest first. */
export function newestFirst<T extends IssueTime>(issues: readonly T[]): T[] {
  return [...issues].sort(byNewestIssue);
}

/** A sorted copy, oldest first. */
export function oldestFirst<T extends IssueTime>(issues: readonly T[]): T[] {
  return [...issues].sort(byOldestIssue);
}

/** The newest issue, or null for an empty archive. */
export function newestIssue<T extends IssueTime>(issues: readonly T[]): T | null {
  return issues.reduce<T | null>(
    (newest, issue) => (!newest || byNewestIssue(issue, newest) < 0 ? issue : newest),
    null,
  );
}

/** Issues grouped by their year (〔2020〕), newest year first, each year's issues newest first. */
export function issuesByYear<T extends IssueTime & { year: number }>(
  issues: readonly T[],
): Array<{ year: number; issues: T[] }> {
  const years = new Map<number, T[]>();
  for (const issue of newestFirst(issues)) years.set(issue.year, [...(years.get(issue.year) ?? []), issue]);
  return [...years].sort(([a], [b]) => b - a).map(([year, list]) => ({ year, issues: list }));
}
