/**
 * `npm run import-table` as an editor runs it: an .xlsx written by exceljs and a .csv, each added as one
 * table to an issue of a throw-away copy of the fixture archive.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STACK_TRACE, copyOfContent, runScript } from '../support/content-fixture.ts';

const work = mkdtempSync(join(tmpdir(), 'bulletin-sheet-'));
const created: string[] = [work];
afterAll(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});
function archive(): string {
  const dir = copyOfContent();
  created.push(dir);
  return dir;
}

describe('npm run import-table', { timeout: 60_000 }, () => {
  it("adds an .xlsx table after the issue's last one, reusing the archive's keys, and it validates", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('四季度');
    sheet.addRow(['四季度全市信源单位信息上报数据汇总表']);
    sheet.addRow(['部门名称', '行政处罚', '行政许可', '数据总量']);
    sheet.addRow(['公安局', 3230, null, 3230]);
    sheet.addRow(['民政局', 12, 3, 15]);
    sheet.addRow(['合计', 3242, 3, 3245]);
    sheet.mergeCells('A1:D1');
    const file = join(work, '四季度汇总.xlsx');
    writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
    const content = archive();
    const run = runScript('scripts/import-table.ts', [file, '--issue', '2020-03'], { ARCHIVE_CONTENT_DIR: content });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('这张表没有格式问题');
    const tables = readdirSync(join(content, 'issues/2020-03/tables')).sort();
    expect(tables).toEqual(['01-districts.json', '02-departments.json', '03-si-ji-du-quan-shi-xin-yuan-dan.json']);
    const table = JSON.parse(readFileSync(join(content, 'issues/2020-03/tables', tables[2]!), 'utf8'));
    expect(table.columns.map((c: { key: string }) => c.key)).toEqual([
      'administrative-penalties',
      'administrative-licences',
      'total',
    ]);
    expect(table.rows[0]).toEqual({ unit: '公安局', cells: [3230, null, 3230] });
    expect(table.printedTotals).toEqual({ label: '合计', cells: [3242, 3, 3245] });
    expect(runScript('scripts/validate.ts', [], { ARCHIVE_CONTENT_DIR: content }).status).toBe(0);
  });

  it('adds a .csv table, and never overwrites: a second import is a new file', () => {
    const file = join(work, 'table.csv');
    writeFileSync(file, '\uFEFF部门名称,信用承诺书\r\n公安局,5\r\n民政局,\r\n', 'utf8');
    const content = archive();
    const first = runScript('scripts/import-table.ts', [file, '--issue', '2020-03', '--title', '信用承诺书统计'], {
      ARCHIVE_CONTENT_DIR: content,
    });
    expect(first.status).toBe(0);
    const second = runScript('scripts/import-table.ts', [file, '--issue', '2020-03', '--title', '信用承诺书统计'], {
      ARCHIVE_CONTENT_DIR: content,
    });
    expect(second.status).toBe(0);
    const tables = readdirSync(join(content, 'issues/2020-03/tables')).sort();
    expect(tables.slice(2)).toEqual([
      '03-xin-yong-cheng-nuo-shu-tong-ji.json',
      '04-xin-yong-cheng-nuo-shu-tong-ji-2.json',
    ]);
    const table = JSON.parse(readFileSync(join(content, 'issues/2020-03/tables', tables[2]!), 'utf8'));
    expect(table.rows).toEqual([
      { unit: '公安局', cells: [5] },
      { unit: '民政局', cells: [null] },
    ]);
  });

  it('explains what it needs, in Chinese, without a stack trace', () => {
    const file = join(work, 'untitled.csv');
    writeFileSync(file, '部门名称,信用承诺书\n公安局,5\n');
    const content = archive();
    const noTitle = runScript('scripts/import-table.ts', [file, '--issue', '2020-03'], {
      ARCHIVE_CONTENT_DIR: content,
    });
    expect(noTitle.status).toBe(1);
    expect(noTitle.stderr).toContain('没有导入表格');
    expect(noTitle.stderr).toContain('用 --title 给出表名');
    const noIssue = runScript('scripts/import-table.ts', [file, '--issue', '2021-01', '--title', '表'], {
      ARCHIVE_CONTENT_DIR: content,
    });
    expect(noIssue.stderr).toContain('issues/2021-01/ 还不存在');
    expect(noIssue.stderr).not.toMatch(STACK_TRACE);
  });
});
