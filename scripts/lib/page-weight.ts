import type { Browser } from 'playwright-core';
import { transferBytes } from '../bench-search.ts';

/** What one page costs a first-time reader: every response, in bytes as a host sends them, and its size as a DOM. */
export interface PageWeight {
  path: string;
  /** All responses until the network is idle (charts drawn), text counted gzip-compressed. */
  bytes: number;
  files: Array<{ path: string; bytes: number }>;
  /** Elements in the document once loaded, as Lighthouse counts DOM size. */
  elements: number;
}

/** Loads `<origin><path>` in a fresh context (cold cache) and weighs it. */
export async function measurePage(browser: Browser, origin: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const pending: Array<Promise<{ path: string; bytes: number }>> = [];
    page.on('response', (response) => {
      const responsePath = new URL(response.url()).pathname;
      pending.push(
        response.body().then(
          (body) => ({ path: responsePath, bytes: transferBytes(responsePath, body) }),
          () => ({ path: responsePath, bytes: 0 }),
        ),
      );
    });
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    const files = await Promise.all(pending);
    return { path, bytes: files.reduce((sum, file) => sum + file.bytes, 0), files, elements };
  } finally {
    await context.close();
  }
}
