import type { ContentProblem } from '../content/problem.ts';
import { formatChineseMonth } from '../common/format.ts';
import { monthOfDate } from '../common/month.ts';
import type { Observation } from './schema.ts';

/**
 * The first key note of an issue restates the latest monthly ranking, e.g.
 * "7月份社会信用体系建设全国城市排名：\n营口市 75 / 261 盖州市 192 / 387 大石桥市 98 / 387".
 * It is typed separately from the ranking tables, so the build reads it and compares it with them.
 */

export interface KeyNoteEntry {
  city: string;
  rank: number;
  groupSize: number;
}

export type ParsedKeyNote =
  | { kind: 'not-ranking' }
  /** `month` is the month number the note names (7 for 7月份); the year is the issue's to decide. */
  | { kind: 'ranking'; month: number; entries: KeyNoteEntry[] }
  | { kind: 'unreadable'; reason: string };

/** "7月份……排名：" at the start of a note marks it as a ranking note. */
const HEADER = /^\s*(\d{1,2})\s*月份?[^：:\n]*排名\s*[：:]/;
/** "营口市 75 / 261", also with full-width slash or brackets: "营口市（75/261）". */
const ENTRY = /(\p{Script=Han}+)\s*[（(]?\s*(\d+)\s*[/／]\s*(\d+)\s*[）)]?/gu;

export function parseRankingKeyNote(note: string): ParsedKeyNote {
  const header = HEADER.exec(note);
  if (!header) return { kind: 'not-ranking' };
  const month = Number(header[1]);
  if (month < 1 || month > 12) return { kind: 'unreadable', reason: `“${header[1]}月”不是一个月份` };
  const rest = note.slice(header[0].length);
  const entries: KeyNoteEntry[] = [];
  for (const match of rest.matchAll(ENTRY))
    entries.push({ city: match[1]!, rank: Number(match[2]), groupSize: Number(match[3]) });
  const leftover = rest.replace(ENTRY, '').replace(/[\s，,；;、。]/g, '');
  if (entries.length === 0)
    return { kind: 'unreadable', reason: '冒号后读不出“城市 名次 / 参评城市数”，例如“营口市 75 / 261”' };
  if (leftover)
    return {
      kind: 'unreadable',
      reason: `冒号后有读不懂的文字“${leftover.slice(0, 20)}”；应只有“城市 名次 / 参评城市数”，例如“营口市 75 / 261”`,
    };
  return { kind: 'ranking', month, entries };
}

/** The latest month numbered `month` that is not after the issue's date: 7 in an issue of 2020-10-10 → 2020-07. */
export function resolveNoteMonth(month: number, issueDate: string): string {
  const [year, issueMonth] = monthOfDate(issueDate).split('-').map(Number) as [number, number];
  return `${month <= issueMonth ? year : year - 1}-${String(month).padStart(2, '0')}`;
}

/**
 * Compares an issue's first key note with its ranking data. Notes that are not ranking notes are not
 * checked. `file` names issue.json and `rankingsFile` the rankings.json in messages.
 */
export function checkRankingKeyNote(
  issue: { date: string; keyNotes: readonly string[] },
  observations: readonly Observation[] | undefined,
  file: string,
  rankingsFile: string,
): ContentProblem[] {
  const note = issue.keyNotes[0];
  if (note === undefined) return [];
  const parsed = parseRankingKeyNote(note);
  if (parsed.kind === 'not-ranking') return [];
  const place = 'keyNotes[0]';
  if (parsed.kind === 'unreadable') {
    return [
      { file, place, message: `第一条重要提示像是城市排名，但无法核对：${parsed.reason}`, found: JSON.stringify(note) },
    ];
  }
  const month = resolveNoteMonth(parsed.month, issue.date);
  if (!observations) {
    return [
      {
        file,
        place,
        message: `第一条重要提示列出了${parsed.month}月份的城市排名，但本期没有排名数据文件 ${rankingsFile}，无法核对`,
      },
    ];
  }
  const problems: ContentProblem[] = [];
  for (const entry of parsed.entries) {
    const position = observations.findIndex((o) => o.city === entry.city && o.month === month);
    const observation = observations[position];
    if (!observation) {
      problems.push({
        file,
        place,
        message: `第一条重要提示中“${entry.city} ${entry.rank} / ${entry.groupSize}”在本期排名数据（${rankingsFile}）中找不到 ${entry.city} ${formatChineseMonth(month)}的数字：请核对城市名和月份`,
        found: `${entry.city} ${entry.rank} / ${entry.groupSize}`,
      });
    } else if (observation.rank !== entry.rank || observation.groupSize !== entry.groupSize) {
      problems.push({
        file,
        place,
        message:
          `第一条重要提示中 ${entry.city} ${formatChineseMonth(month)}为 ${entry.rank} / ${entry.groupSize}，` +
          `与本期排名数据（${rankingsFile} observations[${position}]：第${observation.rank}名 / ${observation.groupSize}）不一致：请对照印刷版核对两处`,
        found: `${entry.city} ${entry.rank} / ${entry.groupSize}`,
      });
    }
  }
  return problems;
}
