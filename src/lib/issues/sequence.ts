import type { ContentProblem } from '../content/problem.ts';
import { formatCumulativeNumber, formatIssueNumber } from '../common/format.ts';

/**
 * 总第N期 counts issues in the order they were published, so the cumulative numbers must rise with the
 * issues' dates and with their year and number (〔2020〕第3期). The new-issue scaffold and the importer
 * already refuse a number out of order; this check catches a typo made by hand in issue.json.
 *
 * A typo in one issue contradicts many others, so the check keeps the largest set of issues that agree
 * with each other and reports each remaining issue once, naming one issue it contradicts. Issues that
 * share a cumulative number are left out: checkCumulativeNumbers (validation/validate-archive.ts) reports them.
 */

export interface SequencedIssue {
  /** `2020-03`, the folder. */
  id: string;
  data: { year: number; number: number; cumulativeNumber: number; date: string };
}

const position = (issue: SequencedIssue) => issue.data.year * 100 + issue.data.number;

/** Whether `a`, with the smaller cumulative number, may come before `b` in time and in numbering. */
function agree(a: SequencedIssue, b: SequencedIssue): boolean {
  return a.data.date <= b.data.date && position(a) < position(b);
}

/** Issues whose cumulative number is out of order, each as a problem in its issue.json. */
export function checkIssueSequence(issues: readonly SequencedIssue[], at: (path: string) => string): ContentProblem[] {
  const counts = new Map<number, number>();
  for (const issue of issues)
    counts.set(issue.data.cumulativeNumber, (counts.get(issue.data.cumulativeNumber) ?? 0) + 1);
  const sorted = issues
    .filter((issue) => counts.get(issue.data.cumulativeNumber) === 1)
    .sort((a, b) => a.data.cumulativeNumber - b.data.cumulativeNumber);

  // Longest chain of issues that agree pairwise (the relation is transitive along cumulative numbers).
  const length = sorted.map(() => 1);
  const previous: number[] = sorted.map(() => -1);
  for (let j = 0; j < sorted.length; j++) {
    for (let i = 0; i < j; i++) {
      if (agree(sorted[i]!, sorted[j]!) && length[i]! + 1 > length[j]!) {
        length[j] = length[i]! + 1;
        previous[j] = i;
      }
    }
  }
  const kept = new Set<number>();
  for (let k = length.indexOf(Math.max(...length)); k >= 0; k = previous[k]!) kept.add(k);

  const problems: ContentProblem[] = [];
  sorted.forEach((issue, index) => {
    if (kept.has(index)) return;
    // Of the issues it contradicts, name the one nearest in cumulative number: usually its neighbour.
    const distance = (k: SequencedIssue) => Math.abs(k.data.cumulativeNumber - issue.data.cumulativeNumber);
    const other = [...kept]
      .map((k) => sorted[k]!)
      .filter((k) => (k.data.cumulativeNumber < issue.data.cumulativeNumber ? !agree(k, issue) : !agree(issue, k)))
      .sort((a, b) => distance(a) - distance(b) || a.data.cumulativeNumber - b.data.cumulativeNumber)[0]!;
    problems.push(outOfOrder(issue, other, at));
  });
  return problems;
}

function outOfOrder(issue: SequencedIssue, other: SequencedIssue, at: (path: string) => string): ContentProblem {
  const smaller = other.data.cumulativeNumber < issue.data.cumulativeNumber;
  const dateWrong = smaller ? other.data.date > issue.data.date : other.data.date < issue.data.date;
  const reason = dateWrong
    ? `总期号比本期${smaller ? '小' : '大'}，印发日期（${other.data.date}）却比本期（${issue.data.date}）${smaller ? '晚' : '早'}`
    : `总期号比本期${smaller ? '小' : '大'}，期号却在本期（${formatIssueNumber(issue.data)}）${smaller ? '之后' : '之前'}`;
  return {
    file: at(`issues/${issue.id}/issue.json`),
    place: 'cumulativeNumber',
    message:
      `总期号与期的先后不符：${formatIssueNumber(other.data)}（${at(`issues/${other.id}/issue.json`)}）是${formatCumulativeNumber(other.data)}，${reason}。` +
      `总期号按印发先后逐期增大：请对照印刷版核对这两期 issue.json 中的总期号（cumulativeNumber）${dateWrong ? '和日期（date）' : '和年份、期号（year、number）'}`,
    found: String(issue.data.cumulativeNumber),
  };
}
