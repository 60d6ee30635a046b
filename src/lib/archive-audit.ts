import type { Discrepancy } from './table-audit.ts';

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
