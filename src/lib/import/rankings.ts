import type { z } from 'astro/zod';
import { isBlank, isTabLine, tabFields, type ExportLine } from './text-export.ts';
import type { ImportNote } from './review.ts';
import { parseCityHeading } from '../rankings/heading.ts';
import { CITY_LEVELS, LEVEL_HEADINGS, type CityLevel, type observationSchema } from '../rankings/schema.ts';

export type ObservationInput = z.input<typeof observationSchema>;

/** The ranking level printed under a section head such as 全国地级城市信用排名; `null` for other heads. */
export function rankingLevelOf(heading: string): CityLevel | null {
  return CITY_LEVELS.find((level) => LEVEL_HEADINGS[level] === heading) ?? null;
}

const MONTH = /^(\d{4})\.(\d{1,2})$/;
const INDEX = /^\d{1,3}\.\d{2}$/;
const HEADER = ['月份', '综合指数', '排名'];

/**
 * Reads one ranking section: for each city a line `城市（名次/城市数）` and a table of months, each
 * `2020.07<TAB>82.38<TAB>75`. The index stays text so 77.40 keeps its zero; each city's line is kept
 * as printed (brackets and spaces vary from city to city) for rankings.json's `headings`.
 */
export function parseRankingSection(
  level: CityLevel,
  lines: readonly ExportLine[],
): { observations: ObservationInput[]; headings: Record<string, string>; notes: ImportNote[] } {
  const observations: ObservationInput[] = [];
  const headings: Record<string, string> = {};
  const notes: ImportNote[] = [];
  let city: { name: string; rank: number; groupSize: number; line: number; rows: number } | null = null;
  const review = (line: number, message: string) =>
    notes.push({ kind: 'review', file: 'rankings.json', line, message });

  for (const line of lines) {
    if (isBlank(line)) continue;
    const text = line.text.trim();
    if (!isTabLine(line)) {
      const heading = parseCityHeading(text);
      if (heading) {
        city = { name: heading.city, rank: heading.rank, groupSize: heading.groupSize, line: line.line, rows: 0 };
        headings[heading.city] = text;
      } else {
        review(line.line, `排名部分中这一行既不是“城市（名次/城市数）”也不是数据行，未导入：“${text}”`);
      }
      continue;
    }
    const fields = tabFields(line.text);
    if (fields.join('|') === HEADER.join('|')) continue;
    if (!city) {
      review(
        line.line,
        `这一行排名数据前面没有“城市（名次/城市数）”一行，不知属于哪个城市，未导入：“${fields.join(' ')}”`,
      );
      continue;
    }
    const [monthText = '', index = '', rankText = ''] = fields;
    const month = MONTH.exec(monthText);
    if (!month || !INDEX.test(index) || !/^\d+$/.test(rankText) || fields.length !== 3) {
      review(
        line.line,
        `排名数据应为“月份 综合指数 排名”三栏，如 2020.07 82.38 75，这一行未导入：“${fields.join(' ')}”`,
      );
      continue;
    }
    const rank = Number(rankText);
    observations.push({
      city: city.name,
      level,
      month: `${month[1]}-${month[2]!.padStart(2, '0')}`,
      index,
      rank,
      groupSize: city.groupSize,
    });
    // The heading restates the latest month's rank; a difference means one of them is misprinted.
    if (city.rows === 0 && rank !== city.rank) {
      review(
        line.line,
        `${city.name}标题中的名次是 ${city.rank}，而最近一个月（${monthText}）的排名是 ${rank}：请对照印刷版核对`,
      );
    }
    city.rows += 1;
  }
  return { observations, headings, notes };
}
