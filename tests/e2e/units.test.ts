/**
 * The unit pages and table series pages in Chromium against the served site: a unit's overview (its latest
 * figures, its years, its aliases) and its year pages with every figure it reported, as the content files have
 * it (a blank shown and announced as 未填报, never 0), its row totals with their discrepancies, links to each
 * table; the series' overview with its downloads and its year pages; at 360 px and without JavaScript.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibleName, launchChromium } from '../support/browser.ts';
import { PROJECT_ROOT } from '../support/content-fixture.ts';
import { formatCount } from '../../src/lib/common/format.ts';

const origin = inject('origin');
const basePath = inject('base').replace(/\/$/, '');
const unitPath = (name: string) => `/units/${encodeURIComponent(name)}/`;
/** The seed archive is issue 2020-03: each unit and each series has one year. */
const unitYearPath = (name: string) => `${unitPath(name)}2020/`;

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

async function open(path: string, width = 1280, javaScriptEnabled = true): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled })).newPage();
  const response = await page.goto(origin + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

/**
 * The unit page's figure table for a table series: label → what each issue's cell shows, its text or, for an
 * empty cell, the words the stylesheet gives it (a blank's 未填报).
 */
async function figuresShown(page: Page, title: string): Promise<Map<string, string[]>> {
  const rows = await page
    .locator('section.unit-series', { has: page.locator(':is(h2, h3)', { hasText: title }) })
    .locator('table tbody:not(.row-totals) tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [
        tr.querySelector('th')!.textContent!.trim(),
        [...tr.querySelectorAll('td')].map(
          (td) => td.textContent!.trim() || getComputedStyle(td, '::after').content.replace(/^"|"$/g, ''),
        ),
      ]),
    );
  return new Map(rows as Array<[string, string[]]>);
}

/** How a blank cell reaches a reader: its markup, what is drawn, what a screen reader hears. */
async function blankRendering(page: Page, cell: string) {
  const td = page.locator(cell).first();
  await td.evaluate((el) => el.setAttribute('data-probe', 'blank'));
  const drawn = await td.evaluate((el) => {
    const after = getComputedStyle(el, '::after');
    return { markup: el.innerHTML, content: after.content, position: after.position, clip: after.clip };
  });
  return { ...drawn, name: await accessibleName(page, '[data-probe="blank"]') };
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
  it('shows every figure of 公安局 on its year page as the table file has it, a blank as 未填报 and never 0, linking to the table', async () => {
    const page = await open(unitYearPath('公安局'));
    const row = departments.rows.find((r) => r.unit === '公安局')!;
    const shown = await figuresShown(page, departments.title);
    departments.columns
      .filter((c) => c.key !== departments.rowTotalColumn)
      .forEach((column) => {
        const cell = row.cells[departments.columns.indexOf(column)]!;
        expect(shown.get(column.label), column.label).toEqual([cell === null ? '未填报' : formatCount(cell)]);
      });
    const tableLink = page.locator('.figures-links a', { hasText: '2020年第3期' });
    expect(await tableLink.getAttribute('href')).toBe(`${basePath}/issues/2020-03/tables/departments/`);
    const seriesLink = page.locator('.figures-links a', { hasText: '各单位对照' });
    expect(await seriesLink.getAttribute('href')).toBe(`${basePath}/tables/departments/2020/`);
    await page.context().close();
  });

  it('is an overview: the latest issue’s figures and a link to each year, which leads back', async () => {
    const page = await open(unitPath('公安局'));
    const row = departments.rows.find((r) => r.unit === '公安局')!;
    const shown = await figuresShown(page, departments.title);
    expect(shown.get(departments.columns[0]!.label)).toEqual([
      row.cells[0] === null ? '未填报' : formatCount(row.cells[0]!),
    ]);
    const year = page.locator('.link-list a', { hasText: '2020' });
    expect(await page.locator('.link-list a').count()).toBe(1);
    await year.click();
    await page.waitForURL(/\/2020\/$/);
    expect(await page.locator('h1').textContent()).toBe('公安局 · 2020年');
    const back = page.locator('.breadcrumb a', { hasText: '公安局' });
    expect(await back.getAttribute('href')).toBe(`${basePath}${unitPath('公安局')}`);
    await page.context().close();
  });

  it('shows a printed row total with its sum and the discrepancy the audit found (市场监督管理局: +40)', async () => {
    for (const path of [unitYearPath('市场监督管理局'), unitPath('市场监督管理局')]) {
      const page = await open(path);
      const totals = await page
        .locator('tbody.row-totals tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
      expect(totals, path).toEqual([
        ['数据总量（印刷）', '1,795,396'],
        ['各项之和（本站计算）', '1,795,356'],
        ['核对（印刷减各项之和）', '+40'],
      ]);
      await page.context().close();
    }
  });

  it('says a blank printed row total is not compared, and nothing reported is not 0 (司法局)', async () => {
    const page = await open(unitYearPath('司法局'));
    const totals = await page
      .locator('tbody.row-totals tr')
      .evaluateAll((trs) =>
        trs.map((tr) =>
          [...tr.children].map(
            (c) => c.textContent!.trim() || getComputedStyle(c, '::after').content.replace(/^"|"$/g, ''),
          ),
        ),
      );
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
    const page = await open(unitYearPath('鲅鱼圈'));
    const shown = await figuresShown(page, districts.title);
    const row = districts.rows.find((r) => r.unit === '鲅鱼圈')!;
    expect(districts.columns.map((c) => shown.get(c.label)?.[0])).toEqual(
      row.cells.map((cell) => (cell === null ? '未填报' : formatCount(cell))),
    );
    expect(await page.locator('tbody.row-totals').count()).toBe(0);
    await page.context().close();
  });

  it('needs no JavaScript: the year page has every figure with JavaScript off', async () => {
    const page = await open(unitYearPath('公安局'), 1280, false);
    const shown = await figuresShown(page, departments.title);
    expect(shown.size).toBe(departments.columns.length - 1);
    expect(await page.locator('script').count()).toBe(0);
    await page.context().close();
  });

  for (const path of [unitPath('市场监督管理局'), unitYearPath('市场监督管理局')])
    it(`fits a 360 px phone: the page does not scroll sideways, the figures scroll in their own region (${path})`, async () => {
      const page = await open(path, 360);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
      await page.context().close();
    });
});

describe('a table series page', () => {
  it('is an overview with its years and the full-series CSV and JSON, which match the table', async () => {
    const page = await open('/tables/departments/');
    const year = page.locator('.link-list a', { hasText: '2020' });
    // Relative to the overview, so the list weighs the same whatever the name.
    expect(await year.getAttribute('href')).toBe('2020/');
    expect(await year.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(`${origin}/tables/departments/2020/`);
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

  it('sets each unit’s figures of the year by issue, linking each unit’s year', async () => {
    const page = await open('/tables/departments/2020/');
    const unitLinks = page.locator('.series-table th[scope="rowgroup"] a');
    expect(await unitLinks.allTextContents()).toEqual(departments.rows.map((r) => r.unit));
    expect(await unitLinks.first().getAttribute('href')).toBe(`${basePath}${unitYearPath(departments.rows[0]!.unit)}`);
    const police = departments.rows.find((r) => r.unit === '公安局')!;
    const shown = await page
      .locator('.series-table tbody', { has: page.locator('th[scope="rowgroup"]', { hasText: /^公安局$/ }) })
      .locator('td')
      .evaluateAll((tds) =>
        tds.map((td) => td.textContent!.trim() || getComputedStyle(td, '::after').content.replace(/^"|"$/g, '')),
      );
    expect(shown).toEqual(police.cells.map((cell) => (cell === null ? '未填报' : formatCount(cell))));
    await page.context().close();
  });

  it('fits a 360 px phone and passes axe', async () => {
    for (const path of ['/tables/districts/', '/tables/districts/2020/']) {
      const page = await open(path, 360);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map((v) => v.id),
        path,
      ).toEqual([]);
      await page.context().close();
    }
  });
});

describe('a blank cell', () => {
  it('is one rendering on the unit and series pages: empty markup, 未填报 seen and heard, never 0', async () => {
    const unit = await open(unitYearPath('司法局'));
    const series = await open('/tables/departments/2020/');
    const onUnit = await blankRendering(unit, 'section.unit-series tbody td:empty');
    const onSeries = await blankRendering(series, '.series-table tbody td:empty');
    expect(onUnit).toEqual({ markup: '', content: '"未填报"', position: 'static', clip: 'auto', name: '未填报' });
    expect(onSeries).toEqual(onUnit);
    await unit.context().close();
    await series.context().close();
  });
});
