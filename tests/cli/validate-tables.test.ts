/**
 * `npm run validate` and `npm run build` as an editor runs them, over copies of the real content with
 * one thing broken on purpose.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyOfContent, editFile, PROJECT_ROOT, runScript, STACK_TRACE } from '../support/content-fixture.ts';

const DEPARTMENTS = 'issues/2020-03/tables/02-departments.json';
const DISTRICTS = 'issues/2020-03/tables/01-districts.json';
const folders: string[] = [];
function fixture(): string {
  const dir = copyOfContent();
  folders.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Replaces the cells of one unit's row in the department table. */
function setRow(dir: string, unit: string, cells: string): void {
  editFile(dir, DEPARTMENTS, (text) => {
    const pattern = new RegExp(`("unit": "${unit}", "cells": )\\[[^\\]]*\\]`);
    expect(text).toMatch(pattern);
    return text.replace(pattern, `$1${cells}`);
  });
}

// Each test starts Node processes; on a busy 2-core machine that can take seconds.
describe('npm run validate', { timeout: 60_000 }, () => {
  it('--json prints exactly one JSON object with every discrepancy of the real archive', () => {
    const run = runScript('scripts/validate.ts', ['--json']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { errors: unknown[]; discrepancies: Array<Record<string, unknown>> };
    expect(Object.keys(report)).toEqual(['errors', 'discrepancies']);
    expect(report.errors).toEqual([]);
    expect(report.discrepancies).toHaveLength(9);
    expect(report.discrepancies[0]).toMatchObject({
      table: '2020-03/departments',
      kind: 'row-total',
      row: '市场监督管理局',
      column: '数据总量',
      printed: 1795396,
      computed: 1795356,
      difference: 40,
    });
  });

  it('prints errors, then discrepancies, grouped by file, and exits 1 on a bad cell', () => {
    const dir = fixture();
    editFile(dir, DISTRICTS, (text) =>
      text.replace(
        '"unit": "鲅鱼圈", "group": "县（市）区", "cells": [1, 165,',
        '"unit": "鲅鱼圈", "group": "县（市）区", "cells": [1, "—",',
      ),
    );
    const run = runScript('scripts/validate.ts', ['--verbose'], { ARCHIVE_CONTENT_DIR: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /tables\/01-districts\.json\n  ✗ 第 16 行第 \d+ 列 · 单位“鲅鱼圈”（表中第 1 个） · “开展行业信用评价企业数量”栏（第 2 栏）：空白格（未填报）请写 null，不要写成“—”；0 表示填报了 0，与空白不同（实际：“—”）/,
    );
    expect(run.stderr).not.toMatch(STACK_TRACE);
    // The other table is sound, so its discrepancies are still reported, by file (all of them with --verbose).
    expect(run.stdout).toMatch(
      /数据核对：9 处印刷合计与各项之和不符[^\n]*\n\n[^\n]*tables\/02-departments\.json  三季度全市信源单位信息上报数据汇总表\n  △ 市场监督管理局 · 数据总量（行合计）：印刷 1,795,396，各栏之和 1,795,356，相差 \+40/,
    );
  });

  it('sums up acknowledged discrepancies in one line; --verbose lists them', () => {
    const run = runScript('scripts/validate.ts', []);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      '数据核对：共 9 处印刷合计与各项之和不符，已经编者确认（照印刷版刊出，并在网站上标明）；逐条查看请运行 npm run validate -- --verbose',
    );
    expect(run.stdout).not.toContain('△');
    expect(
      run.stdout
        .trim()
        .split('\n')
        .filter((line) => line.trim()),
    ).toHaveLength(2);
    const verbose = runScript('scripts/validate.ts', ['--verbose']);
    expect(verbose.stdout.match(/△/g)).toHaveLength(9);
    expect(verbose.stdout).toContain('编者确认：');
  });

  it('--json reports the errors with file, place, line and what was found', () => {
    const dir = fixture();
    setRow(dir, '公安局', '[3230, 167, 12.5]');
    const run = runScript('scripts/validate.ts', ['--json'], { ARCHIVE_CONTENT_DIR: dir });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { errors: Array<Record<string, unknown>> };
    expect(report.errors).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/tables\/02-departments\.json$/),
        line: 36,
        place: '单位“公安局”（表中第 6 个）',
        found: '[3230,167,12.5]',
      }),
      expect.objectContaining({
        line: 36,
        place: '单位“公安局”（表中第 6 个） · “开展行业信用监管的领域”栏（第 3 栏）',
        found: '12.5',
        detail: 'rows[5].cells[2]',
      }),
    ]);
  });

  it('--strict fails on a discrepancy the table does not acknowledge, and passes once it does', () => {
    const dir = fixture();
    editFile(dir, DEPARTMENTS, (text) => {
      const data = JSON.parse(text) as { acknowledged: Array<{ column?: string }> };
      data.acknowledged = data.acknowledged.filter((ack) => ack.column !== 'administrative-penalties');
      return JSON.stringify(data, null, 2);
    });
    const plain = runScript('scripts/validate.ts', [], { ARCHIVE_CONTENT_DIR: dir });
    expect(plain.status).toBe(0);
    expect(plain.stdout).toContain('其中 1 处未经编者确认');
    expect(plain.stdout).toContain('△ 合计 · 行政处罚（列合计）：印刷 2,457，各行之和 3,336，相差 −879\n      未确认');
    // Only the open one is listed; the acknowledged eight are one line.
    expect(plain.stdout.match(/△/g)).toHaveLength(1);
    expect(plain.stdout).toContain('数据核对：另有 8 处印刷合计与各项之和不符，已经编者确认');

    const strict = runScript('scripts/validate.ts', ['--strict'], { ARCHIVE_CONTENT_DIR: dir });
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('有 1 处差异未经确认');

    const strictJson = runScript('scripts/validate.ts', ['--strict', '--json'], { ARCHIVE_CONTENT_DIR: dir });
    expect(strictJson.status).toBe(1);
    const report = JSON.parse(strictJson.stdout) as { discrepancies: Array<{ acknowledgement: string | null }> };
    expect(report.discrepancies.filter((d) => d.acknowledgement === null)).toHaveLength(1);

    expect(runScript('scripts/validate.ts', ['--strict'], {}).status).toBe(0);
  });

  it('names a misnamed table file and the rule', () => {
    const dir = fixture();
    writeFileSync(join(dir, 'issues/2020-03/tables/Departments.json'), readFileSync(join(dir, DEPARTMENTS)));
    const run = runScript('scripts/validate.ts', [], { ARCHIVE_CONTENT_DIR: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('issues/2020-03/tables/Departments.json');
    expect(run.stderr).toContain('数据表文件名应为“两位序号-英文小写短名.json，例如 02-departments.json”');
  });
});

describe('npm run build', { timeout: 60_000 }, () => {
  it('stops on a table error with a non-zero exit, leaves the previous dist/ untouched and no staging folder behind', () => {
    const dir = fixture();
    setRow(dir, '公安局', '[3230, 167]');
    const dist = mkdtempSync(join(tmpdir(), 'bulletin-dist-'));
    folders.push(dist);
    writeFileSync(join(dist, 'index.html'), 'previous build');
    const stagingBefore = existsSync(join(PROJECT_ROOT, '.build')) ? readdirSync(join(PROJECT_ROOT, '.build')) : [];

    const run = runScript('scripts/build.ts', [], { ARCHIVE_CONTENT_DIR: dir, ARCHIVE_DIST_DIR: dist });

    expect(run.status).toBe(1);
    expect(run.stderr).toContain('构建已停止');
    expect(run.stderr).toMatch(
      /02-departments\.json\n\s+✗ 第 \d+ 行第 \d+ 列 · 单位“公安局”（表中第 6 个）：此行有 2 格，本表有 22 栏/,
    );
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(readdirSync(dist)).toEqual(['index.html']);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('previous build');
    const stagingAfter = existsSync(join(PROJECT_ROOT, '.build')) ? readdirSync(join(PROJECT_ROOT, '.build')) : [];
    expect(stagingAfter.filter((name) => name.startsWith('site-') && !stagingBefore.includes(name))).toEqual([]);
  });
});
