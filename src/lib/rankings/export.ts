import { csvDocument } from '../common/csv.ts';
import type { CitySeries, PrintedFigures } from './series.ts';
import { SERIAL_DISPLAY_TITLE } from '../common/serial.ts';
import { timeline } from './trend.ts';

/**
 * The merged ranking series as files to download: CSV for spreadsheets (UTF-8 with a byte-order mark so
 * Excel reads the Chinese; one row per city and month) and JSON for programs (every point with the
 * issues that printed it and any figures a revision replaced).
 */

export interface IssueInfo {
  /** 2020年第3期 */
  label: string;
  /** YYYY-MM-DD */
  date: string;
  /** The issue page, from the site root. */
  url: string;
}

export const CSV_HEADER = [
  '城市',
  '级别',
  '月份',
  '综合指数',
  '排名',
  '参评城市数',
  '刊载期次',
  '修订说明',
  '修订前数字',
] as const;

function labelsOf(sources: readonly string[], issues: ReadonlyMap<string, IssueInfo>): string {
  return sources.map((id) => issues.get(id)?.label ?? id).join('；');
}

/** 综合指数 82.52、第68名 / 261（2020年第3期） */
function describeRevised(figures: PrintedFigures, issues: ReadonlyMap<string, IssueInfo>): string {
  return `综合指数 ${figures.index}、第${figures.rank}名 / ${figures.groupSize}（${labelsOf(figures.sources, issues)}）`;
}

/** The series as CSV text with a BOM and CRLF line ends; months are YYYY-MM and numbers as printed. */
export function seriesToCsv(series: readonly CitySeries[], issues: ReadonlyMap<string, IssueInfo>): string {
  const rows: Array<ReadonlyArray<string | number>> = [CSV_HEADER];
  for (const { city, level, points } of series) {
    for (const point of points) {
      rows.push([
        city,
        level,
        point.month,
        point.index,
        point.rank,
        point.groupSize,
        labelsOf(point.sources, issues),
        point.revision?.note ?? '',
        point.revised.map((figures) => describeRevised(figures, issues)).join('；'),
      ]);
    }
  }
  return csvDocument(rows);
}

/** The series as a JSON document: what it is, the issues it comes from, and each city's points. */
export function seriesToJson(series: readonly CitySeries[], issues: ReadonlyMap<string, IssueInfo>): string {
  const used = new Set(
    series.flatMap((s) => s.points.flatMap((p) => [...p.sources, ...p.revised.flatMap((r) => r.sources)])),
  );
  const document = {
    title: '全国城市信用状况监测：综合指数与排名（各期简报合并）',
    description:
      `各期《${SERIAL_DISPLAY_TITLE}》刊载的月度综合指数和排名，合并为每个城市一条逐月序列。` +
      'index 为印刷的两位小数文字；sources 为刊载该数字的期次（按印发先后）；revision 为后一期的更正说明，revised 为被更正的原数字；missingMonths 为各期均未刊载的月份。',
    issues: Object.fromEntries([...issues].filter(([id]) => used.has(id)).map(([id, info]) => [id, info])),
    cities: series.map(({ city, level, points }) => ({
      city,
      level,
      points: points.map((p) => ({
        month: p.month,
        index: p.index,
        rank: p.rank,
        groupSize: p.groupSize,
        sources: p.sources,
        ...(p.revision ? { revision: p.revision } : {}),
        revised: p.revised,
      })),
      missingMonths: timeline(points)
        .filter((m) => m.point === null)
        .map((m) => m.month),
    })),
  };
  return JSON.stringify(document, null, 2) + '\n';
}
