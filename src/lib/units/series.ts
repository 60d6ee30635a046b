import { csvDocument } from '../common/csv.ts';
import type { Cell } from '../tables/model.ts';
import type { UnitNameResolver } from './aliases.ts';
import { byIssueThenOrder, unitCategory, type SourceTable } from './record.ts';

/**
 * A table series: the same table (the same file name, e.g. `departments`) printed in several issues,
 * with each unit's figures by issue side by side. Columns are joined by key; a column a table did not
 * print is absent from that issue (not a blank), and a unit missing from an issue has no row for it.
 */

export interface SeriesColumn {
  key: string;
  /** The label as printed in the latest issue that has the column. */
  label: string;
}

export interface SeriesIssue {
  tableId: string;
  issueId: string;
  title: string;
  period: string | null;
}

export interface SeriesRow {
  issueId: string;
  printedName: string;
  /**
   * One per series column: the printed figure, null for a blank, undefined where this issue's table has no such
   * column.
   */
  cells: Array<Cell | undefined>;
}

export interface SeriesUnit {
  name: string;
  category: string;
  /** Oldest issue first. */
  rows: SeriesRow[];
}

export interface TableSeries {
  slug: string;
  /** The title printed in the latest issue. */
  title: string;
  rowHeader: string;
  columns: SeriesColumn[];
  /** Oldest first. */
  issues: SeriesIssue[];
  units: SeriesUnit[];
}

/** Every table series, one per table file name, in the printed order of their latest table. */
export function tableSeries(tables: readonly SourceTable[], resolve: UnitNameResolver): TableSeries[] {
  const bySlug = new Map<string, SourceTable[]>();
  for (const table of [...tables].sort(byIssueThenOrder))
    bySlug.set(table.slug, [...(bySlug.get(table.slug) ?? []), table]);
  return [...bySlug]
    .map(([slug, list]) => seriesOf(slug, list, resolve))
    .sort((a, b) => a.order - b.order || a.series.slug.localeCompare(b.series.slug))
    .map(({ series }) => series);
}

function seriesOf(
  slug: string,
  tables: readonly SourceTable[],
  resolve: UnitNameResolver,
): { series: TableSeries; order: number } {
  const latest = tables.at(-1)!;
  const labels = new Map<string, string>();
  for (const table of tables) for (const column of table.model.columns) labels.set(column.key, column.label);
  const columns = [...labels].map(([key, label]) => ({ key, label }));
  const units = new Map<string, SeriesUnit>();
  for (const table of tables) {
    const indexOf = new Map(table.model.columns.map((c) => [c.key, c.index]));
    for (const row of table.model.rows) {
      const name = resolve(row.unit);
      let unit = units.get(name);
      if (!unit) {
        unit = { name, category: unitCategory(table.model.rowHeader, row.group), rows: [] };
        units.set(name, unit);
      }
      unit.rows.push({
        issueId: table.issueId,
        printedName: row.unit,
        cells: columns.map((c) => (indexOf.has(c.key) ? row.cells[indexOf.get(c.key)!]! : undefined)),
      });
    }
  }
  return {
    order: latest.order,
    series: {
      slug,
      title: latest.model.title,
      rowHeader: latest.model.rowHeader,
      columns,
      issues: tables.map((t) => ({ tableId: t.id, issueId: t.issueId, title: t.model.title, period: t.model.period })),
      units: [...units.values()],
    },
  };
}

/** The headers of a series CSV before its figure columns. */
export const SERIES_CSV_LEAD = ['单位', '期次', '统计期', '印刷单位名称'] as const;

/**
 * The series as CSV: one line per unit and issue (oldest first), the unit's name, the issue, the period,
 * the name as printed, then each column. A blank and a column that issue did not print are both empty;
 * the JSON tells them apart.
 */
export function seriesCsv(series: TableSeries, issueLabel: (issueId: string) => string): string {
  const period = new Map(series.issues.map((i) => [i.issueId, i.period ?? '']));
  const lines: Array<Array<string | number>> = [[...SERIES_CSV_LEAD, ...series.columns.map((c) => c.label)]];
  for (const unit of series.units)
    for (const row of unit.rows)
      lines.push([
        unit.name,
        issueLabel(row.issueId),
        period.get(row.issueId) ?? '',
        row.printedName,
        ...row.cells.map((cell) => cell ?? ''),
      ]);
  return csvDocument(lines);
}

/**
 * The series as JSON: figures by column key per unit and issue; a column the issue did not print is left out, a
 * blank is null.
 */
export function seriesJson(
  series: TableSeries,
  issue: (issueId: string) => { label: string; url: string; tableUrl: string },
): string {
  return `${JSON.stringify(
    {
      title: series.title,
      description:
        '同一张统计表在各期的数字，按单位和期次排列。figures 按列 key 给出印刷的数字；null 为空白（未填报），不是 0；某期未印的列不列出。',
      rowHeader: series.rowHeader,
      columns: series.columns,
      issues: series.issues.map((i) => ({ id: i.issueId, ...issue(i.issueId), title: i.title, period: i.period })),
      units: series.units.map((unit) => ({
        name: unit.name,
        category: unit.category,
        rows: unit.rows.map((row) => ({
          issue: row.issueId,
          printedName: row.printedName,
          figures: Object.fromEntries(
            series.columns.flatMap((c, i) => (row.cells[i] === undefined ? [] : [[c.key, row.cells[i]]])),
          ),
        })),
      })),
    },
    null,
    2,
  )}\n`;
}
