import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { readSite } from '../../scripts/lib/site-links.ts';

// Budgets over the built output, in bytes: an article page (or short item) with everything it loads —
// HTML, stylesheets, icon — at most 30 KB gzip, and no JavaScript at all until the reader opens search.
const distDir = inject('distDir');
const base = inject('base');
const BUDGET = 30 * 1024;
const site = readSite(distDir);
const articlePages = [...site.files].filter((f) => /^issues\/[^/]+\/articles\/[^/]+\/index\.html$/.test(f)).sort();

/** gzip as nginx sends it (deploy/nginx.conf: gzip_comp_level 6). */
const gzipSize = (bytes: Buffer) => gzipSync(bytes, { level: 6 }).length;

/** The same-origin files a page loads on first visit: stylesheets, icons, images, scripts, preloads. */
function loadedFiles(html: string): string[] {
  const refs = [
    ...[...html.matchAll(/<link\b[^>]*\brel="(?:stylesheet|icon|preload|modulepreload)"[^>]*>/g)].map(
      (m) => /\bhref="([^"]+)"/.exec(m[0])?.[1],
    ),
    ...[...html.matchAll(/<(?:img|script)\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
  ].filter((ref): ref is string => Boolean(ref) && !/^[a-z]+:/i.test(ref!));
  return [...new Set(refs)].map((ref) => decodeURIComponent(ref.slice(base.length)));
}

describe('article page budget', () => {
  it('covers every article and short item page', () => {
    expect(articlePages.length).toBeGreaterThanOrEqual(11);
  });

  it.each(articlePages)('%s: HTML and CSS at most 30 KB gzip together', (file) => {
    const html = readFileSync(join(distDir, file));
    const assets = loadedFiles(html.toString());
    expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
    const total = gzipSize(html) + assets.reduce((sum, asset) => sum + gzipSize(readFileSync(join(distDir, asset))), 0);
    expect(total).toBeLessThanOrEqual(BUDGET);
    console.log(`${file}: ${total} B gzip（HTML ${gzipSize(html)} B），预算 ${BUDGET} B`);
  });

  it.each(articlePages)('%s: no JavaScript', (file) => {
    const html = readFileSync(join(distDir, file), 'utf8');
    expect(html.match(/<script\b[^>]*>/g) ?? []).toEqual([]);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(loadedFiles(html).filter((f) => /\.m?js$/.test(f))).toEqual([]);
  });
});
