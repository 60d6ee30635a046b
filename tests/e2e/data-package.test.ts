/**
 * The Frictionless Data Package as a reader gets it from the served site, read with the Frictionless
 * reference libraries for JavaScript: `datapackage` for the package, `tableschema` for each table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { Package } from 'datapackage';
import { Table } from 'tableschema';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../support/content-fixture.ts';

const origin = inject('origin');
const PACKAGE_URL = `${origin}/data/datapackage.json`;

interface IssueJson {
  tables: Array<{ url: string; title: string }>;
}

let pkg: Package;
beforeAll(async () => {
  pkg = await Package.load(PACKAGE_URL);
});

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  return response.text();
}

describe('/data/datapackage.json', () => {
  it('is served as JSON', async () => {
    const response = await fetch(PACKAGE_URL);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('is a valid tabular data package (datapackage library), with Chinese titles, sources and terms', () => {
    expect(pkg.errors.map((e) => e.message)).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(pkg.descriptor).toMatchObject({
      profile: 'tabular-data-package',
      title: expect.stringContaining('营口信用体系建设工作简报'),
      licenses: [expect.objectContaining({ path: expect.stringMatching(/\/about\/$/) })],
    });
  });

  it('describes every table of every issue, every table series and the ranking series', async () => {
    const issue = JSON.parse(await fetchText(`${origin}/issues/2020-03/index.json`)) as IssueJson;
    const names = pkg.resources.map((r) => r.name);
    expect(issue.tables.length).toBe(2);
    expect(names).toEqual([
      'table-2020-03-districts',
      'table-2020-03-departments',
      'series-districts',
      'series-departments',
      'city-credit-rankings',
    ]);
    for (const resource of pkg.resources) {
      expect(resource.descriptor).toMatchObject({ format: 'csv', encoding: 'utf-8', profile: 'tabular-data-resource' });
      expect(resource.descriptor.schema).toMatchObject({ missingValues: [''] });
      expect(resource.descriptor.title).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('has every resource readable with its schema: 0 errors, in both libraries', async () => {
    for (const resource of pkg.resources) {
      expect(resource.valid, resource.name).toBe(true);
      const rows = await resource.read({ keyed: true, cast: true });
      expect(rows.length, resource.name).toBeGreaterThan(0);
      const table = await Table.load(`${origin}/data/${resource.descriptor.path}`, {
        schema: resource.descriptor.schema,
      });
      const errors: string[] = [];
      // forceCast puts an error in place of each row that does not fit the schema, instead of throwing.
      const read: unknown[] = await table.read({ forceCast: true });
      read.forEach((row, index) => {
        if (row instanceof Error) errors.push(`${resource.name} row ${index + 2}: ${row.message}`);
      });
      expect(errors).toEqual([]);
      expect(table.headers).toEqual(resource.descriptor.schema.fields.map((f) => f.name));
    }
  });

  it('reads the departments table as printed: blanks null (not 0), 0 as 0, the printed totals row last and marked', async () => {
    const resource = pkg.resources.find((r) => r.name === 'table-2020-03-departments')!;
    const rows = (await resource.read({ keyed: true, cast: true })) as Array<Record<string, number | string | null>>;
    const content = JSON.parse(
      readFileSync(join(PROJECT_ROOT, 'content/issues/2020-03/tables/02-departments.json'), 'utf8'),
    ) as { columns: Array<{ key: string; label: string }>; rows: Array<{ unit: string; cells: Array<number | null> }> };
    expect(rows.slice(0, -1).map((r) => r['部门名称'])).toEqual(content.rows.map((r) => r.unit));
    for (const [i, row] of content.rows.entries())
      expect(content.columns.map((c) => rows[i]![c.label])).toEqual(row.cells);
    expect(resource.descriptor.printedTotalsRow).toMatchObject({ field: '部门名称', value: '合计' });
    expect(rows.at(-1)!['部门名称']).toBe('合计');
  });

  it('reads the ranking series with months as year-months and indexes as numbers', async () => {
    const resource = pkg.resources.find((r) => r.name === 'city-credit-rankings')!;
    const rows = (await resource.read({ keyed: true, cast: true })) as Array<Record<string, unknown>>;
    expect(rows[0]).toMatchObject({ 城市: '营口市', 月份: [2019, 12], 综合指数: 81.34, 参评城市数: 261 });
  });
});

describe('/data/datapackage.zip', () => {
  it('holds the descriptor and every resource, byte for byte as served', async () => {
    const response = await fetch(`${origin}/data/datapackage.zip`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const entries = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const paths = ['datapackage.json', ...pkg.resources.map((r) => r.descriptor.path)];
    expect(Object.keys(entries).sort()).toEqual([...paths].sort());
    for (const path of paths)
      expect(Buffer.from(entries[path]!).toString('utf8'), path).toBe(await fetchText(`${origin}/data/${path}`));
  });
});
