import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pageUrlPath, readSite } from '../../scripts/lib/site-links.ts';
import { launchChromium } from '../support/browser.ts';
import { openPage, watchCsp } from '../support/page-audit.ts';
import { pagesOfEveryKind } from '../support/page-kinds.ts';

// The reader's archive in Chromium, served by nginx with deploy/nginx.conf.
const origin = inject('origin');
const distDir = inject('distDir');
const site = readSite(distDir);
const allPages = [...site.files]
  .filter((f) => f.endsWith('.html') && f !== '404.html')
  .sort()
  .map((f) => pageUrlPath(f, '/').split('/').map(encodeURIComponent).join('/'));
const kinds = pagesOfEveryKind(distDir);
const pathOf = (kind: string) => kinds.find((k) => k.kind === kind)!.path;

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await watchCsp(context);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('every page, as loaded by a browser', () => {
  it('loads with no request to another host, no failed request, no CSP violation and no console error', async () => {
    expect(allPages.length).toBeGreaterThan(20);
    const problems: string[] = [];
    for (const path of [...allPages, `/${encodeURIComponent('没有这一页')}/`]) {
      const { page, problems: p } = await openPage(context, origin + path);
      const expected = path.includes('%E6%B2%A1') ? 404 : 200;
      if (p.status !== expected) problems.push(`${path}: HTTP ${p.status}`);
      for (const list of [p.external, p.failed, p.csp, p.consoleErrors])
        problems.push(...list.map((x) => `${path}: ${x}`));
      await page.close();
    }
    expect(problems).toEqual([]);
  });
});

describe('cite and share', () => {
  it('copies an issue’s citation with today’s date as the access date', async () => {
    const copyContext = await browser.newContext();
    await copyContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(origin).origin });
    try {
      const page = await copyContext.newPage();
      await page.goto(`${origin}/issues/2020-03/`);
      const button = page.getByRole('button', { name: '复制引文' });
      await button.click();
      await expect.poll(() => page.locator('.cite-status').textContent()).toBe('已复制到剪贴板');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const today = await page.evaluate(() => {
        const d = new Date();
        const twoDigits = (value: number) => String(value).padStart(2, '0');
        return `${d.getFullYear()}-${twoDigits(d.getMonth() + 1)}-${twoDigits(d.getDate())}`;
      });
      expect(copied).toBe(
        `营口市社会信用体系建设领导小组办公室. 营口信用体系建设工作简报[J/OL]. 2020(3). 营口: 营口市社会信用体系建设领导小组办公室, 2020[${today}]. ${await page.locator('link[rel=canonical]').getAttribute('href')}.`,
      );
    } finally {
      await copyContext.close();
    }
  });

  it('shows the citation without JavaScript: selectable in one click, button hidden, placeholder date', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await noScript.newPage();
      await page.goto(`${origin}/issues/2020-03/`);
      await expect.poll(() => page.locator('.cite-copy').isVisible()).toBe(false);
      expect(await page.locator('.cite-text').textContent()).toContain('[引用日期]');
      expect(await page.locator('.cite-text').evaluate((el) => getComputedStyle(el).userSelect)).toBe('all');
    } finally {
      await noScript.close();
    }
  });

  it('gives an article its citation, permalink, canonical URL and OpenGraph card, and no script', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/issues/2020-03/articles/credit-repair-training/`);
    const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
    expect(canonical).toMatch(/^https?:\/\/[^/]+\/issues\/2020-03\/articles\/credit-repair-training\/$/);
    expect(await page.locator('meta[property="og:url"]').getAttribute('content')).toBe(canonical);
    expect(await page.locator('meta[property="og:type"]').getAttribute('content')).toBe('article');
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(
      `${await page.locator('h1').textContent()} · 2020年第3期`,
    );
    expect(await page.locator('.cite-text').textContent()).toBe(
      `市信用办. 营口市信用办将公益性信用修复纳入常态[J/OL]. 营口信用体系建设工作简报, 2020(3)[引用日期]. ${canonical}.`,
    );
    expect(await page.locator('.cite a').getAttribute('href')).toBe(canonical);
    expect(await page.locator('script').count()).toBe(0);
    await page.close();
  });

  it('announces the feed on every page', async () => {
    const page = await context.newPage();
    for (const kind of ['home', 'article', 'section']) {
      await page.goto(origin + pathOf(kind));
      expect(await page.locator('link[rel=alternate][type="application/rss+xml"]').getAttribute('href')).toBe(
        `${inject('base')}rss.xml`,
      );
    }
    await page.close();
  });
});

describe('look and feel', () => {
  it.each(kinds.map((k) => [k.kind, k.path] as const))(
    '%s fits a 360 px phone without sideways scrolling',
    async (kind, path) => {
      const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
      try {
        const page = await phone.newPage();
        await page.goto(kind === '404' ? `${origin}/nowhere/` : origin + path);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width).toBeLessThanOrEqual(360);
      } finally {
        await phone.close();
      }
    },
  );

  it('follows the system’s dark mode', async () => {
    const dark = await browser.newContext({ colorScheme: 'dark' });
    const page = await dark.newPage();
    await page.goto(`${origin}/issues/2020-03/`);
    const [r, g, b] = (await page.evaluate(() => getComputedStyle(document.body).backgroundColor))
      .match(/\d+/g)!
      .map(Number);
    expect(r! + g! + b!).toBeLessThan(3 * 64);
    await dark.close();
  });

  it('starts with a skip link that becomes visible on focus and moves focus to the content', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/issues/2020-03/articles/credit-repair-training/`);
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = (await skip.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(await skip.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('shows where the keyboard focus is on links and buttons', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/issues/2020-03/`);
    for (const selector of ['.breadcrumb a', '.cite-copy', '.pager a, .issue-toc summary']) {
      await page.locator(selector).first().focus();
      const outline = await page
        .locator(selector)
        .first()
        .evaluate((el) => {
          const style = getComputedStyle(el);
          return { width: parseFloat(style.outlineWidth), style: style.outlineStyle };
        });
      expect(outline.style, selector).not.toBe('none');
      expect(outline.width, selector).toBeGreaterThanOrEqual(2);
    }
    await page.close();
  });
});

describe('404 page', () => {
  it('answers 404 with a search box that asks /search/?q= and a link to the issue list', async () => {
    const page = await context.newPage();
    const response = await page.goto(`${origin}/issues/1999-01/`);
    expect(response?.status()).toBe(404);
    await page.getByRole('link', { name: '往期简报' }).first().waitFor();
    // The 404 page's own form (the header may carry a search box too).
    const form = page.locator('form.not-found-search');
    await form.getByLabel('在全部简报中搜索').fill('信用修复');
    await form.getByRole('button', { name: '搜索' }).click();
    await page.waitForURL(/\/search\/\?q=/);
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=信用修复');
    expect(new URL(page.url()).pathname).toBe(`${inject('base')}search/`);
    await page.close();
  });
});
