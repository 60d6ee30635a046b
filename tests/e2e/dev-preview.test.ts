/**
 * `npm run dev` is the editor's preview: a content change shows in the open page without reloading by
 * hand. Runs the real dev server on a free port over a throw-away copy of content/.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { copyOfContent } from '../support/content-fixture.ts';
import { startDevServer, type DevServer } from '../support/dev-server.ts';

const ARTICLE = 'issues/2020-03/articles/04-credit-repair-training.mdx';
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
});
