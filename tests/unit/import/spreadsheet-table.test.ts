import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readCsv, readXlsx } from '../../../src/lib/import/readers/spreadsheet.ts';
import { tableFromGrid, type SheetGrid } from '../../../src/lib/import/spreadsheet-table.ts';
import { tableSchema } from '../../../src/lib/tables/collection-schema.ts';

/** An .xlsx written by exceljs itself, as Excel would save it: rows, then merged ranges. */
async function xlsx(rows: unknown[][], merges: string[] = []): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  for (const row of rows) sheet.addRow(row);
  for (const range of merges) sheet.mergeCells(range);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function read(grid: SheetGrid, options: Parameters<typeof tableFromGrid>[1] = {}) {
  const result = tableFromGrid(grid, options);
  if ('error' in result) throw new Error(result.error);
  // What the importer writes is a table the archive accepts.
  expect(tableSchema.safeParse(result.table).success).toBe(true);
  return result;
}

describe('a table from an .xlsx sheet', () => {
  it('reads the title row, a merged two-row header, a blank cell and the 合计 row', async () => {
    const bytes = await xlsx(
      [
        ['三季度信息上报汇总表'],
        ['部门名称', '行政处罚', null, '数据总量'],
        [null, '数量', '金额', null],
        ['公安局', 3230, null, 3230],
        ['市卫健委', 50, { formula: 'B5*2', result: 100 }, 150],
        ['合计', 3280, 100, 3380],
      ],
      ['A1:D1', 'A2:A3', 'B2:C2', 'D2:D3'],
    );
    const { grid, sheetName } = await readXlsx(bytes);
    expect(sheetName).toBe('Sheet1');
    const { table, notes } = read(grid);
    expect(table).toMatchObject({
      title: '三季度信息上报汇总表',
      rowHeader: '部门名称',
      columns: [
        { label: '行政处罚·数量', kind: 'count' },
        { label: '行政处罚·金额', kind: 'count' },
        { key: 'total', label: '数据总量', kind: 'count' },
      ],
      rowTotalColumn: 'total',
      rows: [
        { unit: '公安局', cells: [3230, null, 3230] },
        { unit: '市卫健委', cells: [50, 100, 150] },
      ],
      printedTotals: { label: '合计', cells: [3280, 100, 3380] },
    });
    expect(table.columns.map((c) => c.key)).toEqual([
      'xing-zheng-chu-fa-shu-liang',
      'xing-zheng-chu-fa-jin-e',
      'total',
    ]);
    expect(notes).toEqual([]);
  });

  it('reads a first column merged down as row groups, under a row label spanning two columns', async () => {
    const bytes = await xlsx(
      [
        ['各县（市）区、园区数据报送情况统计表'],
        ['地区', null, '信用承诺书', '宣传活动'],
        ['县（市）区', '鲅鱼圈', 478, 1],
        [null, '大石桥市', 1473, null],
        ['园区', '自贸区', 125, 1],
      ],
      ['A1:D1', 'A2:B2', 'A3:A4'],
    );
    const { table } = read((await readXlsx(bytes)).grid);
    expect(table).toMatchObject({
      rowHeader: '地区',
      groups: ['县（市）区', '园区'],
      rows: [
        { unit: '鲅鱼圈', group: '县（市）区', cells: [478, 1] },
        { unit: '大石桥市', group: '县（市）区', cells: [1473, null] },
        { unit: '自贸区', group: '园区', cells: [125, 1] },
      ],
    });
    expect(table.columns.map((c) => c.label)).toEqual(['信用承诺书', '宣传活动']);
  });

  it("reuses the archive's column keys where the labels match, and lists what an editor must check", async () => {
    const bytes = await xlsx([
      ['汇总表'],
      ['部门名称', '行政处罚', '行政许可', '数据总量'],
      ['公安局', 5, '—', 9],
      ['民政局', '1,200', 3, 1203],
    ]);
    const known = new Map([
      ['行政处罚', 'administrative-penalties'],
      ['数据总量', 'total'],
    ]);
    const { table, notes } = read((await readXlsx(bytes)).grid, { knownColumnKeys: known });
    expect(table.columns.map((c) => c.key)).toEqual(['administrative-penalties', 'xing-zheng-xu-ke', 'total']);
    expect(table.rows).toEqual([
      { unit: '公安局', cells: [5, null, 9] },
      { unit: '民政局', cells: [1200, 3, 1203] },
    ]);
    expect(notes.map((n) => [n.kind, n.line, n.message])).toEqual([
      ['review', 3, '单元格“—”不是非负整数，暂写作空白（null）：请对照印刷版填写'],
      ['review', 3, '各栏之和 5，数据总量为 9：已照表写入；如印刷版就是这样，保留原样'],
      ['applied', 4, '“1,200”去掉了千分位逗号'],
    ]);
  });

  it('says what is missing instead of guessing', async () => {
    const untitled = (
      await readXlsx(
        await xlsx([
          ['部门名称', '行政处罚'],
          ['公安局', 5],
        ]),
      )
    ).grid;
    expect(tableFromGrid(untitled)).toEqual({ error: expect.stringContaining('没有表名') });
    expect(tableFromGrid(untitled, { title: '汇总表' })).toMatchObject({ table: { title: '汇总表' } });
    expect(tableFromGrid({ rows: [['汇总表'], ['部门名称', '行政处罚']] })).toEqual({
      error: expect.stringContaining('没有找到写有数字的行'),
    });
  });
});

describe('a table from a .csv file', () => {
  it('reads quoted labels, blanks, a thousands comma and the 合计 row', () => {
    const csv =
      '\uFEFF汇总表,,\r\n部门名称,"行政处罚,许可",数据总量\r\n公安局,,0\r\n民政局,"1,234",1234\r\n合计,1234,1234\r\n';
    const { table, notes } = read(readCsv(csv));
    expect(table).toMatchObject({
      title: '汇总表',
      columns: [{ label: '行政处罚,许可' }, { label: '数据总量', key: 'total' }],
      rows: [
        { unit: '公安局', cells: [null, 0] },
        { unit: '民政局', cells: [1234, 1234] },
      ],
      printedTotals: { label: '合计', cells: [1234, 1234] },
    });
    // A blank stays blank and a printed 0 stays 0: 公安局 reported nothing yet prints a total of 0, which is listed.
    expect(notes.map((n) => n.kind)).toEqual(['review', 'applied']);
    expect(notes[0]!.message).toContain('各栏之和 空白，数据总量为 0');
  });
});
