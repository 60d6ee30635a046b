import { describe, expect, it } from 'vitest';
import {
  auditTable,
  describeFigures,
  describePlace,
  discrepancyPlace,
  DISCREPANCY_KIND_LABELS,
  formatDifference,
  type Discrepancy,
} from '../../../src/lib/tables/audit.ts';
import { tableShape, type TableInput } from '../../../src/lib/tables/schema.ts';

const column = (key: string, label = key) => ({ key, label, kind: 'count' as const });

function audit(input: Partial<TableInput>) {
  return auditTable(
    tableShape.parse({
      title: '汇总表',
      rowHeader: '部门名称',
      columns: [column('a', '行政处罚'), column('b', '行政许可'), column('total', '数据总量')],
      rowTotalColumn: 'total',
      rows: [
        { unit: '甲', cells: [1, 2, 3] },
        { unit: '乙', cells: [10, null, 12] },
      ],
      ...input,
    }),
    '2020-03/test',
  ).discrepancies;
}

describe('findDiscrepancies', () => {
  it('finds nothing when every printed total adds up', () => {
    const rows = [
      { unit: '甲', cells: [1, 2, 3] },
      { unit: '乙', cells: [10, null, 10] },
    ];
    expect(audit({ rows, printedTotals: { label: '合计', cells: [11, 2, 13] } })).toEqual([]);
  });

  it('records a row total that differs from the sum of its row, with printed − computed', () => {
    expect(audit({})).toEqual([
      {
        table: '2020-03/test',
        kind: 'row-total',
        row: '乙',
        column: '数据总量',
        printed: 12,
        computed: 10,
        difference: 2,
        columnKey: 'total',
        acknowledgement: null,
      },
    ]);
  });

  it('records a column total that differs, including the row-total column against the sum of the printed row totals', () => {
    const found = audit({
      rows: [{ unit: '甲', cells: [1, 2, 3] }],
      printedTotals: { label: '合计', cells: [5, 2, 4] },
    });
    expect(found.map((d) => [d.kind, d.row, d.column, d.printed, d.computed, d.difference])).toEqual([
      ['column-total', null, '行政处罚', 5, 1, 4],
      ['column-total', null, '数据总量', 4, 3, 1],
    ]);
  });

  it('does not compare a printed blank total', () => {
    const found = audit({
      rows: [{ unit: '甲', cells: [1, 2, null] }],
      printedTotals: { label: '合计', cells: [null, null, null] },
    });
    expect(found).toEqual([]);
  });

  it('records a printed total over a column where nothing was reported, with no computed figure and no difference', () => {
    const found = audit({
      rows: [{ unit: '甲', cells: [1, null, 1] }],
      printedTotals: { label: '合计', cells: [1, 5921, 1] },
    });
    expect(found).toEqual([
      {
        table: '2020-03/test',
        kind: 'column-total',
        row: null,
        column: '行政许可',
        printed: 5921,
        computed: null,
        difference: null,
        columnKey: 'b',
        acknowledgement: null,
      },
    ]);
  });

  it('records a printed row total over a row where nothing else was reported', () => {
    const found = audit({ rows: [{ unit: '甲', cells: [null, null, 7] }] });
    expect(found.map((d) => [d.row, d.computed, d.difference])).toEqual([['甲', null, null]]);
  });

  it('treats a reported 0 as a figure and a blank as nothing', () => {
    expect(
      audit({ rows: [{ unit: '甲', cells: [0, null, 0] }], printedTotals: { label: '合计', cells: [0, null, 0] } }),
    ).toEqual([]);
    expect(
      audit({
        rows: [{ unit: '甲', cells: [null, null, null] }],
        printedTotals: { label: '合计', cells: [0, null, null] },
      })[0],
    ).toMatchObject({
      printed: 0,
      computed: null,
    });
  });

  it('lists row totals in printed row order, then column totals in column order', () => {
    const found = audit({
      rows: [
        { unit: '甲', cells: [1, 1, 3] },
        { unit: '乙', cells: [1, 1, 1] },
      ],
      printedTotals: { label: '合计', cells: [9, 9, 4] },
    });
    expect(found.map((d) => `${d.kind}:${d.row ?? d.column}`)).toEqual([
      'row-total:甲',
      'row-total:乙',
      'column-total:行政处罚',
      'column-total:行政许可',
    ]);
  });

  it('attaches the note of the acknowledgement that names the discrepancy', () => {
    const found = audit({
      printedTotals: { label: '合计', cells: [12, 2, 15] },
      acknowledged: [
        { kind: 'row-total', row: '乙', note: '印刷如此' },
        { kind: 'column-total', column: 'a', note: '合计印错' },
      ],
    });
    expect(found.map((d) => [d.row ?? d.column, d.acknowledgement])).toEqual([
      ['乙', '印刷如此'],
      ['行政处罚', '合计印错'],
    ]);
  });
});

describe('describing a discrepancy', () => {
  const base: Discrepancy = {
    table: 't',
    kind: 'column-total',
    row: null,
    column: '行政处罚',
    printed: 2457,
    computed: 3336,
    difference: -879,
    columnKey: 'a',
    acknowledgement: null,
  };

  it('signs the difference with + and a true minus', () => {
    expect([formatDifference(40), formatDifference(-242401924), formatDifference(0)]).toEqual([
      '+40',
      '−242,401,924',
      '0',
    ]);
  });

  it('gives both figures and the difference', () => {
    expect(describeFigures(base)).toBe('印刷 2,457，各行之和 3,336，相差 −879');
    expect(
      describeFigures({
        ...base,
        kind: 'row-total',
        row: '市场监督管理局',
        printed: 1795396,
        computed: 1795356,
        difference: 40,
      }),
    ).toBe('印刷 1,795,396，各栏之和 1,795,356，相差 +40');
  });

  it('says when nothing was reported instead of inventing a 0', () => {
    expect(describeFigures({ ...base, printed: 5921, computed: null, difference: null })).toBe(
      '印刷合计 5,921；各行均未填报',
    );
  });

  it('names the totals by their printed labels: the row-total column’s and the totals row’s', () => {
    const rowTotal: Discrepancy = {
      ...base,
      kind: 'row-total',
      row: '市文明办',
      column: '上报总量',
      printed: 8,
      computed: null,
      difference: null,
    };
    expect(describeFigures(rowTotal)).toBe('印刷上报总量 8；此行各栏均未填报');
    expect(describeFigures({ ...base, printed: 5921, computed: null, difference: null }, '总计')).toBe(
      '印刷总计 5,921；各行均未填报',
    );
  });

  it('says where it is in one wording, with the printed totals row’s label', () => {
    const rowTotal = { ...base, kind: 'row-total' as const, row: '市场监督管理局', column: '数据总量' };
    expect(discrepancyPlace(rowTotal)).toBe('市场监督管理局 · 数据总量');
    expect(discrepancyPlace(base)).toBe('合计 · 行政处罚');
    expect(discrepancyPlace(base, '总计')).toBe('总计 · 行政处罚');
    expect(describePlace(rowTotal, '总计')).toBe('市场监督管理局 · 数据总量（行合计）');
    expect(describePlace(base, '总计')).toBe('总计 · 行政处罚（列合计）');
    expect(DISCREPANCY_KIND_LABELS).toEqual({ 'row-total': '行合计', 'column-total': '列合计' });
  });
});
