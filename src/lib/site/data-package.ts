import { zipSync, strToU8 } from 'fflate';
import { CSV_HEADER as RANKING_CSV_HEADER } from '../rankings/export.ts';
import { GROUP_HEADER } from '../tables/csv.ts';
import type { TableModel } from '../tables/model.ts';
import { SERIES_CSV_LEAD, type TableSeries } from '../units/series.ts';
import { SERIAL_TITLE } from '../common/serial.ts';
import { stripBom } from '../common/text.ts';

/**
 * The archive's data as one Frictionless Data Package (https://specs.frictionlessdata.io/data-package/):
 * `/data/datapackage.json` describes every statistical table, every table series and the ranking series
 * as CSV resources with a Table Schema, and `/data/datapackage.zip` holds the descriptor and every file.
 * The CSV files are the site's own downloads, copied under /data/ because a package's paths may not
 * leave its folder, and without the byte order mark the downloads carry for Excel: the spec's `utf-8`
 * has none, and the reference libraries would read it into the first column's name. A blank is an
 * empty field, and `missingValues: [""]` keeps it a blank, never 0.
 */

export const DATA_PACKAGE_NAME = 'yingkou-credit-bulletin';
export const DATA_PACKAGE_PROFILE = 'tabular-data-package';

/**
 * The terms of reuse. The bulletin is published by a government office and states no licence; the
 * archive does not grant one on its behalf. It points at the about page, which names the publisher and
 * how to cite; the project owner may replace this with a licence once the office has chosen one.
 */
export const DATA_TERMS = {
  title: '未声明许可：数字照《营口信用体系建设工作简报》印刷版转录，版权归编印单位；引用请注明出处（见“关于本档案”）',
} as const;

/** Fixed timestamp for every zip entry, so two builds of one commit give the same bytes. */
const ZIP_TIME = new Date(Date.UTC(2020, 0, 1, 0, 0, 0));

export interface TableField {
  name: string;
  title?: string;
  description?: string;
  type: 'string' | 'integer' | 'number' | 'yearmonth';
  constraints?: { minimum?: number; required?: boolean };
}

export interface CsvResource {
  profile: 'tabular-data-resource';
  name: string;
  /** From /data/. */
  path: string;
  title: string;
  description: string;
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  sources: Array<{ title: string; path: string }>;
  schema: { fields: TableField[]; missingValues: string[] };
  /** Where the table has a printed totals row (合计): the last row, named in this field. */
  printedTotalsRow?: { field: string; value: string; note: string };
}

/** A file of the package: its path from /data/ and its text. */
export interface PackageFile {
  path: string;
  text: string;
}

export interface TableInPackage {
  id: string;
  issueId: string;
  slug: string;
  issueLabel: string;
  model: TableModel;
  csv: string;
  /** Absolute URL of the table's page. */
  pageUrl: string;
}

export interface SeriesInPackage {
  series: TableSeries;
  csv: string;
  pageUrl: string;
}

export interface RankingsInPackage {
  csv: string;
  pageUrl: string;
}

const MISSING = [''];
const resourceName = (...parts: string[]) =>
  parts
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-');

const countField = (label: string, description: string): TableField => ({
  name: label,
  title: label,
  description,
  type: 'integer',
  constraints: { minimum: 0 },
});

/** A CSV file of the package, described as every one is: UTF-8, blank cells missing (未填报). */
function csvResource(resource: {
  name: string;
  path: string;
  title: string;
  description: string;
  source: { title: string; path: string };
  fields: TableField[];
}): CsvResource {
  const { source, fields, ...named } = resource;
  return {
    profile: 'tabular-data-resource',
    ...named,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    sources: [source],
    schema: { fields, missingValues: MISSING },
  };
}

function tableResource(table: TableInPackage): CsvResource {
  const { model } = table;
  const grouped = model.groups.length > 0;
  const fields: TableField[] = [
    ...(grouped
      ? [{ name: GROUP_HEADER, description: `行分组：${model.groups.join('、')}`, type: 'string' as const }]
      : []),
    { name: model.rowHeader, description: '单位名称，照印刷版', type: 'string', constraints: { required: true } },
    ...model.columns.map((c) =>
      countField(c.label, `${c.isRowTotal ? '印刷的行合计。' : ''}印刷的数字；空白为未填报，不是 0。列 key：${c.key}`),
    ),
  ];
  return {
    ...csvResource({
      name: resourceName('table', table.issueId, table.slug),
      path: `tables/${table.issueId}/${table.slug}.csv`,
      title: `${model.title}（${table.issueLabel}）`,
      description:
        `${SERIAL_TITLE}${table.issueLabel}刊登的统计表，照印刷版：每个单位一行，空白格留空（未填报）。` +
        (model.printedTotals ? `最后一行是印刷的“${model.printedTotals.label}”行，照印刷版，不一定等于各行之和。` : ''),
      source: { title: `${SERIAL_TITLE}${table.issueLabel}`, path: table.pageUrl },
      fields,
    }),
    ...(model.printedTotals
      ? {
          printedTotalsRow: {
            field: model.rowHeader,
            value: model.printedTotals.label,
            note: '印刷的合计行，在最后一行；统计时请勿与各单位相加',
          },
        }
      : {}),
  };
}

function seriesResource({ series, pageUrl }: SeriesInPackage): CsvResource {
  const [unit, issue, period, printedName] = SERIES_CSV_LEAD;
  return csvResource({
    name: resourceName('series', series.slug),
    path: `series/${series.slug}.csv`,
    title: `${series.title}（各期对照）`,
    description:
      '同一张统计表在各期的数字，每个单位每期一行；单位名称按编者维护的别名表合并。空白为未填报，某期的表没有的栏也留空。不含合计行。',
    source: { title: SERIAL_TITLE, path: pageUrl },
    fields: [
      { name: unit, description: '单位（合并别名后的名称）', type: 'string', constraints: { required: true } },
      { name: issue, description: '刊载期次', type: 'string', constraints: { required: true } },
      { name: period, description: '统计期（编者注明）', type: 'string' },
      { name: printedName, description: '该期印刷的单位名称', type: 'string', constraints: { required: true } },
      ...series.columns.map((c) => countField(c.label, `印刷的数字；空白为未填报或该期未印此栏。列 key：${c.key}`)),
    ],
  });
}

function rankingsResource({ pageUrl }: RankingsInPackage): CsvResource {
  const [city, level, month, index, rank, groupSize, issues, note, revised] = RANKING_CSV_HEADER;
  return csvResource({
    name: 'city-credit-rankings',
    path: 'rankings/series.csv',
    title: '全国城市信用状况监测：综合指数与排名（各期简报合并）',
    description: '各期简报刊载的月度综合指数和排名，每个城市每月一行；各期均未刊载的月份没有行（不插值）。',
    source: { title: SERIAL_TITLE, path: pageUrl },
    fields: [
      { name: city, type: 'string', constraints: { required: true } },
      { name: level, description: '地级或县级', type: 'string', constraints: { required: true } },
      { name: month, type: 'yearmonth', constraints: { required: true } },
      { name: index, description: '综合指数，印刷的两位小数', type: 'number', constraints: { required: true } },
      { name: rank, type: 'integer', constraints: { required: true, minimum: 1 } },
      { name: groupSize, type: 'integer', constraints: { required: true, minimum: 1 } },
      { name: issues, description: '刊载该数字的期次', type: 'string' },
      { name: note, description: '后一期的更正说明', type: 'string' },
      { name: revised, description: '被更正的原数字', type: 'string' },
    ],
  });
}

export interface DataPackage {
  descriptor: Record<string, unknown>;
  /** The descriptor as published, then every CSV file, by path from /data/. */
  files: PackageFile[];
}

export function dataPackage(input: {
  tables: readonly TableInPackage[];
  series: readonly SeriesInPackage[];
  rankings: RankingsInPackage;
  homepage: string;
  aboutUrl: string;
  publisher: string | undefined;
}): DataPackage {
  const resources = [
    ...input.tables.map(tableResource),
    ...input.series.map(seriesResource),
    rankingsResource(input.rankings),
  ];
  const texts = [...input.tables.map((t) => t.csv), ...input.series.map((s) => s.csv), input.rankings.csv];
  const csvFiles: PackageFile[] = resources.map((resource, i) => ({ path: resource.path, text: stripBom(texts[i]!) }));
  const descriptor = {
    profile: DATA_PACKAGE_PROFILE,
    name: DATA_PACKAGE_NAME,
    title: `${SERIAL_TITLE}：统计表、各期对照与城市信用排名`,
    description:
      `《${SERIAL_TITLE}》各期刊登的统计表（照印刷版，含印刷的合计行）、同一张表的各期对照和城市信用排名序列。` +
      'CSV 为 UTF-8（不带 BOM；在 Excel 中打开请用各表页面的 CSV 下载，那里带 BOM）；空白格为未填报，不是 0。',
    homepage: input.homepage,
    licenses: [{ path: input.aboutUrl, title: DATA_TERMS.title }],
    sources: [{ title: SERIAL_TITLE, path: input.homepage }],
    ...(input.publisher ? { contributors: [{ title: input.publisher, role: 'publisher' }] } : {}),
    keywords: ['营口', '社会信用体系', '工作简报', '统计表'],
    resources,
  };
  return {
    descriptor,
    files: [{ path: 'datapackage.json', text: `${JSON.stringify(descriptor, null, 2)}\n` }, ...csvFiles],
  };
}

/** Every file of the package in one zip, with fixed timestamps so builds are reproducible. */
export function dataPackageZip(files: readonly PackageFile[]): Uint8Array {
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const file of files) entries[file.path] = [strToU8(file.text), { mtime: ZIP_TIME }];
  // Level 6, deflate's default: level 9 took twice as long at 100 issues (2.2 s against 1.1 s on the loaded
  // build machine) for 0.4 % fewer bytes (497 KB against 499 KB).
  return zipSync(entries, { level: 6 });
}
