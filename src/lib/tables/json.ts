import { SERIAL_DISPLAY_TITLE } from '../common/serial.ts';
import type { Discrepancy, TableAudit } from './audit.ts';
import type { Cell, TableModel } from './model.ts';

/** Where a table was published, for the download's own record. */
export interface TableSource {
  /** `2020-03/departments` */
  id: string;
  issue: { id: string; label: string; cumulativeNumber: number; date: string };
  /** Printed order of the table in its issue. */
  order: number;
  /** The table's page on the site (a root-relative path or a full URL). */
  url: string;
}

export interface TableDocument {
  id: string;
  title: string;
  period: string | null;
  publishedIn: {
    bulletin: string;
    issue: string;
    label: string;
    cumulativeNumber: number;
    date: string;
    order: number;
    url: string;
  };
  conventions: { blank: string; difference: string };
  rowHeader: string;
  columns: Array<{ key: string; label: string; kind: 'count'; rowTotal: boolean }>;
  rowTotalColumn: string | null;
  groups: string[];
  rows: Array<{ unit: string; group: string | null; cells: Record<string, Cell> }>;
  printedTotals: { label: string; cells: Record<string, Cell> } | null;
  computedTotals: {
    columns: Record<string, Cell>;
    groups: Array<{ group: string; cells: Record<string, Cell> }>;
    rows: Array<{ unit: string; total: Cell }>;
  };
  discrepancies: Array<Omit<Discrepancy, 'table'>>;
  notes: Array<{ row?: string; column?: string; note: string }>;
}

function byKey(model: TableModel, cells: readonly Cell[]): Record<string, Cell> {
  return Object.fromEntries(model.columns.map((column) => [column.key, cells[column.index] ?? null]));
}

/**
 * The JSON download of a table: everything as printed (cells by column key, blank as null), the totals
 * the archive computed, and every discrepancy between the two, with where it was published.
 */
export function tableDocument(audit: TableAudit, source: TableSource): TableDocument {
  const { model, totals } = audit;
  return {
    id: source.id,
    title: model.title,
    period: model.period,
    publishedIn: {
      bulletin: SERIAL_DISPLAY_TITLE,
      issue: source.issue.id,
      label: source.issue.label,
      cumulativeNumber: source.issue.cumulativeNumber,
      date: source.issue.date,
      order: source.order,
      url: source.url,
    },
    conventions: {
      blank:
        'null：印刷版此格空白，即未填报，不是 0；全为空白的合计也是 null。null means printed blank (not reported), never 0.',
      difference:
        'difference = printed − computed（印刷数减核算数）；核算数为 null（各项均未填报）时 difference 也为 null。',
    },
    rowHeader: model.rowHeader,
    columns: model.columns.map((c) => ({ key: c.key, label: c.label, kind: c.kind, rowTotal: c.isRowTotal })),
    rowTotalColumn: model.rowTotalIndex === null ? null : model.columns[model.rowTotalIndex]!.key,
    groups: model.groups,
    rows: model.rows.map((row) => ({ unit: row.unit, group: row.group, cells: byKey(model, row.cells) })),
    printedTotals: model.printedTotals
      ? { label: model.printedTotals.label, cells: byKey(model, model.printedTotals.cells) }
      : null,
    computedTotals: {
      columns: byKey(model, totals.columns),
      groups: totals.groups.map((g) => ({ group: g.group, cells: byKey(model, g.cells) })),
      rows: totals.rows.map((total, index) => ({ unit: model.rows[index]!.unit, total })),
    },
    discrepancies: audit.discrepancies.map(({ table: _table, ...rest }) => rest),
    notes: model.data.notes,
  };
}
