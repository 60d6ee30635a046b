import { describe, expect, it } from 'vitest';
import { auditTable } from '../../../src/lib/tables/audit.ts';
import { tableDocument } from '../../../src/lib/tables/json.ts';
import { tableShape } from '../../../src/lib/tables/schema.ts';

const column = (key: string, label: string) => ({ key, label, kind: 'count' as const });

describe('tableDocument', () => {
  const data = tableShape.parse({
    title: '汇总表',
    period: '2020年第三季度',
    rowHeader: '部门名称',
    columns: [column('a', '行政处罚'), column('b', '行政许可'), column('total', '数据总量')],
    rowTotalColumn: 'total',
    rows: [
      { unit: '公安局', cells: [3230, 167, 3397] },
      { unit: '市场监督管理局', cells: [null, null, 40] },
    ],
    printedTotals: { label: '合计', cells: [2457, null, 3437] },
    notes: [{ row: '公安局', note: '说明' }],
    acknowledged: [{ kind: 'column-total', column: 'a', note: '印刷如此' }],
  });
  const document = tableDocument(auditTable(data, '2020-03/departments'), {
    id: '2020-03/departments',
    issue: { id: '2020-03', label: '2020年第3期', cumulativeNumber: 10, date: '2020-10-10' },
    order: 2,
    url: 'https://example.org/issues/2020-03/tables/departments/',
  });

  it('keeps every printed figure by column key, blank as null', () => {
    expect(document.rows).toEqual([
      { unit: '公安局', group: null, cells: { a: 3230, b: 167, total: 3397 } },
      { unit: '市场监督管理局', group: null, cells: { a: null, b: null, total: 40 } },
    ]);
    expect(document.printedTotals).toEqual({ label: '合计', cells: { a: 2457, b: null, total: 3437 } });
  });

  it('adds the computed totals and the discrepancies', () => {
    expect(document.computedTotals).toEqual({
      columns: { a: 3230, b: 167, total: 3437 },
      groups: [],
      rows: [
        { unit: '公安局', total: 3397 },
        { unit: '市场监督管理局', total: null },
      ],
    });
    expect(document.discrepancies).toEqual([
      {
        kind: 'row-total',
        row: '市场监督管理局',
        column: '数据总量',
        printed: 40,
        computed: null,
        difference: null,
        columnKey: 'total',
        acknowledgement: null,
      },
      {
        kind: 'column-total',
        row: null,
        column: '行政处罚',
        printed: 2457,
        computed: 3230,
        difference: -773,
        columnKey: 'a',
        acknowledgement: '印刷如此',
      },
    ]);
  });

  it('says where the table was published and how to read it', () => {
    expect(document.publishedIn).toEqual({
      bulletin: '营口信用体系建设 · 工作简报',
      issue: '2020-03',
      label: '2020年第3期',
      cumulativeNumber: 10,
      date: '2020-10-10',
      order: 2,
      url: 'https://example.org/issues/2020-03/tables/departments/',
    });
    expect(document.rowTotalColumn).toBe('total');
    expect(document.columns.map((c) => c.rowTotal)).toEqual([false, false, true]);
    expect(document.conventions.blank).toContain('不是 0');
    expect(document.notes).toEqual([{ row: '公安局', note: '说明' }]);
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });
});
