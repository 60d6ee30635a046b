/**
 * The editors' workflow end to end: start a new issue, fill it as an editor would (from
 * tests/fixtures/new-issue/), validate, build, and find the issue on the site in Chromium.
 * Everything happens in a throw-away copy of content/ and a temporary output folder.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type RunningServer } from '../../scripts/lib/static-server.ts';
import { launchChromium } from '../support/browser.ts';
import { copyOfContent, editFile, PROJECT_ROOT, runScript } from '../support/content-fixture.ts';

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/new-issue');
const ARTICLE_TITLE = '测试用文章：诚信宣传周活动顺利开展';
const STAMP = join(PROJECT_ROOT, '.build/last-build.json');

let content: string;
let dist: string;
let server: RunningServer;
let browser: Browser;
const steps: Record<string, ReturnType<typeof runScript>> = {};
// build.ts records the last build for `npm start`; keep the record of the real dist/, so this test's
// build in a temporary folder does not make the next run rebuild it.
const stamp = existsSync(STAMP) ? readFileSync(STAMP) : null;

beforeAll(async () => {
  content = copyOfContent();
  dist = mkdtempSync(join(tmpdir(), 'bulletin-dist-'));
  const env = { ARCHIVE_CONTENT_DIR: content, ARCHIVE_DIST_DIR: dist };

  steps.newIssue = runScript('scripts/new-issue.ts', ['--year', '2020', '--number', '4', '--date', '2020-12-10'], env);
  steps.validateEmpty = runScript('scripts/validate.ts', [], env);

  // What an editor does next: write the articles, the table and the rankings, fill in the key notes.
  const issue = join(content, 'issues/2020-04');
  cpSync(join(FIXTURES, 'articles'), join(issue, 'articles'), { recursive: true });
  cpSync(join(FIXTURES, 'tables'), join(issue, 'tables'), { recursive: true });
  cpSync(join(FIXTURES, 'rankings.json'), join(issue, 'rankings.json'));
  editFile(content, 'issues/2020-04/issue.json', (text) =>
    JSON.stringify({ ...JSON.parse(text), keyNotes: ['测试用重要提示：本期为端到端测试而建。'] }, null, 2),
  );

  steps.validate = runScript('scripts/validate.ts', [], env);
  steps.build = runScript('scripts/build.ts', [], env);
  if (steps.build.status === 0) {
    server = await serveStatic(dist);
    browser = await launchChromium();
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (stamp) writeFileSync(STAMP, stamp);
  for (const dir of [content, dist]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a new issue, from npm run new-issue to the published site', () => {
  it('is created, and validation names the one thing left to do until an article is added', () => {
    expect(steps.newIssue!.status).toBe(0);
    expect(steps.validateEmpty!.status).toBe(1);
    expect(steps.validateEmpty!.stderr).toContain('本期还没有文章或简讯');
  });

  it('passes validation once filled in, and builds', () => {
    expect(steps.validate!.stderr).toBe('');
    expect(steps.validate!.status).toBe(0);
    expect(steps.validate!.stdout).toContain('内容检查通过：2 期，13 篇文章和简讯');
    expect(steps.validate!.stdout).toContain('_examples/ 里是示例文件，网站不会发布它们');
    expect(steps.build!.status).toBe(0);
    // The examples stay in the folder but are not published.
    expect(existsSync(join(dist, 'issues/2020-04/articles/example-article'))).toBe(false);
  });

  it('shows on the home page as the latest issue, with its articles', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/`);
    await expect.poll(() => page.locator('#latest-heading').textContent()).toBe('最新一期：2020年第4期');
    const link = page.getByRole('link', { name: ARTICLE_TITLE });
    expect(await link.count()).toBe(1);
    await link.click();
    await page.waitForURL(/\/issues\/2020-04\/articles\/test-credit-week\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(ARTICLE_TITLE);
    await page.close();
  });

  it('shows in the issue list, numbered and dated, and its own page has its key notes and table', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/issues/`);
    const item = page.locator('li', { has: page.getByRole('link', { name: '〔2020〕第4期' }) });
    expect(await item.count()).toBe(1);
    expect(await item.textContent()).toContain('总第11期');
    expect(await item.textContent()).toContain('2020年12月10日');
    await item.getByRole('link', { name: '〔2020〕第4期' }).click();
    await page.waitForURL(/\/issues\/2020-04\/$/);
    expect(await page.locator('main').textContent()).toContain('测试用重要提示：本期为端到端测试而建。');
    expect(await page.getByRole('table', { name: /测试用数据统计表/ }).count()).toBeGreaterThan(0);
    await page.close();
  });

  it('is found by search, from the index the same build wrote', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('诚信宣传周')}`);
    await page.waitForFunction(
      () =>
        /找到/.test(document.querySelector('.search-status')?.textContent ?? '') &&
        !document.querySelector('.search-results[aria-busy]'),
    );
    const hrefs = await page
      .locator('.search-results > li h2 a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.slice(0, 3).map((href) => href.split('#')[0])).toContain('/issues/2020-04/articles/test-credit-week/');
    await page.close();
  });
});
