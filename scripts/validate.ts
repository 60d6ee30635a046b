/**
 * `npm run validate`: checks every file in content/ without building the site, and reports every
 * problem at once, grouped by file, in Chinese. `--json` prints one JSON object for scripts and CI.
 */
import { contentRoot } from '../src/lib/content-root.ts';
import { formatProblems } from '../src/lib/content-problem.ts';
import { readContentSnapshot } from '../src/lib/content-snapshot.ts';
import { validateContent } from '../src/lib/validate-content.ts';
import { exampleFolders } from '../src/lib/issue-examples.ts';
import { relative } from 'node:path';

const args = new Set(process.argv.slice(2));
const asJson = args.has('--json');

const root = contentRoot();
const label = relative(process.cwd(), root).split('\\').join('/') || '.';
const started = performance.now();
const snapshot = readContentSnapshot(root, label);
const result = validateContent(snapshot);
const elapsed = performance.now() - started;

if (asJson) {
  process.stdout.write(JSON.stringify({ errors: result.errors }, null, 2) + '\n');
} else if (result.errors.length) {
  console.error(`\n内容检查发现 ${result.errors.length} 处问题，请逐一修改后再运行 npm run validate：\n`);
  console.error(formatProblems(result.errors) + '\n');
} else {
  const articleCount = result.issues.reduce((n, issue) => n + issue.articles.length, 0);
  console.log(`内容检查通过：${result.issues.length} 期，${articleCount} 篇文章和简讯（${Math.round(elapsed)} 毫秒）。`);
}
const examples = asJson ? [] : exampleFolders(snapshot);
if (examples.length) console.log(`提示：${examples.join('、')} 里是示例文件，网站不会发布它们；本期完成后可以删除。`);
process.exitCode = result.errors.length ? 1 : 0;
