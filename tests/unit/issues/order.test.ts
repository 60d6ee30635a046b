import { describe, expect, it } from 'vitest';
import {
  byNewestIssue,
  byOldestIssue,
  issuesByYear,
  newestFirst,
  newestIssue,
  oldestFirst,
} from '../../../src/lib/issues/order.ts';

const issue = (id: string, date: string, cumulativeNumber: number, year = Number(date.slice(0, 4))) => ({
  id,
  date,
  cumulativeNumber,
  year,
});
// Given out of order on purpose; 2020-04 and 2020-05 were issued on one day.
const issues = [
  issue('2020-04', '2020-12-10', 11),
  issue('2019-04', '2019-12-20', 9),
  issue('2021-01', '2021-03-05', 13),
  issue('2020-05', '2020-12-10', 12),
  issue('2020-03', '2020-10-10', 10),
];
const ids = (list: ReadonlyArray<{ id: string }>) => list.map((i) => i.id);

describe('byNewestIssue', () => {
  it('orders by date, then by cumulative number for two issues on one day', () => {
    expect(ids([...issues].sort(byNewestIssue))).toEqual(['2021-01', '2020-05', '2020-04', '2020-03', '2019-04']);
  });

  it('goes by the date before the cumulative number', () => {
    // Validation rejects such an archive (issues/sequence.ts); the order still has one answer.
    expect(ids([issue('a', '2020-01-01', 20), issue('b', '2020-06-01', 5)].sort(byNewestIssue))).toEqual(['b', 'a']);
  });
});

describe('oldest first', () => {
  it('is the exact reverse of newest first', () => {
    expect(ids([...issues].sort(byOldestIssue))).toEqual(ids(newestFirst(issues)).reverse());
    expect(ids(oldestFirst(issues))).toEqual(['2019-04', '2020-03', '2020-04', '2020-05', '2021-01']);
  });

  it('sorts copies and leaves the input as it was', () => {
    const before = ids(issues);
    newestFirst(issues);
    oldestFirst(issues);
    expect(ids(issues)).toEqual(before);
  });
});

describe('newestIssue', () => {
  it('is the first issue newest first, or null for an empty archive', () => {
    expect(newestIssue(issues)?.id).toBe('2021-01');
    expect(newestIssue(issues.filter((i) => i.year === 2020))?.id).toBe('2020-05');
    expect(newestIssue([])).toBeNull();
  });
});

describe('issuesByYear', () => {
  it('groups by the issue’s year, newest year first, each newest first', () => {
    expect(issuesByYear(issues).map(({ year, issues: list }) => [year, ids(list)])).toEqual([
      [2021, ['2021-01']],
      [2020, ['2020-05', '2020-04', '2020-03']],
      [2019, ['2019-04']],
    ]);
  });
});
