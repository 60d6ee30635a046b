/**
 * A problem an editor caused and can fix: where it is, what is wrong, what was expected.
 * Messages are Chinese for editors; `detail` may add English for developers.
 */
export interface ContentProblem {
  /** Path from the project root, with forward slashes: content/issues/2020-03/issue.json */
  file: string;
  /** Where in the file: a field path (footer.email), a row and column, or a line. */
  place?: string;
  /** 1-based line and column, where known (JSON and YAML syntax errors). */
  line?: number;
  column?: number;
  /** What is wrong and what is expected, in Chinese. */
  message: string;
  /** What was found, shown quoted. */
  found?: string;
  /** English detail for developers. */
  detail?: string;
}

/** Shows a found value the way an editor typed it: strings quoted, absent as “（空）”. */
export function describeFound(value: unknown): string {
  if (value === undefined) return '（未填写）';
  if (value === null) return 'null（空）';
  if (typeof value === 'string') return `“${value.length > 60 ? value.slice(0, 57) + '…' : value}”`;
  const text = JSON.stringify(value);
  return text.length > 60 ? text.slice(0, 57) + '…' : text;
}

/** One problem as a line of text: `  第 3 行 · footer.email：……（实际：“x”）`. */
export function formatProblem(problem: ContentProblem): string {
  const where: string[] = [];
  if (problem.line !== undefined)
    where.push(`第 ${problem.line} 行${problem.column !== undefined ? `第 ${problem.column} 列` : ''}`);
  if (problem.place) where.push(problem.place);
  const head = where.length ? `${where.join(' · ')}：` : '';
  const found = problem.found !== undefined ? `（实际：${problem.found}）` : '';
  const detail = problem.detail ? `\n      ${problem.detail}` : '';
  return `  ✗ ${head}${problem.message}${found}${detail}`;
}

/** Problems grouped by file, files in a stable order, as a report for the terminal. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of problems) {
    const list = byFile.get(problem.file) ?? [];
    list.push(problem);
    byFile.set(problem.file, list);
  }
  const files = [...byFile.keys()].sort();
  return files.map((file) => [file, ...byFile.get(file)!.map(formatProblem)].join('\n')).join('\n\n');
}

/** Thrown when content cannot be built; carries every problem found, not just the first. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(`内容有 ${problems.length} 处问题 / ${problems.length} content problem(s):\n${formatProblems(problems)}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
