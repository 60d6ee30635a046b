import type { TableData } from './table-schema.ts';

/** A cell as shown: a printed whole number, or `null` for a blank (not reported — never 0). */
export type Cell = number | null;

export interface TableRow {
  unit: string;
  group: string | null;
  /** One cell per column, in column order. */
  cells: Cell[];
}

/** A validated table with every row's cells in column order. */
export interface TableModel {
  data: TableData;
  rows: TableRow[];
}

/** Cells in column order, whether the file wrote them as an array or by column key. */
export function cellsInColumnOrder(data: TableData, cells: TableData['rows'][number]['cells']): Cell[] {
  if (Array.isArray(cells)) return cells.map((value) => (typeof value === 'number' ? value : null));
  return data.columns.map((column) => {
    const value = cells[column.key];
    return typeof value === 'number' ? value : null;
  });
}

export function toTableModel(data: TableData): TableModel {
  return {
    data,
    rows: data.rows.map((row) => ({ unit: row.unit, group: row.group ?? null, cells: cellsInColumnOrder(data, row.cells) })),
  };
}
