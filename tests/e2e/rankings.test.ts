import { AxeBuilder } from '@axe-core/playwright';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { PROJECT_ROOT } from '../support/content-fixture.ts';
import { OVERVIEW_MONTHS } from '../../src/lib/rankings/overview.ts';

/** What a chart element exposes to the page: the Chart.js instances it drew. */
interface ChartLike {
  canvas: HTMLCanvasElement;
  options: { scales: { y: { reverse?: boolean } } };
  data: { datasets: Array<{ borderColor: unknown }> };
  scales: { y: { getPixelForValue(value: number): number } };
  getDatasetMeta(index: number): { dataset: { segments: unknown[] }; data: Array<{ x: number; y: number }> };
}

interface PrintedObservation {
  issueId: string;
  city: string;
  month: string;
  index: string;
  rank: number;
  groupSize: number;
}

/** Every observation the content prints, read straight from the files (not through the site's code). */
function printedObservations(): PrintedObservation[] {
  const issuesDir = join(PROJECT_ROOT, 'content/issues');
  // An issue without rankings has no file; a file that does not parse fails the whole suite here.
  return readdirSync(issuesDir)
    .filter((folder) => existsSync(join(issuesDir, folder, 'rankings.json')))
    .flatMap((folder) => {
      const file = JSON.parse(readFileSync(join(issuesDir, folder, 'rankings.json'), 'utf8')) as {
        observations: PrintedObservation[];
      };
      return file.observations.map((o) => ({ ...o, issueId: folder }));
    });
}

const observations = printedObservations();
const cities = [...new Set(observations.map((o) => o.city))];
/** Months of a city, each once, oldest first. */
const monthsOf = (city: string) => [...new Set(observations.filter((o) => o.city === city).map((o) => o.month))].sort();
/** A city's own page, with its full month series. */
const cityPage = (city: string) => `/rankings/cities/${encodeURIComponent(city)}/`;
const monthNumber = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5));

let browser: Browser;
let origin: string;

beforeAll(async () => {
  origin = inject('origin');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a page and records every console error, page error and request to another host. */
async function open(
  path: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ page: Page; problems: string[] }> {
  // A context per page, as axe needs; close it with page.context().close().
  const page = await (await browser.newContext(options)).newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:'))
      problems.push(`request to another host: ${request.url()}`);
  });
  await page.goto(origin + path);
  return { page, problems };
}

/** Waits until the page's charts are drawn: every city's on the overview, one on a city's page. */
async function waitForCharts(page: Page, count = cities.length): Promise<void> {
  await page.waitForFunction(
    (expected) => document.querySelectorAll('ranking-chart[data-drawn="true"]').length === expected,
    count,
  );
}

describe('the rankings page', () => {
  it('has printed rankings to check against (read from content/issues/*/rankings.json)', () => {
    expect(observations.length).toBeGreaterThan(0);
    expect(cities.length).toBeGreaterThan(0);
  });

  it('draws every city’s two charts without console errors', async () => {
    const { page, problems } = await open('/rankings/', { viewport: { width: 1280, height: 900 } });
    await waitForCharts(page);
    const drawn = await page.$$eval('ranking-chart', (elements) =>
      elements.map((element) => {
        const charts = (element as unknown as { charts: ChartLike[] }).charts;
        return charts.map((chart) => {
          // A drawn canvas has painted pixels; a blank one is all transparent.
          const { width, height } = chart.canvas;
          const pixels = chart.canvas.getContext('2d')!.getImageData(0, 0, width, height).data;
          let painted = 0;
          for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) painted++;
          return { painted, visible: chart.canvas.getBoundingClientRect().height > 100 };
        });
      }),
    );
    expect(drawn).toHaveLength(cities.length);
    for (const charts of drawn) {
      expect(charts).toHaveLength(2);
      for (const chart of charts) {
        expect(chart.visible).toBe(true);
        expect(chart.painted).toBeGreaterThan(1000);
      }
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows every printed figure as text on its city’s page, in the row of its month', async () => {
    for (const o of observations) {
      const { page } = await open(cityPage(o.city));
      const text = await page.locator('main').innerText();
      const row = page.locator(`section[id="city-${o.city}"] table tbody tr`, {
        has: page.locator(`time[datetime="${o.month}"]`),
      });
      await expect(row.count()).resolves.toBe(1);
      const cells = await row.locator('td').allInnerTexts();
      expect(cells[0], `${o.city} ${o.month}`).toBe(o.index);
      expect(cells[1], `${o.city} ${o.month}`).toBe(`${o.rank} / ${o.groupSize}`);
      expect(text).toContain(o.index);
      await page.context().close();
    }
  });

  it('shows each city’s latest months on the overview, and links its full series', async () => {
    const { page } = await open('/rankings/');
    for (const city of cities) {
      const latest = Math.max(...monthsOf(city).map(monthNumber));
      const recent = monthsOf(city).filter((m) => monthNumber(m) > latest - OVERVIEW_MONTHS);
      const shown = await page
        .locator(`section[id="city-${city}"] table tbody tr time`)
        .evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
      expect(shown.sort(), city).toEqual([...recent].sort());
      await expect(page.locator(`section[id="city-${city}"] .city-full a`).getAttribute('href')).resolves.toBe(
        cityPage(city),
      );
    }
    await page.context().close();
  });

  it('breaks the lines where months are missing, on a proportional axis (each city’s page)', async () => {
    for (const city of cities) {
      const { page } = await open(cityPage(city), { viewport: { width: 1280, height: 900 } });
      await waitForCharts(page, 1);
      const months = monthsOf(city);
      const breaks = months.filter((m, i) => i > 0 && monthNumber(m) - monthNumber(months[i - 1]!) > 1).length;
      const shape = await page.$eval(`section[id="city-${city}"] ranking-chart`, (element) => {
        const chart = (element as unknown as { charts: ChartLike[] }).charts[0]!;
        const meta = chart.getDatasetMeta(0);
        return { segments: meta.dataset.segments.length, xs: meta.data.map((p) => p.x) };
      });
      expect(shape.segments, city).toBe(breaks + 1);
      // Pixels per month are the same across a gap as between neighbouring months.
      const perMonth = months
        .slice(1)
        .map((m, i) => (shape.xs[i + 1]! - shape.xs[i]!) / (monthNumber(m) - monthNumber(months[i]!)));
      for (const step of perMonth) expect(step).toBeCloseTo(perMonth[0]!, 3);
      await page.context().close();
    }
  });

  it('draws rank with 1 at the top, and tells the month under the pointer in Chinese, under the chart', async () => {
    const { page } = await open('/rankings/', { viewport: { width: 1280, height: 900 } });
    await waitForCharts(page);
    const city = cities[0]!;
    const latest = observations.filter((o) => o.city === city).sort((a, b) => b.month.localeCompare(a.month))[0]!;
    const element = page.locator(`section[id="city-${city}"] ranking-chart`);
    const rankChart = await element.evaluate((el) => {
      const chart = (el as unknown as { charts: ChartLike[] }).charts[1]!;
      const points = chart.getDatasetMeta(0).data;
      const box = chart.canvas.getBoundingClientRect();
      return {
        reverse: chart.options.scales.y.reverse,
        top: chart.scales.y.getPixelForValue(1),
        bottom: chart.scales.y.getPixelForValue(200),
        last: { x: box.left + points.at(-1)!.x, y: box.top + points.at(-1)!.y },
      };
    });
    expect(rankChart.reverse).toBe(true);
    expect(rankChart.top).toBeLessThan(rankChart.bottom);
    await page.mouse.move(rankChart.last.x, rankChart.last.y);
    const readout = page.locator(`section[id="city-${city}"] figure:has(canvas[data-series="rank"]) [data-readout]`);
    await expect.poll(() => readout.textContent()).not.toBe('');
    const lines = ((await readout.textContent()) ?? '').split(' · 较');
    const [year, month] = latest.month.split('-').map(Number);
    expect(lines[0]).toBe(`${year}年${month}月 · 综合指数 ${latest.index} · 第${latest.rank}名 / ${latest.groupSize}`);
    // Told in text on the page, hidden from screen readers, which read the table beside it.
    await expect(readout.getAttribute('aria-hidden')).resolves.toBe('true');
    await page.context().close();
  });

  it('labels each canvas as an image stating the latest figure and the trend', async () => {
    const { page } = await open('/rankings/');
    for (const city of cities) {
      const latest = observations.filter((o) => o.city === city).sort((a, b) => b.month.localeCompare(a.month))[0]!;
      const canvases = page.locator(`section[id="city-${city}"] canvas`);
      await expect(canvases.count()).resolves.toBe(2);
      for (const canvas of await canvases.all()) await expect(canvas.getAttribute('role')).resolves.toBe('img');
      const [indexLabel, rankLabel] = await canvases.evaluateAll((list) =>
        list.map((c) => c.getAttribute('aria-label') ?? ''),
      );
      expect(indexLabel).toContain(`为 ${latest.index}`);
      expect(rankLabel).toContain(`第${latest.rank}名 / ${latest.groupSize}`);
      expect(rankLabel).toMatch(/较.+(上升|下降) \d+ 名|持平/);
    }
    await page.context().close();
  });

  it('gives best and worst rank for each city', async () => {
    const { page } = await open('/rankings/');
    for (const city of cities) {
      const ranks = observations.filter((o) => o.city === city).map((o) => o.rank);
      const facts = await page.locator(`section[id="city-${city}"] .city-facts`).innerText();
      expect(facts).toMatch(new RegExp(`最好排名\\s*第${Math.min(...ranks)}名`));
      expect(facts).toMatch(new RegExp(`最差排名\\s*第${Math.max(...ranks)}名`));
    }
    await page.context().close();
  });

  it('keeps the tables complete with JavaScript off, and hides the empty chart area', async () => {
    let rows = 0;
    for (const city of cities) {
      const { page, problems } = await open(cityPage(city), { javaScriptEnabled: false });
      await expect(page.locator('canvas').first().isVisible()).resolves.toBe(false);
      rows += await page.locator('table.ranking-series tbody tr:not(.gap-row)').count();
      expect(problems).toEqual([]);
      await page.context().close();
    }
    expect(rows).toBe(new Set(observations.map((o) => `${o.city}|${o.month}`)).size);
  });

  it('works in dark mode with reduced motion: no errors, dark-mode colours', async () => {
    const { page, problems } = await open('/rankings/', { colorScheme: 'dark', reducedMotion: 'reduce' });
    await waitForCharts(page);
    const colour = await page.$eval('ranking-chart', (el) =>
      String((el as unknown as { charts: ChartLike[] }).charts[0]!.data.datasets[0]!.borderColor),
    );
    const expected = await page.$eval('ranking-chart', (el) =>
      getComputedStyle(el).getPropertyValue('--chart-index').trim(),
    );
    expect(colour).toBe(expected);
    expect(colour).not.toBe('#0b57a4');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('follows a switch to dark mode while open', async () => {
    const { page } = await open('/rankings/', { colorScheme: 'light' });
    await waitForCharts(page);
    const before = await page.$eval('ranking-chart', (el) =>
      String((el as unknown as { charts: ChartLike[] }).charts[1]!.data.datasets[0]!.borderColor),
    );
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForFunction(
      (old) =>
        String(
          (document.querySelector('ranking-chart') as unknown as { charts: ChartLike[] }).charts[1]!.data.datasets[0]!
            .borderColor,
        ) !== old,
      before,
    );
    await page.context().close();
  });

  it('has no WCAG 2.2 AA violations found by axe, in light and dark mode', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await open('/rankings/', { colorScheme });
      await waitForCharts(page);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
      await page.context().close();
    }
  });

  it('offers the merged series as CSV (with BOM) and JSON, one row per city and month', async () => {
    const { page } = await open('/rankings/');
    const links = await page.locator('.downloads a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.map((l) => new URL(l).pathname)).toEqual(['/rankings/series.csv', '/rankings/series.json']);
    await page.context().close();
    const points = new Set(observations.map((o) => `${o.city}|${o.month}`)).size;

    const csv = new Uint8Array(await (await fetch(links[0]!)).arrayBuffer());
    expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = new TextDecoder().decode(csv).trim().split('\r\n');
    expect(rows).toHaveLength(points + 1);
    for (const o of observations) {
      expect(
        rows.some(
          (row) => row.startsWith(`${o.city},`) && row.includes(`,${o.month},${o.index},${o.rank},${o.groupSize},`),
        ),
        `${o.city} ${o.month}`,
      ).toBe(true);
    }

    const json = (await (await fetch(links[1]!)).json()) as {
      cities: Array<{ city: string; points: PrintedObservation[] }>;
    };
    expect(json.cities.map((c) => c.city)).toEqual(cities);
    expect(json.cities.reduce((n, c) => n + c.points.length, 0)).toBe(points);
  });

  it('is linked from the issue page, whose tables stay as printed', async () => {
    const { page, problems } = await open('/issues/2020-03/');
    const link = page.locator('.ranking-series-link a');
    await expect(link.getAttribute('href')).resolves.toBe('/rankings/');
    await expect(page.locator('table.ranking-table tbody tr').count()).resolves.toBe(
      observations.filter((o) => o.issueId === '2020-03').length,
    );
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
