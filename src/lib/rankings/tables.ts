import { formatChineseMonth } from '../common/format.ts';
import { cityHeading } from './heading.ts';
import { CITY_LEVELS, LEVEL_HEADINGS, type CityLevel, type Observation, type RankingFile } from './schema.ts';
import type { CitySeries } from './series.ts';

/**
 * One issue's rankings as its page prints them: under each level's heading, one small table per city
 * with the heading printed over it, the figures exactly as this issue printed them, and notes where this
 * issue revises an earlier one or a later issue revised this one.
 */

export interface RankingCityTable {
  city: string;
  /** As printed (营口市（75/261）, 盖州市 (192/387)), or derived when the file does not record it. */
  heading: string;
  /** This city's observations, in printed order. */
  rows: Observation[];
}

export interface RankingLevelTables {
  level: CityLevel;
  /** 全国地级城市信用排名 */
  heading: string;
  cities: RankingCityTable[];
}

/** Levels in the order printed, each with its cities in the order printed; levels without cities are left out. */
export function rankingTables(
  observations: readonly Observation[],
  headings?: RankingFile['headings'],
): RankingLevelTables[] {
  return CITY_LEVELS.map((level) => {
    const rows = observations.filter((o) => o.level === level);
    const cities = [...new Set(rows.map((o) => o.city))].map((city) => ({
      city,
      heading: cityHeading(city, observations, headings),
      rows: rows.filter((o) => o.city === city),
    }));
    return { level, heading: LEVEL_HEADINGS[level], cities };
  }).filter((l) => l.cities.length > 0);
}

/**
 * What to say under an issue's tables about revisions: each figure this issue marks as a revision, with
 * its note, and each figure a later issue revised, with the figures that replaced it. The figures in the
 * tables stay as this issue printed them.
 */
export function revisionNotes(
  observations: readonly Observation[],
  /** The issue these observations are from; without it, only this issue's own revisions are noted. */
  issueId: string | undefined,
  series: readonly CitySeries[],
  /** 2020年第3期 for an issue id. */
  labelOf: (issueId: string) => string,
): string[] {
  return observations.flatMap((o) => {
    const point = series.find((s) => s.city === o.city)?.points.find((p) => p.month === o.month);
    const lines: string[] = [];
    if (o.revision) lines.push(`${o.city} ${formatChineseMonth(o.month)}的数字为本期修订：${o.revision.note}`);
    if (
      issueId &&
      point &&
      !point.sources.includes(issueId) &&
      point.revised.some((r) => r.sources.includes(issueId))
    ) {
      lines.push(
        `${o.city} ${formatChineseMonth(o.month)}的数字后经${labelOf(point.revision?.issueId ?? point.sources[0]!)}修订为综合指数 ${point.index}、第${point.rank}名 / ${point.groupSize}` +
          (point.revision ? `（${point.revision.note}）` : ''),
      );
    }
    return lines;
  });
}
