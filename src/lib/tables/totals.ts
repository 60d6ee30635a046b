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
  for (const cell of cells) total = addCell(total, cell);
  return total;
}

/** A running sum with one more cell: a blank adds nothing, and a sum stays blank until a figure comes. */
function addCell(total: Cell, cell: Cell): Cell {
  return cell === null ? total : (total ?? 0) + cell;
}

/** Each column's sum over `rows` (sumCells per column), in one pass over the cells without copying them. */
function columnTotals(model: TableModel, rows: TableModel['rows']): Cell[] {
  const totals: Cell[] = model.columns.map(() => null);
  for (const row of rows)
    for (let c = 0; c < totals.length; c++) {
      totals[c] = addCell(totals[c]!, row.cells[c]!);
    }
  return totals;
}

/** A row's sum outside the row-total column (sumCells of the other cells), without copying them. */
function rowTotal(cells: readonly Cell[], rowTotalIndex: number): Cell {
  let total: Cell = null;
  for (let c = 0; c < cells.length; c++) if (c !== rowTotalIndex) total = addCell(total, cells[c]!);
  return total;
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
    rows: rowTotalIndex === null ? [] : model.rows.map((row) => rowTotal(row.cells, rowTotalIndex)),
  };
}
