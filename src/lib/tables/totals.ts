import type { Cell, TableModel } from './model.ts';

/**
 * What the archive computes from a table's rows. A blank is "not reported", never 0: a sum over
 * nothing but blanks is itself blank (null), shown as “—”.
 */
export interface TableTotals {
  /** Each column's total over all rows, in column order (the row-total column too: the sum of its printed cells). */
  columns: Cell[];
  /** Each declared group's subtotal per column, in group order. */
  groups: Array<{ group: string; cells: Cell[] }>;
  /**
   * Each row's computed total (the sum of its cells outside the row-total column), in row order;
   * null for a row with nothing reported. Empty when the table has no row-total column.
   */
  rows: Cell[];
}

/** The sum of the reported cells; null when every cell is blank (or there are none). */
export function sumCells(cells: readonly Cell[]): Cell {
  let total: Cell = null;
  for (const cell of cells) if (cell !== null) total = (total ?? 0) + cell;
  return total;
}

function columnTotals(model: TableModel, rows: TableModel['rows']): Cell[] {
  return model.columns.map((column) => sumCells(rows.map((row) => row.cells[column.index]!)));
}

export function computeTotals(model: TableModel): TableTotals {
  const rowTotalIndex = model.rowTotalIndex;
  return {
    columns: columnTotals(model, model.rows),
    groups: model.groups.map((group) => ({
      group,
      cells: columnTotals(
        model,
        model.rows.filter((row) => row.group === group),
      ),
    })),
    rows:
      rowTotalIndex === null
        ? []
        : model.rows.map((row) => sumCells(row.cells.filter((_, index) => index !== rowTotalIndex))),
  };
}
