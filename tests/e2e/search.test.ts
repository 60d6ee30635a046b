import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { startNginx, type NginxServer } from '../support/nginx.ts';
import { openPage as auditPage, watchCsp } from '../support/page-audit.ts';
import { buildSite, PROJECT_ROOT } from '../support/site-build.ts';

// The site is served by nginx with deploy/nginx.conf (its CSP included); `origin` ends with the base path.
const origin = inject('origin');
const distDir = inject('distDir');
const basePath = inject('base').replace(/\/$/, '');

const article = (slug: string) => `/issues/2020-03/articles/${slug}/`;
const ISSUE_PAGE = '/issues/2020-03/';
const DEPARTMENTS_TABLE = '/issues/2020-03/tables/departments/';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function openPage(path: string, options: { javaScriptEnabled?: boolean; height?: number } = {}): Promise<Page> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: 390, height: options.height ?? 800 },
  });
  const page = await context.newPage();
  await page.goto(`${origin}${path}`);
  return page;
}

/** Waits until the search page has finished a search and announced it. */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const status = document.querySelector('.search-status')?.textContent ?? '';
    return /找到/.test(status) && !document.querySelector('.search-results[aria-busy]');
  });
  return (await page.locator('.search-status').textContent()) ?? '';
}

/** A URL path without the base path: /archive/issues/ → /issues/. */
function fromSiteRoot(path: string, base = basePath): string {
  return path.startsWith(`${base}/`) ? path.slice(base.length) : `outside the base path: ${path}`;
}

/** The result links shown, as paths from the site root (base path removed), without the highlight fragment. */
async function resultPaths(page: Page, base = basePath): Promise<string[]> {
  const hrefs = await page
    .locator('.search-results > li h2 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => fromSiteRoot(href.split('#')[0]!, base));
}

async function search(query: string): Promise<{ page: Page; paths: string[]; status: string }> {
  const page = await openPage(`/search/?q=${encodeURIComponent(query)}`);
  const status = await settled(page);
  return { page, paths: await resultPaths(page), status };
}

/**
 * Queries written from the real issue 2020-3, each with the page a reader looking for it wants: it must be
 * among the first three results.
 */
const QUERIES: Array<{ query: string; expect: string; why: string }> = [
  { query: '修复', expect: article('credit-repair-training'), why: 'two-character word' },
  { query: '海蜇', expect: article('jellyfish-festival-deals'), why: 'two-character word, in a short item' },
  {
    query: '信用修复培训班',
    expect: article('credit-repair-training'),
    why: 'phrase the article words differently (公益性信用修复培训班)',
  },
  { query: '许桂清', expect: article('mayor-holiday-inspection'), why: "a person's name" },
  { query: '市场监督管理局', expect: article('food-safety-week'), why: 'a department' },
  { query: '国药控股营口有限公司', expect: article('mayor-holiday-inspection'), why: 'a company' },
  { query: '512', expect: article('credit-repair-training'), why: 'a number in the text' },
  { query: '1005', expect: article('provincial-powers-devolved'), why: 'a number in a title' },
  { query: '社会保障中心', expect: DEPARTMENTS_TABLE, why: 'a unit name from a table' },
  { query: '待治理的政府失信记录', expect: ISSUE_PAGE, why: "a phrase from the issue's key notes" },
];

/** What journalists look for in tables and in the masthead's contacts: the right page must come first. */
const FIRST: Array<{ query: string; expect: string; why: string }> = [
  { query: '信用承诺书', expect: '/issues/2020-03/tables/districts/', why: 'a column label of the districts table' },
  { query: '行政处罚', expect: DEPARTMENTS_TABLE, why: 'a column label of the departments table' },
  { query: '费文兵', expect: '/about/', why: 'an editor named in the footer' },
  { query: '李洪广', expect: '/about/', why: 'the reviewer named in the footer' },
  { query: '0417—2998573', expect: '/about/', why: 'the telephone number in the footer' },
];

describe('search finds table labels and the footer’s names and contacts', () => {
  for (const { query, expect: expected, why } of FIRST) {
    it(`${query} (${why}) finds ${expected} first`, async () => {
      const { page, paths } = await search(query);
      expect(paths[0]).toBe(expected);
      await page.context().close();
    });
  }
});

describe('search quality on the real issue', () => {
  for (const { query, expect: expected, why } of QUERIES) {
    it(`${query} (${why}) finds ${expected} among the first three`, async () => {
      const { page, paths } = await search(query);
      expect(paths.slice(0, 3)).toContain(expected);
      await page.context().close();
    });
  }

  it('finds the article, not the whole issue, for a sentence from one article', async () => {
    const { page, paths } = await search('截至目前，我市已举办8期公益性信用修复培训班');
    expect(paths[0]).toBe(article('credit-repair-training'));
    expect(paths).not.toContain(ISSUE_PAGE);
    await page.context().close();
  });

  for (const query of ['量子计算', 'blockchain']) {
    it(`shows the Chinese empty state for ${query}`, async () => {
      const { page, paths, status } = await search(query);
      expect(paths).toEqual([]);
      expect(status).toBe(`没有找到与“${query}”相关的内容。`);
      await expect(page.locator('.search-empty').isVisible()).resolves.toBe(true);
      await expect(page.locator('.search-empty a').getAttribute('href')).resolves.toBe(`${basePath}/issues/`);
      await page.context().close();
    });
  }
});

describe('each result', () => {
  it('shows title, kind, issue, date, section, source and an excerpt with the words marked', async () => {
    const { page } = await search('512');
    const first = page.locator('.search-results > li').first();
    await expect(first.locator('h2 a').textContent()).resolves.toBe('营口市信用办将公益性信用修复纳入常态');
    await expect(first.locator('.result-meta').textContent()).resolves.toBe(
      '文章 2020年第3期 · 2020年10月10日 · 工作推进 · 市信用办',
    );
    await expect(first.locator('.result-excerpt mark').first().textContent()).resolves.toBe('512');
    await page.context().close();
  });

  it('opens its page scrolled to the matched words, highlighted by the browser (text fragment)', async () => {
    const { page } = await search('社会保障中心');
    const link = page.locator('.search-results > li h2 a').first();
    await expect(link.getAttribute('href')).resolves.toBe(
      `${basePath}${DEPARTMENTS_TABLE}#:~:text=${encodeURIComponent('社会保障中心')}`,
    );
    await link.click();
    await page.waitForURL(`${origin}${DEPARTMENTS_TABLE}**`);
    // The unit is far down a long table: the browser only scrolls there if it found and marked the text.
    await page.waitForFunction(() => window.scrollY > 300);
    await page.context().close();
  });
});

describe('a remedy for Pagefind ranking Chinese phrases', () => {
  // Pagefind splits a phrase such as 信用管理 into 信用 + 管理 and ranks pages having both words anywhere,
  // so a page that says 信用管理 can come second or later. The search page puts the pages where the words
  // stand together first (src/lib/search/rank.ts). This test finds, in the real issue, two-word phrases that
  // Pagefind on its own ranks wrongly, then checks that the search page ranks each of them right.
  it('puts the page that contains a phrase first, where Pagefind alone does not', async () => {
    const page = await openPage('/search/');
    // A string, so the test runner does not rewrite the browser's dynamic import.
    const misranked = await page.evaluate<Array<{ query: string; pages: string[] }>>(`(async () => {
      const pagefind = await import('${basePath}/pagefind/pagefind.js');
      await pagefind.options({ noWorker: true });
      const all = await Promise.all((await pagefind.search(null)).results.map((r) => r.data()));
      const words = new Intl.Segmenter('zh-CN', { granularity: 'word' });
      const phrases = new Set();
      for (const { content } of all) {
        const pieces = [...words.segment(content.replace(/\u200b/g, ''))].filter((s) => s.isWordLike).map((s) => s.segment);
        for (let i = 1; i < pieces.length; i++) {
          const [a, b] = [pieces[i - 1], pieces[i]];
          if (/^\\p{Script=Han}{2,}$/u.test(a) && /^\\p{Script=Han}{2,}$/u.test(b)) phrases.add(a + b);
        }
      }
      const found = [];
      for (const query of [...phrases].sort()) {
        const results = await Promise.all((await pagefind.search(query)).results.map((r) => r.data()));
        // As the search page compares: without spaces and the breaks Pagefind puts between words.
        const compact = (text) => text.replace(/[\\s\\u200b]+/g, '');
        const pages = results.filter((r) => compact(r.content).includes(query) || compact(r.meta.title ?? '').includes(query)).map((r) => r.url);
        if (pages.length && !pages.includes(results[0].url)) found.push({ query, pages });
      }
      return found;
    })()`);
    await page.context().close();
    expect(
      misranked.length,
      'Pagefind alone misranks no phrase any more: the re-ranking may be unnecessary',
    ).toBeGreaterThan(0);
    // Pagefind's URLs start with the base path, as the links do; compare paths from the site root.
    for (const entry of misranked) entry.pages = entry.pages.map((path) => fromSiteRoot(path));
    // Every fourth one keeps the test quick while covering phrases from all over the issue.
    for (const { query, pages } of misranked.filter((_, i) => i % 4 === 0)) {
      const { page: searchPage, paths } = await search(query);
      expect(pages, query).toContain(paths[0]);
      await searchPage.context().close();
    }
  });
});

describe('the search page', () => {
  it('keeps the query in the URL: opening it searches, a new search adds history, back restores', async () => {
    const { page } = await search('海蜇');
    await expect(page.inputValue('#search-q')).resolves.toBe('海蜇');
    await expect(page.title()).resolves.toMatch(/^“海蜇”的搜索结果/);

    await page.fill('#search-q', '许桂清');
    await page.press('#search-q', 'Enter');
    await page.waitForURL(`${origin}/search/?q=${encodeURIComponent('许桂清')}`);
    await settled(page);
    expect(await resultPaths(page)).toContain(article('mayor-holiday-inspection'));

    await page.goBack();
    await page.waitForURL(`${origin}/search/?q=${encodeURIComponent('海蜇')}`);
    await page.waitForFunction(() => (document.querySelector('#search-q') as HTMLInputElement).value === '海蜇');
    await settled(page);
    expect((await resultPaths(page))[0]).toBe(article('jellyfish-festival-deals'));
    await page.context().close();
  });

  it('searches as the reader types, replacing the URL rather than piling up history', async () => {
    const page = await openPage('/search/');
    await page.focus('#search-q');
    await page.keyboard.type('修复');
    await page.waitForURL(`${origin}/search/?q=${encodeURIComponent('修复')}`);
    await settled(page);
    expect(await resultPaths(page)).toContain(article('credit-repair-training'));
    await page.keyboard.type('培训');
    await page.waitForURL(`${origin}/search/?q=${encodeURIComponent('修复培训')}`);
    await page.goBack();
    await page.waitForURL(`${origin}/search/`);
    await page.context().close();
  });

  it('filters by kind and sorts by date, both in the URL', async () => {
    const { page } = await search('营口');
    await page.locator('details.search-options summary').click();
    await page.selectOption('select[name="kind"]', '简讯');
    await page.waitForURL(/kind=/);
    await settled(page);
    const kinds = await page.locator('.search-results > li .tag').allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['简讯']));
    await page.selectOption('select[name="sort"]', 'date');
    await page.waitForURL(/sort=date/);
    expect(new URL(page.url()).searchParams.get('kind')).toBe('简讯');
    await page.context().close();
  });

  it('announces results to screen readers through a polite status line', async () => {
    const { page, status } = await search('修复');
    const live = page.locator('.search-status');
    await expect(live.getAttribute('role')).resolves.toBe('status');
    await expect(live.getAttribute('aria-live')).resolves.toBe('polite');
    expect(status).toMatch(/^找到 \d+ 条与“修复”相关的结果/);
    await page.context().close();
  });

  it('can be used with the keyboard alone, from the header box of an article page to a result', async () => {
    const page = await openPage(article('credit-repair-training'));
    // Tab until the header's search box has focus.
    for (let i = 0; i < 20 && !(await page.evaluate(() => document.activeElement?.id === 'site-search-q')); i++)
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('海蜇');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${origin}/search/?q=${encodeURIComponent('海蜇')}`);
    await settled(page);
    // From the search box, Tab reaches the first result link.
    await page.focus('#search-q');
    let onResult = false;
    for (let i = 0; i < 20 && !onResult; i++) {
      await page.keyboard.press('Tab');
      onResult = await page.evaluate(() => document.activeElement?.closest('.search-results') !== null);
    }
    expect(onResult).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${origin}${article('jellyfish-festival-deals')}**`);
    await page.context().close();
  });

  it('moves focus to the new results when more are shown', async () => {
    const { page } = await search('营口');
    const more = page.locator('.search-more');
    await expect(more.isVisible()).resolves.toBe(true);
    const before = await page.locator('.search-results > li').count();
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('.search-results > li').length > n, before);
    const focusedIndex = await page.evaluate(() =>
      [...document.querySelectorAll('.search-results > li')].findIndex((li) => li.contains(document.activeElement)),
    );
    expect(focusedIndex).toBe(before);
    await page.context().close();
  });

  it('says that search needs JavaScript, and links to the issue list, when scripts are off', async () => {
    const page = await openPage('/search/', { javaScriptEnabled: false });
    const notice = page.locator('.search-notice');
    await expect(notice.textContent()).resolves.toContain('搜索需要浏览器启用 JavaScript');
    await expect(notice.locator('a').getAttribute('href')).resolves.toBe(`${basePath}/issues/`);
    await page.context().close();
  });

  it('works under the site’s Content-Security-Policy, asking no other host and logging no error', async () => {
    const context = await browser.newContext();
    await watchCsp(context);
    const { page, problems } = await auditPage(context, `${origin}/search/?q=${encodeURIComponent('信用修复')}`);
    await settled(page);
    problems.csp.push(...(await page.evaluate(() => window.__cspViolations ?? [])));
    expect(problems).toMatchObject({ status: 200, external: [], failed: [], csp: [], consoleErrors: [] });
    await context.close();
  });
});

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

  for (const [what, query] of [
    ['results', '修复'],
    ['the empty state', '量子计算'],
  ] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`the search page with ${what}, filters open, ${colorScheme}`, async () => {
        const context = await browser.newContext({ colorScheme });
        const page = await context.newPage();
        await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
        await page.waitForFunction(() => /找到/.test(document.querySelector('.search-status')?.textContent ?? ''));
        await page.locator('details.search-options summary').click();
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        await context.close();
      });
    }
  }
});

describe('pages without search open', () => {
  it('an article page carries the header search box but no script', async () => {
    const html = readFileSync(join(distDir, 'issues/2020-03/articles/credit-repair-training/index.html'), 'utf8');
    expect(html).toContain('id="site-search-q"');
    expect(html).not.toMatch(/<script/i);
    const page = await openPage(article('credit-repair-training'));
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.focus('#site-search-q');
    await page.keyboard.type('修复');
    expect(scripts).toEqual([]);
    await page.context().close();
  });
});

describe('under a base path (BASE_PATH=/archive/)', () => {
  // The same build as tests/e2e/subpath.test.ts (built once for both), served by nginx under /archive/.
  const BASE = '/archive/';
  const subpathDist = join(PROJECT_ROOT, '.build', 'dist-subpath');
  let server: NginxServer | undefined;

  beforeAll(async () => {
    buildSite(subpathDist, { BASE_PATH: BASE, SITE_URL: 'https://archive.example.org' });
    server = await startNginx({ distDir: subpathDist, base: BASE });
  }, 300_000);
  afterAll(async () => {
    await server?.close();
  });

  it('searches from the header box and links results, bundle and empty state under the base path', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!new URL(request.url()).pathname.startsWith(BASE)) outside.push(request.url());
    });
    await page.goto(`${server!.origin}/archive/issues/2020-03/`);
    await page.fill('#site-search-q', '海蜇');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(`${server!.origin}/archive/search/?q=${encodeURIComponent('海蜇')}`);
    await settled(page);
    expect(await resultPaths(page, '/archive')).toContain(article('jellyfish-festival-deals'));
    await page.locator('.search-results > li h2 a').first().click();
    await page.waitForURL(`${server!.origin}/archive${article('jellyfish-festival-deals')}**`);
    expect(outside).toEqual([]);
    await page.goto(`${server!.origin}/archive/search/?q=${encodeURIComponent('量子计算')}`);
    await page.waitForFunction(() => /没有找到/.test(document.querySelector('.search-status')?.textContent ?? ''));
    await expect(page.locator('.search-empty a').getAttribute('href')).resolves.toBe('/archive/issues/');
    await context.close();
  });
});
