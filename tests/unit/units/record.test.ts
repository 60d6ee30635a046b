import { describe, expect, it } from 'vitest';
import { auditTable } from '../../../src/lib/tables/audit.ts';
import { tableShape, type TableInput } from '../../../src/lib/tables/schema.ts';
import { unitResolver } from '../../../src/lib/units/aliases.ts';
import {
  reportedFigureCount,
  unitCategories,
  unitRecords,
  unitSeriesViews,
  type SourceTable,
} from '../../../src/lib/units/record.ts';
import { seriesCsv, seriesJson, tableSeries } from '../../../src/lib/units/series.ts';
import { unitsFileSchema } from '../../../src/lib/units/schema.ts';
import { UTF8_BOM } from '../../../src/lib/common/csv.ts';

const column = (key: string, label: string) => ({ key, label, kind: 'count' as const });

function source(issueId: string, slug: string, order: number, input: TableInput): SourceTable {
  const id = `${issueId}/${slug}`;
  return { id, issueId, slug, order, ...auditTable(tableShape.parse(input), id) };
}

const departments = (issueId: string, rows: TableInput['rows'], label = '行政许可') =>
  source(issueId, 'departments', 2, {
    title: `${issueId} 信源单位信息上报数据汇总表`,
    period: issueId === '2020-03' ? '2020年第三季度' : undefined,
    rowHeader: '部门名称',
    columns: [column('penalties', '行政处罚'), column('licences', label), column('total', '数据总量')],
    rowTotalColumn: 'total',
    rows,
  });

const districts = source('2020-03', 'districts', 1, {
  title: '各县（市）区、园区数据报送情况统计表',
  rowHeader: '地区',
  groups: ['县（市）区', '园区'],
  columns: [column('pledges', '信用承诺书')],
  rows: [
    { unit: '鲅鱼圈', group: '县（市）区', cells: [478] },
    { unit: '自贸区', group: '园区', cells: [null] },
  ],
});

const tables = [
  departments('2020-04', [
    { unit: '市审批局', cells: [null, 12, 12] },
    { unit: '公安局', cells: [5, 0, 6] },
  ]),
  districts,
  departments('2020-03', [
    { unit: '市行政审批局', cells: [null, 3347, 3347] },
    { unit: '公安局', cells: [3230, null, 3230] },
    { unit: '市文明办', cells: [null, null, null] },
  ]),
];
const resolve = unitResolver(unitsFileSchema.parse({ units: [{ name: '市行政审批局', aliases: ['市审批局'] }] }));

describe('unitRecords', () => {
  const records = unitRecords(tables, resolve);
  const record = (name: string) => records.find((r) => r.name === name)!;

  it('joins a unit across issues through its alias, oldest issue first', () => {
    const approvals = record('市行政审批局');
    expect(approvals.printedNames).toEqual(['市行政审批局', '市审批局']);
    expect(approvals.entries.map((e) => [e.tableId, e.printedName])).toEqual([
      ['2020-03/departments', '市行政审批局'],
      ['2020-04/departments', '市审批局'],
    ]);
    expect(records.filter((r) => r.name === '市审批局')).toEqual([]);
  });

  it('keeps a blank as null, never 0, and a printed 0 as 0', () => {
    const police = record('公安局');
    expect(police.entries.map((e) => e.figures.map((f) => f.value))).toEqual([
      [3230, null, 3230],
      [5, 0, 6],
    ]);
    expect(reportedFigureCount(police)).toBe(3);
    expect(reportedFigureCount(record('市文明办'))).toBe(0);
  });

  it('carries the printed row total, its sum and the discrepancy the audit found', () => {
    const [first, second] = record('公安局').entries;
    expect(first!.rowTotal).toEqual({ printed: 3230, computed: 3230, discrepancy: null });
    expect(second!.rowTotal).toMatchObject({
      printed: 6,
      computed: 5,
      discrepancy: { kind: 'row-total', row: '公安局', printed: 6, computed: 5, difference: 1 },
    });
    expect(record('鲅鱼圈').entries[0]!.rowTotal).toBeNull();
  });

  it('groups units by row group, else by the kind of unit the row header names', () => {
    expect(unitCategories(records).map((g) => [g.category, g.units.map((u) => u.name)])).toEqual([
      ['县（市）区', ['鲅鱼圈']],
      ['园区', ['自贸区']],
      ['部门', ['市行政审批局', '公安局', '市文明办']],
    ]);
  });
});

describe('tableSeries', () => {
  const series = tableSeries(tables, resolve);
  const departmentSeries = series.find((s) => s.slug === 'departments')!;

  it('is one series per table file name, in printed order, with the latest title', () => {
    expect(series.map((s) => [s.slug, s.issues.map((i) => i.issueId)])).toEqual([
      ['districts', ['2020-03']],
      ['departments', ['2020-03', '2020-04']],
    ]);
    expect(departmentSeries.title).toBe('2020-04 信源单位信息上报数据汇总表');
  });

  it('sets each unit’s figures by issue side by side, joined by alias', () => {
    expect(departmentSeries.units.map((u) => [u.name, u.rows.map((r) => [r.issueId, r.cells])])).toEqual([
      [
        '市行政审批局',
        [
          ['2020-03', [null, 3347, 3347]],
          ['2020-04', [null, 12, 12]],
        ],
      ],
      [
        '公安局',
        [
          ['2020-03', [3230, null, 3230]],
          ['2020-04', [5, 0, 6]],
        ],
      ],
      ['市文明办', [['2020-03', [null, null, null]]]],
    ]);
  });

  it('tells a column an issue did not print from a blank', () => {
    const older = departments('2020-01', [{ unit: '公安局', cells: [1, 2, 3] }]);
    const withNewColumn = source('2020-02', 'departments', 2, {
      title: 't',
      rowHeader: '部门名称',
      columns: [column('penalties', '行政处罚'), column('repairs', '信用修复')],
      rows: [{ unit: '公安局', cells: [null, 4] }],
    });
    const [only] = tableSeries([older, withNewColumn], resolve);
    expect(only!.columns.map((c) => c.key)).toEqual(['penalties', 'licences', 'total', 'repairs']);
    expect(only!.units[0]!.rows.map((r) => r.cells)).toEqual([
      [1, 2, 3, undefined],
      [null, undefined, undefined, 4],
    ]);
    const json = JSON.parse(seriesJson(only!, (id) => ({ label: id, url: '', tableUrl: '' })));
    expect(json.units[0].rows[1].figures).toEqual({ penalties: null, repairs: 4 });
  });

  it('writes CSV one line per unit and issue, blanks empty, figures as numbers', () => {
    const csv = seriesCsv(departmentSeries, (id) => `${id.slice(0, 4)}年第${Number(id.slice(5))}期`);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      '单位,期次,统计期,印刷单位名称,行政处罚,行政许可,数据总量',
      '市行政审批局,2020年第3期,2020年第三季度,市行政审批局,,3347,3347',
      '市行政审批局,2020年第4期,,市审批局,,12,12',
      '公安局,2020年第3期,2020年第三季度,公安局,3230,,3230',
      '公安局,2020年第4期,,公安局,5,0,6',
      '市文明办,2020年第3期,2020年第三季度,市文明办,,,',
      '',
    ]);
  });
});

describe('unitSeriesViews', () => {
  it('sets a unit’s figures of one table series by issue, indicators down', () => {
    const police = unitRecords(tables, resolve).find((r) => r.name === '公安局')!;
    const [view] = unitSeriesViews(police);
    expect(view!.entries.map((e) => e.issueId)).toEqual(['2020-03', '2020-04']);
    expect(view!.indicators.map((i) => [i.key, i.values, i.isRowTotal])).toEqual([
      ['penalties', [3230, 5], false],
      ['licences', [null, 0], false],
      ['total', [3230, 6], true],
    ]);
  });
});
