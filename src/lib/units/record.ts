import type { Discrepancy, TableAudit } from '../tables/audit.ts';
import type { Cell } from '../tables/model.ts';
import type { UnitNameResolver } from './aliases.ts';

/**
 * Every reporting unit's record: each figure it reported in each table of each issue, joined by name
 * (through the editors' alias list). A blank stays null (未填报), never 0.
 */

/** A checked table as the joins need it. */
export interface SourceTable extends Pick<TableAudit, 'model' | 'totals' | 'discrepancies'> {
  /** `2020-03/departments` */
  id: string;
  issueId: string;
  slug: string;
  order: number;
}

export interface UnitFigure {
  key: string;
  /** The column label as printed in this table. */
  label: string;
  value: Cell;
  isRowTotal: boolean;
}

/** One unit's row in one table. */
export interface UnitTableEntry {
  tableId: string;
  issueId: string;
  slug: string;
  title: string;
  period: string | null;
  /** The name as printed in this table (may be an alias of the record's name). */
  printedName: string;
  group: string | null;
  figures: UnitFigure[];
  /** The printed row total (数据总量) and the sum of the row, where the table has a row-total column. */
  rowTotal: { printed: Cell; computed: Cell; discrepancy: Discrepancy | null } | null;
}

export interface UnitRecord {
  /** The name the site shows (the alias list's name, else as printed). */
  name: string;
  /** The heading the unit is listed under on /units/: its row group, else the table's kind of unit. */
  category: string;
  /** Every name it was printed under, in order of first appearance. */
  printedNames: string[];
  /** Its rows, oldest issue first, then in printed table order. */
  entries: UnitTableEntry[];
}

/** 部门名称 → 部门: the kind of unit a table's row header names, for tables without row groups. */
export function unitCategory(rowHeader: string, group: string | null): string {
  return group ?? (rowHeader.replace(/名称$/, '') || rowHeader);
}

/** Tables oldest issue first, then in printed order: the order of every join. */
export function byIssueThenOrder(a: SourceTable, b: SourceTable): number {
  return a.issueId.localeCompare(b.issueId) || a.order - b.order;
}

export function unitRecords(tables: readonly SourceTable[], resolve: UnitNameResolver): UnitRecord[] {
  const records = new Map<string, UnitRecord>();
  for (const table of [...tables].sort(byIssueThenOrder)) {
    const { model, totals } = table;
    for (const row of model.rows) {
      const name = resolve(row.unit);
      let record = records.get(name);
      if (!record) {
        record = { name, category: unitCategory(model.rowHeader, row.group), printedNames: [], entries: [] };
        records.set(name, record);
      }
      if (!record.printedNames.includes(row.unit)) record.printedNames.push(row.unit);
      const rowTotalIndex = model.rowTotalIndex;
      record.entries.push({
        tableId: table.id,
        issueId: table.issueId,
        slug: table.slug,
        title: model.title,
        period: model.period,
        printedName: row.unit,
        group: row.group,
        figures: model.columns.map((column) => ({
          key: column.key,
          label: column.label,
          value: row.cells[column.index]!,
          isRowTotal: column.isRowTotal,
        })),
        rowTotal:
          rowTotalIndex === null
            ? null
            : {
                printed: row.cells[rowTotalIndex]!,
                computed: totals.rows[row.index] ?? null,
                discrepancy: table.discrepancies.find((d) => d.kind === 'row-total' && d.row === row.unit) ?? null,
              },
      });
    }
  }
  return [...records.values()];
}

/** How many figures a unit reported (cells that are not blank), outside row totals. */
export function reportedFigureCount(record: Pick<UnitRecord, 'entries'>): number {
  return record.entries.reduce(
    (n, entry) => n + entry.figures.filter((f) => !f.isRowTotal && f.value !== null).length,
    0,
  );
}

/** The records grouped by category, in order of first appearance, each group in printed order. */
export function unitCategories(records: readonly UnitRecord[]): Array<{ category: string; units: UnitRecord[] }> {
  const groups = new Map<string, UnitRecord[]>();
  for (const record of records) groups.set(record.category, [...(groups.get(record.category) ?? []), record]);
  return [...groups].map(([category, units]) => ({ category, units }));
}

/** One table series as a unit's page shows it: indicators down, issues across. */
export interface UnitSeriesView {
  slug: string;
  /** The title of the latest table. */
  title: string;
  /** The unit's rows in this series, oldest issue first: the columns of the view. */
  entries: UnitTableEntry[];
  /**
   * One per indicator (label as last printed): the value in each entry; undefined where that table has no such
   * column.
   */
  indicators: Array<{ key: string; label: string; isRowTotal: boolean; values: Array<Cell | undefined> }>;
}

/** A unit's record cut by table series (file name), in order of first appearance. */
export function unitSeriesViews(record: Pick<UnitRecord, 'entries'>): UnitSeriesView[] {
  const bySlug = new Map<string, UnitTableEntry[]>();
  for (const entry of record.entries) bySlug.set(entry.slug, [...(bySlug.get(entry.slug) ?? []), entry]);
  return [...bySlug].map(([slug, entries]) => {
    const labels = new Map<string, { label: string; isRowTotal: boolean }>();
    for (const entry of entries)
      for (const f of entry.figures) labels.set(f.key, { label: f.label, isRowTotal: f.isRowTotal });
    return {
      slug,
      title: entries.at(-1)!.title,
      entries,
      indicators: [...labels].map(([key, { label, isRowTotal }]) => ({
        key,
        label,
        isRowTotal,
        values: entries.map((e) => {
          const figure = e.figures.find((f) => f.key === key);
          return figure ? figure.value : undefined;
        }),
      })),
    };
  });
}

/**
 * What the check of a printed row total found, in words: 相符, the difference (+40 / −3), or why nothing was
 * compared.
 */
export function rowTotalCheck(
  rowTotal: NonNullable<UnitTableEntry['rowTotal']>,
  formatDifference: (n: number) => string,
): string {
  if (rowTotal.printed === null) return '印刷为空白，不比较';
  if (!rowTotal.discrepancy) return '相符';
  if (rowTotal.discrepancy.difference === null) return '各项均未填报';
  return formatDifference(rowTotal.discrepancy.difference);
}
