import { describe, expect, it } from 'vitest';
import {
  cellFromText,
  gridCellProblem,
  gridTotals,
  parsePastedRows,
  pasteRowsAt,
} from '../../../src/lib/authoring/table-grid.ts';

const columns = [
  { key: 'penalties', label: '行政处罚' },
  { key: 'licences', label: '行政许可' },
  { key: 'total', label: '数据总量' },
];

describe('the table grid of the web editor', () => {
  it('reads rows pasted from Excel (tabs, CRLF, a trailing newline) and keeps a blank cell blank', () => {
    const { rows, problems } = parsePastedRows('公安局\t3230\t\t3230\r\n税务局\t0\t12\t12\r\n', 3);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { unit: '公安局', cells: [3230, null, 3230] },
      { unit: '税务局', cells: [0, 12, 12] },
    ]);
  });

  it('keeps what is not a plain figure as typed, for validation to name', () => {
    expect(cellFromText('1,234')).toBe('1,234');
    expect(cellFromText(' — ')).toBe('—');
    expect(gridCellProblem(cellFromText('1,234'))).toContain('千分位');
    expect(gridCellProblem(cellFromText('7'))).toBeNull();
  });

  it('says which pasted line has the wrong number of cells', () => {
    const { problems } = parsePastedRows('公安局\t1\t2\t3\n税务局\t1\n', 3);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('第 2 行');
  });

  it('accepts figures only and keeps the unit names already in the grid', () => {
    const existing = [{ unit: '公安局', cells: [null, null, null] }];
    const pasted = parsePastedRows('1\t2\t3\n4\t5\t9', 3).rows;
    expect(pasteRowsAt(existing, pasted, 0)).toEqual([
      { unit: '公安局', cells: [1, 2, 3] },
      { unit: '', cells: [4, 5, 9] },
    ]);
  });

  it('computes column totals and row totals outside the row-total column; nothing reported is blank', () => {
    const rows = [
      { unit: '公安局', cells: [3230, null, 3000] },
      { unit: '税务局', cells: [null, null, null] },
      { unit: '法院', cells: [5, 'x', 5] },
    ];
    expect(gridTotals(columns, 'total', rows)).toEqual({ columns: [3235, null, 3005], rows: [3230, null, 5] });
    expect(gridTotals(columns, undefined, rows).rows).toEqual([]);
  });
});
