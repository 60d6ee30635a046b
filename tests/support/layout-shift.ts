import type { Browser } from 'playwright-core';

/** One layout shift Chromium reported, with what moved. */
export interface Shift {
  value: number;
  moved: string[];
}

/**
 * Opens a search page address, as a shared link does, and records every layout shift not caused by the
 * reader (PerformanceObserver, `layout-shift`, buffered from navigation) until the results are shown:
 * the first ones, or (`whole`) the whole archive's, after the sealed bundles of the oldest issues.
 */
export async function shiftsWhileResultsArrive(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
  until: 'first' | 'whole' = 'first',
): Promise<Shift[]> {
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
  await page.goto(url);
  await page.waitForFunction(
    (pattern) =>
      new RegExp(pattern).test(document.querySelector('.search-status')?.textContent ?? '') &&
      !document.querySelector('.search-results[aria-busy]'),
    until === 'whole' ? '^(找到|没有找到)' : '找到|没有找到',
  );
  // Layout shift entries are delivered after the frame that caused them.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200))));
  const shifts = await page.evaluate(() => (window as unknown as { shifts: Shift[] }).shifts);
  await context.close();
  return shifts;
}
