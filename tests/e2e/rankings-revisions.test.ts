import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type RunningServer } from '../../scripts/lib/static-server.ts';
import { launchChromium } from '../support/browser.ts';
import { PROJECT_ROOT, runScript } from '../support/content-fixture.ts';
import { LATER_ISSUE, rankingFixture, REVISED } from '../support/ranking-fixture.ts';

/**
 * Two overlapping issues built into a site of their own: the later one reprints June, revises 营口市's
 * July with a note and leaves August out. The pages must show the revision winning, the original still
 * visible, both issues as sources, and the missing month as a gap.
 */
let browser: Browser;
let server: RunningServer;
let distDir: string;

beforeAll(async () => {
  distDir = join(mkdtempSync(join(tmpdir(), 'bulletin-rankings-')), 'dist');
  // This build must not make the main dist/ look stale to the next test run.
  const stamp = join(PROJECT_ROOT, '.build/last-build.json');
  const savedStamp = existsSync(stamp) ? readFileSync(stamp) : undefined;
  const build = runScript('scripts/build.ts', [], { ARCHIVE_CONTENT_DIR: rankingFixture(), ARCHIVE_DIST_DIR: distDir });
  if (savedStamp) writeFileSync(stamp, savedStamp);
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.stderr}`);
  server = await serveStatic(distDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (distDir) rmSync(join(distDir, '..'), { recursive: true, force: true });
});

async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(server.origin + path);
  return { page, problems };
}

describe('rankings across two issues', () => {
  it('shows the revision winning, the earlier figure visible as revised, and both issues as sources', async () => {
    // The city's page has every month; the overview only the latest six (June is older).
    const { page, problems } = await open(`/rankings/cities/${encodeURIComponent(REVISED.city)}/`);
    const section = page.locator(`section[id="city-${REVISED.city}"]`);
    const july = section.locator('tbody tr', { has: page.locator(`time[datetime="${REVISED.month}"]`) });
    expect(await july.locator('td').allInnerTexts()).toEqual([
      REVISED.index,
      `${REVISED.rank} / 261`,
      '较上月下降 11 名',
      '2021年第1期',
    ]);
    await expect(july.locator('th').innerText()).resolves.toContain('修订');

    const note = await section.locator(`[id="city-${REVISED.city}-revision-${REVISED.month}"]`).innerText();
    expect(note).toContain(REVISED.note);
    expect(note).toContain('原刊 综合指数 82.38、第75名 / 261（2020年第3期）');

    const june = section.locator('tbody tr', { has: page.locator('time[datetime="2020-06"]') });
    await expect(june.locator('td').last().innerText()).resolves.toBe('2020年第3期、2021年第1期');
    await page.waitForFunction(() => document.querySelectorAll('ranking-chart[data-drawn="true"]').length === 1);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows a month no issue printed as a gap in the table and a break in the chart (the city’s page)', async () => {
    const { page } = await open(`/rankings/cities/${encodeURIComponent(REVISED.city)}/`);
    const section = page.locator(`section[id="city-${REVISED.city}"]`);
    const gapRows = await section.locator('tr.gap-row th').allInnerTexts();
    expect(gapRows).toEqual(['2020年8月', '2020年1月至2月']);
    await expect(section.locator('.city-facts').innerText()).resolves.toContain('2020年1月至2月、2020年8月');
    await page.waitForFunction(() => document.querySelectorAll('ranking-chart[data-drawn="true"]').length === 1);
    const segments = await section
      .locator('ranking-chart')
      .evaluate((el) =>
        (
          el as unknown as { charts: Array<{ getDatasetMeta(i: number): { dataset: { segments: unknown[] } } }> }
        ).charts.map((c) => c.getDatasetMeta(0).dataset.segments.length),
      );
    expect(segments).toEqual([3, 3]);
    await page.context().close();
  });

  it('keeps the earlier issue’s table as printed and says a later issue revised it', async () => {
    const { page } = await open('/issues/2020-03/');
    const row = page
      .locator('table.ranking-table', { hasText: REVISED.city })
      .locator('tbody tr', { has: page.locator(`time[datetime="${REVISED.month}"]`) });
    expect(await row.locator('td').allInnerTexts()).toEqual(['82.38', '75']);
    await expect(page.locator('.ranking-notes').innerText()).resolves.toContain(
      `${REVISED.city} 2020年7月的数字后经2021年第1期修订为综合指数 ${REVISED.index}、第${REVISED.rank}名 / 261`,
    );
    await page.context().close();
  });

  it('marks the revising issue’s own figure as a revision', async () => {
    const { page } = await open(`/issues/${LATER_ISSUE}/`);
    await expect(page.locator('.ranking-notes').innerText()).resolves.toContain(REVISED.note);
    await page.context().close();
  });

  it('writes the revision into the downloads', async () => {
    const csv = await (await fetch(`${server.origin}/rankings/series.csv`)).text();
    expect(csv).toContain(
      `营口市,地级,2020-07,${REVISED.index},${REVISED.rank},261,2021年第1期,${REVISED.note},综合指数 82.38、第75名 / 261（2020年第3期）`,
    );
    const json = (await (await fetch(`${server.origin}/rankings/series.json`)).json()) as {
      cities: Array<{ city: string; missingMonths: string[] }>;
    };
    expect(json.cities[0]!.missingMonths).toEqual(['2020-01', '2020-02', '2020-08']);
  });
});
