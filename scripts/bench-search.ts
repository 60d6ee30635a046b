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
 *   node scripts/bench-search.ts --issues 300 [--keep] [query …]
 *
 * With --issues it writes a synthetic archive of that many issues (scripts/synthetic-archive.ts), builds it
 * with `npm run build` into a temporary folder and measures that; the budget is then the one for that size
 * (90 KB up to 100 issues, 100 KB up to 300). Exits 1 if a query's first search exceeds the budget
 * (--max-kb overrides it).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../tests/support/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { isMainModule } from './lib/is-main.ts';
import { writeSyntheticArchive } from './synthetic-archive.ts';

/** The budgets (issue 14): every first search fetches at most 90 KB at 100 issues and 100 KB at 300. */
export const FIRST_SEARCH_BUDGETS = [
  { issues: 100, bytes: 90 * 1024 },
  { issues: 300, bytes: 100 * 1024 },
] as const;

/** The budget for an archive of `issues` issues: that of the smallest size it does not exceed. */
export function firstSearchBudget(issues: number): number {
  return (FIRST_SEARCH_BUDGETS.find((budget) => issues <= budget.issues) ?? FIRST_SEARCH_BUDGETS.at(-1)!).bytes;
}

/** The budget of the seed site and of any archive up to 100 issues. */
export const FIRST_SEARCH_BUDGET_BYTES = firstSearchBudget(100);

/**
 * Typical queries: a common two-word phrase, two-character words (信用 is on nearly every page, 海蜇 on
 * few), a long department name, numbers (2020 is in every date of 2020 and matched the whole rankings page
 * before it was split; 75 is a rank; 512 a figure) and a long phrase of six words, each in its own chunk.
 */
export const BENCH_QUERIES = [
  '信用修复',
  '信用',
  '海蜇',
  '市场监督管理局',
  '512',
  '2020',
  '75',
  '失信被执行人名单管理',
];

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
 * waits for the result summary; returns every response received from focus to results. On an archive
 * whose index is split (src/lib/search/bundles.ts) these are the first results, from the newest issues'
 * bundle (“最近各期中找到…”); the whole archive's follow, and are not counted.
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
      issues: { type: 'string' },
      keep: { type: 'boolean', default: false },
      'max-kb': { type: 'string' },
      verbose: { type: 'boolean', default: false },
    },
  });
  const issues = values.issues === undefined ? undefined : Number(values.issues);
  let built: { content: string; dist: string } | undefined;
  if (issues !== undefined) {
    if (!Number.isInteger(issues) || issues < 1) throw new Error(`--issues ${values.issues}: not a number of issues`);
    built = {
      content: mkdtempSync(join(tmpdir(), `bulletin-search-${issues}-content-`)),
      dist: mkdtempSync(join(tmpdir(), `bulletin-search-${issues}-dist-`)),
    };
    writeSyntheticArchive(built.content, issues);
    console.log(`构建 ${issues} 期合成档案 / building a ${issues}-issue synthetic archive into ${built.dist}`);
    const build = spawnSync(process.execPath, ['--experimental-strip-types', 'scripts/build.ts'], {
      cwd: resolve(import.meta.dirname, '..'),
      env: { ...process.env, ARCHIVE_CONTENT_DIR: built.content, ARCHIVE_DIST_DIR: built.dist, BASE_PATH: '/' },
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    });
    if (build.status !== 0) {
      console.error(build.stderr.slice(-3000));
      throw new Error(`build of the ${issues}-issue archive failed (exit ${build.status})`);
    }
    values.dist = built.dist;
    values.base = '/';
  }
  const limit = values['max-kb'] !== undefined ? Number(values['max-kb']) * 1024 : firstSearchBudget(issues ?? 100);
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
    if (built && !values.keep) for (const dir of Object.values(built)) rmSync(dir, { recursive: true, force: true });
  }
  process.exit(over ? 1 : 0);
}
