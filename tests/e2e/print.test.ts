import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { PROJECT_ROOT } from '../support/site-build.ts';

// An issue page printed on A4 in Chromium looks like the paper bulletin. The PDF's text is read with
// poppler's pdftotext to check what is on which page (.ci/run installs it; without it those tests fail).
const origin = inject('origin');
const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;
const PDFTOTEXT_MISSING =
  '找不到 pdftotext，无法逐页检查打印的 PDF。请安装：apt-get install -y poppler-utils / pdftotext (poppler-utils) is not installed';
const RED = 'rgb(208, 0, 0)';

let browser: Browser;
let page: Page;
let pdf: Buffer;
let pages: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  // The width of an A4 page between its margins, so the print layout is the one the PDF gets.
  page = await browser.newPage({ viewport: { width: 642, height: 900 } });
  await page.goto(`${origin}/issues/2020-03/`);
  pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'print' });
  if (hasPdftotext) {
    const dir = mkdtempSync(join(tmpdir(), 'archive-print-'));
    writeFileSync(join(dir, 'issue.pdf'), pdf);
    const run = spawnSync('pdftotext', ['-layout', join(dir, 'issue.pdf'), '-'], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    if (run.status !== 0) throw new Error(`pdftotext failed (exit ${run.status}): ${run.stderr}`);
    pages = run.stdout.split('\f').filter((p) => p.trim());
  }
});
afterAll(async () => {
  await browser?.close();
});

const style = (selector: string, property: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el, prop) => getComputedStyle(el).getPropertyValue(prop), property);

describe('print styles of an issue page', () => {
  it('leaves out navigation, search, the table of contents, the citation box and links to other pages', async () => {
    for (const selector of [
      '.skip-link',
      '.site-header',
      '.site-footer',
      '.breadcrumb',
      '.pager',
      '.issue-toc',
      '.cite',
      '.issue-data',
      '.table-link',
      '.brief-link',
      '.ranking-series-link',
    ]) {
      expect(await style(selector, 'display'), selector).toBe('none');
    }
  });

  it('prints the masthead in red with publisher and date over a red rule', async () => {
    expect(await style('.masthead-title', 'color')).toBe(RED);
    expect(await style('.masthead-line', 'border-bottom-color')).toBe(RED);
    expect(parseFloat(await style('.masthead-line', 'border-bottom-width'))).toBeGreaterThanOrEqual(2);
    expect(parseFloat(await style('.masthead-subtitle', 'font-size'))).toBeGreaterThan(
      parseFloat(await style('.masthead-series', 'font-size')),
    );
  });

  it('boxes the key notes and repeats table headers on every page, printing totals once', async () => {
    expect(await style('.key-notes', 'border-top-style')).toBe('solid');
    // The department table runs over several pages; its totals (printed and computed) are its tfoot.
    expect(await page.locator('#table-departments thead').count()).toBe(1);
    expect(await page.locator('#table-departments tfoot').count()).toBe(1);
    expect(await style('#table-departments thead', 'display')).toBe('table-header-group');
    // A table-footer-group would repeat on every page; a row group prints once, after the last row.
    expect(await style('#table-departments tfoot', 'display')).toBe('table-row-group');
  });

  it('makes an A4 PDF of several pages', () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pageCount = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    expect(pageCount).toBeGreaterThanOrEqual(4);
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[0 0 594\.9\d* 841\.9\d*\]/);
  });
});

describe('the printed PDF, page by page', () => {
  beforeAll(() => {
    if (!hasPdftotext) throw new Error(PDFTOTEXT_MISSING);
    expect(pages.length).toBeGreaterThanOrEqual(4);
  });

  it('opens with the masthead, the issue numbers, publisher, date and the key notes', () => {
    const first = pages[0]!.replace(/\s+/g, '');
    for (const text of [
      '营口信用体系建设',
      '工作简报',
      '〔2020〕第3期',
      '总第10期',
      '营口市社会信用体系建设领导小组办公室',
      '2020年10月10日',
      '重要提示',
    ]) {
      expect(first).toContain(text.replace(/\s+/g, ''));
    }
    expect(first.indexOf('营口信用体系建设')).toBeLessThan(first.indexOf('重要提示'));
  });

  it('ends with the footer lines as printed', () => {
    const last = pages.at(-1)!.replace(/\s+/g, '');
    for (const text of [
      '报：辽宁省信用办',
      '送：市社会信用体系建设领导成员单位',
      '编辑：费文兵',
      '审核：李洪广',
      '联系电话：0417—2998573',
      '（共印80份）',
    ]) {
      expect(last).toContain(text);
    }
  });

  it('carries the sections in printed order and none of the screen chrome', () => {
    const all = pages.join('\n').replace(/\s+/g, '');
    const positions = ['【国家政策】', '【辽宁动态】', '【工作推进】', '【省内消息】', '【我市简讯】'].map((s) =>
      all.indexOf(s),
    );
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const chrome of ['跳到正文', '往期简报', '本期目录', '引用本期', '单独查看此表'])
      expect(all).not.toContain(chrome);
  });

  it('prints each table’s totals once, after its last row, not on every page it runs over', async () => {
    // The computed totals row is headed 本站合计 on a line of its own (各行之和 below it, in small type).
    const tables = await page.locator('.data-table tfoot').count();
    const totalsRows = pages.flatMap((text) => text.split('\n')).filter((line) => line.trim() === '本站合计');
    expect(tables).toBeGreaterThan(0);
    expect(totalsRows.length).toBe(tables);
  });

  it('repeats the department table’s header row on each page it runs over', () => {
    // A page of the table is one with rows on it: lines that begin with a department's name (a long
    // name wraps in its narrow column, so its first four characters).
    const table = JSON.parse(
      readFileSync(join(PROJECT_ROOT, 'content/issues/2020-03/tables/02-departments.json'), 'utf8'),
    ) as { rowHeader: string; rows: Array<{ unit: string }> };
    const units = table.rows.map((row) => row.unit);
    const rowsOn = (text: string) =>
      text.split('\n').filter((line) => units.some((unit) => line.trimStart().startsWith(unit.slice(0, 4)))).length;
    const tablePages = pages.filter((text) => rowsOn(text) >= 3);
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
    expect(tablePages.reduce((n, text) => n + rowsOn(text), 0)).toBeGreaterThanOrEqual(units.length);
    for (const text of tablePages) expect(text).toContain(table.rowHeader);
  });
});
