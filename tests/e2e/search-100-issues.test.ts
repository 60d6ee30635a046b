import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BENCH_QUERIES, FIRST_SEARCH_BUDGET_BYTES, measureFirstSearch } from '../../scripts/bench-search.ts';
import { serveStatic, type RunningServer } from '../../scripts/lib/static-server.ts';
import { measurePage } from '../../scripts/lib/page-weight.ts';
import { launchChromium } from '../support/browser.ts';
import {
  describeWeight,
  htmlWeight,
  MEAN_PAGE_BUDGET_BYTES,
  overBudget,
  SERIES_PAGE_BUDGET_BYTES,
  UNIT_PAGE_BUDGET_BYTES,
} from '../support/html-weight.ts';
import { runProjectScript } from '../support/site-build.ts';

const origin = inject('origin');
const basePath = inject('base').replace(/\/$/, '');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('first search on the seed site', () => {
  for (const query of BENCH_QUERIES) {
    it(`${query}: within the budget, and fetches only from this site`, async () => {
      const cost = await measureFirstSearch(browser, origin, '/', query);
      expect(cost.bytes).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET_BYTES);
      expect(cost.files.filter((file) => !file.path.startsWith(`${basePath}/pagefind/`))).toEqual([]);
    });
  }
});

describe('first search on a 100-issue synthetic archive', () => {
  let contentDir: string;
  let distDir: string;
  let server: RunningServer;

  beforeAll(async () => {
    contentDir = mkdtempSync(join(tmpdir(), 'bulletin-100-content-'));
    distDir = mkdtempSync(join(tmpdir(), 'bulletin-100-dist-'));
    runProjectScript('scripts/synthetic-archive.ts', [contentDir, '100'], {});
    runProjectScript('scripts/build.ts', [], {
      ARCHIVE_CONTENT_DIR: contentDir,
      ARCHIVE_DIST_DIR: distDir,
      BASE_PATH: '/',
    });
    server = await serveStatic(distDir);
  }, 300_000);
  afterAll(async () => {
    await server?.close();
    rmSync(contentDir, { recursive: true, force: true });
    rmSync(distDir, { recursive: true, force: true });
  });

  it('orders results by date, newest issue first, across “more” pages', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('海蜇')}&sort=date`);
    await page.waitForFunction(
      () =>
        /找到/.test(document.querySelector('.search-status')?.textContent ?? '') &&
        !document.querySelector('.search-results[aria-busy]'),
    );
    await page.locator('.search-more').click();
    await page.locator('.search-more').click();
    await page.waitForFunction(() => document.querySelectorAll('.search-results > li').length >= 15);
    const dates = await page.locator('.search-results > li .result-meta').evaluateAll((items) =>
      items.map((item) => {
        const [, year, month, day] = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(item.textContent ?? '') ?? [];
        return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
      }),
    );
    expect(dates.length).toBeGreaterThanOrEqual(15);
    expect(dates).toEqual([...dates].sort().reverse());
    // The results span several issues, so the order is really put to the test.
    expect(new Set(dates).size).toBeGreaterThan(1);
    await context.close();
  });

  it('writes at most 17.6 KB of HTML per reader page on average, half of the 35.2 KB it was', () => {
    // Every reader page, the unit and series pages (overviews and years) included; /admin/ is not one.
    const weight = htmlWeight(distDir);
    console.log(`HTML at 100 issues: ${weight.pages.length} pages, mean ${(weight.meanBytes / 1024).toFixed(1)} KB`);
    console.log(describeWeight('  of which unit pages', weight.unitPages));
    console.log(describeWeight('  of which series pages', weight.seriesPages));
    expect(weight.pages.length).toBeGreaterThan(1400);
    expect(weight.pages.some((p) => p.file.startsWith('admin/'))).toBe(false);
    expect(weight.unitPages.length).toBeGreaterThan(68);
    expect(weight.meanBytes).toBeLessThanOrEqual(MEAN_PAGE_BUDGET_BYTES);
  });

  it('keeps every unit and series page, overview or year, within a budget that does not grow with the archive', () => {
    const { unitPages, seriesPages } = htmlWeight(distDir);
    // 25 years of four issues: each unit and each series has an overview and a page per year.
    const yearPage = /^(units|tables)\/[^/]+\/\d{4}\/index\.html$/;
    expect(unitPages.filter((p) => yearPage.test(p.file))).toHaveLength(68 * 25);
    expect(seriesPages.filter((p) => yearPage.test(p.file))).toHaveLength(2 * 25);
    expect(overBudget(unitPages, UNIT_PAGE_BUDGET_BYTES)).toEqual([]);
    expect(overBudget(seriesPages, SERIES_PAGE_BUDGET_BYTES)).toEqual([]);
  });

  it('keeps the rankings overview within 60 KB (gzip, everything it loads) and 1,500 elements', async () => {
    const overview = await measurePage(browser, server.origin, '/rankings/');
    // It really draws its charts, so Chart.js is among what is counted.
    expect(overview.files.some((file) => file.path.endsWith('.js'))).toBe(true);
    console.log(`/rankings/ at 100 issues: ${overview.bytes} bytes, ${overview.elements} elements`);
    expect(overview.bytes).toBeLessThanOrEqual(60 * 1024);
    // Nothing on it grows with the archive (56.6 KB at 10 issues, 56.7 KB at 1,000: README), so it keeps a margin
    // of 3 KB for what every page may gain.
    expect(60 * 1024 - overview.bytes).toBeGreaterThanOrEqual(3 * 1024);
    expect(overview.elements).toBeLessThanOrEqual(1500);
  });

  it('gives each city its full month series on a page of its own, linked from the overview', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}/rankings/`);
    const link = page.locator('#city-营口市 .city-full a');
    await link.click();
    await page.waitForURL(/\/rankings\/cities\//);
    // 100 issues of three months each: every month from the first issue on has its row.
    const months = await page.locator('#city-营口市 table.ranking-series tbody tr:not(.gap-row)').count();
    expect(months).toBeGreaterThanOrEqual(300);
    await context.close();
  });

  for (const query of BENCH_QUERIES) {
    it(`${query}: at most ${Math.round(FIRST_SEARCH_BUDGET_BYTES / 1024)} KB`, async () => {
      const cost = await measureFirstSearch(browser, server.origin, '/', query);
      expect(cost.results).toBeGreaterThan(0);
      expect(cost.bytes).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET_BYTES);
    });
  }
});
