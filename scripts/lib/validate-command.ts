/**
 * `npm run validate` (started by scripts/validate.ts): checks every file in content/ without building the
 * site, and reports every problem at once, grouped by file, in Chinese; then the printed totals that do not
 * add up (discrepancies: published, not errors). `--json` prints one JSON object for scripts and CI:
 * `{"errors": [...], "discrepancies": [...]}`. `--strict` also fails on discrepancies the table files
 * do not acknowledge. Acknowledged discrepancies are one summary line, so they do not bury the problems an
 * editor came for; `--verbose` lists them too.
 */
import { contentRoot } from '../../src/lib/content/root.ts';
import { formatProblems } from '../../src/lib/content/problem.ts';
import { readContentSnapshot } from '../../src/lib/content/snapshot.ts';
import { formatDiscrepancies, unacknowledged } from '../../src/lib/tables/discrepancy-report.ts';
import { validateContent } from '../../src/lib/validation/validate-archive.ts';
import { exampleFolders } from '../../src/lib/authoring/examples.ts';
import { relative } from 'node:path';

const args = new Set(process.argv.slice(2));
const asJson = args.has('--json');
const strict = args.has('--strict');
const verbose = args.has('--verbose');

const root = contentRoot();
const label = relative(process.cwd(), root).split('\\').join('/') || '.';
const started = performance.now();
const snapshot = readContentSnapshot(root, label);
const result = validateContent(snapshot);
const elapsed = performance.now() - started;
const open = unacknowledged(result.discrepancies);
const failed = result.errors.length > 0 || (strict && open.length > 0);

if (asJson) {
  process.stdout.write(JSON.stringify({ errors: result.errors, discrepancies: result.discrepancies }, null, 2) + '\n');
} else {
  if (result.errors.length) {
    console.error(`\n内容检查发现 ${result.errors.length} 处问题，请逐一修改后再运行 npm run validate：\n`);
    console.error(formatProblems(result.errors) + '\n');
  }
  if (result.discrepancies.length) {
    const listed = verbose ? result.discrepancies : open;
    const acknowledgedCount = result.discrepancies.length - open.length;
    if (listed.length) {
      console.log(
        `\n数据核对：${result.discrepancies.length} 处印刷合计与各项之和不符（照印刷版刊出，并在网站上标明），其中 ${open.length} 处未经编者确认${verbose ? '' : '，列出如下'}：\n`,
      );
      console.log(formatDiscrepancies(listed) + '\n');
    }
    if (!verbose && acknowledgedCount)
      console.log(
        `数据核对：${listed.length ? '另有' : '共'} ${acknowledgedCount} 处印刷合计与各项之和不符，已经编者确认（照印刷版刊出，并在网站上标明）；逐条查看请运行 npm run validate -- --verbose\n`,
      );
    if (strict && open.length)
      console.error(
        `严格模式（--strict）：有 ${open.length} 处差异未经确认。核对印刷版后，在表文件的 acknowledged 中逐条写明。\n`,
      );
  }
  if (!failed) {
    const articleCount = result.issues.reduce((n, issue) => n + issue.articles.length, 0);
    console.log(
      `内容检查通过：${result.issues.length} 期，${articleCount} 篇文章和简讯，${result.tables.length} 张数据表（${Math.round(elapsed)} 毫秒）。`,
    );
  }
}
const examples = asJson ? [] : exampleFolders(snapshot);
if (examples.length) console.log(`提示：${examples.join('、')} 里是示例文件，网站不会发布它们；本期完成后可以删除。`);
process.exitCode = failed ? 1 : 0;
