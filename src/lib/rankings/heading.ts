import type { ContentProblem } from '../content/problem.ts';
import { formatChineseMonth } from '../common/format.ts';
import type { Observation, RankingFile } from './schema.ts';
import { formatRank } from './trend.ts';

/**
 * The line printed over each city's ranking table: the city and its latest rank out of the cities
 * ranked. The print is not uniform (营口市（75/261） with full-width brackets, 盖州市 (192/387) with a space
 * and half-width ones), so rankings.json keeps each heading as printed under `headings`, by city; a
 * file without one gets the heading derived from the figures, in the form 营口市（75/261）.
 */

export interface CityHeading {
  city: string;
  rank: number;
  groupSize: number;
}

/** 营口市（75/261）, 盖州市 (192/387): the city, its latest rank and how many cities were ranked. */
const CITY_HEADING = /^(.+?)\s*[（(]\s*(\d+)\s*\/\s*(\d+)\s*[）)]$/u;

/** Reads a printed city heading, or null when the text is not one. */
export function parseCityHeading(text: string): CityHeading | null {
  const match = CITY_HEADING.exec(text.trim());
  return match ? { city: match[1]!.trim(), rank: Number(match[2]), groupSize: Number(match[3]) } : null;
}

/** The city's latest month in the file, which the heading restates, with its position for messages. */
export function latestObservation(
  observations: readonly Observation[],
  city: string,
): { observation: Observation; position: number } | null {
  let latest: { observation: Observation; position: number } | null = null;
  observations.forEach((observation, position) => {
    if (observation.city === city && (!latest || observation.month > latest.observation.month))
      latest = { observation, position };
  });
  return latest;
}

/** The heading as printed, or derived from the latest month when the file does not record it. */
export function cityHeading(
  city: string,
  observations: readonly Observation[],
  headings: RankingFile['headings'],
): string {
  const printed = headings?.[city];
  if (printed !== undefined) return printed;
  const latest = latestObservation(observations, city)?.observation;
  return latest ? `${city}（${latest.rank}/${latest.groupSize}）` : city;
}

/**
 * Checks the printed headings of one rankings.json: each names a city of the file, reads as
 * “城市（名次/参评城市数）”, and restates that city's latest month. Every problem names the file and
 * the heading, in Chinese.
 */
export function checkRankingHeadings(data: RankingFile, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [city, text] of Object.entries(data.headings ?? {})) {
    const place = `headings.${city}`;
    const found = `“${text}”`;
    const latest = latestObservation(data.observations, city);
    if (!latest) {
      problems.push({
        file,
        place,
        message: `“${city}”在本文件的 observations 中没有数据：标题的键应是本期排名中的城市名，请核对城市名，或删去这条标题`,
        found,
      });
      continue;
    }
    const heading = parseCityHeading(text);
    if (!heading) {
      problems.push({
        file,
        place,
        message: '印刷的城市标题应为“城市名（名次/参评城市数）”，例如“营口市（75/261）”：照印刷版写，括号和空格照印',
        found,
      });
      continue;
    }
    if (heading.city !== city) {
      problems.push({
        file,
        place,
        message: `标题写的城市是“${heading.city}”，却记在“${city}”名下：键和标题中的城市名应相同，请对照印刷版核对`,
        found,
      });
      continue;
    }
    const { observation, position } = latest;
    if (heading.rank !== observation.rank || heading.groupSize !== observation.groupSize) {
      problems.push({
        file,
        place,
        message:
          `标题中的名次 ${heading.rank}/${heading.groupSize} 与本文件中${city}最近一个月的排名不一致（observations[${position}]，${formatChineseMonth(observation.month)}：${formatRank(observation)}）：` +
          '标题转述最近一个月的排名，两处应相同；请对照印刷版核对标题和排名',
        found,
      });
    }
  }
  return problems;
}
