import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { shiftsWhileResultsArrive } from '../support/layout-shift.ts';

// The site is served by nginx with deploy/nginx.conf; `origin` ends with the base path.
const origin = inject('origin');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the search page does not move while results arrive (CLS 0)', () => {
  for (const [name, viewport] of [
    ['desktop', { width: 1280, height: 900 }],
    ['360 px phone', { width: 360, height: 740 }],
  ] as const) {
    for (const query of ['信用修复', '没有这个词语的查询']) {
      it(`${name}, ${query}`, async () => {
        const shifts = await shiftsWhileResultsArrive(
          browser,
          `${origin}/search/?q=${encodeURIComponent(query)}`,
          viewport,
        );
        expect(shifts).toEqual([]);
      });
    }
  }
});
