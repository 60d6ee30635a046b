import { chineseCount, chineseNumeral, isBlank, tabFields, type ExportLine } from './text-export.ts';
import type { ImportNote } from './review.ts';
import type { Cell } from '../tables/model.ts';
import { sumCells } from '../tables/totals.ts';
import type { TableInput } from '../tables/schema.ts';
import { permalinkFrom } from '../authoring/permalink.ts';

export interface ImportedRow {
  unit: string;
  group?: string;
  cells: Cell[];
  line: number;
}

/** A statistical table read from the export: one table however many pages it was printed over. */
export interface ImportedTable {
  title: string;
  line: number;
  rowHeader: string;
  /** Row groups in printed order, for a table whose first column groups the rows (县（市）区, 园区). */
  groups?: string[];
  /** Column labels as on the table's first page. */
  labels: string[];
  /** Index of the printed row-total column (数据总量), if any. */
  rowTotalIndex: number | null;
  rows: ImportedRow[];
  printedTotals?: { label: string; cells: Cell[]; line: number };
  /** How many times the header was printed: once per page. */
  pages: number;
  /** Editorial notes for the table file, by unit name or column index. */
  tableNotes: Array<{ row?: string; columnIndex?: number; note: string }>;
  notes: ImportNote[];
}

const ROW_TOTAL_LABEL = /^(数据总量|总量|合计|总计)$/u;
/** The label of a printed totals row (the 合计 row), in a text export or a spreadsheet alike. */
export const TOTALS_ROW = /^(合计|总计)$/u;

/**
 * A table with its header read and no rows yet, however it was read (text export or spreadsheet): the
 * last column is the printed row total when its label says so (数据总量).
 */
export function emptyImportedTable(header: {
  title: string;
  line: number;
  rowHeader: string;
  grouped: boolean;
  labels: string[];
}): ImportedTable {
  const { title, line, rowHeader, grouped, labels } = header;
  const rowTotalIndex = labels.length > 1 && ROW_TOTAL_LABEL.test(labels.at(-1)!) ? labels.length - 1 : null;
  return {
    title,
    line,
    rowHeader,
    ...(grouped ? { groups: [] } : {}),
    labels,
    rowTotalIndex,
    rows: [],
    pages: 1,
    tableNotes: [],
    notes: [],
  };
}

/**
 * Reads one table: its title line, then tab-separated lines. The first is the header; a later line
 * that starts with the same row header is the header printed again on a new page. A header whose
 * second cell is empty belongs to a grouped table (group, unit, figures…).
 */
export function parseTable(title: ExportLine, lines: readonly ExportLine[]): ImportedTable {
  const rowsStart = lines.findIndex((line) => !isBlank(line));
  const headerLine = lines[rowsStart]!;
  const header = tabFields(headerLine.text);
  const grouped = header[1] === '';
  const first = grouped ? 2 : 1;
  const labels = header.slice(first);
  const table = emptyImportedTable({
    title: title.text.trim(),
    line: title.line,
    rowHeader: header[0]!,
    grouped,
    labels,
  });
  /** For each column, the pages on which each of its labels was printed. */
  const labelPages: Array<Map<string, number[]>> = labels.map((label) => new Map([[label, [1]]]));
  const found: Cell[][] = [];
  let group: string | undefined;

  for (const line of lines.slice(rowsStart + 1)) {
    if (isBlank(line)) continue;
    const fields = tabFields(line.text);
    if (fields[0] === table.rowHeader && fields.length === header.length) {
      table.pages += 1;
      fields.slice(first).forEach((label, index) => {
        const pages = labelPages[index]!.get(label) ?? [];
        labelPages[index]!.set(label, [...pages, table.pages]);
      });
      continue;
    }
    let unit = fields[0] ?? '';
    let rawCells = fields.slice(1);
    if (grouped) {
      if (fields[0]) {
        group = fields[0];
        if (!table.groups!.includes(group)) table.groups!.push(group);
      }
      unit = fields[1] ?? '';
      rawCells = fields.slice(2);
      if (!group && !TOTALS_ROW.test(fields[0] ?? '')) {
        table.notes.push({
          kind: 'review',
          line: line.line,
          place: rowPlace(table, unit),
          message: '分组表的这一行前面没有分组名：请在 group 中填写',
        });
      }
    }
    const cells = rawCells.map((raw, index) => parseCell(raw, table, line, unit, index));
    if (TOTALS_ROW.test(unit) || (grouped && TOTALS_ROW.test(fields[0] ?? '') && !unit)) {
      table.printedTotals = { label: unit || fields[0]!, cells: fitCells(cells, table, line, unit), line: line.line };
      continue;
    }
    found.push(cells);
    table.rows.push({ unit, ...(grouped && group ? { group } : {}), cells: [], line: line.line });
  }

  table.rows.forEach((row, index) => {
    row.cells =
      table.rowTotalIndex === null
        ? fitCells(found[index]!, table, row, row.unit)
        : checkRowTotal(table, row, found[index]!);
  });
  if (table.printedTotals && table.rowTotalIndex !== null) checkPrintedTotalsRow(table);
  noteHeaderVariants(table, labelPages);
  return table;
}

function rowPlace(table: ImportedTable, unit: string): string {
  return `${table.rowHeader}“${unit}”`;
}

function parseCell(raw: string, table: ImportedTable, line: ExportLine, unit: string, index: number): Cell {
  if (raw === '') return null;
  if (/^\d+$/.test(raw)) return Number(raw);
  const label = table.labels[index] ?? `第 ${index + 1} 栏`;
  if (/^\d{1,3}(,\d{3})+$/.test(raw)) {
    table.notes.push({
      kind: 'applied',
      line: line.line,
      place: `${rowPlace(table, unit)} · ${label}`,
      message: `数值“${raw}”带千分位逗号，已写作 ${raw.replaceAll(',', '')}`,
    });
    return Number(raw.replaceAll(',', ''));
  }
  table.notes.push({
    kind: 'review',
    line: line.line,
    place: `${rowPlace(table, unit)} · ${label}`,
    message: `单元格“${raw}”不是整数，暂写作空白（null）：请对照印刷版填写`,
  });
  return null;
}

/** Cells as many as the columns: trailing blanks the export dropped are added back, blank extras removed. */
function fitCells(cells: Cell[], table: ImportedTable, where: { line: number }, unit: string): Cell[] {
  const width = table.labels.length;
  if (cells.length < width) {
    table.notes.push({
      kind: 'applied',
      line: where.line,
      place: rowPlace(table, unit),
      message: `这一行只有 ${cells.length} 格（表头有 ${width} 栏），末尾补了 ${width - cells.length} 个空白格`,
    });
    return [...cells, ...Array<Cell>(width - cells.length).fill(null)];
  }
  const extra = cells.slice(width).filter((c) => c !== null);
  if (extra.length) {
    table.notes.push({
      kind: 'review',
      line: where.line,
      place: rowPlace(table, unit),
      message: `这一行比表头多出 ${cells.length - width} 格，多出的数值 ${extra.join('、')} 没有写入：请对照印刷版核对这一行`,
    });
  }
  return cells.slice(0, width);
}

/** The row's cells moved `shift` columns (+1 = right), or `null` if a figure would fall off the row. */
function aligned(cells: readonly Cell[], width: number, shift: number): Cell[] | null {
  const result = Array<Cell>(width).fill(null);
  for (let index = 0; index < cells.length; index++) {
    const target = index + shift;
    if (target >= 0 && target < width) result[target] = cells[index]!;
    else if (cells[index] !== null) return null;
  }
  return result;
}

function addsUp(cells: readonly Cell[], totalIndex: number): boolean {
  const total = cells[totalIndex];
  return total !== null && total !== undefined && sumCells(cells.filter((_, index) => index !== totalIndex)) === total;
}

/**
 * Checks a row against its printed row total, and moves it by one column only when that is certain.
 *
 * As found, a row is right if its figures add up to its total (or it is blank). If not, each move of the
 * whole row by one column that drops no figure is tried. The move is applied, and reported, only when
 *   1. as found, the row cannot be right: its total cell is blank although it has figures, or its figures
 *      do not fit in the row. (A move that drops no figure and ends with a total can only exist then: a
 *      right move needs the total cell blank, a left move a figure beyond the last column.)
 *   2. exactly one move makes the row add up to the total it then has;
 *   3. the move puts no figure in a column whose printed totals cell (合计) is blank, since a blank total
 *      says no unit reported anything there.
 * The move changes, drops and invents no figure: the same figures stay in the same order, and the row
 * then passes the table's own check. Anything less certain is written as found and listed for review.
 */
function checkRowTotal(table: ImportedTable, row: ImportedRow, cells: Cell[]): Cell[] {
  const width = table.labels.length;
  const totalIndex = table.rowTotalIndex!;
  const asFound = aligned(cells, width, 0);
  const place = rowPlace(table, row.unit);
  if (asFound && (asFound.every((c) => c === null) || addsUp(asFound, totalIndex)))
    return fitCells(cells, table, row, row.unit);

  const totalLabel = table.labels[totalIndex]!;
  const moves = [1, -1]
    .map((shift) => ({ shift, cells: aligned(cells, width, shift) }))
    .filter((move): move is { shift: number; cells: Cell[] } => move.cells !== null && addsUp(move.cells, totalIndex));
  const figures = (values: readonly Cell[]) =>
    values.flatMap((value, index) => (value === null ? [] : [`“${table.labels[index]}” ${value}`])).join('，');
  /** How the export moved the row; moving it back by `shift` undoes that. */
  const direction = (shift: number) => (shift > 0 ? '左移' : '右移');
  const back = (shift: number) => (shift > 0 ? '右移' : '左移');
  const blankTotals = (values: readonly Cell[]) =>
    table.printedTotals
      ? values.some(
          (value, index) => value !== null && index !== totalIndex && table.printedTotals!.cells[index] === null,
        )
      : false;

  if (moves.length === 1 && !blankTotals(moves[0]!.cells)) {
    const move = moves[0]!;
    const cause = move.shift > 0 ? '少了一格' : '多了一格';
    table.tableNotes.push({
      row: row.unit,
      note: `文本导出件中此行${cause}，数值整体${direction(move.shift)}一列，“${totalLabel}”一栏因而为空。导入时按行合计归位：${figures(move.cells)}；各栏之和与${totalLabel}相符。`,
    });
    table.notes.push({
      kind: 'applied',
      line: row.line,
      place,
      message: `导出件中此行整体${direction(move.shift)}了一列（“${totalLabel}”一栏空白），挪回一列后各栏之和正好等于${totalLabel}，已归位：${figures(move.cells)}；已在表的 notes 中说明`,
    });
    return move.cells;
  }

  const foundCells = asFound ?? fitCells(cells, table, row, row.unit);
  const others = sumCells(foundCells.filter((_, i) => i !== totalIndex));
  const found = `各栏之和 ${others ?? '空白（全未填报）'}，${totalLabel}${foundCells[totalIndex] === null ? '空白' : `印作 ${foundCells[totalIndex]}`}`;
  if (moves.length) {
    table.notes.push({
      kind: 'review',
      line: row.line,
      place,
      message: `此行对不上（${found}）；整体挪一列就能对上，但不能肯定是导出错位，已按原样写入`,
      suggestion: moves.map((move) => `整体${back(move.shift)}一列：${figures(move.cells)}`).join('；或 '),
    });
  } else {
    const printed = foundCells[totalIndex];
    const difference = printed === null || printed === undefined || others === null ? '' : `，差 ${printed - others}`;
    table.notes.push({
      kind: 'review',
      line: row.line,
      place,
      message: `此行对不上（${found}${difference}），挪动一列也对不上。已按原样写入：如印刷版就是这样，这是印刷版原有的差错，保留原样（网站会同时显示印刷数和计算数）`,
    });
  }
  return foundCells;
}

function checkPrintedTotalsRow(table: ImportedTable): void {
  const totals = table.printedTotals!;
  const totalIndex = table.rowTotalIndex!;
  if (addsUp(totals.cells, totalIndex)) return;
  const label = table.labels[totalIndex]!;
  table.notes.push({
    kind: 'review',
    line: totals.line,
    place: `“${totals.label}”行`,
    message: `印刷版“${totals.label}”行各栏之和 ${sumCells(totals.cells.filter((_, i) => i !== totalIndex)) ?? '空白（全未填报）'}，${label}印作 ${totals.cells[totalIndex] ?? '空白'}。已按原样写入：如印刷版就是这样，保留原样`,
  });
}

/** 前两页, 后两页, 第三页, 第一、三页 — which pages of `total` a label was printed on. */
export function describePages(pages: readonly number[], total: number): string {
  const sorted = [...pages].sort((a, b) => a - b);
  const contiguous = sorted.every((page, index) => index === 0 || page === sorted[index - 1]! + 1);
  if (sorted.length === 1) return `第${chineseNumeral(sorted[0]!)}页`;
  if (contiguous && sorted[0] === 1) return `前${chineseCount(sorted.length)}页`;
  if (contiguous && sorted.at(-1) === total) return `后${chineseCount(sorted.length)}页`;
  return `第${sorted.map(chineseNumeral).join('、')}页`;
}

/** A column whose header was printed differently on different pages is one column; say so in a note. */
function noteHeaderVariants(table: ImportedTable, labelPages: Array<Map<string, number[]>>): void {
  labelPages.forEach((variants, columnIndex) => {
    if (variants.size < 2) return;
    const parts = [...variants].map(([label, pages]) => `在${describePages(pages, table.pages)}印作“${label}”`);
    const same = variants.size === 2 ? '两者为同一列' : '这些都是同一列';
    table.tableNotes.push({
      columnIndex,
      note: `此表在印刷版中分${chineseCount(table.pages)}页印出，每页重印表头；此列表头${parts.join('，')}。${same}。`,
    });
    table.notes.push({
      kind: 'applied',
      place: `第 ${columnIndex + 1} 栏表头`,
      message: `表头在各页印得不同（${[...variants.keys()].map((l) => `“${l}”`).join('、')}），按同一列处理，列名用第一页的“${table.labels[columnIndex]}”，并在表的 notes 中说明`,
    });
  });
}

/** The table as the archive stores it (tables/schema.ts), with column keys and editorial notes. */
export function tableInput(table: ImportedTable, known: ReadonlyMap<string, string> = new Map()): TableInput {
  const keys: string[] = [];
  table.labels.forEach((label, index) => {
    const knownKey = known.get(label);
    if (knownKey && !keys.includes(knownKey)) return keys.push(knownKey);
    // A new label gets a key from its pinyin, short, unique in the table and not another label's key.
    const taken = new Set([
      ...keys,
      ...table.labels.flatMap((other) => (other === label ? [] : (known.get(other) ?? []))),
    ]);
    const fallback = `column-${String(index + 1).padStart(2, '0')}`;
    keys.push(
      index === table.rowTotalIndex && !taken.has('total')
        ? 'total'
        : permalinkFrom(label, { maxWords: 6, taken, fallback }),
    );
  });
  return {
    title: table.title,
    rowHeader: table.rowHeader,
    ...(table.groups ? { groups: table.groups } : {}),
    columns: table.labels.map((label, index) => ({ key: keys[index]!, label, kind: 'count' as const })),
    ...(table.rowTotalIndex !== null ? { rowTotalColumn: keys[table.rowTotalIndex]! } : {}),
    rows: table.rows.map((row) => ({ unit: row.unit, ...(row.group ? { group: row.group } : {}), cells: row.cells })),
    ...(table.printedTotals
      ? { printedTotals: { label: table.printedTotals.label, cells: table.printedTotals.cells } }
      : {}),
    ...(table.tableNotes.length
      ? {
          // Notes on columns first, then on rows in printed order.
          notes: [...table.tableNotes]
            .sort((a, b) => Number(a.columnIndex === undefined) - Number(b.columnIndex === undefined))
            .map((note) =>
              note.columnIndex !== undefined
                ? { column: keys[note.columnIndex]!, note: note.note }
                : { row: note.row!, note: note.note },
            ),
        }
      : {}),
  };
}
