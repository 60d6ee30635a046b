import { describe, expect, it } from 'vitest';
import { archiveAudit, auditedTables } from '../../../src/lib/tables/archive-audit.ts';
import { tableShape } from '../../../src/lib/tables/schema.ts';

const column = (key: string, label: string) => ({ key, label, kind: 'count' as const });
const table = (extra: Record<string, unknown>) =>
  tableShape.parse({
    title: '汇总表',
    rowHeader: '部门名称',
    columns: [column('a', '行政处罚'), column('total', '数据总量')],
    rows: [
      { unit: '甲', cells: [1, 1] },
      { unit: '乙', cells: [1, 5] },
    ],
    ...extra,
  });

const issues = [
  {
    id: '2021-01',
    year: 2021,
    number: 1,
    tables: [
      {
        id: '2021-01/sums',
        slug: 'sums',
        order: 1,
        data: table({ rowTotalColumn: 'total', printedTotals: { label: '总计', cells: [9, 6] } }),
      },
    ],
  },
  {
    id: '2020-03',
    year: 2020,
    number: 3,
    tables: [
      { id: '2020-03/plain', slug: 'plain', order: 1, data: table({ title: '统计表' }) },
      {
        id: '2020-03/ok',
        slug: 'ok',
        order: 2,
        data: table({ rowTotalColumn: 'total', rows: [{ unit: '甲', cells: [1, 1] }] }),
      },
    ],
  },
];

describe('auditedTables', () => {
  const listed = auditedTables(issues);

  it('lists every table in the issues’ order, then printed order, labelled with its issue', () => {
    expect(listed.map((t) => [t.id, t.issueId, t.issueLabel, t.slug, t.order, t.title])).toEqual([
      ['2021-01/sums', '2021-01', '2021年第1期', 'sums', 1, '汇总表'],
      ['2020-03/plain', '2020-03', '2020年第3期', 'plain', 1, '统计表'],
      ['2020-03/ok', '2020-03', '2020年第3期', 'ok', 2, '汇总表'],
    ]);
  });

  it('computes each table’s discrepancies and keeps the printed totals row’s label', () => {
    expect(listed[0]!.discrepancies.map((d) => [d.kind, d.row ?? d.column, d.printed, d.computed])).toEqual([
      ['row-total', '乙', 5, 1],
      ['column-total', '行政处罚', 9, 2],
    ]);
    expect(listed.map((t) => t.totalsLabel)).toEqual(['总计', undefined, undefined]);
  });

  it('tells tables that print totals from tables that print none', () => {
    expect(listed.map((t) => t.hasPrintedTotals)).toEqual([true, false, true]);
    const audit = archiveAudit(listed);
    expect([audit.tableCount, audit.issueCount, audit.discrepancyCount]).toEqual([3, 2, 2]);
    expect(audit.agreeing.map((t) => t.id)).toEqual(['2020-03/plain', '2020-03/ok']);
  });
});
