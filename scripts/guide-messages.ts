/**
 * The list of validation messages in docs/编辑指南.md, generated from real messages: each case below
 * breaks a copy of the frozen fixture archive (tests/fixtures/archive, issue 2020-03) in one typical way, runs
 * the validator on it, and shows exactly
 * what `npm run validate` prints, with what it means and how to fix it.
 *
 *   node scripts/guide-messages.ts           checks that the guide is up to date (exit 1 if not)
 *   node scripts/guide-messages.ts --write   rewrites the generated part of the guide
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblems, type ContentProblem } from '../src/lib/content/problem.ts';
import { readContentSnapshot, type ContentFile } from '../src/lib/content/snapshot.ts';
import { validateContent } from '../src/lib/validation/validate-archive.ts';
import { isMainModule } from './lib/is-main.ts';
import { BROKEN_CONTENT_CASES, type BrokenContentCase } from './lib/broken-content.ts';

export const GUIDE = join(import.meta.dirname, '..', 'docs', '编辑指南.md');
export const START = '<!-- 以下由 node scripts/guide-messages.ts --write 生成，请勿手改 -->';
export const END = '<!-- 生成部分结束 -->';

/** The real messages of one case, as `npm run validate` prints them. */
export function caseProblems(validationCase: BrokenContentCase, files: readonly ContentFile[]): ContentProblem[] {
  return validateContent({ rootLabel: 'content', files: validationCase.breakContent([...files]) }).errors;
}

/** The generated part of the guide. */
export function renderValidationMessages(files: readonly ContentFile[]): string {
  const sections = BROKEN_CONTENT_CASES.map((validationCase, index) => {
    const problems = caseProblems(validationCase, files);
    if (!problems.length) throw new Error(`case “${validationCase.title}” produced no message`);
    return [
      `#### ${index + 1}. ${validationCase.title}`,
      '',
      '```text',
      formatProblems(problems),
      '```',
      '',
      `**意思：** ${validationCase.meaning}`,
      '',
      `**怎么改：** ${validationCase.fix}`,
    ].join('\n');
  });
  return [START, '', ...sections.flatMap((s) => [s, '']), END].join('\n');
}

/** The guide with its generated part replaced. */
export function updatedGuide(guide: string, generated: string): string {
  const start = guide.indexOf(START);
  const end = guide.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/编辑指南.md lacks the markers ${START} … ${END}`);
  return guide.slice(0, start) + generated + guide.slice(end + END.length);
}

if (isMainModule(import.meta.url)) {
  const files = readContentSnapshot(join(import.meta.dirname, '..', 'tests', 'fixtures', 'archive'), 'content').files;
  const guide = readFileSync(GUIDE, 'utf8');
  const next = updatedGuide(guide, renderValidationMessages(files));
  if (process.argv.includes('--write')) {
    writeFileSync(GUIDE, next);
    console.log(`已更新 ${GUIDE} 中的检查消息一览（${BROKEN_CONTENT_CASES.length} 种）。`);
  } else if (next !== guide) {
    console.error('docs/编辑指南.md 中的检查消息一览已过时：请运行 node scripts/guide-messages.ts --write');
    process.exitCode = 1;
  } else {
    console.log('docs/编辑指南.md 中的检查消息一览是最新的。');
  }
}
