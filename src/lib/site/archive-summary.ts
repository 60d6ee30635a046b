import { groupBySection } from '../articles/article.ts';
import { runsOf } from '../common/runs.ts';

/**
 * What the 关于 page says about the archive as a whole, read from the issues themselves: which issues
 * it does not hold yet, and what an issue is made of.
 */

/** Cumulative numbers (总第N期) from 1 to the highest held that the archive does not hold, ascending. */
export function missingCumulativeNumbers(issues: ReadonlyArray<{ cumulativeNumber: number }>): number[] {
  const held = new Set(issues.map((issue) => issue.cumulativeNumber));
  const highest = Math.max(0, ...held);
  return Array.from({ length: highest }, (_, i) => i + 1).filter((n) => !held.has(n));
}

/** Cumulative numbers as runs: 总第1期至第9期、总第12期. */
export function formatCumulativeRuns(numbers: readonly number[]): string {
  return runsOf(numbers)
    .map(({ from, to }) => (from === to ? `总第${from}期` : `总第${from}期至第${to}期`))
    .join('、');
}

export interface OutlinedIssue {
  keyNotes: readonly string[];
  observations: readonly unknown[];
  articles: ReadonlyArray<{ order: number; section: string }>;
  tables: readonly unknown[];
}

/** What an issue holds, in printed order: 开头是“重要提示”, 接着是全国城市信用排名, … */
export function issueOutline(issue: OutlinedIssue): string[] {
  return [
    issue.keyNotes.length > 0 && '开头是“重要提示”',
    issue.observations.length > 0 && '接着是全国城市信用排名',
    issue.articles.length > 0 &&
      `${groupBySection(issue.articles)
        .map((g) => `【${g.section}】`)
        .join('')}栏目刊登文章和简讯`,
    issue.tables.length > 0 && `附 ${issue.tables.length} 张统计表`,
    '末页是报送范围和编印信息',
  ].filter((part): part is string => Boolean(part));
}
