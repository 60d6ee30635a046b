/**
 * The table pages in real Chromium, against the built site served over HTTP: usable on a 360 px phone,
 * sortable with mouse and keyboard, complete without JavaScript, with working downloads and an audit
 * page whose every link lands on its discrepancy.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibleName, launchChromium } from '../support/browser.ts';

const origin = inject('origin');
const DEPARTMENTS = '/issues/2020-03/tables/departments/';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, options: { width?: number; javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 800 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  const response = await page.goto(origin + path);
  expect(response?.status()).toBe(200);
  return page;
}

/** Unit names of the table's body rows, in the order shown. */
function unitsShown(page: Page): Promise<string[]> {
  return page
    .locator('#table-departments tbody th[scope="row"]')
    .evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).dataset.value ?? ''));
}

describe('a table page on a 360 px phone', () => {
  it('scrolls the table inside its frame, never the page, keeping the unit column and the header in view', async () => {
    const page = await open(DEPARTMENTS, { width: 360 });
    const frame = page.locator('.table-scroll').first();
    await frame.scrollIntoViewIfNeeded();
    const pageOverflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(pageOverflow).toBe(0);

    const frameBox = (await frame.boundingBox())!;
    const frameWidth = await frame.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(frameWidth.scroll).toBeGreaterThan(frameWidth.client * 3);

    // Scroll to the far right and part-way down inside the frame.
    await frame.evaluate((el) => {
      el.scrollLeft = el.scrollWidth;
      el.scrollTop = 600;
    });
    const unit = page.locator('#table-departments tbody th[scope="row"]', { hasText: '社会保障中心' });
    await unit.scrollIntoViewIfNeeded();
    const unitBox = (await unit.boundingBox())!;
    expect(Math.abs(unitBox.x - frameBox.x)).toBeLessThanOrEqual(2);
    const total = page.locator('#table-departments thead th').last();
    const totalBox = (await total.boundingBox())!;
    expect(totalBox.x + totalBox.width).toBeLessThanOrEqual(frameBox.x + frameBox.width + 1);
    const frameTop = (await frame.boundingBox())!.y;
    expect(Math.abs(totalBox.y - frameTop)).toBeLessThanOrEqual(2);
    // The unit cell is really on top (sticky, opaque), not covered by the figures scrolled under it.
    const onTop = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('th')?.textContent?.trim(),
      { x: unitBox.x + 10, y: unitBox.y + unitBox.height / 2 },
    );
    expect(onTop).toContain('社会保障中心');
    await page.context().close();
  });

  it('has no page-level overflow on the issue page and the audit page either', async () => {
    for (const path of ['/issues/2020-03/', '/audit/']) {
      const page = await open(path, { width: 360 });
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      ).toBe(0);
      await page.context().close();
    }
  });
});

describe('sorting', () => {
  it('sorts by a column on click, largest first then smallest, blanks last, then back to printed order', async () => {
    const page = await open(DEPARTMENTS);
    const printed = await unitsShown(page);
    expect(printed.slice(0, 3)).toEqual(['市信息中心', '市行政审批局', '市场监督管理局']);
    const header = page.locator('#table-departments thead th').last();
    const button = header.getByRole('button', { name: '数据总量' });

    await button.click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const descending = await unitsShown(page);
    expect(descending.slice(0, 3)).toEqual(['社会保障中心', '供电公司', '市场监督管理局']);
    expect(await page.locator('sortable-table [aria-live="polite"]').first().textContent()).toBe(
      '已按“数据总量”从大到小排列，空白格排在最后。',
    );

    await button.click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const ascending = await unitsShown(page);
    // Ties keep printed order; blank rows sort last in both directions.
    expect(ascending[0]).toBe('生态环境局');
    const lastValues = await page
      .locator('#table-departments tbody tr')
      .evaluateAll((rows) => rows.slice(-3).map((row) => (row as HTMLTableRowElement).cells[22]!.dataset.printed));
    expect(lastValues).toEqual(['', '', '']);
    expect(ascending.at(-1)).toBe('图书馆');

    await button.click();
    expect(await header.getAttribute('aria-sort')).toBeNull();
    expect(await unitsShown(page)).toEqual(printed);
    await page.context().close();
  });

  it('works from the keyboard and sorts names in pinyin order', async () => {
    const page = await open(DEPARTMENTS);
    const header = page.locator('#table-departments thead th').first();
    await header.getByRole('button', { name: '部门名称' }).focus();
    await page.keyboard.press('Enter');
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const units = await unitsShown(page);
    expect(units).toEqual([...units].sort(new Intl.Collator('zh-CN').compare));
    expect(units.slice(0, 2)).toEqual(['鲅鱼圈海关', '编委办']);
    await page.keyboard.press('Space');
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    await page.context().close();
  });

  it('keeps rows inside their group when the table has groups', async () => {
    const page = await open('/issues/2020-03/tables/districts/');
    await page.locator('#table-districts thead').getByRole('button', { name: '信用承诺书' }).click();
    const groups = await page
      .locator('#table-districts tbody')
      .evaluateAll((bodies) =>
        bodies.map((body) =>
          [...body.querySelectorAll('th')].map((th) => (th as HTMLElement).dataset.value ?? th.textContent!.trim()),
        ),
      );
    expect(groups).toEqual([
      ['县（市）区', '大石桥市', '站前区', '西市区', '老边区', '鲅鱼圈', '盖州市'],
      ['园区', '仙人岛经济开发区', '沿海产业基地', '辽河经济开发区', '北海经济开发区', '自贸区'],
    ]);
    await page.context().close();
  });

  it('is not needed: without JavaScript the table is complete, in printed order, with its totals', async () => {
    const page = await open(DEPARTMENTS, { javaScriptEnabled: false });
    const units = await unitsShown(page);
    expect(units).toHaveLength(57);
    expect(units[0]).toBe('市信息中心');
    expect(units.at(-1)).toBe('共青团');
    expect(await page.locator('#table-departments thead button').count()).toBe(0);
    const totals = await page.locator('#table-departments tfoot th[scope="row"]').allTextContents();
    expect(totals.map((t) => t.trim())).toEqual(['合计印刷', '本站合计各行之和']);
    await page.context().close();
  });
});

describe('what the table shows', () => {
  it('groups figures zh-CN style, leaves blanks blank but announced, and shows each differing total with both figures and the difference', async () => {
    const page = await open(DEPARTMENTS);
    const row = page.locator('#table-departments tbody tr', { has: page.locator('th', { hasText: '社会保障中心' }) });
    expect((await row.locator('td').nth(20).textContent())!.trim()).toBe('725,339,424');
    const blank = row.locator('td').first();
    // Nothing to see or copy: the cell holds no text, and what the stylesheet adds is hidden.
    const seen = await blank.evaluate((td) => {
      const added = getComputedStyle(td, '::after');
      return { text: td.textContent, area: parseFloat(added.width) * parseFloat(added.height), clip: added.clip };
    });
    expect(seen).toEqual({ text: '', area: 1, clip: 'rect(0px, 0px, 0px, 0px)' });
    // But a screen reader hears 未填报: the cell's name in Chromium's own accessibility tree.
    await blank.evaluate((td) => td.setAttribute('data-probe', 'blank'));
    await row
      .locator('td')
      .nth(20)
      .evaluate((td) => td.setAttribute('data-probe', 'figure'));
    expect(await accessibleName(page, '[data-probe="blank"]')).toBe('未填报');
    expect(await accessibleName(page, '[data-probe="figure"]')).toBe('725,339,424');
    expect(await blank.evaluate((td) => getComputedStyle(td).textAlign)).toBe('right');
    expect(await blank.evaluate((td) => getComputedStyle(td).fontVariantNumeric)).toBe('tabular-nums');

    const printedTotals = page.locator('#table-departments tfoot tr.printed-totals td');
    expect((await printedTotals.first().textContent())!.replace(/\s+/g, '')).toBe(
      '2,457△2（核对差异）与本站合计3,336差−879',
    );
    const finding = page.locator('#table-departments-finding-2');
    expect((await finding.textContent())!.replace(/\s+/g, '')).toContain(
      '合计·行政处罚（列合计）：印刷2,457，各行之和3,336，相差−879。',
    );
    const computed = page.locator('#table-departments tfoot tr.computed td');
    expect((await computed.first().textContent())!.trim()).toBe('3,336');
    expect((await computed.nth(2).textContent())!.replace(/\s+/g, '')).toBe('—（各行均未填报）');

    const rowTotal = page
      .locator('#table-departments tbody tr', { has: page.locator('th', { hasText: '市场监督管理局' }) })
      .locator('td')
      .last();
    expect((await rowTotal.textContent())!.replace(/\s+/g, '')).toBe('1,795,396△1（核对差异）本站1,795,356，差+40');
    await page.context().close();
  });

  it('has no axe-core WCAG 2.2 AA violations on the table pages and the audit page', async () => {
    for (const path of [DEPARTMENTS, '/issues/2020-03/tables/districts/', '/audit/']) {
      for (const width of [360, 1280]) {
        const page = await open(path, { width });
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(
          results.violations.map(
            (v) => `${path} @${width}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          ),
        ).toEqual([]);
        await page.context().close();
      }
    }
  });
});

describe('downloads', () => {
  it('links CSV and JSON from the table page, and serves them', async () => {
    const page = await open(DEPARTMENTS);
    const csvHref = await page.getByRole('link', { name: /^CSV/ }).getAttribute('href');
    const jsonHref = await page.getByRole('link', { name: /^JSON/ }).getAttribute('href');
    expect([csvHref, jsonHref]).toEqual([
      '/issues/2020-03/tables/departments.csv',
      '/issues/2020-03/tables/departments.json',
    ]);
    await page.context().close();

    const csv = await fetch(origin + csvHref);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.subarray(3)).split('\r\n');
    expect(lines).toHaveLength(1 + 57 + 1 + 1);
    expect(lines[0]!.split(',').slice(0, 3)).toEqual(['部门名称', '行政处罚', '行政许可']);
    expect(lines.find((line) => line.startsWith('社会保障中心,'))).toBe(
      '社会保障中心' + ','.repeat(21) + '725339424,725339424',
    );
    expect(lines[58]).toBe('合计,2457,9301,5921,1577,65,7,3,54,,54,,51,65,1,19,873,,,,119,486660052,729115164');

    const json = await fetch(origin + jsonHref);
    expect(json.status).toBe(200);
    const document = (await json.json()) as {
      rows: unknown[];
      computedTotals: { columns: Record<string, number | null> };
      discrepancies: Array<{ column: string; printed: number; computed: number | null; difference: number | null }>;
    };
    expect(document.rows).toHaveLength(57);
    expect(document.computedTotals.columns['administrative-penalties']).toBe(3336);
    expect(document.computedTotals.columns['sector-supervision-fields']).toBeNull();
    expect(document.discrepancies).toHaveLength(9);
    expect(document.discrepancies[3]).toMatchObject({
      column: '开展行业信用监管的领域',
      printed: 5921,
      computed: null,
      difference: null,
    });
  });
});

describe('the audit page', () => {
  it('lists every discrepancy by table, each linking to its place on the table page', async () => {
    const page = await open('/audit/');
    expect(await page.locator('h1').textContent()).toBe('数据核对');
    const links = page.locator('.audit-list tbody th a');
    expect(await links.count()).toBe(9);
    const hrefs = await links.evaluateAll((anchors) =>
      anchors.map((a) => (a as HTMLAnchorElement).getAttribute('href')!),
    );
    expect(hrefs[0]).toBe('/issues/2020-03/tables/departments/#table-departments-finding-1');
    await links.nth(3).click();
    await page.waitForURL(/finding-4$/);
    expect((await page.locator('#table-departments-finding-4').textContent())!).toContain('开展行业信用监管的领域');
    expect((await page.locator('#table-departments-finding-4').textContent())!).toContain(
      '印刷合计 5,921；各行均未填报',
    );
    await page.context().close();
  });
});
