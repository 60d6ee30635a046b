import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { transferBytes } from '../../scripts/bench-search.ts';
import { formatCount } from '../../src/lib/common/format.ts';
import { launchChromium } from '../support/browser.ts';
import { STACK_TRACE } from '../support/content-fixture.ts';
import { buildEnvironment, PROJECT_ROOT } from '../support/site-build.ts';

const origin = inject('origin');
const distDir = inject('distDir');
const basePath = inject('base').replace(/\/$/, '');

describe('the search index in dist/pagefind/', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('holds the search library and index, not the Pagefind UIs the site never loads', () => {
    const files = readdirSync(join(distDir, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(files.some((file) => file.endsWith('.pf_meta'))).toBe(true);
    expect(files.filter((file) => /ui|highlight|worker/.test(file))).toEqual([]);
  });

  it('names chunks and fragments by number under a tag, and ships small what every first search loads', () => {
    const bundle = join(distDir, 'pagefind');
    const files = readdirSync(bundle, { recursive: true, encoding: 'utf8' });
    const chunks = files.filter((file) => /^(index|fragment)\/.+\.pf_(index|fragment)$/.test(file));
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.filter((file) => !/^(index|fragment)\/[0-9a-f]{7}\/[0-9a-z]+\.pf_\w+$/.test(file))).toEqual([]);
    // Pagefind's script, WebAssembly and entry file, as a gzip host sends them: 67.4 KB as Pagefind wrote
    // them; 63.0 KB with the script minified and the WebAssembly recompressed (Zopfli).
    const fixed = ['pagefind.js', 'pagefind-entry.json', 'wasm.unknown.pagefind'].map((file) =>
      transferBytes(file, readFileSync(join(bundle, file))),
    );
    console.log(`Pagefind's fixed files: ${fixed.join(' + ')} bytes`);
    expect(fixed.reduce((sum, bytes) => sum + bytes, 0)).toBeLessThanOrEqual(63.5 * 1024);
  });

  it('indexes a table page by its title and unit names, not its figures', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/search/`);
    const table = await page.evaluate<{ title: string; content: string } | undefined>(`(async () => {
      const pagefind = await import('${basePath}/pagefind/pagefind.js');
      await pagefind.options({ noWorker: true });
      const pages = await Promise.all((await pagefind.search(null)).results.map((r) => r.data()));
      const table = pages.find((p) => p.url === '${basePath}/issues/2020-03/tables/departments/');
      return table && { title: table.meta.title, content: table.content };
    })()`);
    await page.close();
    expect(table?.title).toBe('三季度全市信源单位信息上报数据汇总表');
    expect(table?.content).toContain('社会保障中心');
    // Its figures, as the page prints them (725,339,424), except any an editorial note quotes.
    const data = JSON.parse(
      readFileSync(join(PROJECT_ROOT, 'content/issues/2020-03/tables/02-departments.json'), 'utf8'),
    ) as {
      rows: Array<{ cells: unknown[] | Record<string, unknown> }>;
      notes?: Array<{ note: string }>;
    };
    const notes = (data.notes ?? []).map((n) => n.note).join(' ');
    const figures = data.rows
      .flatMap((row) => Object.values(row.cells))
      .filter((cell): cell is number => typeof cell === 'number' && cell >= 100)
      .map(formatCount)
      .filter((figure) => !notes.includes(figure));
    expect(figures.length).toBeGreaterThan(20);
    expect(figures.filter((figure) => table?.content.includes(figure))).toEqual([]);
    expect(table?.content).not.toContain('回到表中');
  });
});

describe('a build whose indexing fails', () => {
  it('stops with a Chinese message, no stack trace and no site written', () => {
    const outDir = join(mkdtempSync(join(tmpdir(), 'bulletin-failed-index-')), 'dist');
    const run = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: PROJECT_ROOT,
      env: buildEnvironment({ ARCHIVE_DIST_DIR: outDir, PAGEFIND_EXTENDED_BINARY_PATH: '/nowhere/pagefind_extended' }),
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('构建失败');
    expect(run.stderr).toContain('Pagefind 扩展版程序不存在');
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(existsSync(outDir)).toBe(false);
    rmSync(join(outDir, '..'), { recursive: true, force: true });
  });
});
