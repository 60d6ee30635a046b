import { describe, expect, it } from 'vitest';
import { describePages, parseTable } from '../../../src/lib/import/tables.ts';
import { toLines } from '../../../src/lib/import/text-export.ts';

/** A table as the export writes it; → stands for a tab. The first line is the title. */
function table(text: string) {
  const lines = toLines(text.replaceAll('→', '\t'));
  return parseTable(lines[0]!, lines.slice(1));
}

const HEADER = '部门名称→行政处罚→行政许可→信用信息→数据总量';

describe('parseTable: layout', () => {
  it('reads a grouped table: groups in printed order, the group carried down, blank cells as null', () => {
    const result = table(`各县（市）区、园区数据报送情况统计表

地区→→开展行业信用监管的领域→信用承诺书
县（市）区→鲅鱼圈→1→478
→大石桥市→→1473
园区→自贸区→→125`);
    expect(result).toMatchObject({
      title: '各县（市）区、园区数据报送情况统计表',
      line: 1,
      rowHeader: '地区',
      groups: ['县（市）区', '园区'],
      labels: ['开展行业信用监管的领域', '信用承诺书'],
      rowTotalIndex: null,
      pages: 1,
    });
    expect(result.rows.map(({ unit, group, cells }) => ({ unit, group, cells }))).toEqual([
      { unit: '鲅鱼圈', group: '县（市）区', cells: [1, 478] },
      { unit: '大石桥市', group: '县（市）区', cells: [null, 1473] },
      { unit: '自贸区', group: '园区', cells: [null, 125] },
    ]);
    expect(result.notes).toEqual([]);
    expect(result.tableNotes).toEqual([]);
  });

  it('reads a table printed over several pages as one, and notes a header printed differently on some pages', () => {
    const result = table(`三季度全市信源单位信息上报数据汇总表
${HEADER}
市卫健委→50→→→50

${HEADER}
民政局→→→4884→4884

部门名称→行政处罚→行政许可→城市信用信息→数据总量
教育局→→→4→4
${'部门名称→行政处罚→行政许可→城市信用信息→数据总量'}
合计→50→→4888→4938`);
    expect(result.pages).toBe(4);
    expect(result.labels).toEqual(['行政处罚', '行政许可', '信用信息', '数据总量']);
    expect(result.rowTotalIndex).toBe(3);
    expect(result.rows.map((r) => r.unit)).toEqual(['市卫健委', '民政局', '教育局']);
    expect(result.printedTotals).toEqual({ label: '合计', cells: [50, null, 4888, 4938], line: 11 });
    expect(result.tableNotes).toEqual([
      {
        columnIndex: 2,
        note: '此表在印刷版中分四页印出，每页重印表头；此列表头在前两页印作“信用信息”，在后两页印作“城市信用信息”。两者为同一列。',
      },
    ]);
    expect(result.notes).toHaveLength(1);
    expect(result.notes[0]).toMatchObject({ kind: 'applied', place: '第 3 栏表头' });
  });

  it('pads a row the export cut short with blanks and says so', () => {
    const result = table(`表\n地区→甲→乙→丙\n鲅鱼圈→1`);
    expect(result.rows[0]!.cells).toEqual([1, null, null]);
    expect(result.notes).toEqual([expect.objectContaining({ kind: 'applied', line: 3, place: '地区“鲅鱼圈”' })]);
    expect(result.notes[0]!.message).toContain('补了 2 个空白格');
  });

  it('never drops a figure that does not fit: the row is listed for review', () => {
    const result = table(`表\n地区→甲→乙\n鲅鱼圈→1→2→3\n老边区→1→2→→`);
    expect(result.rows.map((r) => r.cells)).toEqual([
      [1, 2],
      [1, 2],
    ]);
    expect(result.notes).toHaveLength(1);
    expect(result.notes[0]).toMatchObject({ kind: 'review', line: 3 });
    expect(result.notes[0]!.message).toContain('多出的数值 3 没有写入');
  });

  it('reads 1,234 as 1234 (and says so), and keeps text it cannot read as a blank for review', () => {
    const result = table(`表\n地区→甲→乙\n鲅鱼圈→1,234→—`);
    expect(result.rows[0]!.cells).toEqual([1234, null]);
    expect(result.notes.map((n) => n.kind)).toEqual(['applied', 'review']);
    expect(result.notes[1]!.message).toContain('“—”');
    expect(result.notes[1]!.place).toBe('地区“鲅鱼圈” · 乙');
  });
});

describe('parseTable: every row against its printed row total', () => {
  it('accepts rows that add up, and blank rows, without a word', () => {
    const result = table(`表\n${HEADER}\n公安局→3230→167→18→3415\n司法局→→→→\n合计→3230→167→18→3415`);
    expect(result.notes).toEqual([]);
    expect(result.rows.map((r) => r.cells)).toEqual([
      [3230, 167, 18, 3415],
      [null, null, null, null],
    ]);
  });

  it('moves a row back when the export shifted it left by one (total cell blank) and the move is certain', () => {
    const result = table(`表\n${HEADER}\n市文明办→6→2→8→\n合计→→6→2→8`);
    expect(result.rows[0]!.cells).toEqual([null, 6, 2, 8]);
    expect(result.tableNotes).toEqual([
      {
        row: '市文明办',
        note: '文本导出件中此行少了一格，数值整体左移一列，“数据总量”一栏因而为空。导入时按行合计归位：“行政许可” 6，“信用信息” 2，“数据总量” 8；各栏之和与数据总量相符。',
      },
    ]);
    expect(result.notes).toEqual([expect.objectContaining({ kind: 'applied', line: 3, place: '部门名称“市文明办”' })]);
  });

  it('moves a row back without a totals row too: the row total alone decides', () => {
    const result = table(`表\n${HEADER}\n中心医院→1→→1→`);
    expect(result.rows[0]!.cells).toEqual([null, 1, null, 1]);
    expect(result.notes[0]!.kind).toBe('applied');
  });

  it('does not move a row into a column whose printed total is blank: written as found, listed with the likely correction', () => {
    const result = table(`表\n${HEADER}\n中心医院→1→→1→\n合计→1→→1→2`);
    expect(result.rows[0]!.cells).toEqual([1, null, 1, null]);
    expect(result.tableNotes).toEqual([]);
    expect(result.notes[0]).toMatchObject({ kind: 'review', line: 3, place: '部门名称“中心医院”' });
    expect(result.notes[0]!.message).toContain('数据总量空白');
    expect(result.notes[0]!.suggestion).toBe('整体右移一列：“行政许可” 1，“数据总量” 1');
  });

  it('moves a row back when the export pushed it right by one (an extra blank cell in front)', () => {
    const result = table(`表\n${HEADER}\n公安局→→3230→167→18→3415`);
    expect(result.rows[0]!.cells).toEqual([3230, 167, 18, 3415]);
    expect(result.tableNotes[0]!.note).toContain('此行多了一格，数值整体右移一列');
    expect(result.notes[0]!.kind).toBe('applied');
  });

  it('keeps a row whose printed total is wrong as printed, and lists it with the difference', () => {
    const result = table(`表\n${HEADER}\n市场监督管理局→→→1795356→1795396`);
    expect(result.rows[0]!.cells).toEqual([null, null, 1795356, 1795396]);
    expect(result.tableNotes).toEqual([]);
    expect(result.notes[0]).toMatchObject({ kind: 'review', line: 3 });
    expect(result.notes[0]!.message).toContain('各栏之和 1795356，数据总量印作 1795396，差 40');
    expect(result.notes[0]!.suggestion).toBeUndefined();
  });

  it('lists a row of blanks with a printed total of 0: a blank is not reported, not 0 (as the audit counts it)', () => {
    const result = table(`表\n${HEADER}\n司法局→→→→0`);
    expect(result.rows[0]!.cells).toEqual([null, null, null, 0]);
    expect(result.notes).toHaveLength(1);
    expect(result.notes[0]).toMatchObject({ kind: 'review', line: 3, place: '部门名称“司法局”' });
  });

  it('keeps a row with figures but a blank total that no move explains, and lists it', () => {
    const result = table(`表\n${HEADER}\n妇联→3→4→→`);
    expect(result.rows[0]!.cells).toEqual([3, 4, null, null]);
    expect(result.notes[0]!.kind).toBe('review');
    expect(result.notes[0]!.message).toContain('数据总量空白');
  });

  it('checks the printed totals row against its own total', () => {
    const result = table(`表\n${HEADER}\n公安局→3230→167→18→3415\n合计→2457→9301→119→729115164`);
    expect(result.notes).toHaveLength(1);
    expect(result.notes[0]).toMatchObject({ kind: 'review', line: 4, place: '“合计”行' });
    expect(result.notes[0]!.message).toContain('各栏之和 11877，数据总量印作 729115164');
  });
});

describe('describePages', () => {
  it.each([
    [[1, 2], 4, '前两页'],
    [[3, 4], 4, '后两页'],
    [[2], 4, '第二页'],
    [[1, 3], 4, '第一、三页'],
    [[2, 3], 4, '第二、三页'],
  ])('%j of %i → %s', (pages, total, expected) => {
    expect(describePages(pages, total)).toBe(expected);
  });
});
