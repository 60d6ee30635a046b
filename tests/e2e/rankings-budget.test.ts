import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';

/**
 * Budgets over the built output, in bytes: everything the rankings page loads as JavaScript is at most
 * 60 KB gzip, and no page without a chart ships chart code.
 */
const BUDGET_BYTES = 60 * 1024;
/** A string of Chart.js's own code that minifying keeps (the error it throws when a canvas is reused). */
const CHART_JS_MARKER = 'Canvas is already in use';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

interface PageScripts {
  /** Every script file the page loads, directly or through static and dynamic imports. */
  files: string[];
  /** Inline script bodies (JSON data blocks excluded). */
  inline: string[];
}

/** Resolves a script URL of the built site (`/_astro/x.js` or `./x.js` relative to `from`) to its file. */
function resolveScript(distDir: string, url: string, from: string): string {
  return url.startsWith('/') ? join(distDir, url) : resolve(dirname(from), url);
}

function scriptsOf(distDir: string, htmlFile: string): PageScripts {
  const html = readFileSync(htmlFile, 'utf8');
  const files = new Set<string>();
  const inline: string[] = [];
  const visit = (file: string) => {
    if (files.has(file)) return;
    // A script the page (or one of its scripts) imports must be in dist/, or the budget would miss it.
    if (!existsSync(file))
      throw new Error(
        `${relative(distDir, htmlFile)} loads ${relative(distDir, file)}, which is not in the built site`,
      );
    files.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(
      /(?:import|export)\s*(?:[^'"();]*?\sfrom\s*)?["']([^"']+\.m?js)["']|import\(\s*["']([^"']+\.m?js)["']\s*\)/g,
    )) {
      visit(resolveScript(distDir, match[1] ?? match[2]!, file));
    }
  };
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = match[1]!;
    const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
    if (src) visit(resolveScript(distDir, src, htmlFile));
    else if (!/type="application\/(ld\+)?json"/.test(attributes)) inline.push(match[2]!);
  }
  for (const match of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g))
    visit(resolveScript(distDir, match[1]!, htmlFile));
  return { files: [...files], inline };
}

const gzipBytes = (files: readonly string[]) =>
  files.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);

describe('JavaScript budgets of the built site', () => {
  const distDir = inject('distDir');
  const rankingsPage = join(distDir, 'rankings/index.html');

  it('the rankings page loads at most 60 KB of JavaScript (gzip), Chart.js included', () => {
    const { files, inline } = scriptsOf(distDir, rankingsPage);
    const code = [...files.map((f) => readFileSync(f, 'utf8')), ...inline].join('\n');
    // The page really loads the chart code, so this measures what it should.
    expect(code).toContain(CHART_JS_MARKER);
    const total = gzipBytes(files) + inline.reduce((sum, body) => sum + gzipSync(body).length, 0);
    console.log(`rankings page JavaScript: ${files.length} file(s), ${total} bytes gzip (budget ${BUDGET_BYTES})`);
    expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('pages without a chart ship no chart code', () => {
    const chartFiles = new Set(
      scriptsOf(distDir, rankingsPage).files.filter((f) => readFileSync(f, 'utf8').includes(CHART_JS_MARKER)),
    );
    expect(chartFiles.size).toBeGreaterThan(0);
    // The overview and each city's page draw charts; every other page must not carry their code.
    const chartPages = new Set([rankingsPage, ...htmlFiles(join(distDir, 'rankings/cities'))]);
    const pages = htmlFiles(distDir).filter((file) => !chartPages.has(file));
    // The issue and article pages are among those checked.
    expect(pages.map((p) => relative(distDir, p))).toEqual(
      expect.arrayContaining([
        'issues/2020-03/index.html',
        expect.stringMatching(/^issues\/2020-03\/articles\/.+\/index\.html$/),
      ]),
    );
    for (const page of pages) {
      const { files, inline } = scriptsOf(distDir, page);
      const offenders = [
        ...files
          .filter((f) => chartFiles.has(f) || readFileSync(f, 'utf8').includes(CHART_JS_MARKER))
          .map((f) => relative(distDir, f)),
        ...inline
          .filter((body) => body.includes(CHART_JS_MARKER) || body.includes('ranking-chart'))
          .map(() => '(inline script)'),
      ];
      expect(offenders, relative(distDir, page)).toEqual([]);
    }
  });
});
