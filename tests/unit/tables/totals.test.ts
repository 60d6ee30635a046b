import { describe, expect, it } from 'vitest';
import { toTableModel } from '../../../src/lib/tables/model.ts';
import { tableShape, type TableInput } from '../../../src/lib/tables/schema.ts';
import { computeTotals, sumCells } from '../../../src/lib/tables/totals.ts';

const column = (key: string, label = key) => ({ key, label, kind: 'count' as const });

function model(input: TableInput) {
  return toTableModel(tableShape.parse(input));
}

describe('sumCells', () => {
  it('adds the reported figures and skips blanks', () => {
    expect(sumCells([1, null, 2, 0])).toBe(3);
  });

  it('is blank (null), not 0, when nothing was reported', () => {
    expect(sumCells([null, null])).toBeNull();
    expect(sumCells([])).toBeNull();
  });

  it('keeps a reported 0 apart from a blank', () => {
    expect(sumCells([0, null])).toBe(0);
  });
});

describe('computeTotals', () => {
  const grouped = model({
    title: '分组表',
    rowHeader: '地区',
    groups: ['县区', '园区'],
    columns: [column('a'), column('b'), column('c')],
    rows: [
      { unit: '甲', group: '县区', cells: [1, null, null] },
      { unit: '乙', group: '县区', cells: [2, 10, null] },
      { unit: '丙', group: '园区', cells: { a: 4 } },
      { unit: '丁', group: '园区', cells: [null, null, null] },
    ],
  });

  it('totals each column over all rows, blank where nothing was reported', () => {
    expect(computeTotals(grouped).columns).toEqual([7, 10, null]);
  });

  it('subtotals each group in the order the table declares', () => {
    expect(computeTotals(grouped).groups).toEqual([
      { group: '县区', cells: [3, 10, null] },
      { group: '园区', cells: [4, null, null] },
    ]);
  });

  it('computes no row totals for a table without a row-total column', () => {
    expect(computeTotals(grouped).rows).toEqual([]);
  });

  it('computes each row total from the cells outside the row-total column', () => {
    const withTotals = model({
      title: '行合计表',
      rowHeader: '部门名称',
      columns: [column('a'), column('total', '数据总量'), column('b')],
      rowTotalColumn: 'total',
      rows: [
        { unit: '甲', cells: [1, 99, 2] },
        { unit: '乙', cells: [null, 5, 5] },
        { unit: '丙', cells: [null, null, null] },
        { unit: '丁', cells: [0, 0, null] },
      ],
    });
    const totals = computeTotals(withTotals);
    expect(totals.rows).toEqual([3, 5, null, 0]);
    // The row-total column is totalled like any other column: the sum of its printed cells.
    expect(totals.columns).toEqual([1, 104, 7]);
  });
});
