import { parseIssueFolder } from '../content/paths.ts';
import type { Cell } from '../tables/model.ts';
import type { UnitRecord, UnitTableEntry } from './record.ts';
import type { SeriesIssue, TableSeries } from './series.ts';

/**
 * The unit pages and table-series pages split their figures by the year of the issue, so that a page holds
 * what a year printed and stays the same size however many years the archive has: `/units/公安局/` and
 * `/tables/departments/` are overviews (the latest figures and the list of years), `/units/公安局/2020/` and
 * `/tables/departments/2020/` hold that year's figures. A year rather than a decade, by measured bytes at four
 * issues a year (README, “Units, table series”): the department series prints 57 units × 22 columns an issue,
 * which over a decade makes a page of megabytes; a year keeps every page under a fixed budget
 * (tests/e2e/search-100-issues.test.ts).
 */

/** The year an issue belongs to, from its id: `2020-03` → 2020. */
export function issueYear(issueId: string): number {
  const key = parseIssueFolder(issueId);
  if (!key) throw new Error(`不是期次编号 / not an issue id: ${issueId}`);
  return key.year;
}

/** Items grouped by the year of their issue, oldest year first; each year keeps the items' order. */
export function byIssueYear<T extends { issueId: string }>(items: readonly T[]): Array<{ year: number; items: T[] }> {
  const years = new Map<number, T[]>();
  for (const item of items) {
    const year = issueYear(item.issueId);
    years.set(year, [...(years.get(year) ?? []), item]);
  }
  return [...years].sort(([a], [b]) => a - b).map(([year, list]) => ({ year, items: list }));
}

/** The years before and after `year` among `years` (oldest first), for the links between period pages. */
export function adjacentYears(
  years: readonly number[],
  year: number,
): { previous: number | null; next: number | null } {
  const index = years.indexOf(year);
  if (index < 0) return { previous: null, next: null };
  return { previous: years[index - 1] ?? null, next: years[index + 1] ?? null };
}

/**
 * The years a list of rows spans, for a list that names a series by its years rather than by every issue (so
 * it stays as short at 300 issues as at one): `2018—2042年`, or `2020年`.
 */
export function yearSpan(items: ReadonlyArray<{ issueId: string }>): string {
  const years = items.map((i) => issueYear(i.issueId));
  if (!years.length) return '';
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? `${first}年` : `${first}—${last}年`;
}

/** How many issues a list of rows comes from. */
export function issueCount(items: ReadonlyArray<{ issueId: string }>): number {
  return new Set(items.map((i) => i.issueId)).size;
}

/** One year of a unit's record: the page `/units/<name>/<year>/`. */
export interface UnitYear {
  year: number;
  issueCount: number;
  /** The unit's rows that year, oldest issue first, then in printed table order. */
  entries: UnitTableEntry[];
}

/** A unit's record by year, oldest first: every row is in exactly one year. */
export function unitYears(record: Pick<UnitRecord, 'entries'>): UnitYear[] {
  return byIssueYear(record.entries).map(({ year, items }) => ({
    year,
    issueCount: issueCount(items),
    entries: items,
  }));
}

/**
 * What the overview of a unit shows: in each table series it appears in, its row of the latest issue of that
 * series it appears in (so a series it left long ago still shows its last figures, with their issue).
 */
export function latestEntries(record: Pick<UnitRecord, 'entries'>): UnitTableEntry[] {
  const latest = new Map<string, UnitTableEntry>();
  // The entries are oldest issue first, so the last one of a series is its latest.
  for (const entry of record.entries) latest.set(entry.slug, entry);
  return record.entries.filter((entry) => latest.get(entry.slug) === entry);
}

/** One year of a table series: the page `/tables/<slug>/<year>/`. */
export interface SeriesYear {
  year: number;
  /** The issues that printed the table that year, oldest first. */
  issues: SeriesIssue[];
}

/** The years of a series, oldest first. */
export function seriesYears(series: Pick<TableSeries, 'issues'>): SeriesYear[] {
  return byIssueYear(series.issues).map(({ year, items }) => ({ year, issues: items }));
}

/**
 * The series cut to one year: that year's issues, the units with a row in them (in the series' order), their
 * rows of that year, and the columns at least one of that year's tables printed (labels as the whole series
 * shows them). A blank stays null and a column an issue did not print stays undefined, as in the series.
 */
export function seriesOfYear(series: TableSeries, year: number): TableSeries {
  const issues = series.issues.filter((i) => issueYear(i.issueId) === year);
  const ids = new Set(issues.map((i) => i.issueId));
  const units = series.units
    .map((unit) => ({ ...unit, rows: unit.rows.filter((row) => ids.has(row.issueId)) }))
    .filter((unit) => unit.rows.length > 0);
  const printed = series.columns.map((_, c) =>
    units.some((unit) => unit.rows.some((row) => row.cells[c] !== undefined)),
  );
  const keep = <T>(list: readonly T[]) => list.filter((_, c) => printed[c]);
  return {
    ...series,
    issues,
    columns: keep(series.columns),
    units: units.map((unit) => ({
      ...unit,
      rows: unit.rows.map((row) => ({ ...row, cells: keep<Cell | undefined>(row.cells) })),
    })),
  };
}
