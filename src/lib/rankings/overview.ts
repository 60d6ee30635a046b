import { monthIndex } from '../common/month.ts';
import type { CitySeries } from './series.ts';

/**
 * The rankings overview stays the same size however many issues there are: each city shows its recent
 * months (chart and table), and its full series has a page of its own, as has the list of issues behind
 * the figures.
 */

/**
 * Calendar months of each city’s series the overview shows, so that the page with Chart.js stays within 60 KB
 * (gzip, everything it loads) at any archive size: six months came to 61.7 KB at 100 issues once every page
 * carried its CSP meta element and the units link, five leave a margin.
 */
export const OVERVIEW_MONTHS = 5;

/**
 * The last `months` calendar months of a series, up to its latest reported month. Counted in calendar
 * months, not points, so a window never reaches back across a long gap to fill itself.
 */
export function recentSeries(series: CitySeries, months: number = OVERVIEW_MONTHS): CitySeries {
  const latest = series.points[series.points.length - 1];
  if (!latest) return series;
  const first = monthIndex(latest.month) - months + 1;
  return { ...series, points: series.points.filter((p) => monthIndex(p.month) >= first) };
}

/** Whether the overview leaves out some of a series' months, so the page must point to the full one. */
export function isShortened(series: CitySeries, shown: CitySeries): boolean {
  return shown.points.length < series.points.length;
}

/** How many of the issues that printed a month the overview names in its table; the city's page names all. */
export const OVERVIEW_SOURCES = 2;

/** The latest `limit` of the issues that printed a month (issue ids sort by date), in the order given. */
export function latestSources(sources: readonly string[], limit: number = OVERVIEW_SOURCES): readonly string[] {
  if (sources.length <= limit) return sources;
  const latest = new Set([...sources].sort().slice(-limit));
  return sources.filter((source) => latest.has(source));
}
