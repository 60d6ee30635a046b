import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';

// The site is served by nginx with deploy/nginx.conf; `origin` ends with the base path.
const origin = inject('origin');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** One layout shift Chromium reported, with what moved. */
interface Shift {
  value: number;
  moved: string[];
}

/**
 * Opens the search page with a query in its address, as a shared link does, and records every layout
 * shift (PerformanceObserver, `layout-shift`, buffered from navigation) until the results are shown.
 */
async function shiftsWhileResultsArrive(query: string, viewport: { width: number; height: number }): Promise<Shift[]> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const shifts: Array<{ value: number; moved: string[] }> = [];
    (window as unknown as { shifts: typeof shifts }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as Array<{
        value: number;
        hadRecentInput: boolean;
        sources: Array<{ node?: Node }>;
      }>) {
        if (entry.hadRecentInput) continue;
        shifts.push({
          value: entry.value,
          moved: entry.sources.map((s) => (s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : String(s.node))),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(
    () =>
      /找到|没有找到/.test(document.querySelector('.search-status')?.textContent ?? '') &&
      !document.querySelector('.search-results[aria-busy]'),
  );
  // Layout shift entries are delivered after the frame that caused them.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200))));
  const shifts = await page.evaluate(() => (window as unknown as { shifts: Shift[] }).shifts);
  await context.close();
  return shifts;
}

describe('the search page does not move while results arrive (CLS 0)', () => {
  for (const [name, viewport] of [
    ['desktop', { width: 1280, height: 900 }],
    ['360 px phone', { width: 360, height: 740 }],
  ] as const) {
    for (const query of ['信用修复', '没有这个词语的查询']) {
      it(`${name}, ${query}`, async () => {
        const shifts = await shiftsWhileResultsArrive(query, viewport);
        expect(shifts).toEqual([]);
      });
    }
  }
});
