import { formatIssueShort } from '../common/format.ts';
import { auditTable, type Discrepancy } from './audit.ts';
import type { TableData } from './schema.ts';

/** One table of the archive as the audit page lists it. */
export interface AuditedTable {
  /** `2020-03/departments` */
  id: string;
  issueId: string;
  title: string;
  discrepancies: Discrepancy[];
}

export interface ArchiveAudit<T extends AuditedTable> {
  tableCount: number;
  issueCount: number;
  discrepancyCount: number;
  /** Discrepancies no table file acknowledges. */
  unacknowledgedCount: number;
  /** Tables with at least one discrepancy, in the order given. */
  withDiscrepancies: T[];
  /** Tables whose every printed total agrees with the computed one (or that print none). */
  agreeing: T[];
}

/** The whole archive's audit: what the 数据核对 page summarises and lists. */
export function archiveAudit<T extends AuditedTable>(tables: readonly T[]): ArchiveAudit<T> {
  const all = tables.flatMap((t) => t.discrepancies);
  return {
    tableCount: tables.length,
    issueCount: new Set(tables.map((t) => t.issueId)).size,
    discrepancyCount: all.length,
    unacknowledgedCount: all.filter((d) => d.acknowledgement === null).length,
    withDiscrepancies: tables.filter((t) => t.discrepancies.length > 0),
    agreeing: tables.filter((t) => t.discrepancies.length === 0),
  };
}

/** An issue with its tables, as the archive loads them. */
export interface AuditIssue {
  id: string;
  year: number;
  number: number;
  tables: ReadonlyArray<{ id: string; slug: string; order: number; data: TableData }>;
}

/** A table as the 数据核对 page lists it: where it is, how its totals are labelled, what differs. */
export interface ListedTable extends AuditedTable {
  slug: string;
  order: number;
  /** 2020年第3期 */
  issueLabel: string;
  /** The label of its printed totals row (合计), which names a column-total discrepancy's place. */
  totalsLabel: string | undefined;
  /** Whether it prints any total to check (a totals row or a row-total column). */
  hasPrintedTotals: boolean;
}

/** Every table of the given issues, in their order and each issue's printed order, with its discrepancies. */
export function auditedTables(issues: readonly AuditIssue[]): ListedTable[] {
  return issues.flatMap((issue) =>
    issue.tables.map((table) => ({
      id: table.id,
      slug: table.slug,
      issueId: issue.id,
      issueLabel: formatIssueShort(issue),
      order: table.order,
      title: table.data.title,
      totalsLabel: table.data.printedTotals?.label,
      hasPrintedTotals: Boolean(table.data.printedTotals || table.data.rowTotalColumn),
      discrepancies: auditTable(table.data, table.id).discrepancies,
    })),
  );
}
