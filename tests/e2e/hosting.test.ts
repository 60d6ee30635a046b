import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { rawGet } from '../support/http.ts';
import {
  BROTLI_MODULE,
  brotliAvailable,
  DEPLOY_CONFIG,
  siteConfigFor,
  startNginx,
  type NginxServer,
} from '../support/nginx.ts';

// The built site as Debian's nginx serves it with deploy/nginx.conf (see global-setup.ts).
const origin = inject('origin');
const distDir = inject('distDir');
const cssFile = readdirSync(join(distDir, '_astro')).find((f) => f.endsWith('.css'))!;
const sectionPath = `/sections/${encodeURIComponent('国家政策')}/`;

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

// The policy every response carries, directive by directive. Exact, so a loosened directive (an
// 'unsafe-inline', a hash, another host) fails here and has to be argued for.
const EXPECTED_CSP: Record<string, string[]> = {
  'default-src': ["'self'"],
  // Pagefind compiles its WebAssembly; nothing else beyond the site's own files.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

describe('security headers on pages, assets and errors', () => {
  it.each(['/', '/issues/2020-03/', `/_astro/${cssFile}`, '/rss.xml', '/no-such-page/'])('%s', async (path) => {
    const response = await rawGet(origin + path);
    expect(Object.fromEntries(directives(response.headers['content-security-policy'] ?? ''))).toEqual(EXPECTED_CSP);
    expect(response.headers['strict-transport-security']).toMatch(/max-age=\d{8,}/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(response.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(response.headers['server']).toBe('nginx');
  });
});

describe('built pages need nothing the policy forbids', () => {
  // style-src 'self' blocks <style> elements and style="" attributes; script-src 'self' blocks inline
  // scripts and on…="" handlers. (A <script type="application/json"> is data, never run: allowed.)
  const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort();
  const INLINE = [
    ['<style> element', /<style[\s>]/gi],
    ['style attribute', /<[a-z][^>]*\sstyle\s*=/gi],
    ['inline script', /<script(?![^>]*\ssrc=)(?![^>]*\stype="application\/(?:ld\+)?json")[^>]*>/gi],
    ['event handler attribute', /<[a-z][^>]*\son[a-z]+\s*=/gi],
  ] as const;

  it('scans every page of the built site', () => {
    expect(pages.length).toBeGreaterThan(20);
    expect(pages).toContain('rankings/index.html');
    expect(pages).toContain('search/index.html');
  });

  it('has no inline style or script in any page', () => {
    const found = pages.flatMap((file) => {
      const html = readFileSync(join(distDir, file), 'utf8');
      return INLINE.flatMap(([what, pattern]) =>
        (html.match(pattern) ?? []).map((m) => `${file}: ${what} ${m.slice(0, 80)}`),
      );
    });
    expect(found).toEqual([]);
  });
});

describe('responses', () => {
  it('serves directory URLs, Chinese paths and the 404 page with the right status', async () => {
    expect((await rawGet(origin + '/issues/2020-03/')).status).toBe(200);
    expect((await rawGet(origin + sectionPath)).status).toBe(200);
    const missing = await rawGet(origin + '/issues/1999-01/');
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('找不到这个页面');
  });

  it('adds the trailing slash with a relative redirect, so it works behind proxies and on any port', async () => {
    const response = await rawGet(origin + '/issues/2020-03');
    expect(response.status).toBe(301);
    expect(response.headers['location']).toBe('/issues/2020-03/');
  });

  it.each([
    ['/', 'text/html; charset=utf-8'],
    [`/_astro/${cssFile}`, 'text/css; charset=utf-8'],
    ['/rss.xml', 'application/rss+xml; charset=utf-8'],
    ['/sitemap-index.xml', 'text/xml; charset=utf-8'],
    ['/issues/index.json', 'application/json; charset=utf-8'],
    ['/favicon.svg', 'image/svg+xml; charset=utf-8'],
    ['/issues/2020-03/tables/departments.csv', 'text/csv; charset=utf-8'],
  ])('%s is %s', async (path, type) => {
    expect((await rawGet(origin + path)).headers['content-type']).toBe(type);
  });
});

describe('caching', () => {
  it('keeps hashed assets for a year and makes HTML, feeds and JSON revalidate', async () => {
    expect((await rawGet(`${origin}/_astro/${cssFile}`)).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    for (const path of ['/', '/issues/2020-03/', '/rss.xml', '/issues/index.json', '/no-such-page/']) {
      expect((await rawGet(origin + path)).headers['cache-control'], path).toBe('public, max-age=0, must-revalidate');
    }
  });

  it('lets a browser revalidate HTML cheaply (ETag, 304)', async () => {
    const first = await rawGet(origin + '/issues/');
    const etag = first.headers['etag']!;
    expect(etag).toBeTruthy();
    expect((await rawGet(origin + '/issues/', { 'if-none-match': etag })).status).toBe(304);
  });
});

describe('compression', () => {
  it('gzips HTML, CSS, JSON and the feed, and the bytes unzip to the file', async () => {
    for (const [path, file] of [
      ['/issues/2020-03/', 'issues/2020-03/index.html'],
      [`/_astro/${cssFile}`, `_astro/${cssFile}`],
      ['/issues/2020-03/index.json', 'issues/2020-03/index.json'],
      ['/rss.xml', 'rss.xml'],
    ] as const) {
      const response = await rawGet(origin + path, { 'accept-encoding': 'gzip' });
      expect(response.headers['content-encoding'], path).toBe('gzip');
      expect(response.headers['vary']).toContain('Accept-Encoding');
      expect(gunzipSync(response.body).equals(readFileSync(join(distDir, file)))).toBe(true);
    }
  });

  it('sends brotli to browsers that accept it (deploy/nginx-brotli.conf)', async () => {
    expect(
      brotliAvailable,
      `找不到 nginx 的 brotli 模块 ${BROTLI_MODULE}。请安装：apt-get install -y libnginx-mod-http-brotli-filter / nginx brotli module not installed`,
    ).toBe(true);
    const response = await rawGet(origin + '/issues/2020-03/', { 'accept-encoding': 'br, gzip' });
    expect(response.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(response.body).equals(readFileSync(join(distDir, 'issues/2020-03/index.html')))).toBe(
      true,
    );
  });
});

describe('Pagefind and WebAssembly files', () => {
  // A tiny site holding one file of each kind Pagefind writes, served with the same configuration.
  let server: NginxServer;
  let fixture: string;
  beforeAll(async () => {
    fixture = mkdtempSync(join(tmpdir(), 'archive-pagefind-fixture-'));
    mkdirSync(join(fixture, 'pagefind/fragment'), { recursive: true });
    mkdirSync(join(fixture, 'pagefind/index'), { recursive: true });
    const files = {
      'index.html': '<!doctype html><title>x</title>',
      '404.html': '<!doctype html><title>404</title>',
      'pagefind/pagefind.js': 'export {};',
      'pagefind/pagefind-entry.json': '{}',
      'pagefind/pagefind.zh-cn_abc123.pf_meta': 'x'.repeat(2000),
      'pagefind/fragment/zh-cn_abc123.pf_fragment': 'x'.repeat(2000),
      'pagefind/index/zh-cn_abc123.pf_index': 'x'.repeat(2000),
      'pagefind/filter/zh-cn_abc123.pf_filter': 'x'.repeat(2000),
      'pagefind/wasm.zh-cn.pagefind': 'x'.repeat(2000),
      'module.wasm': 'x'.repeat(2000),
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(fixture, path, '..'), { recursive: true });
      writeFileSync(join(fixture, path), text);
    }
    server = await startNginx({ distDir: fixture });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(fixture, { recursive: true, force: true });
  });

  it('sends every plain-http request to https, path and query kept (the redirect block)', async () => {
    const response = await rawGet(`${server.redirectOrigin}/issues/2020-03/?q=${encodeURIComponent('信用')}`);
    expect(response.status).toBe(301);
    expect(response.headers['location']).toBe(`https://127.0.0.1/issues/2020-03/?q=${encodeURIComponent('信用')}`);
  });

  it.each([
    ['/pagefind/pagefind.zh-cn_abc123.pf_meta', 'application/octet-stream'],
    ['/pagefind/fragment/zh-cn_abc123.pf_fragment', 'application/octet-stream'],
    ['/pagefind/index/zh-cn_abc123.pf_index', 'application/octet-stream'],
    ['/pagefind/filter/zh-cn_abc123.pf_filter', 'application/octet-stream'],
    ['/pagefind/wasm.zh-cn.pagefind', 'application/octet-stream'],
    ['/module.wasm', 'application/wasm'],
    ['/pagefind/pagefind.js', 'application/javascript; charset=utf-8'],
    ['/pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
  ])('%s is %s', async (path, type) => {
    const response = await rawGet(server.origin + path, { 'accept-encoding': 'gzip' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(type);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('does not compress Pagefind’s chunks again (they are gzip already) and caches the hashed ones long', async () => {
    const chunk = await rawGet(server.origin + '/pagefind/fragment/zh-cn_abc123.pf_fragment', {
      'accept-encoding': 'gzip, br',
    });
    expect(chunk.headers['content-encoding']).toBeUndefined();
    expect(chunk.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await rawGet(server.origin + '/pagefind/pagefind-entry.json')).headers['cache-control']).toBe(
      'public, max-age=0, must-revalidate',
    );
  });
});

describe('deploy/nginx.conf', () => {
  it('is served as written: the test harness changes only the lines marked EDIT', () => {
    const text = readFileSync(DEPLOY_CONFIG, 'utf8');
    const served = siteConfigFor(text, 12345, '/tmp/www', '/archive/').split('\n');
    const changed = text.split('\n').filter((line, i) => line !== served[i]);
    expect(served).toHaveLength(text.split('\n').length);
    expect(changed.length).toBe(8);
    for (const line of changed) expect(line).toContain('# EDIT');
  });
});
