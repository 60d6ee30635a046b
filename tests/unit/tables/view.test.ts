import { describe, expect, it } from 'vitest';
import { archiveAudit } from '../../../src/lib/tables/archive-audit.ts';
import { tableShape } from '../../../src/lib/tables/schema.ts';
import { findingElementId, noteElementId, tableElementId, tableView } from '../../../src/lib/tables/view.ts';

const column = (key: string, label: string) => ({ key, label, kind: 'count' as const });
const data = tableShape.parse({
  title: '汇总表',
  rowHeader: '部门名称',
  columns: [column('a', '行政处罚'), column('total', '数据总量')],
  rowTotalColumn: 'total',
  rows: [
    { unit: '甲', cells: [1, 1] },
    { unit: '乙', cells: [1, 5] },
  ],
  printedTotals: { label: '合计', cells: [9, 6] },
  notes: [{ column: 'a', note: '列说明' }, { row: '甲', note: '行说明' }, { note: '表说明' }],
});

describe('tableView', () => {
  const view = tableView(data, '2020-03/t');

  it('numbers the discrepancies in reading order and finds the cell of each', () => {
    expect(view.findings.map((f) => [f.number, f.discrepancy.kind, f.discrepancy.row ?? f.discrepancy.column])).toEqual(
      [
        [1, 'row-total', '乙'],
        [2, 'column-total', '行政处罚'],
      ],
    );
    expect([...view.rowTotalFindings].map(([row, f]) => [row, f.number])).toEqual([[1, 1]]);
    expect([...view.columnTotalFindings].map(([col, f]) => [col, f.number])).toEqual([[0, 2]]);
  });

  it('numbers the notes as listed and attaches them to their row or column header', () => {
    expect(view.notes).toEqual([
      { number: 1, row: null, column: '行政处罚', note: '列说明' },
      { number: 2, row: '甲', column: null, note: '行说明' },
      { number: 3, row: null, column: null, note: '表说明' },
    ]);
    expect([...view.columnNotes]).toEqual([[0, [1]]]);
    expect([...view.rowNotes]).toEqual([['甲', [2]]]);
  });

  it('gives stable element ids for links from other pages', () => {
    expect(findingElementId(tableElementId('departments'), 3)).toBe('table-departments-finding-3');
    expect(noteElementId(tableElementId('departments'), 1)).toBe('table-departments-note-1');
  });
});

describe('archiveAudit', () => {
  it('counts tables, issues and discrepancies, and separates tables that add up', () => {
    const view = tableView(data, '2020-03/t');
    const tables = [
      { id: '2020-03/t', issueId: '2020-03', title: '汇总表', discrepancies: view.discrepancies },
      { id: '2020-03/u', issueId: '2020-03', title: '统计表', discrepancies: [] },
      {
        id: '2021-01/t',
        issueId: '2021-01',
        title: '汇总表',
        discrepancies: [{ ...view.discrepancies[0]!, acknowledgement: '印刷如此' }],
      },
    ];
    const audit = archiveAudit(tables);
    expect([audit.tableCount, audit.issueCount, audit.discrepancyCount, audit.unacknowledgedCount]).toEqual([
      3, 2, 3, 2,
    ]);
    expect(audit.withDiscrepancies.map((t) => t.id)).toEqual(['2020-03/t', '2021-01/t']);
    expect(audit.agreeing.map((t) => t.id)).toEqual(['2020-03/u']);
  });
});
