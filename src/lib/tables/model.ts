import type { TableData } from './schema.ts';

/** A cell as shown: a printed whole number, or `null` for a blank (not reported — never 0). */
export type Cell = number | null;

export interface TableColumn {
  key: string;
  /** The header exactly as printed. */
  label: string;
  kind: 'count';
  /** Position in printed order, from 0. */
  index: number;
  /** Whether this is the printed row-total column (数据总量). */
  isRowTotal: boolean;
}

export interface TableRow {
  unit: string;
  group: string | null;
  /** One cell per column, in column order. */
  cells: Cell[];
  /** Position in printed order, from 0. */
  index: number;
}

/** A checked table in a form that is easy to compute with: every row's cells in column order. */
export interface TableModel {
  title: string;
  period: string | null;
  rowHeader: string;
  columns: TableColumn[];
  /** Declared row groups in printed order; empty when the table has none. */
  groups: string[];
  rows: TableRow[];
  /** Index of the row-total column, or null. */
  rowTotalIndex: number | null;
  /** The printed totals row (合计), or null when none was printed. */
  printedTotals: { label: string; cells: Cell[] } | null;
  data: TableData;
}

/** Whether a value is a figure the archive accepts: a non-negative safe whole number. */
export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * Cells in column order as written, whether the file gave an array (one per column) or an object by
 * column key (a missing key is blank). Values are not checked here; see tables/checks.ts.
 */
export function rawCellsInColumnOrder(
  columns: readonly { key: string }[],
  cells: unknown[] | Record<string, unknown>,
): unknown[] {
  if (Array.isArray(cells)) return cells;
  return columns.map((column) => (Object.hasOwn(cells, column.key) ? cells[column.key] : null));
}

function toCells(
  columns: readonly { key: string }[],
  cells: unknown[] | Record<string, unknown>,
  where: string,
): Cell[] {
  const raw = rawCellsInColumnOrder(columns, cells);
  if (raw.length !== columns.length)
    throw new Error(`table not validated: ${where} has ${raw.length} cells for ${columns.length} columns`);
  return raw.map((value) => {
    if (value === null || isCount(value)) return value;
    // Content is validated before any page is built; reaching this is a programming error, never a blank.
    throw new Error(`table not validated: ${where} has cell ${JSON.stringify(value)}`);
  });
}

/** The model of a table that passed tables/checks.ts. Throws on a table that did not, rather than guess. */
export function toTableModel(data: TableData): TableModel {
  const rowTotalIndex =
    data.rowTotalColumn === undefined ? -1 : data.columns.findIndex((c) => c.key === data.rowTotalColumn);
  if (data.rowTotalColumn !== undefined && rowTotalIndex < 0)
    throw new Error(`table not validated: no column ${data.rowTotalColumn}`);
  return {
    title: data.title,
    period: data.period ?? null,
    rowHeader: data.rowHeader,
    columns: data.columns.map((column, index) => ({ ...column, index, isRowTotal: index === rowTotalIndex })),
    groups: data.groups ?? [],
    rows: data.rows.map((row, index) => ({
      unit: row.unit,
      group: row.group ?? null,
      cells: toCells(data.columns, row.cells, `row ${row.unit}`),
      index,
    })),
    rowTotalIndex: rowTotalIndex < 0 ? null : rowTotalIndex,
    printedTotals: data.printedTotals
      ? { label: data.printedTotals.label, cells: toCells(data.columns, data.printedTotals.cells, 'printedTotals') }
      : null,
    data,
  };
}
