import { auditTable, type Discrepancy, type TableAudit } from './audit.ts';
import type { TableData } from './schema.ts';

/**
 * What a page needs to draw one table beyond its figures: which cell carries which numbered
 * discrepancy, which header carries which numbered editorial note. Numbers follow reading order
 * (discrepancies: rows, then the totals row; notes: as listed in the file).
 */
export interface NumberedDiscrepancy {
  number: number;
  discrepancy: Discrepancy;
}

export interface NumberedNote {
  number: number;
  /** The unit the note is on, if any. */
  row: string | null;
  /** The column label (as printed) the note is on, if any. */
  column: string | null;
  note: string;
}

export interface TableView extends TableAudit {
  findings: NumberedDiscrepancy[];
  /** Row-total discrepancies by row index. */
  rowTotalFindings: Map<number, NumberedDiscrepancy>;
  /** Column-total discrepancies by column index. */
  columnTotalFindings: Map<number, NumberedDiscrepancy>;
  notes: NumberedNote[];
  /** Note numbers by unit name. */
  rowNotes: Map<string, number[]>;
  /** Note numbers by column index. */
  columnNotes: Map<number, number[]>;
}

/** The element id of a table on its page, which prefixes its notes' and findings' ids. */
export function tableElementId(slug: string): string {
  return `table-${slug}`;
}

/** The id of the list item explaining numbered discrepancy `number` (the cell's marker links here). */
export function findingElementId(tableElement: string, number: number): string {
  return `${tableElement}-finding-${number}`;
}

/** The id of editorial note `number` of a table. */
export function noteElementId(tableElement: string, number: number): string {
  return `${tableElement}-note-${number}`;
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  map.set(key, [...(map.get(key) ?? []), value]);
}

export function tableView(data: TableData, tableId: string): TableView {
  const audit = auditTable(data, tableId);
  const findings = audit.discrepancies.map((discrepancy, index) => ({ number: index + 1, discrepancy }));
  const columnIndex = new Map(audit.model.columns.map((c) => [c.key, c.index]));
  const rowIndex = new Map(audit.model.rows.map((r) => [r.unit, r.index]));
  const rowTotalFindings = new Map<number, NumberedDiscrepancy>();
  const columnTotalFindings = new Map<number, NumberedDiscrepancy>();
  for (const finding of findings) {
    const d = finding.discrepancy;
    if (d.kind === 'row-total') rowTotalFindings.set(rowIndex.get(d.row!)!, finding);
    else columnTotalFindings.set(columnIndex.get(d.columnKey)!, finding);
  }
  const rowNotes = new Map<string, number[]>();
  const columnNotes = new Map<number, number[]>();
  const notes = data.notes.map((note, index): NumberedNote => {
    const number = index + 1;
    const column = note.column === undefined ? undefined : columnIndex.get(note.column);
    if (note.row !== undefined) push(rowNotes, note.row, number);
    else if (column !== undefined) push(columnNotes, column, number);
    return {
      number,
      row: note.row ?? null,
      column: column === undefined ? null : audit.model.columns[column]!.label,
      note: note.note,
    };
  });
  return { ...audit, findings, rowTotalFindings, columnTotalFindings, notes, rowNotes, columnNotes };
}
