/**
 * `npm run dev` is the editor's preview: a content change shows in the open page without reloading by
 * hand, and a content error shows in the browser (Astro's error overlay, HTTP 500) in Chinese, naming
 * file and place, rather than the last good page. Runs the real dev server on a free port over a
 * throw-away copy of content/.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { copyOfContent, PROJECT_ROOT } from '../support/content-fixture.ts';
import { startDevServer, type DevServer } from '../support/dev-server.ts';

const ARTICLE = 'issues/2020-03/articles/04-credit-repair-training.mdx';
const TABLE = 'issues/2020-03/tables/02-departments.json';
const SECTIONS = 'sections.json';
const TITLE = '营口市信用办将公益性信用修复纳入常态';

let content: string;
let server: DevServer;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  content = copyOfContent();
  server = await startDevServer(content);
  origin = server.origin;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.stop();
  if (content) rmSync(content, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it('shows an edited article in the open page, reloading it by itself', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/issues/2020-03/articles/credit-repair-training/`);
    expect(
      await page
        .locator('h1')
        .textContent({ timeout: 10_000 })
        .catch(() => server.log()),
    ).toContain(TITLE);
    expect(await page.locator('main').textContent()).toContain('每月举办一期信用修复公益性培训班');
    const file = join(content, ARTICLE);
    writeFileSync(file, readFileSync(file, 'utf8').replace(TITLE, `${TITLE}（预览测试）`));
    // No page.goto or reload here: the dev server pushes the change to the page.
    await page.waitForFunction(
      (expected) => document.querySelector('h1')?.textContent?.includes(expected),
      `${TITLE}（预览测试）`,
      { timeout: 30_000 },
    );
    await page.close();
  });

  /** Rewrites a content file of the dev server's folder; returns a function that puts it back. */
  function edit(path: string, change: (text: string) => string): () => void {
    const file = join(content, path);
    const before = readFileSync(file, 'utf8');
    const after = change(before);
    expect(after).not.toBe(before);
    writeFileSync(file, after);
    return () => writeFileSync(file, before);
  }

  /** Loads a page until the dev server answers with `status` (it picks up a saved file within moments). */
  async function expectStatus(page: import('playwright-core').Page, url: string, status: number): Promise<void> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      // The dev server may reload the open page as the file changes, which aborts a load under way: try again.
      const response = await page.goto(url).catch(() => null);
      if (response?.status() === status) return;
      if (Date.now() > deadline)
        throw new Error(`expected HTTP ${status}, got ${response?.status()}\n${server.log().slice(-2000)}`);
      await page.waitForTimeout(500);
    }
  }

  it('shows a content error in the browser, in Chinese, naming file and place, and the page again once fixed', async () => {
    const page = await browser.newPage();
    const url = `${origin}/issues/2020-03/tables/departments/`;
    await expectStatus(page, url, 200);
    const restore = edit(TABLE, (text) => text.replace('"cells": [3230, 167,', '"cells": ["3,230", 167,'));
    await expectStatus(page, url, 500);
    const overlay = page.locator('vite-error-overlay');
    await overlay.waitFor({ state: 'attached', timeout: 15_000 });
    const message = await overlay.evaluate((element) => element.shadowRoot?.textContent ?? '');
    expect(message).toContain('内容有 1 处问题');
    expect(message).toContain('issues/2020-03/tables/02-departments.json');
    expect(message).toContain('单位“公安局”（表中第 6 个） · “行政处罚”栏（第 1 栏）');
    expect(message).toContain('不要加千分位逗号和引号，应写作 3230');
    await page.screenshot({ path: join(PROJECT_ROOT, '.build/dev-overlay.png') });
    // Every page says so, not only the table's: the home page too.
    await expectStatus(page, `${origin}/`, 500);
    restore();
    await expectStatus(page, url, 200);
    await page.screenshot({ path: join(PROJECT_ROOT, '.build/dev-fixed.png') });
    expect(await page.locator('main h1').textContent()).toContain('信息上报数据汇总表');
    await page.close();
  });

  it('fails on a section missing from sections.json, as npm run validate does', async () => {
    const page = await browser.newPage();
    const url = `${origin}/issues/2020-03/articles/credit-repair-training/`;
    const restore = edit(SECTIONS, (text) => text.replace(/\s*"工作推进",?/, ''));
    await expectStatus(page, url, 500);
    const overlay = page.locator('vite-error-overlay');
    await overlay.waitFor({ state: 'attached', timeout: 15_000 });
    const message = await overlay.evaluate((element) => element.shadowRoot?.textContent ?? '');
    expect(message).toContain('articles/04-credit-repair-training.mdx');
    expect(message).toContain('栏目不在栏目表中');
    expect(message).toContain('（实际：“工作推进”）');
    restore();
    await expectStatus(page, url, 200);
    await page.close();
  });
});
