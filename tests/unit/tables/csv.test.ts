import { describe, expect, it } from 'vitest';
import { UTF8_BOM } from '../../../src/lib/common/csv.ts';
import { tableCsv } from '../../../src/lib/tables/csv.ts';
import { toTableModel } from '../../../src/lib/tables/model.ts';
import { tableShape, type TableInput } from '../../../src/lib/tables/schema.ts';

const column = (key: string, label: string) => ({ key, label, kind: 'count' as const });
const model = (input: TableInput) => toTableModel(tableShape.parse(input));

describe('tableCsv', () => {
  const departments = model({
    title: '汇总表',
    rowHeader: '部门名称',
    columns: [
      column('a', '行政处罚'),
      column('b', '营口市信用信息平台上报数量(累计数量)'),
      column('total', '数据总量'),
    ],
    rowTotalColumn: 'total',
    rows: [
      { unit: '社会保障中心', cells: [null, 725339424, 725339424] },
      { unit: '公安局', cells: [3230, 0, 3230] },
    ],
    printedTotals: { label: '合计', cells: [2457, null, 729115164] },
  });

  it('starts with a UTF-8 byte order mark, so Excel reads the Chinese', () => {
    const csv = tableCsv(departments);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('has the printed labels as header, plain digits, blank cells empty (0 stays 0), and the printed totals row last', () => {
    expect(tableCsv(departments).slice(1).split('\r\n')).toEqual([
      '部门名称,行政处罚,营口市信用信息平台上报数量(累计数量),数据总量',
      '社会保障中心,,725339424,725339424',
      '公安局,3230,0,3230',
      '合计,2457,,729115164',
      '',
    ]);
  });

  it('puts the group of each row in a first 分组 column when the table has groups', () => {
    const districts = model({
      title: '统计表',
      rowHeader: '地区',
      groups: ['县（市）区', '园区'],
      columns: [column('a', '信用承诺书')],
      rows: [
        { unit: '鲅鱼圈', group: '县（市）区', cells: [478] },
        { unit: '自贸区', group: '园区', cells: [null] },
      ],
    });
    expect(tableCsv(districts).slice(1)).toBe('分组,地区,信用承诺书\r\n县（市）区,鲅鱼圈,478\r\n园区,自贸区,\r\n');
  });

  it('neutralises a unit name that would start a formula, and writes figures as numbers', () => {
    const hostile = model({
      title: '表',
      rowHeader: '单位',
      columns: [column('a', '-差异')],
      rows: [{ unit: '=HYPERLINK("http://x")', cells: [0] }],
    });
    expect(tableCsv(hostile).slice(1).split('\r\n')).toEqual(["单位,'-差异", '"\'=HYPERLINK(""http://x"")",0', '']);
  });
});
