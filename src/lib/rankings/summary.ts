import { CITY_LEVELS, type CityLevel, type Observation } from './schema.ts';
import type { CitySeries } from './series.ts';
import { formatMonthRuns } from './trend.ts';

/**
 * What the rankings page says around its charts: which cities are ranked in which national lists, and
 * which issue printed which months.
 */

export interface LevelSummary {
  level: CityLevel;
  /** In series order (as the newest issue prints them). */
  cities: string[];
  /** Every group size reported for the level, ascending: 261, or 261、262 when the list grew. */
  sizes: number[];
}

/** Per level, in printed level order: its cities and the sizes of its national list; empty levels left out. */
export function levelSummaries(series: readonly CitySeries[]): LevelSummary[] {
  return CITY_LEVELS.map((level) => {
    const cities = series.filter((s) => s.level === level);
    const sizes = [...new Set(cities.flatMap((s) => s.points.map((p) => p.groupSize)))].sort((a, b) => a - b);
    return { level, cities: cities.map((s) => s.city), sizes };
  }).filter((l) => l.cities.length > 0);
}

export interface IssueSource<I> {
  issue: I;
  /** In printed order. */
  cities: string[];
  /** 2019年12月、2020年3月至7月 */
  months: string;
  /** How many of its figures it marks as revisions. */
  revisions: number;
}

/** Each issue that prints rankings, in the order given (newest first on the page), with what it printed. */
export function issueSources<I extends { observations: readonly Observation[] }>(
  issues: readonly I[],
): Array<IssueSource<I>> {
  return issues
    .filter((issue) => issue.observations.length > 0)
    .map((issue) => ({
      issue,
      cities: [...new Set(issue.observations.map((o) => o.city))],
      months: formatMonthRuns(issue.observations.map((o) => o.month)),
      revisions: issue.observations.filter((o) => o.revision).length,
    }));
}
