import { describe, expect, it } from 'vitest';
import { auditTable } from '../../../src/lib/tables/audit.ts';
import { tableShape, type TableInput } from '../../../src/lib/tables/schema.ts';
import { unitResolver } from '../../../src/lib/units/aliases.ts';
import { cellText } from '../../../src/lib/units/cells.ts';
import {
  adjacentYears,
  byIssueYear,
  issueCount,
  issueYear,
  latestEntries,
  seriesOfYear,
  seriesYears,
  unitYears,
  yearSpan,
} from '../../../src/lib/units/periods.ts';
import { unitRecords, type SourceTable } from '../../../src/lib/units/record.ts';
import { tableSeries } from '../../../src/lib/units/series.ts';

const column = (key: string, label: string) => ({ key, label, kind: 'count' as const });

function source(issueId: string, slug: string, order: number, input: TableInput): SourceTable {
  const id = `${issueId}/${slug}`;
  return { id, issueId, slug, order, ...auditTable(tableShape.parse(input), id) };
}

const departments = (issueId: string, rows: TableInput['rows'], columns = [column('penalties', '行政处罚')]) =>
  source(issueId, 'departments', 2, { title: `${issueId} 汇总表`, rowHeader: '部门名称', columns, rows });
const districts = (issueId: string) =>
  source(issueId, 'districts', 1, {
    title: '各县（市）区数据报送情况统计表',
    rowHeader: '地区',
    columns: [column('pledges', '信用承诺书')],
    rows: [{ unit: '鲅鱼圈', cells: [1] }],
  });

// Two years, the second with a column the first did not print; 公安局 is missing from 2021-01.
const tables = [
  departments('2020-03', [
    { unit: '公安局', cells: [1] },
    { unit: '市审批局', cells: [null] },
  ]),
  departments('2020-04', [
    { unit: '公安局', cells: [2] },
    { unit: '市行政审批局', cells: [3] },
  ]),
  departments(
    '2021-01',
    [{ unit: '市行政审批局', cells: [4, null] }],
    [column('penalties', '行政处罚'), column('repairs', '信用修复')],
  ),
  districts('2020-03'),
];
const resolve = unitResolver({ units: [{ name: '市行政审批局', aliases: ['市审批局'] }] });
const records = unitRecords(tables, resolve);
const record = (name: string) => records.find((r) => r.name === name)!;
const [series] = tableSeries(tables, resolve).filter((s) => s.slug === 'departments');

describe('issueYear and byIssueYear', () => {
  it('reads the year from the issue id and refuses anything else', () => {
    expect(issueYear('2020-03')).toBe(2020);
    expect(() => issueYear('2020-3')).toThrow(/2020-3/);
  });

  it('groups by year, oldest year first, keeping each year’s order', () => {
    const items = [{ issueId: '2021-01' }, { issueId: '2020-04' }, { issueId: '2020-03' }];
    expect(byIssueYear(items)).toEqual([
      { year: 2020, items: [{ issueId: '2020-04' }, { issueId: '2020-03' }] },
      { year: 2021, items: [{ issueId: '2021-01' }] },
    ]);
  });

  it('names the years before and after, and nothing past the ends', () => {
    expect(adjacentYears([2018, 2020, 2021], 2020)).toEqual({ previous: 2018, next: 2021 });
    expect(adjacentYears([2018, 2020], 2018)).toEqual({ previous: null, next: 2020 });
    expect(adjacentYears([2018], 2019)).toEqual({ previous: null, next: null });
  });

  it('says which years a list spans', () => {
    expect(yearSpan(series!.issues)).toBe('2020—2021年');
    expect(yearSpan([{ issueId: '2020-03' }])).toBe('2020年');
    expect(issueCount(series!.issues)).toBe(3);
  });
});

describe('unitYears', () => {
  it('puts every row of the unit in exactly one year, joined through its alias', () => {
    const approvals = record('市行政审批局');
    const years = unitYears(approvals);
    expect(years.map((y) => [y.year, y.issueCount, y.entries.map((e) => [e.tableId, e.printedName])])).toEqual([
      [
        2020,
        2,
        [
          ['2020-03/departments', '市审批局'],
          ['2020-04/departments', '市行政审批局'],
        ],
      ],
      [2021, 1, [['2021-01/departments', '市行政审批局']]],
    ]);
    expect(years.flatMap((y) => y.entries)).toEqual(approvals.entries);
  });

  it('gives a unit only the years it reported in', () => {
    expect(unitYears(record('公安局')).map((y) => y.year)).toEqual([2020]);
  });
});

describe('latestEntries', () => {
  it('keeps, for each series, the unit’s row of the latest issue it appears in', () => {
    expect(latestEntries(record('公安局')).map((e) => e.tableId)).toEqual(['2020-04/departments']);
    expect(latestEntries(record('市行政审批局')).map((e) => e.tableId)).toEqual(['2021-01/departments']);
  });

  it('keeps a series the unit left earlier, with its last figures', () => {
    const both = unitRecords([...tables, departments('2022-01', [{ unit: '鲅鱼圈', cells: [9] }])], resolve);
    const district = both.find((r) => r.name === '鲅鱼圈')!;
    expect(latestEntries(district).map((e) => e.tableId)).toEqual(['2020-03/districts', '2022-01/departments']);
  });
});

describe('seriesYears and seriesOfYear', () => {
  it('lists the years of a series with their issues', () => {
    expect(seriesYears(series!).map((y) => [y.year, y.issues.map((i) => i.issueId)])).toEqual([
      [2020, ['2020-03', '2020-04']],
      [2021, ['2021-01']],
    ]);
  });

  it('cuts the series to a year: its issues, the units with a row in it, the columns it printed', () => {
    const year2020 = seriesOfYear(series!, 2020);
    expect(year2020.issues.map((i) => i.issueId)).toEqual(['2020-03', '2020-04']);
    expect(year2020.columns.map((c) => c.key)).toEqual(['penalties']);
    expect(year2020.units.map((u) => [u.name, u.rows.map((r) => [r.issueId, r.printedName, r.cells])])).toEqual([
      [
        '公安局',
        [
          ['2020-03', '公安局', [1]],
          ['2020-04', '公安局', [2]],
        ],
      ],
      [
        '市行政审批局',
        [
          ['2020-03', '市审批局', [null]],
          ['2020-04', '市行政审批局', [3]],
        ],
      ],
    ]);
    const year2021 = seriesOfYear(series!, 2021);
    expect(year2021.columns.map((c) => c.label)).toEqual(['行政处罚', '信用修复']);
    expect(year2021.units.map((u) => [u.name, u.rows.map((r) => r.cells)])).toEqual([['市行政审批局', [[4, null]]]]);
  });

  it('loses nothing: the years together hold every row of the series, once', () => {
    const rows = (s: typeof series) => s!.units.flatMap((u) => u.rows.map((r) => `${u.name} ${r.issueId}`));
    const split = seriesYears(series!).flatMap((y) => rows(seriesOfYear(series!, y.year)));
    expect(split.sort()).toEqual(rows(series).sort());
  });

  it('keeps a column an issue of the year did not print apart from a blank', () => {
    const mixed = tableSeries(
      [
        departments('2021-01', [{ unit: '公安局', cells: [null] }]),
        departments(
          '2021-02',
          [{ unit: '公安局', cells: [5, null] }],
          [column('penalties', '行政处罚'), column('repairs', '信用修复')],
        ),
      ],
      resolve,
    )[0]!;
    expect(seriesOfYear(mixed, 2021).units[0]!.rows.map((r) => r.cells)).toEqual([
      [null, undefined],
      [5, null],
    ]);
  });
});

describe('cellText', () => {
  it('writes a figure grouped, a blank as nothing (never 0), a column not printed as —', () => {
    expect(cellText(1795396)).toBe('1,795,396');
    expect(cellText(0)).toBe('0');
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('—');
  });
});
