/**
 * One statistical table from a spreadsheet grid (an .xlsx sheet, a .csv file, or cells pasted from
 * Excel into the web editor): a title row above the header, the header row or rows (merged header
 * cells understood: a label over two columns heads both, a label over two rows is one label), a first
 * column of row groups when it is merged down or the header's row label spans two columns, the rows,
 * and a 合计 row as the printed totals. Blank cells stay blank (null); nothing is summed or filled in.
 * The labels become the printed column labels; keys are reused from the archive where labels match.
 */
import type { ImportNote } from './review.ts';
import { emptyImportedTable, tableInput, TOTALS_ROW } from './tables.ts';
import type { Cell } from '../tables/model.ts';
import { sumCells } from '../tables/totals.ts';
import type { TableInput } from '../tables/schema.ts';

/** A cell as a spreadsheet gives it: its shown text or number, or empty. */
export type GridValue = string | number | null;

/** A merged range, 0-based rows and columns, inclusive. */
export interface GridMerge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  rows: GridValue[][];
  merges?: readonly GridMerge[];
}

export interface SpreadsheetTableResult {
  table: TableInput;
  /** What was done on its own and what an editor must look at, by spreadsheet row (1-based). */
  notes: ImportNote[];
}

/** Joins the parts of a label printed over two header rows: 行政处罚 over 数量 → 行政处罚·数量. */
const LABEL_JOIN = '·';

/** `A1:C2` → a merge range; for readers that give merges as Excel ranges. */
export function mergeFromRange(range: string): GridMerge | null {
  const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range.toUpperCase());
  if (!match) return null;
  const column = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  return { top: Number(match[2]) - 1, left: column(match[1]!), bottom: Number(match[4]) - 1, right: column(match[3]!) };
}

const text = (value: GridValue | undefined) => (value === null || value === undefined ? '' : String(value).trim());

/** A figure as typed: 1234, "1234", "1,234" (noted); anything else is not a figure. */
function figure(value: GridValue): { cell: Cell; grouped?: boolean } | null {
  if (value === null || text(value) === '') return { cell: null };
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? { cell: value } : null;
  const raw = value.trim();
  if (/^\d+$/.test(raw)) return { cell: Number(raw) };
  if (/^\d{1,3}(,\d{3})+$/.test(raw)) return { cell: Number(raw.replaceAll(',', '')), grouped: true };
  return null;
}

/**
 * Reads the table. `title` names it when the sheet has no title row; the column keys reuse
 * `knownColumnKeys` (label → key) and are otherwise made from the labels' pinyin.
 */
export function tableFromGrid(
  grid: SheetGrid,
  options: { title?: string; knownColumnKeys?: ReadonlyMap<string, string> } = {},
): SpreadsheetTableResult | { error: string } {
  const width = Math.max(0, ...grid.rows.map((row) => row.length));
  // Every cell of a merged range shows its first cell's value; `mergedDown` marks cells continuing one from above.
  const rows = grid.rows.map((row) => Array.from({ length: width }, (_, c) => text(row[c])));
  const mergedDown = rows.map((row) => row.map(() => false));
  const spanOf = (r: number, c: number) =>
    grid.merges?.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
  for (const merge of grid.merges ?? []) {
    const value = rows[merge.top]?.[merge.left] ?? '';
    for (let r = merge.top; r <= merge.bottom && r < rows.length; r++)
      for (let c = merge.left; c <= merge.right && c < width; c++) {
        rows[r]![c] = value;
        if (r > merge.top) mergedDown[r]![c] = true;
      }
  }
  const filled = (row: string[]) => row.filter(Boolean);
  let at = rows.findIndex((row) => filled(row).length > 0);
  if (at < 0) return { error: '表格是空的：没有找到任何内容' };

  // A title row: one text across the row (one cell, or one merged range), with the header below it.
  let title = options.title?.trim() ?? '';
  if (new Set(filled(rows[at]!)).size === 1 && width > 1 && filled(rows[at + 1] ?? []).length > 1) {
    title ||= filled(rows[at]!)[0]!;
    at += 1;
  }
  if (!title) return { error: '表格上方没有表名（标题行）：请在表格上方加一行表名，或用 --title 给出表名' };

  // Header rows: up to the first row that has a figure after its first cells.
  const isBodyRow = (row: string[]) => row.slice(1).some((value) => /^\d[\d,]*$/.test(value));
  const headerStart = at;
  while (at < rows.length && !isBodyRow(rows[at]!)) at += 1;
  if (at === headerStart) return { error: `第 ${headerStart + 1} 行应是表头（各栏的名称），却已是数字` };
  if (at >= rows.length) return { error: '表头下面没有数据行：没有找到写有数字的行' };
  const headerRows = rows.slice(headerStart, at);
  const labelAt = (c: number) => [...new Set(headerRows.map((row) => row[c]!).filter(Boolean))].join(LABEL_JOIN);

  // The row label spans two columns over a merged-down first column: a grouped table (group, unit, figures).
  const rowHeaderSpan = spanOf(headerStart, 0);
  const bodyRows = rows.slice(at);
  const grouped =
    (rowHeaderSpan !== undefined && rowHeaderSpan.right >= 1) ||
    bodyRows.some((_, index) => mergedDown[at + index]![0] && !mergedDown[at + index]![1]);
  const first = grouped ? 2 : 1;
  const labels = Array.from({ length: width - first }, (_, index) => labelAt(index + first));
  while (labels.length && !labels.at(-1) && bodyRows.every((row) => !row[first + labels.length - 1])) labels.pop();
  const emptyLabel = labels.findIndex((label) => !label);
  if (emptyLabel >= 0) return { error: `表头第 ${emptyLabel + first + 1} 栏没有名称：每一栏都要有印刷的栏名` };

  const table = emptyImportedTable({ title, line: headerStart, rowHeader: labelAt(0) || '单位', grouped, labels });
  const { rowTotalIndex } = table;
  let group: string | undefined;
  bodyRows.forEach((row, index) => {
    const line = at + index + 1;
    if (!filled(row).length) return;
    if (grouped && row[0]) {
      group = row[0];
      if (!table.groups!.includes(group)) table.groups!.push(group);
    }
    const unit = row[first - 1] ?? '';
    const cells = labels.map((label, c) => {
      const raw = grid.rows[at + index]?.[c + first] ?? null;
      const value = figure(mergedDown[at + index]![c + first] ? null : raw);
      const place = `第 ${line} 行“${unit}” · “${label}”`;
      if (!value) {
        table.notes.push({
          kind: 'review',
          line,
          place,
          message: `单元格“${text(raw)}”不是非负整数，暂写作空白（null）：请对照印刷版填写`,
        });
        return null;
      }
      if (value.grouped) table.notes.push({ kind: 'applied', line, place, message: `“${text(raw)}”去掉了千分位逗号` });
      return value.cell;
    });
    if (TOTALS_ROW.test(unit) || (grouped && TOTALS_ROW.test(row[0] ?? ''))) {
      table.printedTotals = { label: unit || row[0]!, cells, line };
      return;
    }
    table.rows.push({ unit, ...(grouped && group ? { group } : {}), cells, line });
    if (rowTotalIndex !== null) {
      const total = cells[rowTotalIndex] ?? null;
      const others = sumCells(cells.filter((_, c) => c !== rowTotalIndex));
      if (total !== others && !(total === null && others === null))
        table.notes.push({
          kind: 'review',
          line,
          place: `第 ${line} 行“${unit}”`,
          message: `各栏之和 ${others ?? '空白'}，${labels[rowTotalIndex]}为 ${total ?? '空白'}：已照表写入；如印刷版就是这样，保留原样`,
        });
    }
  });
  return { table: tableInput(table, options.knownColumnKeys), notes: table.notes };
}
