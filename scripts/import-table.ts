/**
 * `npm run import-table -- sheet.xlsx --issue 2020-04 [--sheet 名称] [--title 表名] [--dry-run]` (or a .csv)
 *
 * Adds one statistical table to an existing issue, from a spreadsheet: the header row gives the printed
 * column labels (keys reused from the archive where labels match), a 合计 row the printed totals, blank
 * cells stay blank (src/lib/import/spreadsheet-table.ts). The file is numbered after the issue's last
 * table and named from its title's pinyin; nothing is overwritten. Prints what needs an editor's eye
 * and the validation result of the new file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { formatContentJson } from '../src/lib/authoring/json-format.ts';
import { permalinkFrom } from '../src/lib/authoring/permalink.ts';
import { formatProblems } from '../src/lib/content/problem.ts';
import { parseOrderedFile } from '../src/lib/content/paths.ts';
import { readContentSnapshot } from '../src/lib/content/snapshot.ts';
import { columnKeysFromArchive } from '../src/lib/import/importer.ts';
import { readCsv, readXlsx, SpreadsheetReadError } from '../src/lib/import/readers/spreadsheet.ts';
import { formatImportNotes } from '../src/lib/import/review.ts';
import { tableFromGrid, type SheetGrid } from '../src/lib/import/spreadsheet-table.ts';
import { decodeBulletin } from '../src/lib/import/text-export.ts';
import { contentRootWithLabel, editorCommand, readInputFile, problemsInFolder, type EditorCommand } from './lib/cli.ts';
import { alreadyExists, writeFailureMessage } from './lib/write-issue.ts';

const USAGE = `用法：npm run import-table -- 表格.xlsx --issue 2020-04 [--sheet 工作表名] [--title 表名] [--dry-run]
  把 Excel 表格（.xlsx 或 .csv）中的一张统计表加入已有的一期（content/issues/2020-04/tables/）。
  表头一行是印刷的栏名，“合计”一行是印刷的合计；空白格保持空白。
  --sheet    读哪一个工作表（默认第一个）
  --title    表名（表格上方没有表名一行时必须给出）
  --dry-run  只显示会写入什么，不写文件`;

const command = editorCommand('导入表格', USAGE);
const fail: EditorCommand['fail'] = command.fail;
const parsed = command.parse(
  {
    issue: { type: 'string' },
    sheet: { type: 'string' },
    title: { type: 'string' },
    'dry-run': { type: 'boolean' },
  },
  true,
);
if (parsed.positionals.length !== 1) fail('请给出一个要导入的 .xlsx 或 .csv 文件', true);
const issue = parsed.values.issue;
if (!issue || !/^\d{4}-\d{2}$/.test(issue))
  fail('请用 --issue 给出加入哪一期，写作“年份-两位期号”，如 --issue 2020-04', true);
const dryRun = parsed.values['dry-run'] === true;
const { path: inputPath, bytes } = readInputFile(command, parsed.positionals[0]!);
const extension = extname(inputPath).toLowerCase();
let grid: SheetGrid;
if (extension === '.xlsx') {
  try {
    grid = (await readXlsx(bytes, parsed.values.sheet)).grid;
  } catch (error) {
    if (error instanceof SpreadsheetReadError) fail(`${inputPath}：${error.message}`);
    throw error;
  }
} else if (extension === '.csv') {
  grid = readCsv(decodeBulletin(bytes).text);
} else {
  fail(`不认识“${extension || inputPath}”这种文件：请给出 .xlsx 或 .csv 文件（旧的 .xls 请在 Excel 里另存为 .xlsx）`);
}

const target = contentRootWithLabel();
const snapshot = readContentSnapshot(target.root, target.rootLabel);
if (!snapshot.files.some((file) => file.path === `issues/${issue}/issue.json`))
  fail(`${target.rootLabel}/issues/${issue}/ 还不存在：请先用 npm run new-issue 或 npm run import 建好这一期`);

const result = tableFromGrid(grid, {
  ...(parsed.values.title ? { title: parsed.values.title } : {}),
  knownColumnKeys: columnKeysFromArchive(snapshot.files),
});
if ('error' in result) fail(`${inputPath}：${result.error}`);

const existing = snapshot.files
  .filter((file) => file.path.startsWith(`issues/${issue}/tables/`))
  .map((file) => parseOrderedFile(file.path.split('/').at(-1)!, 'json'))
  .filter((file) => file !== null);
const order = Math.max(0, ...existing.map((file) => file.order)) + 1;
const slug = permalinkFrom(result.table.title, {
  taken: new Set(existing.map((file) => file.slug)),
  fallback: `table-${String(order).padStart(2, '0')}`,
});
const path = `issues/${issue}/tables/${String(order).padStart(2, '0')}-${slug}.json`;
const text = formatContentJson(result.table);
const label = `${target.rootLabel}/${path}`;

if (!dryRun) {
  try {
    mkdirSync(dirname(join(target.root, path)), { recursive: true });
    writeFileSync(join(target.root, path), text, { flag: 'wx' });
  } catch (error) {
    if (alreadyExists(error)) fail(`${label} 已经存在，不会覆盖`);
    fail(writeFailureMessage(error, join(target.root, path), label));
  }
}
const table = result.table;
console.log(
  `\n${dryRun ? '（试运行，没有写入文件）将写入' : '已写入'} ${label}\n  ${table.title}（${table.rows.length} 行 × ${table.columns.length} 栏${table.printedTotals ? '，含合计行' : ''}）`,
);
console.log(`  栏名与 key：${table.columns.map((c) => `${c.label} → ${c.key}`).join('；')}`);
if (result.notes.length) console.log(`\n${formatImportNotes(result.notes)}`);
const own = problemsInFolder(target.rootLabel, [...snapshot.files, { path, text }], label);
if (own.length) console.log(`\n检查（npm run validate）发现 ${own.length} 处问题，请修改：\n${formatProblems(own)}`);
else console.log('\n检查（npm run validate）：这张表没有格式问题。');
console.log(
  `\n下一步：对照印刷版核对这张表；新起的栏 key 和文件名中的短名（${slug}）可以改，发布后不要再改。然后运行 npm run validate 和 npm run dev 预览。\n`,
);
