import { formatCount } from '../common/format.ts';
import type { Acknowledgement, DiscrepancyKind, TableData } from './schema.ts';
import { toTableModel, type Cell, type TableModel } from './model.ts';
import { computeTotals, type TableTotals } from './totals.ts';

/**
 * A printed total that differs from the sum of the printed figures it totals. Discrepancies are part of
 * the historical record: they are reported and published, never "fixed".
 *
 * - `row-total`: a row's printed row total (数据总量) against the sum of its other cells.
 * - `column-total`: a printed total (合计) against the sum of the column's cells. The row-total column is
 *   a column too: its printed total is compared with the sum of the printed row totals.
 *
 * `difference` is printed − computed (+40: the printed total is 40 more than the sum). When the printed
 * total has a figure but nothing it totals was reported, `computed` and `difference` are null: there is
 * no sum to compare with, and a blank is not 0. A printed blank total is not compared.
 */
export interface Discrepancy {
  /** The table's id: `2020-03/departments`. */
  table: string;
  kind: DiscrepancyKind;
  /** The unit name for a row total; null for a column total. */
  row: string | null;
  /** The column's label as printed. */
  column: string;
  printed: number;
  computed: number | null;
  difference: number | null;
  /** The column's key, for links and acknowledgements. */
  columnKey: string;
  /** The editor's note where the table file acknowledges this discrepancy, else null. */
  acknowledgement: string | null;
}

/** A table with everything computed from it. */
export interface TableAudit {
  model: TableModel;
  totals: TableTotals;
  discrepancies: Discrepancy[];
}

function compare(
  printed: Cell,
  computed: Cell,
): { printed: number; computed: number | null; difference: number | null } | null {
  if (printed === null || printed === computed) return null;
  return { printed, computed, difference: computed === null ? null : printed - computed };
}

/** Whether an acknowledgement names this discrepancy (rows by unit, columns by key). */
export function acknowledges(
  ack: Acknowledgement,
  discrepancy: Pick<Discrepancy, 'kind' | 'row' | 'columnKey'>,
): boolean {
  if (ack.kind !== discrepancy.kind) return false;
  if (discrepancy.kind === 'row-total')
    return ack.row === discrepancy.row && (ack.column === undefined || ack.column === discrepancy.columnKey);
  return ack.column === discrepancy.columnKey;
}

/** Every row-total discrepancy in printed row order, then every column-total discrepancy in column order. */
export function findDiscrepancies(model: TableModel, totals: TableTotals, tableId: string): Discrepancy[] {
  const found: Discrepancy[] = [];
  const acknowledged = model.data.acknowledged;
  const push = (
    kind: DiscrepancyKind,
    row: string | null,
    columnIndex: number,
    figures: NonNullable<ReturnType<typeof compare>>,
  ) => {
    const column = model.columns[columnIndex]!;
    const where = { kind, row, columnKey: column.key };
    const acknowledgement = acknowledged.find((ack) => acknowledges(ack, where))?.note ?? null;
    found.push({ table: tableId, kind, row, column: column.label, ...figures, columnKey: column.key, acknowledgement });
  };
  if (model.rowTotalIndex !== null) {
    const index = model.rowTotalIndex;
    model.rows.forEach((row, r) => {
      const figures = compare(row.cells[index]!, totals.rows[r]!);
      if (figures) push('row-total', row.unit, index, figures);
    });
  }
  if (model.printedTotals) {
    model.printedTotals.cells.forEach((printed, c) => {
      const figures = compare(printed, totals.columns[c]!);
      if (figures) push('column-total', null, c, figures);
    });
  }
  return found;
}

/** Model, totals and discrepancies of a checked table. */
export function auditTable(data: TableData, tableId: string): TableAudit {
  const model = toTableModel(data);
  const totals = computeTotals(model);
  return { model, totals, discrepancies: findDiscrepancies(model, totals, tableId) };
}

/** +40, −879 (with a true minus sign), 0. */
export function formatDifference(value: number): string {
  if (value > 0) return `+${formatCount(value)}`;
  if (value < 0) return `−${formatCount(-value)}`;
  return '0';
}

/** What a discrepancy compares, in words: 行合计 (a row's printed total) or 列合计 (a cell of the totals row). */
export const DISCREPANCY_KIND_LABELS: Record<DiscrepancyKind, string> = {
  'row-total': '行合计',
  'column-total': '列合计',
};

/** The label of the printed totals row when a table prints none (only row totals are then compared). */
const DEFAULT_TOTALS_LABEL = '合计';

/**
 * Where a discrepancy is, in words: `市场监督管理局 · 数据总量` (the unit and the row-total column as
 * printed) or `合计 · 行政处罚` (the printed totals row, by its own label, and the column).
 */
export function discrepancyPlace(
  discrepancy: Pick<Discrepancy, 'kind' | 'row' | 'column'>,
  totalsLabel = DEFAULT_TOTALS_LABEL,
): string {
  return discrepancy.kind === 'row-total'
    ? `${discrepancy.row} · ${discrepancy.column}`
    : `${totalsLabel} · ${discrepancy.column}`;
}

/**
 * Where a discrepancy is and what it compares, as the table pages and `npm run validate` name it:
 * `市场监督管理局 · 数据总量（行合计）` or `合计 · 行政处罚（列合计）`.
 */
export function describePlace(
  discrepancy: Pick<Discrepancy, 'kind' | 'row' | 'column'>,
  totalsLabel = DEFAULT_TOTALS_LABEL,
): string {
  return `${discrepancyPlace(discrepancy, totalsLabel)}（${DISCREPANCY_KIND_LABELS[discrepancy.kind]}）`;
}

/**
 * The discrepancy as a sentence an editor or a screen reader can take in at once:
 * `印刷 2,457，各行之和 3,336，相差 −879` or `印刷合计 5,921；各行均未填报`. Totals are named by their
 * printed labels: the row-total column's (数据总量) and the totals row's (合计).
 */
export function describeFigures(discrepancy: Discrepancy, totalsLabel = DEFAULT_TOTALS_LABEL): string {
  const printed = formatCount(discrepancy.printed);
  const sumOf = discrepancy.kind === 'row-total' ? '各栏之和' : '各行之和';
  if (discrepancy.computed === null || discrepancy.difference === null) {
    return discrepancy.kind === 'row-total'
      ? `印刷${discrepancy.column} ${printed}；此行各栏均未填报`
      : `印刷${totalsLabel} ${printed}；各行均未填报`;
  }
  return `印刷 ${printed}，${sumOf} ${formatCount(discrepancy.computed)}，相差 ${formatDifference(discrepancy.difference)}`;
}
