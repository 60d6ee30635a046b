/**
 * The unit pages and table series pages in Chromium against the served site: every figure a unit
 * reported, as the content files have it (a blank as 未填报, never 0), its row totals with their
 * discrepancies, its aliases, links to each table, and the series with its downloads; at 360 px.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { PROJECT_ROOT } from '../support/content-fixture.ts';
import { formatCount } from '../../src/lib/common/format.ts';

const origin = inject('origin');
const basePath = inject('base').replace(/\/$/, '');
const unitPath = (name: string) => `/units/${encodeURIComponent(name)}/`;

interface ContentTable {
  title: string;
  columns: Array<{ key: string; label: string }>;
  rowTotalColumn?: string;
  rows: Array<{ unit: string; group?: string; cells: Array<number | null> }>;
}
const contentTable = (file: string) =>
  JSON.parse(readFileSync(join(PROJECT_ROOT, 'content/issues/2020-03/tables', file), 'utf8')) as ContentTable;
const departments = contentTable('02-departments.json');
const districts = contentTable('01-districts.json');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, width = 1280): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width, height: 800 } })).newPage();
  const response = await page.goto(origin + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

/** The unit page's figure table for a table series: label → the cell text of each issue. */
async function figuresShown(page: Page, title: string): Promise<Map<string, string[]>> {
  const rows = await page
    .locator('section.unit-series', { has: page.locator('h2', { hasText: title }) })
    .locator('table tbody:not(.row-totals) tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [
        tr.querySelector('th')!.textContent!.trim(),
        [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()),
      ]),
    );
  return new Map(rows as Array<[string, string[]]>);
}

describe('/units/', () => {
  it('lists every unit of both tables, grouped, with counts', async () => {
    const page = await open('/units/');
    const headings = await page.locator('main section h2').allTextContents();
    expect(headings.slice(0, 3).map((h) => h.replace(/\s+/g, ''))).toEqual([
      '县（市）区（6个）',
      '园区（5个）',
      '部门（57个）',
    ]);
    const links = await page.locator('.unit-list a').allTextContents();
    expect(links.sort()).toEqual([...districts.rows, ...departments.rows].map((r) => r.unit).sort());
    await page.context().close();
  });
});

describe('a unit page', () => {
  it('shows every figure of 公安局 as the table file has it, a blank as 未填报 and never 0, linking to the table', async () => {
    const page = await open(unitPath('公安局'));
    const row = departments.rows.find((r) => r.unit === '公安局')!;
    const shown = await figuresShown(page, departments.title);
    departments.columns
      .filter((c) => c.key !== departments.rowTotalColumn)
      .forEach((column) => {
        const cell = row.cells[departments.columns.indexOf(column)]!;
        expect(shown.get(column.label), column.label).toEqual([cell === null ? '未填报' : formatCount(cell)]);
      });
    const tableLink = page.locator('.series-links a', { hasText: '2020年第3期' });
    expect(await tableLink.getAttribute('href')).toBe(`${basePath}/issues/2020-03/tables/departments/`);
    await page.context().close();
  });

  it('shows a printed row total with its sum and the discrepancy the audit found (市场监督管理局: +40)', async () => {
    const page = await open(unitPath('市场监督管理局'));
    const totals = await page
      .locator('tbody.row-totals tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
    expect(totals).toEqual([
      ['数据总量（印刷）', '1,795,396'],
      ['各项之和（本站计算）', '1,795,356'],
      ['核对（印刷减各项之和）', '+40'],
    ]);
    await page.context().close();
  });

  it('says a blank printed row total is not compared, and nothing reported is not 0 (司法局)', async () => {
    const page = await open(unitPath('司法局'));
    const totals = await page
      .locator('tbody.row-totals tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
    expect(totals).toEqual([
      ['数据总量（印刷）', '未填报'],
      ['各项之和（本站计算）', '各项均未填报'],
      ['核对（印刷减各项之和）', '印刷为空白，不比较'],
    ]);
    expect([...(await figuresShown(page, departments.title)).values()].flat().filter((t) => t !== '未填报')).toEqual(
      [],
    );
    await page.context().close();
  });

  it('names the aliases from content/units.json and links to the articles under them', async () => {
    const page = await open(unitPath('市行政审批局'));
    const meta = (await page.locator('main .meta').textContent()) ?? '';
    expect(meta).toContain('又作：“市审批局”');
    const source = page.locator('main .meta a', { hasText: '市审批局' });
    expect(await source.getAttribute('href')).toBe(`${basePath}/sources/${encodeURIComponent('市审批局')}/`);
    await page.context().close();
  });

  it('shows a district’s figures without row totals (鲅鱼圈)', async () => {
    const page = await open(unitPath('鲅鱼圈'));
    const shown = await figuresShown(page, districts.title);
    const row = districts.rows.find((r) => r.unit === '鲅鱼圈')!;
    expect(districts.columns.map((c) => shown.get(c.label)?.[0])).toEqual(
      row.cells.map((cell) => (cell === null ? '未填报' : formatCount(cell))),
    );
    expect(await page.locator('tbody.row-totals').count()).toBe(0);
    await page.context().close();
  });

  it('fits a 360 px phone: the page does not scroll sideways, the figures scroll in their own region', async () => {
    const page = await open(unitPath('市场监督管理局'), 360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await page.context().close();
  });
});

describe('a table series page', () => {
  it('sets each unit’s figures by issue, links each unit, and offers CSV and JSON that match', async () => {
    const page = await open('/tables/departments/');
    const unitLinks = await page.locator('.series-table th[scope="rowgroup"] a').allTextContents();
    expect(unitLinks).toEqual(departments.rows.map((r) => r.unit));
    const csvHref = await page.locator('.downloads a', { hasText: 'CSV' }).getAttribute('href');
    const jsonHref = await page.locator('.downloads a', { hasText: 'JSON' }).getAttribute('href');
    // Decoded by hand: Response.text() would drop the byte order mark this checks.
    const csv = Buffer.from(await (await fetch(new URL(csvHref!, origin))).arrayBuffer()).toString('utf8');
    const json = (await (await fetch(new URL(jsonHref!, origin))).json()) as {
      units: Array<{ name: string; rows: Array<{ issue: string; figures: Record<string, number | null> }> }>;
    };
    expect(csv.split('\r\n')[0]).toBe(
      `\uFEFF单位,期次,统计期,印刷单位名称,${departments.columns.map((c) => c.label).join(',')}`,
    );
    const police = departments.rows.find((r) => r.unit === '公安局')!;
    expect(json.units.find((u) => u.name === '公安局')!.rows).toEqual([
      {
        issue: '2020-03',
        printedName: '公安局',
        figures: Object.fromEntries(departments.columns.map((c, i) => [c.key, police.cells[i]])),
      },
    ]);
    await page.context().close();
  });

  it('fits a 360 px phone and passes axe', async () => {
    const page = await open('/tables/districts/', 360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await page.context().close();
  });
});
