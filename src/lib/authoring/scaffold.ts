/**
 * `npm run new-issue`: what a new issue folder starts with, derived from the archive.
 *
 * issue.json gets everything that can be derived: year and number (given), cumulative number (the
 * archive's highest + 1 unless given), date (given or asked), and the publisher and footer copied from
 * the latest issue, for the editor to check against the print. Key notes start empty. The folder also
 * gets a README.md (what to do next, what each file holds) and the example files of authoring/examples.ts.
 *
 * The new issue fails `npm run validate` with exactly one message until its first article is added
 * (“本期还没有文章或简讯”): a folder with only derived metadata is not a publishable issue, and CI must
 * not publish an empty issue as the latest one. Everything the scaffold writes is otherwise valid.
 */
import { issueId } from '../content/paths.ts';
import { describeFound } from '../content/problem.ts';
import type { ContentFile } from '../content/snapshot.ts';
import { formatChineseDate, formatCumulativeNumber, formatIssueNumber } from '../common/format.ts';
import { parseWithFriendlyErrors } from '../content/friendly-errors.ts';
import { EXAMPLE_MARKER, EXAMPLES_FOLDER, exampleFiles } from './examples.ts';
import { formatIssueJson } from './json-format.ts';
import { newestIssue } from '../issues/order.ts';
import { calendarDate, issueSchema, type IssueData, type IssueInput } from '../issues/schema.ts';
import { parseJsonText } from '../content/file-text.ts';

/** An issue already in the archive: its folder and what its issue.json says. */
export interface ExistingIssue {
  folder: string;
  data: IssueData;
}

/**
 * Every issue of the archive, from a content snapshot. An issue.json that cannot be read makes the
 * cumulative number underivable, so it is returned as a problem and the scaffold refuses to guess.
 */
export function readExistingIssues(files: readonly ContentFile[]): {
  issues: ExistingIssue[];
  folders: string[];
  problems: string[];
} {
  const issues: ExistingIssue[] = [];
  const problems: string[] = [];
  const folders = [
    ...new Set(
      files
        .filter((f) => f.path.startsWith('issues/') && f.path.split('/').length >= 3)
        .map((f) => f.path.split('/')[1]!),
    ),
  ].sort();
  for (const folder of folders) {
    const file = files.find((f) => f.path === `issues/${folder}/issue.json`);
    if (!file) continue;
    const parsed = parseJsonText(file.text, file.path);
    const result = 'problem' in parsed ? undefined : parseWithFriendlyErrors(issueSchema, parsed.value, file.path);
    if (!result?.data) {
      problems.push(
        `content/issues/${folder}/issue.json 有错误，读不出它的期号和总期号：请先运行 npm run validate 并改好它，再新建一期`,
      );
      continue;
    }
    issues.push({ folder, data: result.data });
  }
  return { issues, folders, problems };
}

/**
 * The latest issue (issues/order.ts: by date, then cumulative number), whose publisher and footer a new issue
 * copies.
 */
export function latestIssue(issues: readonly ExistingIssue[]): ExistingIssue | null {
  return newestIssue(issues.map((issue) => ({ ...issue.data, issue })))?.issue ?? null;
}

/** The archive's highest cumulative number (0 when empty): a new issue gets the next one. */
export function highestCumulativeNumber(issues: readonly ExistingIssue[]): number {
  return Math.max(0, ...issues.map((issue) => issue.data.cumulativeNumber));
}

/**
 * Whether a new issue fits the archive: its folder is free, no other issue has its year and number or
 * its cumulative number, and its cumulative number keeps 总第N期 rising with year and number.
 * Used by the scaffold and the importer; both refuse rather than overwrite or renumber.
 */
export function checkIssueIdentity(
  request: { year: number; number: number; cumulativeNumber: number },
  archive: { issues: readonly ExistingIssue[]; folders: readonly string[] },
  /** Appended where the editor should give the printed cumulative number (the scaffold's --cumulative-number). */
  cumulativeHint = '',
): string[] {
  const problems: string[] = [];
  const { issues, folders } = archive;
  const { cumulativeNumber } = request;
  const folder = issueId(request);
  const label = formatIssueNumber(request);
  if (folders.includes(folder))
    problems.push(`${label} 已经存在（content/issues/${folder}/）：不会覆盖。要修改它，请直接编辑那个文件夹里的文件`);
  const sameNumber = issues.find(
    (i) => i.data.year === request.year && i.data.number === request.number && i.folder !== folder,
  );
  if (sameNumber)
    problems.push(
      `${label} 已经在 content/issues/${sameNumber.folder}/ 中（它的 issue.json 写的就是 ${request.year} 年第 ${request.number} 期）`,
    );
  // An imported masthead without 总第N期 gives 0: issue.json then asks for it, and nothing can clash yet.
  if (cumulativeNumber < 1) return problems;
  const sameCumulative = issues.find((i) => i.data.cumulativeNumber === cumulativeNumber);
  if (sameCumulative) {
    problems.push(
      `总期号 ${cumulativeNumber} 已被 ${formatIssueNumber(sameCumulative.data)}（content/issues/${sameCumulative.folder}/）使用：每期的总期号不同。请核对印刷版上本期的总期号${cumulativeHint}`,
    );
  }
  // 总第N期 counts issues in the order they were published, so it must rise with year and number.
  const position = (i: { year: number; number: number }) => i.year * 100 + i.number;
  const outOfOrder = issues.find((i) => {
    if (position(i.data) === position(request)) return false;
    const earlier = position(i.data) < position(request);
    return earlier ? i.data.cumulativeNumber >= cumulativeNumber : i.data.cumulativeNumber <= cumulativeNumber;
  });
  if (outOfOrder && !sameCumulative) {
    problems.push(
      `总期号 ${cumulativeNumber} 与期的先后不符：${formatIssueNumber(outOfOrder.data)} 是${formatCumulativeNumber(outOfOrder.data)}，而${label}在它${position(outOfOrder.data) < position(request) ? '之后' : '之前'}。请核对印刷版上本期的总期号${cumulativeHint}`,
    );
  }
  return problems;
}

const CUMULATIVE_HINT = '；补录较早的一期时，请用 --cumulative-number 给出印刷版上的总期号';

export interface NewIssueRequest {
  year: number;
  number: number;
  /** YYYY-MM-DD */
  date: string;
  /** Given for an older issue added late (总第1–9期); otherwise the archive's highest + 1. */
  cumulativeNumber?: number;
}

export interface NewIssuePlan {
  folder: string;
  issue: IssueInput;
  /** Paths relative to the content root. */
  files: ContentFile[];
  /** The issue the publisher and footer were copied from, if any. */
  copiedFrom: string | null;
  /** Things the editor should know but that are not wrong (a gap in the numbering). */
  remarks: string[];
}

/**
 * Whether a new issue can be made, before its date is known: the archive can be read, year, number and
 * cumulative number are valid, and nothing clashes. The scaffold checks this before asking for the date,
 * so an editor is never asked for a date only to be refused. A date, when given, is checked too.
 */
export function checkNewIssueRequest(
  request: Omit<NewIssueRequest, 'date'> & { date?: string | undefined },
  files: readonly ContentFile[],
): string[] {
  const { issues, folders, problems } = readExistingIssues(files);
  if (!Number.isInteger(request.year) || request.year < 2000 || request.year > 2100)
    problems.push(`年份应为 2000 到 2100 之间的整数（实际：${describeFound(request.year)}）`);
  if (!Number.isInteger(request.number) || request.number < 1 || request.number > 99)
    problems.push(`期号应为 1 到 99 之间的整数（实际：${describeFound(request.number)}）`);
  if (request.date !== undefined && !calendarDate.safeParse(request.date).success)
    problems.push(`日期应为真实存在的日期，格式 YYYY-MM-DD，例如 2020-12-10（实际：${describeFound(request.date)}）`);
  if (
    request.cumulativeNumber !== undefined &&
    (!Number.isInteger(request.cumulativeNumber) || request.cumulativeNumber < 1)
  ) {
    problems.push(`总期号应为正整数（实际：${describeFound(request.cumulativeNumber)}）`);
  }
  if (problems.length) return problems;
  const cumulativeNumber = request.cumulativeNumber ?? highestCumulativeNumber(issues) + 1;
  return checkIssueIdentity(
    { year: request.year, number: request.number, cumulativeNumber },
    { issues, folders },
    CUMULATIVE_HINT,
  );
}

/** Checks a request against the archive and plans the new folder, or says in Chinese why not. */
export function planNewIssue(
  request: NewIssueRequest,
  archive: { files: readonly ContentFile[]; sections: readonly string[] },
): { plan: NewIssuePlan; problems: [] } | { plan: null; problems: string[] } {
  const problems = checkNewIssueRequest(request, archive.files);
  if (problems.length) return { plan: null, problems };

  const { issues } = readExistingIssues(archive.files);
  const latest = latestIssue(issues);
  const highest = highestCumulativeNumber(issues);
  const cumulativeNumber = request.cumulativeNumber ?? highest + 1;
  const folder = issueId(request);

  const issue: IssueInput = {
    year: request.year,
    number: request.number,
    cumulativeNumber,
    date: request.date,
    publisher: latest?.data.publisher ?? '',
    keyNotes: [],
    footer: latest?.data.footer ?? {
      sentTo: [''],
      copiedTo: [''],
      editors: [''],
      reviewer: '',
      email: '',
      telephone: '',
      website: { text: '', url: '' },
      printRun: 0,
    },
  };
  const remarks: string[] = [];
  const sameYear = issues.filter((i) => i.data.year === request.year).map((i) => i.data.number);
  const missing = Array.from({ length: request.number - 1 }, (_, n) => n + 1).filter((n) => !sameYear.includes(n));
  if (missing.length)
    remarks.push(`档案中还没有 ${request.year} 年第 ${missing.join('、')} 期；如果它们也要补录，可以之后再新建`);

  const at = (path: string) => `issues/${folder}/${path}`;
  const files: ContentFile[] = [
    { path: at('issue.json'), text: formatIssueJson(issue) },
    {
      path: at('README.md'),
      text: issueReadme({
        folder,
        issue,
        copiedFrom: latest?.folder ?? null,
        derivedCumulative: request.cumulativeNumber === undefined ? highest : null,
      }),
    },
    ...exampleFiles(archive.sections).map((file) => ({ path: at(file.path), text: file.text })),
  ];
  return { plan: { folder, issue, files, copiedFrom: latest?.folder ?? null, remarks }, problems: [] };
}

/** The README.md of a new issue folder: what is filled in, what to do, what each file holds. */
function issueReadme(context: {
  folder: string;
  issue: IssueInput;
  copiedFrom: string | null;
  derivedCumulative: number | null;
}): string {
  const { folder, issue, copiedFrom, derivedCumulative } = context;
  const cumulative =
    derivedCumulative === null
      ? `总期号 ${issue.cumulativeNumber}（新建时给出）`
      : `总期号 ${issue.cumulativeNumber}（档案中最大的总期号 ${derivedCumulative} 加 1）`;
  const copied = copiedFrom
    ? `编印单位和报尾（报、送、编辑、审核、电子邮件、联系电话、网站、印数）从最近一期 \`${copiedFrom}\` 复制而来。`
    : '档案中还没有别的期，编印单位和报尾是空的，请照印刷版填写。';
  return `# ${formatIssueNumber(issue)} ${formatCumulativeNumber(issue)}（${formatChineseDate(issue.date)}）

这个文件夹是新的一期，由 \`npm run new-issue\` 生成。完整的步骤见《编辑指南》：\`docs/编辑指南.md\`。

## 已经填好的：issue.json

- 年份 ${issue.year}、期号 ${issue.number}、${cumulative}、日期 ${issue.date}。
- ${copied}**请对照印刷版逐项核对**，有变化的照改。
- 重要提示（\`keyNotes\`）是空的：照印刷版逐条填写，每条一项；一条里的换行写作 \`\\n\`。

## 还要做的

1. **文章和简讯**：把 \`${EXAMPLES_FOLDER}/articles/\` 里的示例复制到 \`articles/\`，改名为“两位序号-英文短名.mdx”
   （序号是印刷顺序，如 \`01-civil-servant-credit-check.mdx\`），再照印刷版改写。文件开头的说明（# 开头的行）可以删去。
2. **统计表**：把 \`${EXAMPLES_FOLDER}/tables/01-example-table.json\` 复制到 \`tables/\`，照印刷版改写（格式见下）。
   表的栏目与上一期相同时，复制上一期的表文件来改更省事，列的 \`key\` 也就与上一期一致。
3. **城市信用排名**：把 \`${EXAMPLES_FOLDER}/rankings.json\` 复制到本文件夹（与 issue.json 放在一起），照印刷版改写。
4. 运行 \`npm run validate\`，按提示逐条改好；再运行 \`npm run dev\` 预览。
5. 完成后删除 \`${EXAMPLES_FOLDER}/\` 文件夹和本说明（保留也可以：网站不会发布它们）。

在加入第一篇文章之前，\`npm run validate\` 会提示“本期还没有文章或简讯”：这是提醒，不是出错。

## 示例文件（${EXAMPLES_FOLDER}/）

- \`${EXAMPLES_FOLDER}/\` 里的文件不会出现在网站上，只供复制。
- 示例中的“${EXAMPLE_MARKER}”标出了一定要改写的文字。复制到正式位置后如果还留着“${EXAMPLE_MARKER}”，\`npm run validate\` 会报错，
  示例就不会被误发布。
- 文章示例的说明写在文件开头（# 开头的行）；JSON 文件不能写说明，所以说明写在这里。

## 统计表 \`tables/两位序号-英文短名.json\`

| 字段 | 意思 |
| --- | --- |
| \`title\` | 表名，照印刷版 |
| \`period\` | 统计时段，如“2020年第三季度”；表名里没有写明时段时可以删去 |
| \`rowHeader\` | 第一栏的栏名，如“部门名称”“地区” |
| \`groups\` | 行分组（如“县（市）区”“园区”），按印刷顺序；没有分组就删去，各行也不写 \`group\` |
| \`columns\` | 各栏：\`key\` 是英文小写短名（用于网址和下载），\`label\` 是印刷的栏名，\`kind\` 写 \`count\` |
| \`rowTotalColumn\` | 行合计栏（如“数据总量”）的 \`key\`；没有合计栏就删去 |
| \`rows\` | 各行：\`unit\` 单位名，\`group\` 所属分组，\`cells\` 按栏的顺序写数字 |
| \`printedTotals\` | 印刷的“合计”行，照印刷的数字写，即使它与各行之和不符；没有合计行就删去 |
| \`notes\` | 说明：\`row\` 写单位名、\`column\` 写列的 key，\`note\` 写说明；没有就删去 |

- 数字不加千分位逗号：\`725339424\`，不写 \`725,339,424\`。
- **印刷版空白的格写 \`null\`，不写 0**：空白是“未填报”，0 是“填报了 0”。
- 印刷版的合计与各行之和不符时，照印刷的数字写，不要改：网站会同时显示印刷数和计算数。

## 城市信用排名 \`rankings.json\`

每个城市每个月一项，按印刷顺序：

| 字段 | 意思 |
| --- | --- |
| \`city\` | 城市名，如“营口市” |
| \`level\` | \`地级\` 或 \`县级\`（印刷版【全国地级城市信用排名】【全国县级城市信用排名】） |
| \`month\` | 月份，写作 \`2020-07\`（印刷版 2020.07） |
| \`index\` | 综合指数，照印刷写两位小数，并用英文双引号括起来：\`"77.40"\` |
| \`rank\` | 排名 |
| \`groupSize\` | 参评城市数：城市名后括号中斜线后的数，如（75/261）中的 261 |

\`headings\` 写印在各城市表上方的那一行，以城市名为键，照印刷版原样写，括号和空格也照印：
\`"headings": { "营口市": "营口市（75/261）", "盖州市": "盖州市 (192/387)" }\`。标题中的名次要与该城市最近一个月的排名一致。
没有印标题的城市可以不写，网站会按最近一个月的排名生成“营口市（75/261）”。

网站的排名页把各期的排名合在一起显示。同一城市同一月份在几期中都印出时，照各期印刷的数字分别录入，不要为了一致而改动。

本文件夹：\`content/issues/${folder}/\`
`;
}

/** The section names of content/sections.json, or none if it cannot be read (validation names that). */
export function sectionNames(files: readonly ContentFile[]): string[] {
  const file = files.find((f) => f.path === 'sections.json');
  if (!file) return [];
  try {
    const data = JSON.parse(file.text) as { sections?: unknown };
    return Array.isArray(data.sections) ? data.sections.filter((s): s is string => typeof s === 'string') : [];
  } catch {
    return [];
  }
}
