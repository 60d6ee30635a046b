import { cellProblem } from '../tables/checks.ts';
import { isCount, type Cell, type TableModel } from '../tables/model.ts';
import type { TableInput } from '../tables/schema.ts';
import { computeTotals } from '../tables/totals.ts';

/**
 * The logic of the web editor's table grid: rows pasted from Excel or WPS, and the totals the archive
 * computes, shown beside the printed ones while the editor types. The grid writes the table file's own
 * `rows` and `printedTotals`; it never turns a blank into 0 and never mends a figure.
 */

export interface GridRow {
  unit: string;
  group?: string;
  cells: unknown[];
}

/**
 * A cell as typed or pasted: empty is blank (null, not reported), digits are a count, anything else
 * stays as typed so that validation names it (“1,234”, “—”) instead of the grid guessing.
 */
export function cellFromText(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  return trimmed;
}

/** How a cell shows in the grid's input: blank stays empty. */
export function cellText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** Why a grid cell would fail validation (the same words as `npm run validate`), or null. */
export const gridCellProblem = cellProblem;

/**
 * Rows copied from a spreadsheet: one line per row, cells separated by tabs. A line with one cell more
 * than the table has columns starts with the unit's name; a line with exactly as many holds figures only.
 */
export function parsePastedRows(text: string, columnCount: number): { rows: GridRow[]; problems: string[] } {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  const rows: GridRow[] = [];
  const problems: string[] = [];
  lines.forEach((line, index) => {
    const fields = line.split('\t');
    if (fields.length === columnCount + 1) {
      rows.push({ unit: fields[0]!.trim(), cells: fields.slice(1).map(cellFromText) });
    } else if (fields.length === columnCount) {
      rows.push({ unit: '', cells: fields.map(cellFromText) });
    } else {
      problems.push(
        `粘贴的第 ${index + 1} 行有 ${fields.length} 格，本表有 ${columnCount} 栏：应为 ${columnCount + 1} 格（单位名称加各栏数字）或 ${columnCount} 格（只有数字）`,
      );
    }
  });
  return { rows, problems };
}

/** Puts pasted rows into the grid from row `at` on, replacing what was there and adding rows as needed. */
export function pasteRowsAt(existing: readonly GridRow[], pasted: readonly GridRow[], at: number): GridRow[] {
  const rows = existing.map((row) => ({ ...row, cells: [...row.cells] }));
  pasted.forEach((row, offset) => {
    const target = rows[at + offset];
    const unit = row.unit || target?.unit || '';
    const merged: GridRow = { ...(target ?? {}), unit, cells: row.cells };
    if (target) rows[at + offset] = merged;
    else rows.push(merged);
  });
  return rows;
}

export interface GridTotals {
  /** Each column's computed total, in column order; null where nothing was reported. */
  columns: Cell[];
  /** Each row's computed total outside the row-total column; empty when the table has none. */
  rows: Cell[];
}

/**
 * The totals the archive will compute, from the figures typed so far (a cell that is not yet a valid
 * figure counts as not reported until it is fixed).
 */
export function gridTotals(
  columns: readonly { key: string; label: string }[],
  rowTotalColumn: string | undefined,
  rows: readonly GridRow[],
): GridTotals {
  const rowTotalIndex = rowTotalColumn ? columns.findIndex((c) => c.key === rowTotalColumn) : -1;
  // computeTotals reads only columns, groups, rows and the row-total index: the rest of a model is not needed.
  const model = {
    columns: columns.map((column, index) => ({ ...column, kind: 'count', index, isRowTotal: index === rowTotalIndex })),
    groups: [],
    rows: rows.map((row, index) => ({
      unit: row.unit,
      group: null,
      index,
      cells: columns.map((_, column) => {
        const value = row.cells[column];
        return isCount(value) ? value : null;
      }),
    })),
    rowTotalIndex: rowTotalIndex < 0 ? null : rowTotalIndex,
  } as unknown as TableModel;
  const totals = computeTotals(model);
  return { columns: totals.columns, rows: totals.rows };
}

/** A grid's rows as the table file writes them: the group only where there is one. */
export function gridRowsForFile(rows: readonly GridRow[]): TableInput['rows'] {
  return rows.map(({ unit, group, cells }) => (group ? { unit, group, cells } : { unit, cells }));
}
