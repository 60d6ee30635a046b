import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, pageUrlPath, readSite, siteRootOf, xmlLinks } from '../../scripts/lib/site-links.ts';
import { launchChromium } from '../support/browser.ts';
import { rawGet } from '../support/http.ts';
import { startNginx, type NginxServer } from '../support/nginx.ts';
import { openPage, watchCsp } from '../support/page-audit.ts';
import { buildSite, PROJECT_ROOT } from '../support/site-build.ts';

// The site built for a sub-path (a GitHub project page, /archive/ on a shared host), served by nginx
// with deploy/nginx.conf under that path: every link, asset, feed and sitemap entry must be right.
const BASE = '/archive/';
const SITE_URL = 'https://archive.example.org';
const distDir = join(PROJECT_ROOT, '.build', 'dist-subpath');

let server: NginxServer;
let browser: Browser;
beforeAll(async () => {
  buildSite(distDir, { BASE_PATH: BASE, SITE_URL });
  server = await startNginx({ distDir, base: BASE });
  browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe(`built with BASE_PATH=${BASE}`, () => {
  it('has no broken internal link, asset, fragment, feed or sitemap entry', () => {
    const site = readSite(distDir);
    expect(siteRootOf(site)).toBe(`${SITE_URL}${BASE}`);
    const result = checkLinks(site, { base: BASE, siteRoot: siteRootOf(site) });
    expect(result.checked).toBeGreaterThan(500);
    expect(result.broken.map((b) => `${b.file}: ${b.link} — ${b.reason}`)).toEqual([]);
  });

  it('writes every URL of the sitemap and the feed under the site and its base path', () => {
    const site = readSite(distDir);
    const urls = ['sitemap-index.xml', 'sitemap-0.xml', 'rss.xml'].flatMap((file) => xmlLinks(site.read(file)));
    expect(urls.length).toBeGreaterThan(30);
    for (const url of urls.filter((u) => !u.startsWith('http://www.w3.org/')))
      expect(url.startsWith(`${SITE_URL}${BASE}`), url).toBe(true);
    expect(site.read('sitemap-0.xml')).toContain(`${SITE_URL}${BASE}sections/%E5%9B%BD%E5%AE%B6%E6%94%BF%E7%AD%96/`);
  });

  it('loads every page in Chromium with all its assets, no CSP violation and no console error', async () => {
    const context = await browser.newContext();
    await watchCsp(context);
    const site = readSite(distDir);
    // Reader pages; the web editor (/admin/) needs its backend and is driven by web-editor.test.ts.
    const pages = [...site.files]
      .filter((f) => f.endsWith('.html') && f !== '404.html' && !f.startsWith('admin/'))
      .sort();
    const problems: string[] = [];
    for (const file of pages) {
      const path = pageUrlPath(file, BASE).split('/').map(encodeURIComponent).join('/');
      const { page, problems: p } = await openPage(context, server.origin + path);
      if (p.status !== 200) problems.push(`${path}: HTTP ${p.status}`);
      for (const list of [p.external, p.failed, p.csp, p.consoleErrors])
        problems.push(...list.map((x) => `${path}: ${x}`));
      // Styles applied: the header's red rule comes from the stylesheet under /archive/_astro/.
      const rule = await page.evaluate(
        () => getComputedStyle(document.querySelector('.site-header')!).borderBottomStyle,
      );
      if (rule !== 'solid') problems.push(`${path}: stylesheet not applied`);
      await page.close();
    }
    await context.close();
    expect(pages.length).toBeGreaterThan(20);
    expect(problems).toEqual([]);
    // One page after another: about 140 pages with the 68 unit pages, so more than the default minute.
  }, 300_000);

  it('follows links from page to page staying under the base path', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}${BASE}`);
    await page.locator('.site-nav a', { hasText: '往期简报' }).click();
    await page.waitForURL(`**${BASE}issues/`);
    await page.locator('main a', { hasText: '〔2020〕第3期' }).first().click();
    await page.waitForURL(`**${BASE}issues/2020-03/`);
    await page.locator('.issue-article h3 a').first().click();
    await page.waitForURL(`**${BASE}issues/2020-03/articles/**`);
    await page.locator('.meta a').first().click();
    await page.waitForURL(`**${BASE}sections/**`);
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(`${BASE}sections/国家政策/`);
    await context.close();
  });

  it('answers an unknown address under the base path with the styled 404 page', async () => {
    const response = await rawGet(`${server.origin}${BASE}no-such-page/`);
    expect(response.status).toBe(404);
    expect(response.body.toString()).toContain(`href="${BASE}issues/"`);
    const context = await browser.newContext();
    await watchCsp(context);
    const { page, problems } = await openPage(context, `${server.origin}${BASE}no-such-page/`);
    expect(problems.status).toBe(404);
    expect([...problems.failed, ...problems.csp, ...problems.consoleErrors]).toEqual([]);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).borderBottomStyle)).toBe(
      'solid',
    );
    await context.close();
  });
});
