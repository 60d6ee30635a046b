/**
 * GitHub Pages and plain CDNs send no Content-Security-Policy. Served that way (sirv, no security headers),
 * every page still carries the policy in its <meta http-equiv>, so markup that slipped into a page (an
 * inline script, a javascript: link, an image or script from another host) cannot run or ask another host.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic, type RunningServer } from '../../scripts/lib/static-server.ts';
import { launchChromium } from '../support/browser.ts';
import { META_CONTENT_SECURITY_POLICY } from '../../src/lib/site/content-security-policy.ts';

const distDir = inject('distDir');
const base = inject('base');
const ARTICLE = 'issues/2020-03/articles/credit-repair-training/index.html';
const INJECTED = [
  '<script>window.__ran = "inline script"</script>',
  '<a id="evil" href="javascript:window.__ran=\'javascript: link\'">详见</a>',
  '<img src="https://tracker.example/p.gif" alt="">',
  '<script src="https://cdn.example/x.js"></script>',
  '<link rel="stylesheet" href="https://fonts.example/x.css">',
  '<div style="color:red" onmouseover="window.__ran=\'handler\'" id="hover">悬停</div>',
].join('\n');

let site: string;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'no-headers-'));
  cpSync(distDir, site, { recursive: true });
  const page = join(site, ARTICLE);
  writeFileSync(page, readFileSync(page, 'utf8').replace('</main>', `${INJECTED}\n</main>`));
  server = await serveStatic(site, base);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

describe('the built site on a host that sends no headers', () => {
  it('carries the policy in every page, before anything it loads', () => {
    // Reader pages; the web editor (/admin/) has a policy of its own in deploy/nginx.conf (it needs what readers' pages
    // must not allow), so it is not a reader page here.
    const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.html') && !f.startsWith('admin/'),
    );
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const head = readFileSync(join(distDir, page), 'utf8').split('</head>')[0]!;
      const meta = `<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}">`;
      expect(head, page).toContain(meta);
      // Nothing that loads or runs comes before the policy.
      expect(head.slice(0, head.indexOf(meta)), page).not.toMatch(/<(script|link|style|img)\b/i);
    }
  });

  it('sends no security header itself (so the meta policy is what protects)', async () => {
    const response = await fetch(`${server.origin}${base}${ARTICLE.replace('index.html', '')}`);
    expect(response.headers.get('content-security-policy')).toBeNull();
  });

  it('does not run injected script, javascript: links or handlers, nor ask another host', async () => {
    const page = await browser.newPage();
    const outside: string[] = [];
    const violations: string[] = [];
    const failures: string[] = [];
    page.on('requestfailed', (request) => failures.push(`${request.url()} ${request.failure()?.errorText}`));
    page.on('request', (request) => {
      if (!request.url().startsWith(server.origin) && !request.url().startsWith('data:')) outside.push(request.url());
    });
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${server.origin}${base}${ARTICLE.replace('index.html', '')}`);
    await page.click('#evil');
    await page.hover('#hover');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as { __ran?: string }).__ran)).toBeUndefined();
    // Chromium reports each as a request that the policy stopped before it left the browser.
    expect(outside.length).toBe(3);
    expect(outside.filter((url) => !failures.includes(`${url} csp`))).toEqual([]);
    expect(violations.length).toBeGreaterThanOrEqual(4);
    expect(await page.locator('#hover').evaluate((el) => getComputedStyle(el).color)).not.toBe('rgb(255, 0, 0)');
    await page.close();
  });
});
