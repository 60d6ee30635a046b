/**
 * The example files a new issue starts with, and the rules that keep them from ever being published.
 *
 * Convention: examples live in the issue's `_examples/` folder, laid out like the issue itself
 * (`_examples/articles/01-example-article.mdx` → copy to `articles/03-my-slug.mdx`). The site reads only
 * `articles/*.mdx`, `tables/*.json` and `rankings.json` directly in an issue folder, so nothing under
 * `_examples/` is built; validation allows the folder. Every example text carries the marker 【示例】, and
 * validation rejects any content file outside `_examples/` that still contains it, so an example copied
 * but not rewritten cannot reach the site.
 */
import type { ContentProblem } from '../content/problem.ts';
import type { ContentFile, ContentSnapshot } from '../content/snapshot.ts';
import { formatContentJson } from './json-format.ts';
import type { Observation } from '../rankings/schema.ts';
import type { TableInput } from '../tables/schema.ts';

export const EXAMPLES_FOLDER = '_examples';
/** Marks every example text that an editor must replace. */
export const EXAMPLE_MARKER = '【示例】';

/** Whether a path inside an issue folder (`_examples/tables/01-example-table.json`) is an example. */
export function isExamplePath(pathInIssue: string): boolean {
  return pathInIssue.startsWith(`${EXAMPLES_FOLDER}/`);
}

/** The section an example uses: one the archive has, so the example validates once copied. */
function pickSection(sections: readonly string[], preferred: string): string {
  return sections.includes(preferred) ? preferred : (sections[0] ?? preferred);
}

export const EXAMPLE_TABLE: TableInput = {
  title: `${EXAMPLE_MARKER}某某数据统计表`,
  period: '2020年第三季度',
  rowHeader: '部门名称',
  groups: ['市直部门', '县（市）区'],
  columns: [
    { key: 'administrative-penalties', label: '行政处罚', kind: 'count' },
    { key: 'administrative-licences', label: '行政许可', kind: 'count' },
    { key: 'total', label: '数据总量', kind: 'count' },
  ],
  rowTotalColumn: 'total',
  rows: [
    { unit: `${EXAMPLE_MARKER}甲单位`, group: '市直部门', cells: [12, null, 12] },
    { unit: `${EXAMPLE_MARKER}乙单位`, group: '县（市）区', cells: [3, 40, 43] },
  ],
  printedTotals: { label: '合计', cells: [15, 40, 55] },
  notes: [
    {
      row: `${EXAMPLE_MARKER}甲单位`,
      note: `${EXAMPLE_MARKER}对某一行（row）或某一列（column，写列的 key）的说明，例如印刷版的差错或导出件的错位。没有说明时删去 notes。`,
    },
  ],
};

export const EXAMPLE_OBSERVATIONS: Observation[] = [
  { city: `${EXAMPLE_MARKER}营口市`, level: '地级', month: '2020-07', index: '82.38', rank: 75, groupSize: 261 },
  { city: `${EXAMPLE_MARKER}营口市`, level: '地级', month: '2020-06', index: '83.66', rank: 63, groupSize: 261 },
  { city: `${EXAMPLE_MARKER}盖州市`, level: '县级', month: '2020-07', index: '74.43', rank: 192, groupSize: 387 },
];

/** The heading printed over each city's table, as printed (brackets and spaces vary between cities). */
export const EXAMPLE_HEADINGS: Record<string, string> = {
  [`${EXAMPLE_MARKER}营口市`]: `${EXAMPLE_MARKER}营口市（75/261）`,
  [`${EXAMPLE_MARKER}盖州市`]: `${EXAMPLE_MARKER}盖州市 (192/387)`,
};

/** The example files, with paths inside the issue folder. */
export function exampleFiles(sections: readonly string[]): ContentFile[] {
  const articleSection = pickSection(sections, '工作推进');
  const briefSection = pickSection(sections, '我市简讯');
  return [
    {
      path: `${EXAMPLES_FOLDER}/articles/01-example-article.mdx`,
      text: `---
# ${EXAMPLE_MARKER}这是一篇“文章”（有标题）的示例。用法：把本文件复制到上一级的 articles/ 文件夹，
# 改名为“两位序号-英文短名.mdx”（如 03-credit-repair.mdx；序号是印刷顺序，短名会成为网址），
# 再照印刷版改写。以 # 开头的行是说明，网站不显示，可以删去。
#
# kind：article 是有标题的文章；简讯（◇、☆ 开头，没有标题）见 02-example-brief.mdx。
kind: article
# title：标题，照印刷版原样录入（包括其中的空格），用英文双引号括起来。
title: "${EXAMPLE_MARKER}文章标题照印刷版原样录入"
# section：栏目，即印刷版【】中的字，不带【】；必须是 content/sections.json 中已有的栏目。
section: ${articleSection}
# source：来源，即文末全角括号中的字，不带括号：（市信用办）写作 市信用办。
source: 市信用办
# editorialNotes：编者注，只在印刷版原文明显有误时使用。正文照录不改，在这里说明；
# 网站会在正文中标出原文，并在旁边显示建议读法和理由。没有编者注时，删去 editorialNotes 及其下各行。
editorialNotes:
  # original：正文中有误的原文，一字不差地摘出来；它在正文中只能出现一次（不够唯一就多摘几个字）。
  - original: "重要表率 and 导向作用"
    # reading：建议读法。
    reading: "重要表率和导向作用"
    # note：理由：原文哪里有误。
    note: "印刷版此句中夹有英文单词“and”，显系录入错误；按文意应为“和”。原文照录。"
---

${EXAMPLE_MARKER}正文照印刷版逐段录入，每段一行，段与段之间空一行。不要在正文里写标题和来源行：它们写在上面的 title 和 source 中。

印刷版因分页而断开的段落，要接成一段。

原文明显有误时照录不改，例如“要发挥政务诚信对其他社会主体诚信建设的重要表率 and 导向作用。”，再在上面的 editorialNotes 中说明。

正文中如要写花括号或小于号，请在前面加反斜杠，写成 \\{、\\} 和 \\<，否则网站无法生成。
`,
    },
    {
      path: `${EXAMPLES_FOLDER}/articles/02-example-brief.mdx`,
      text: `---
# ${EXAMPLE_MARKER}这是一条“简讯”的示例。简讯在印刷版中以 ◇ 或 ☆ 开头，没有标题。
# 用法同文章示例：复制到上一级的 articles/ 文件夹，改名为“两位序号-英文短名.mdx”，再照印刷版改写。
kind: brief
# marker：简讯前的符号，照印刷版写 ◇ 或 ☆，用英文双引号括起来。
marker: "◇"
# 简讯不写 title：印刷版没有标题。网站用第一句话生成显示用的标题，并注明它不是印刷的标题。
section: ${briefSection}
source: 营口日报
---

${EXAMPLE_MARKER}简讯正文照印刷版录入。开头的 ◇ 或 ☆ 不写进正文（它写在上面的 marker 中），末尾的来源行也不写（写在 source 中）。
`,
    },
    { path: `${EXAMPLES_FOLDER}/tables/01-example-table.json`, text: formatContentJson(EXAMPLE_TABLE) },
    {
      path: `${EXAMPLES_FOLDER}/rankings.json`,
      text: formatContentJson({ headings: EXAMPLE_HEADINGS, observations: EXAMPLE_OBSERVATIONS }),
    },
  ];
}

/**
 * Content files outside `_examples/` that still contain the example marker: an example was copied
 * but not rewritten. Reported as errors, so it cannot be published.
 */
export function findExampleLeftovers(snapshot: ContentSnapshot): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const file of snapshot.files) {
    if (!file.text.includes(EXAMPLE_MARKER)) continue;
    const parts = file.path.split('/');
    if (
      parts[0] !== 'issues' ||
      parts.length < 3 ||
      /\.md$/i.test(file.path) ||
      isExamplePath(parts.slice(2).join('/'))
    )
      continue;
    const lines = file.text.split('\n');
    const index = lines.findIndex((line) => line.includes(EXAMPLE_MARKER));
    if (index < 0) continue;
    problems.push({
      file: `${snapshot.rootLabel}/${file.path}`,
      line: index + 1,
      message: `还留着示例文字“${EXAMPLE_MARKER}”：这是从 ${EXAMPLES_FOLDER}/ 复制来的示例，请照印刷版改写，改完后删去“${EXAMPLE_MARKER}”`,
      found: `“${lines[index]!.trim().slice(0, 40)}”`,
    });
  }
  return problems;
}

/** The example folders still in the archive (`2020-04/_examples/`), for a reminder once an issue is done. */
export function exampleFolders(snapshot: ContentSnapshot): string[] {
  const folders = new Set<string>();
  for (const file of snapshot.files) {
    const parts = file.path.split('/');
    if (parts[0] === 'issues' && parts.length > 3 && isExamplePath(parts.slice(2).join('/')))
      folders.add(`${snapshot.rootLabel}/issues/${parts[1]}/${EXAMPLES_FOLDER}/`);
  }
  return [...folders].sort();
}
