/**
 * `npm run bench:search`: what the first search costs a reader, in bytes. For each query it opens the
 * search page in a fresh Chromium profile (empty cache), then counts every response from the moment the
 * reader focuses the search box until the first results are on screen: Pagefind's script, its WebAssembly,
 * the index metadata, the index chunks the query needs and the result fragments shown.
 *
 * Bytes are counted as a host sends them: text files (JS, JSON, HTML, CSS) gzip-compressed (level 6, as
 * nginx or any CDN would), Pagefind's index files as they are (already gzip-compressed by Pagefind).
 *
 *   node scripts/bench-search.ts [--dist dist] [--base /] [--max-kb 100] [query …]
 *
 * Exits 1 if a query's first search exceeds --max-kb (default: the 100 KB budget).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../tests/support/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { isMainModule } from './lib/is-main.ts';

/** The budget: the first search fetches at most this much, on a 100-issue archive. */
export const FIRST_SEARCH_BUDGET_BYTES = 100 * 1024;

/**
 * Typical queries: a common two-word phrase, a rare word, a long department name, numbers (2020 is in
 * every date of 2020 and matched the whole rankings page before it was split; 75 is a rank).
 */
export const BENCH_QUERIES = ['信用修复', '海蜇', '市场监督管理局', '512', '2020', '75'];

export interface FirstSearchCost {
  query: string;
  bytes: number;
  results: number;
  files: Array<{ path: string; bytes: number }>;
}

const ALREADY_COMPRESSED = /\.(pf_meta|pf_index|pf_filter|pf_fragment|pagefind)$/;

/** Bytes a host sends for one response: gzip for text, as-is for Pagefind's compressed files. */
export function transferBytes(path: string, body: Buffer): number {
  return ALREADY_COMPRESSED.test(path) ? body.length : gzipSync(body, { level: 6 }).length;
}

/**
 * Opens `<origin><base>search/` in a new page of `browser`, focuses the search box, types the query and
 * waits for the result summary; returns every response received from focus to results.
 */
export async function measureFirstSearch(
  browser: Browser,
  origin: string,
  base: string,
  query: string,
): Promise<FirstSearchCost> {
  const context = await browser.newContext();
  const page: Page = await context.newPage();
  try {
    await page.goto(`${origin}${base}search/`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => customElements.get('search-page') !== undefined);
    const pending: Array<Promise<{ path: string; bytes: number }>> = [];
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      // The browser asks for the page's icon whenever it likes; that is not the search's doing.
      if (path.endsWith('/favicon.svg')) return;
      pending.push(
        response.body().then(
          (body) => ({ path, bytes: transferBytes(path, body) }),
          () => ({ path, bytes: 0 }),
        ),
      );
    });
    await page.focus('#search-q');
    await page.keyboard.type(query);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => {
      const status = document.querySelector('.search-status')?.textContent ?? '';
      return /找到|没有找到/.test(status) && !document.querySelector('.search-results[aria-busy]');
    });
    const results = await page.locator('.search-results > li').count();
    const files = await Promise.all(pending);
    return { query, bytes: files.reduce((sum, file) => sum + file.bytes, 0), results, files };
  } finally {
    await context.close();
  }
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

if (isMainModule(import.meta.url)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      dist: { type: 'string', default: process.env.ARCHIVE_DIST_DIR ?? 'dist' },
      base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
      'max-kb': { type: 'string', default: String(FIRST_SEARCH_BUDGET_BYTES / 1024) },
      verbose: { type: 'boolean', default: false },
    },
  });
  const limit = Number(values['max-kb']) * 1024;
  const ceiling = (_query: string) => limit;
  const queries = positionals.length ? positionals : BENCH_QUERIES;
  const server = await serveStatic(resolve(values.dist), values.base);
  const browser = await launchChromium();
  let over = 0;
  try {
    console.log(`首次搜索下载量 / first-search bytes — ${resolve(values.dist)}（上限 ${kb(limit)}）`);
    for (const query of queries) {
      const cost = await measureFirstSearch(browser, server.origin, values.base, query);
      const known = cost.bytes <= ceiling(query);
      const verdict =
        cost.bytes <= limit
          ? 'ok'
          : known
            ? `超出预算（已知，上限 ${kb(ceiling(query))}）/ over, known`
            : '超出 / over';
      if (!known) over += 1;
      console.log(
        `  ${query.padEnd(10, '　')} ${kb(cost.bytes).padStart(9)}  ${String(cost.files.length).padStart(2)} files  ${String(cost.results).padStart(2)} results shown  ${verdict}`,
      );
      if (values.verbose)
        for (const file of cost.files) console.log(`      ${kb(file.bytes).padStart(9)}  ${file.path}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  process.exit(over ? 1 : 0);
}
