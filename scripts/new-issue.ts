/**
 * `npm run new-issue -- --year 2020 --number 4 [--date 2020-12-10] [--cumulative-number 11]`
 *
 * Creates content/issues/YYYY-NN/ with issue.json (derived where it can be), a README.md and one example
 * of each kind of file (see src/lib/authoring/scaffold.ts). Asks for the date in a terminal when --date is
 * not given; elsewhere (CI, scripts) a missing date is an error. Refuses an issue that exists already or
 * whose number or cumulative number clashes with another issue, before asking for anything.
 */
import { createInterface } from 'node:readline/promises';
import { formatProblems } from '../src/lib/content/problem.ts';
import { readContentSnapshot } from '../src/lib/content/snapshot.ts';
import { formatCumulativeNumber, formatIssueNumber } from '../src/lib/common/format.ts';
import { EXAMPLES_FOLDER } from '../src/lib/authoring/examples.ts';
import { calendarDate } from '../src/lib/issues/schema.ts';
import { checkNewIssueRequest, planNewIssue, sectionNames } from '../src/lib/authoring/scaffold.ts';
import {
  contentRootWithLabel,
  editorCommand,
  problemsInFolder,
  refusalList,
  writeNewIssueFolder,
  type EditorCommand,
} from './lib/cli.ts';

const USAGE = `用法：npm run new-issue -- --year 2020 --number 4 [--date 2020-12-10] [--cumulative-number 11]
  --year               年份，如 2020（印刷版〔2020〕）
  --number             当年的期号，如 4（印刷版 第4期）
  --date               印发日期 YYYY-MM-DD；不给时在终端中询问
  --cumulative-number  总期号（印刷版 总第N期）；不给时取档案中最大的总期号加 1。补录较早的一期时必须给出`;

const command = editorCommand('新建', USAGE);
const fail: EditorCommand['fail'] = command.fail;
const args = command.parse(
  {
    year: { type: 'string' },
    number: { type: 'string' },
    date: { type: 'string' },
    'cumulative-number': { type: 'string' },
  },
  false,
).values;

const integer = (value: string | undefined, name: string): number | undefined => {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) fail(`${name}应为整数（实际：“${value}”）`, true);
  return Number(value);
};
const year = integer(args.year, '--year 年份');
const number = integer(args.number, '--number 期号');
const cumulativeNumber = integer(args['cumulative-number'], '--cumulative-number 总期号');
if (year === undefined || number === undefined) fail('请给出年份和期号，例如 --year 2020 --number 4', true);

async function askDate(): Promise<string> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    for (;;) {
      let answer: string;
      try {
        answer = (
          await prompt.question(
            `${formatIssueNumber({ year: year!, number: number! })}的印发日期（YYYY-MM-DD，例如 ${year}-12-10；直接回车则取消）：`,
          )
        ).trim();
      } catch {
        // Ctrl+D or Ctrl+C at the prompt: the editor cancelled.
        fail('没有给出日期（已取消）');
      }
      if (!answer) fail('没有给出日期');
      if (calendarDate.safeParse(answer).success) return answer;
      console.log(`  “${answer}”不是真实存在的日期，格式应为 YYYY-MM-DD，请重新输入。`);
    }
  } finally {
    prompt.close();
  }
}

const target = contentRootWithLabel();
const { root, rootLabel } = target;
let snapshot;
try {
  snapshot = readContentSnapshot(root, rootLabel);
} catch (error) {
  fail(
    `读不到内容文件夹 ${rootLabel}/：请检查它是否存在（ARCHIVE_CONTENT_DIR 可指向别的文件夹）\n  (${error instanceof Error ? error.message : String(error)})`,
  );
}
// Everything that does not need the date is checked before asking for it.
const refusals = checkNewIssueRequest(
  { year, number, date: args.date, ...(cumulativeNumber !== undefined ? { cumulativeNumber } : {}) },
  snapshot.files,
);
if (refusals.length) fail(refusalList(refusals));

let date = args.date;
if (date === undefined) {
  if (!process.stdin.isTTY)
    fail('没有给出日期：不在终端中运行时无法询问，请加上 --date YYYY-MM-DD，例如 --date 2020-12-10');
  date = await askDate();
}

const result = planNewIssue(
  { year, number, date, ...(cumulativeNumber !== undefined ? { cumulativeNumber } : {}) },
  { files: snapshot.files, sections: sectionNames(snapshot.files) },
);
if (!result.plan) fail(refusalList(result.problems));
const { plan } = result;

const folderLabel = writeNewIssueFolder(command, target, plan.folder, plan.files, ['articles', 'tables']);
console.log(`\n已新建 ${formatIssueNumber(plan.issue)} ${formatCumulativeNumber(plan.issue)}：${folderLabel}\n`);
console.log(
  `  issue.json    年份 ${plan.issue.year}、期号 ${plan.issue.number}、总期号 ${plan.issue.cumulativeNumber}、日期 ${plan.issue.date}`,
);
console.log(
  plan.copiedFrom
    ? `                编印单位和报尾复制自 ${plan.copiedFrom}：请对照印刷版核对；重要提示待填写`
    : '                档案中没有别的期：编印单位和报尾待填写',
);
console.log('  README.md     本期还要做的事，以及统计表、排名文件的格式说明');
console.log(`  ${EXAMPLES_FOLDER}/    文章、简讯、统计表、排名的示例各一个（网站不发布，供复制）`);
console.log('  articles/     放本期的文章和简讯（目前是空的）');
console.log('  tables/       放本期的统计表（目前是空的）');
for (const remark of plan.remarks) console.log(`\n提示：${remark}`);

const own = problemsInFolder(rootLabel, readContentSnapshot(root, rootLabel).files, folderLabel);
if (own.length) console.log(`\n现在运行 npm run validate 会提示（这是待办，不是出错）：\n${formatProblems(own)}`);
console.log(
  `\n下一步：照 ${folderLabel}README.md 的步骤填写本期内容，然后运行 npm run validate 检查、npm run dev 预览。`,
);
console.log('详细说明见 docs/编辑指南.md。\n');
