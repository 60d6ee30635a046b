/**
 * `npm run import -- path/to/bulletin.docx [--dry-run]` (or .doc, .wps, .txt)
 *
 * Reads a bulletin's Word file (.docx; .doc and .wps through LibreOffice) or its plain-text export and
 * writes a new issue folder (see src/lib/import/importer.ts and the readers in src/lib/import/readers/).
 * Never overwrites: an issue that exists already, or whose number or cumulative number another issue
 * has, is refused. Prints what it wrote, what it fixed on its own (to check against the print) and
 * what needs an editor's eye, then the validation result of the new folder. `--dry-run` writes nothing.
 */
import { extname } from 'node:path';
import { columnKeysFromArchive, importDocument } from '../src/lib/import/importer.ts';
import { readDocx, DocxReadError } from '../src/lib/import/readers/docx.ts';
import { readTextExport } from '../src/lib/import/readers/text.ts';
import type { BulletinDocument } from '../src/lib/import/document.ts';
import { formatImportNotes } from '../src/lib/import/review.ts';
import { decodeBulletin } from '../src/lib/import/text-export.ts';
import { formatProblems } from '../src/lib/content/problem.ts';
import { readContentSnapshot } from '../src/lib/content/snapshot.ts';
import { formatCumulativeNumber, formatIssueNumber } from '../src/lib/common/format.ts';
import { checkIssueIdentity, readExistingIssues } from '../src/lib/authoring/scaffold.ts';
import { CONVERTED_EXTENSIONS, convertToDocx } from './lib/office-convert.ts';
import {
  contentRootWithLabel,
  editorCommand,
  readInputFile,
  problemsInFolder,
  refusalList,
  writeNewIssueFolder,
  type EditorCommand,
} from './lib/cli.ts';

const USAGE = `用法：npm run import -- 简报.docx [--dry-run]
  把一期简报的 Word 文件导入为新的一期（content/issues/年份-期号/）。
  也可以是 .doc 或 .wps（需要 LibreOffice 转换），或 Word 另存为“纯文本”的 .txt 文件。
  --dry-run  只显示会写入什么，不写文件`;

const command = editorCommand('导入', USAGE);
const fail: EditorCommand['fail'] = command.fail;
const parsed = command.parse({ 'dry-run': { type: 'boolean' } }, true);
if (parsed.positionals.length !== 1) fail('请给出一个要导入的 Word 文件或文本文件', true);
const dryRun = parsed.values['dry-run'] === true;
const { path: inputPath, bytes } = readInputFile(command, parsed.positionals[0]!);
const extension = extname(inputPath).toLowerCase();
let document: BulletinDocument;
let encoding = 'utf-8';
if (extension === '.docx' || CONVERTED_EXTENSIONS.includes(extension)) {
  const docx = extension === '.docx' ? bytes : convertToDocx(inputPath);
  if ('error' in docx) fail(docx.error);
  try {
    document = await readDocx(docx);
  } catch (error) {
    if (error instanceof DocxReadError) fail(`${inputPath}：${error.message}`);
    throw error;
  }
} else {
  const decoded = decodeBulletin(bytes);
  encoding = decoded.encoding;
  document = readTextExport(decoded.text);
}

const target = contentRootWithLabel();
const { root, rootLabel } = target;
const snapshot = readContentSnapshot(root, rootLabel);
const result = importDocument(document, { knownColumnKeys: columnKeysFromArchive(snapshot.files) });
if (!result.folder) fail(`\n${formatImportNotes(result.notes, document.unit)}`);
const folder = result.folder;

const existing = readExistingIssues(snapshot.files);
const refusals = [
  ...existing.problems,
  ...checkIssueIdentity(result.issue as { year: number; number: number; cumulativeNumber: number }, existing),
];
if (refusals.length) fail(`${refusalList(refusals)}\n\n导入不会覆盖或改动已有的期。`);

const folderLabel = `${rootLabel}/issues/${folder}/`;
if (!dryRun) writeNewIssueFolder(command, target, folder, result.files);

const issue = result.issue;
console.log(
  `\n${dryRun ? '（试运行，没有写入文件）将导入' : '已导入'} ${formatIssueNumber(issue)} ${formatCumulativeNumber(issue)} → ${folderLabel}`,
);
if (encoding !== 'utf-8') console.log(`（文件是 ${encoding.toUpperCase()} 编码，已按此读取）`);
console.log(`\n${dryRun ? '将写入' : '写入了'} ${result.files.length} 个文件：`);
const width = Math.max(...result.files.map((f) => f.path.length)) - `issues/${folder}/`.length;
for (const file of result.files)
  console.log(`  ${file.path.slice(`issues/${folder}/`.length).padEnd(width)}  ${file.summary}`);

if (result.notes.length) console.log(`\n${formatImportNotes(result.notes, document.unit)}`);

const own = problemsInFolder(
  rootLabel,
  [...snapshot.files.filter((f) => !f.path.startsWith(`issues/${folder}/`)), ...result.files],
  folderLabel,
);
if (own.length) console.log(`\n检查（npm run validate）发现 ${own.length} 处问题，请修改：\n${formatProblems(own)}`);
else console.log('\n检查（npm run validate）：新的一期没有格式问题。');
console.log(
  `\n下一步：逐条处理上面的清单，对照印刷版通读 ${folderLabel}，然后运行 npm run validate 和 npm run dev 预览。详见 docs/编辑指南.md。\n`,
);
