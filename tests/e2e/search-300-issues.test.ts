/**
 * Search at 300 issues (issue 14): the index is split (src/lib/search/bundles.ts), so a first search
 * loads the bundle of the newest issues only and stays within 100 KB; the search page then merges the
 * sealed bundles of the older issues and shows the results over the whole archive.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCH_QUERIES, firstSearchBudget, measureFirstSearch } from '../../scripts/bench-search.ts';
import { serveStatic, type RunningServer } from '../../scripts/lib/static-server.ts';
import { SEARCH_MESSAGES } from '../../src/lib/search/messages.ts';
import { launchChromium } from '../support/browser.ts';
import { shiftsWhileResultsArrive } from '../support/layout-shift.ts';
import { runProjectScript } from '../support/site-build.ts';

const ISSUES = 300;
let browser: Browser;
let contentDir: string;
let distDir: string;
let server: RunningServer;

beforeAll(async () => {
  browser = await launchChromium();
  contentDir = mkdtempSync(join(tmpdir(), 'bulletin-300-content-'));
  distDir = mkdtempSync(join(tmpdir(), 'bulletin-300-dist-'));
  runProjectScript('scripts/synthetic-archive.ts', [contentDir, String(ISSUES)], {});
  runProjectScript('scripts/build.ts', [], {
    ARCHIVE_CONTENT_DIR: contentDir,
    ARCHIVE_DIST_DIR: distDir,
    BASE_PATH: '/',
  });
  server = await serveStatic(distDir);
}, 600_000);
afterAll(async () => {
  await server?.close();
  await browser?.close();
  if (contentDir) rmSync(contentDir, { recursive: true, force: true });
  if (distDir) rmSync(distDir, { recursive: true, force: true });
});

/** Opens a search and waits for the whole archive's answer (not the newest issues' first one). */
async function searchAll(page: Page, params: string): Promise<string> {
  await page.goto(`${server.origin}/search/?${params}`);
  await page.waitForFunction(() => {
    const status = document.querySelector('.search-status')?.textContent ?? '';
    return /^(找到|没有找到)/.test(status) && !document.querySelector('.search-results[aria-busy]');
  });
  return (await page.locator('.search-status').textContent()) ?? '';
}

describe(`search on a ${ISSUES}-issue synthetic archive`, () => {
  it('writes the oldest issues’ index as sealed bundles of 50 issues and the newest 100 as the first', () => {
    expect(readdirSync(join(distDir, 'pagefind/sealed')).sort()).toEqual(['0', '1', '2', '3']);
    expect(readdirSync(join(distDir, 'pagefind/sealed/0'))).not.toContain('pagefind.js');
  });

  for (const query of BENCH_QUERIES) {
    it(`${query}: the first results within ${firstSearchBudget(ISSUES) / 1024} KB, from this site only`, async () => {
      const cost = await measureFirstSearch(browser, server.origin, '/', query);
      expect(cost.results).toBeGreaterThan(0);
      expect(cost.bytes).toBeLessThanOrEqual(firstSearchBudget(ISSUES));
      expect(cost.files.filter((file) => !file.path.startsWith('/pagefind/'))).toEqual([]);
    });
  }

  it('then shows the whole archive’s results', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const statuses: string[] = [];
    await page.exposeFunction('recordStatus', (text: string) => statuses.push(text));
    await page.addInitScript(() => {
      new MutationObserver(() => {
        const status = document.querySelector('.search-status')?.textContent;
        if (status) (window as unknown as { recordStatus: (t: string) => void }).recordStatus(status);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    const sealedFetched = new Set<string>();
    page.on('response', (response) => {
      const match = /\/pagefind\/sealed\/(\d+)\/pagefind-entry\.json$/.exec(new URL(response.url()).pathname);
      if (match) sealedFetched.add(match[1]!);
    });
    const final = await searchAll(page, `q=${encodeURIComponent('信用')}`);
    const count = (text: string) => Number(/找到 (\d+) 条/.exec(text)?.[1]);
    const partial = statuses.find((text) => text.startsWith('最近各期中找到'));
    expect(partial, statuses.join('\n')).toBeDefined();
    expect(count(final)).toBeGreaterThan(count(partial!));
    expect([...sealedFetched].sort()).toEqual(['0', '1', '2', '3']);
    await context.close();
  });

  for (const [name, viewport] of [
    ['desktop', { width: 1280, height: 900 }],
    ['360 px phone', { width: 360, height: 740 }],
  ] as const) {
    it(`does not move while the first results and then the whole archive's arrive (CLS 0), ${name}`, async () => {
      const url = `${server.origin}/search/?q=${encodeURIComponent('信用修复')}`;
      expect(await shiftsWhileResultsArrive(browser, url, viewport, 'whole')).toEqual([]);
    });
  }

  it('keeps the newest issues’ results, and says so, when the older issues’ index cannot be loaded', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route('**/pagefind/sealed/**', (route) => route.abort());
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('信用')}`);
    await page.waitForFunction(
      (message) => document.querySelector('.search-status')?.textContent === message,
      SEARCH_MESSAGES.olderFailed,
    );
    expect(await page.locator('.search-results > li').count()).toBe(5);
    expect(await page.locator('.search-more').isVisible()).toBe(true);
    await context.close();
  });

  it('finds an old issue’s pages, filtered by that issue, through its sealed bundle', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/search/`);
    const oldest = await page.locator('select[name="issue"] option').last().getAttribute('value');
    expect(oldest).toBeTruthy();
    const status = await searchAll(page, `q=${encodeURIComponent('信用')}&issue=${encodeURIComponent(oldest!)}`);
    expect(status).toMatch(/^找到 \d+ 条/);
    // Each result names its issue, in its details line or (an issue page) in its title.
    const results = await page.locator('.search-results > li').allTextContents();
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) expect(result).toContain(oldest!);
    await context.close();
  });

  it('orders by date over every bundle, the newest issue first', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/search/`);
    const newest = await page.locator('select[name="issue"] option').nth(1).getAttribute('value');
    await searchAll(page, `q=${encodeURIComponent('海蜇')}&sort=date`);
    const first = await page.locator('.search-results > li').first().textContent();
    expect(first).toContain(newest!);
    await context.close();
  });
});
