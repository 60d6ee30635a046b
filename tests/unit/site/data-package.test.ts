import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { UTF8_BOM } from '../../../src/lib/common/csv.ts';
import { dataPackage, dataPackageZip, type CsvResource } from '../../../src/lib/site/data-package.ts';
import { tableCsv } from '../../../src/lib/tables/csv.ts';
import { toTableModel } from '../../../src/lib/tables/model.ts';
import { tableShape } from '../../../src/lib/tables/schema.ts';
import { unitResolver } from '../../../src/lib/units/aliases.ts';
import { tableSeries, seriesCsv } from '../../../src/lib/units/series.ts';
import { auditTable } from '../../../src/lib/tables/audit.ts';

const column = (key: string, label: string) => ({ key, label, kind: 'count' as const });
const data = tableShape.parse({
  title: '汇总表',
  rowHeader: '部门名称',
  columns: [column('penalties', '行政处罚'), column('total', '数据总量')],
  rowTotalColumn: 'total',
  rows: [
    { unit: '公安局', cells: [3230, 3230] },
    { unit: '市文明办', cells: [null, null] },
  ],
  printedTotals: { label: '合计', cells: [3230, 3231] },
});
const model = toTableModel(data);
const series = tableSeries(
  [
    {
      id: '2020-03/departments',
      issueId: '2020-03',
      slug: 'departments',
      order: 2,
      ...auditTable(data, '2020-03/departments'),
    },
  ],
  unitResolver(null),
);

const built = dataPackage({
  tables: [
    {
      id: '2020-03/departments',
      issueId: '2020-03',
      slug: 'departments',
      issueLabel: '2020年第3期',
      model,
      csv: tableCsv(model),
      pageUrl: 'https://example.org/issues/2020-03/tables/departments/',
    },
  ],
  series: series.map((s) => ({
    series: s,
    csv: seriesCsv(s, () => '2020年第3期'),
    pageUrl: 'https://example.org/tables/departments/',
  })),
  rankings: {
    csv: `${UTF8_BOM}城市,级别,月份,综合指数,排名,参评城市数,刊载期次,修订说明,修订前数字\r\n`,
    pageUrl: 'https://example.org/rankings/',
  },
  homepage: 'https://example.org/',
  aboutUrl: 'https://example.org/about/',
  publisher: '营口市社会信用体系建设领导小组办公室',
});
const resources = built.descriptor.resources as CsvResource[];

describe('dataPackage', () => {
  it('is a tabular data package with one CSV resource per table, per series and for the rankings', () => {
    expect(built.descriptor).toMatchObject({ profile: 'tabular-data-package', name: 'yingkou-credit-bulletin' });
    expect(resources.map((r) => [r.name, r.path])).toEqual([
      ['table-2020-03-departments', 'tables/2020-03/departments.csv'],
      ['series-departments', 'series/departments.csv'],
      ['city-credit-rankings', 'rankings/series.csv'],
    ]);
    for (const r of resources) expect(r.name).toMatch(/^[a-z0-9._-]+$/);
    expect(built.files.map((f) => f.path)).toEqual(['datapackage.json', ...resources.map((r) => r.path)]);
  });

  it('types every field, keeps a blank a blank and marks the printed totals row', () => {
    const [table] = resources;
    expect(table!.schema.missingValues).toEqual(['']);
    expect(table!.schema.fields.map((f) => [f.name, f.type])).toEqual([
      ['部门名称', 'string'],
      ['行政处罚', 'integer'],
      ['数据总量', 'integer'],
    ]);
    expect(table!.printedTotalsRow).toMatchObject({ field: '部门名称', value: '合计' });
    expect(table!.title).toBe('汇总表（2020年第3期）');
    expect(table!.sources).toEqual([
      { title: '营口信用体系建设工作简报2020年第3期', path: 'https://example.org/issues/2020-03/tables/departments/' },
    ]);
    const rankings = resources.at(-1)!;
    expect(rankings.schema.fields.find((f) => f.name === '月份')?.type).toBe('yearmonth');
    expect(rankings.schema.fields.find((f) => f.name === '综合指数')?.type).toBe('number');
  });

  it('has terms of reuse and writes its CSV files without the byte order mark, headers matching the schema', () => {
    expect(built.descriptor.licenses).toEqual([
      { path: 'https://example.org/about/', title: expect.stringContaining('未声明许可') },
    ]);
    for (const [i, resource] of resources.entries()) {
      const text = built.files[i + 1]!.text;
      expect(text.startsWith(UTF8_BOM)).toBe(false);
      expect(text.split('\r\n')[0]).toBe(resource.schema.fields.map((f) => f.name).join(','));
    }
    expect(built.files[1]!.text.split('\r\n').slice(1)).toEqual([
      '公安局,3230,3230',
      '市文明办,,',
      '合计,3230,3231',
      '',
    ]);
  });
});

describe('dataPackageZip', () => {
  it('holds every file of the package, byte for byte, and is the same bytes every time', () => {
    const zip = dataPackageZip(built.files);
    expect(Buffer.from(dataPackageZip(built.files)).equals(Buffer.from(zip))).toBe(true);
    const entries = unzipSync(zip);
    expect(Object.keys(entries)).toEqual(built.files.map((f) => f.path));
    for (const file of built.files) expect(strFromU8(entries[file.path]!)).toBe(file.text);
  });
});
