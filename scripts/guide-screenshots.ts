/**
 * Regenerates the screenshots of docs/编辑指南.md (docs/images/*.png) from the real tools and site:
 * terminal output of `npm run validate` and `npm run import`, and pages of a preview build with a new
 * issue. Everything runs on throw-away copies of content/. Run by hand after the UI changes:
 *
 *   node scripts/guide-screenshots.ts
 *
 * Uses Debian's Chromium (tests/support/browser.ts). If `pngquant` is installed (apt-get install
 * pngquant), the PNGs are reduced to a small palette, which keeps them a few dozen kilobytes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../tests/support/browser.ts';
import { copyOfContent, editFile, PROJECT_ROOT, runScript } from '../tests/support/content-fixture.ts';
import { serveStatic } from './lib/static-server.ts';

const IMAGES = join(PROJECT_ROOT, 'docs', 'images');
mkdirSync(IMAGES, { recursive: true });
const temporary: string[] = [];
const scratch = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
};

/** Terminal output as a small dark “terminal window”, with the command on top. */
function terminalHtml(command: string, output: string): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const lines = output
    .replace(/\x1b\[[0-9;]*m/g, '')
    .trimEnd()
    .split('\n')
    .map((line) => {
      const html = escape(line);
      if (/^\s+✗/.test(line)) return `<span class="bad">${html}</span>`;
      if (/^\s{6}\S/.test(line) || /^\s+可能的改法/.test(line)) return `<span class="dim">${html}</span>`;
      if (/^(content|\.\.)\S*\/\S+$/.test(line.trim()) || /^(已|需要|检查|内容检查|下一步|写入了)/.test(line))
        return `<span class="head">${html}</span>`;
      return html;
    });
  return `<!doctype html><meta charset="utf-8"><style>
    body { margin: 0; background: #fff; }
    pre { margin: 0; padding: 14px 18px; width: 900px; box-sizing: border-box; background: #1f2328; color: #e6edf3;
      font: 14px/1.55 'Noto Sans Mono CJK SC', monospace; white-space: pre-wrap; overflow-wrap: anywhere; }
    .prompt { color: #7ee787; } .bad { color: #ff9492; } .dim { color: #8b949e; } .head { color: #79c0ff; }
  </style><pre><span class="prompt">$ ${escape(command)}</span>\n${lines.join('\n')}</pre>`;
}

function reduce(file: string, colors: number): void {
  const run = spawnSync('pngquant', ['--force', '--skip-if-larger', '--output', file, String(colors), '--', file]);
  if (run.error) console.log('（没有 pngquant，图片未压缩）');
}

/** Long numbered lists cut to their first items, so a screenshot shows the shape of the report. */
function excerpt(output: string, keep: number): string {
  const lines = output.split('\n');
  const result: string[] = [];
  let item = 0;
  let skipped = false;
  for (const line of lines) {
    const numbered = /^\s+(\d+)\.\s/.exec(line);
    const listed = /^\s{2}\S/.test(line) && !numbered;
    if (numbered) item = Number(numbered[1]);
    else if (!/^\s/.test(line)) item = 0;
    const inList = numbered || listed || (item > 0 && /^\s{4,}/.test(line));
    if (listed) item += 1;
    if (inList && item > keep) {
      if (!skipped) result.push('  …');
      skipped = true;
      continue;
    }
    skipped = false;
    result.push(line);
  }
  return result.join('\n');
}

const browser = await launchChromium();
try {
  // 1. npm run validate on content with two typical mistakes.
  const broken = copyOfContent();
  temporary.push(broken);
  editFile(broken, 'issues/2020-03/articles/04-credit-repair-training.mdx', (t) =>
    t.replace('section: 工作推进', 'section: 工作动态'),
  );
  editFile(broken, 'issues/2020-03/issue.json', (t) => t.replace('"2020-10-10"', '"2020年10月10日"'));
  const validate = runScript('scripts/validate.ts', [], { ARCHIVE_CONTENT_DIR: broken });
  const relabel = (text: string) => text.replaceAll(/\S*bulletin-content-[^/\s]+/g, 'content');

  // 2. npm run import of the real 2020-3 export into an archive without it.
  const empty = scratch('guide-empty-');
  cpSync(join(PROJECT_ROOT, 'content/sections.json'), join(empty, 'sections.json'));
  const imported = runScript('scripts/import.ts', ['tests/fixtures/text-export/2020-03.txt'], {
    ARCHIVE_CONTENT_DIR: empty,
    INIT_CWD: PROJECT_ROOT,
  });
  const importText = imported.stdout.replaceAll(/\S*guide-empty-[^/\s]+/g, 'content');

  const terminals: Array<[string, string, string]> = [
    ['validate-errors.png', 'npm run validate', relabel(validate.stderr + validate.stdout)],
    ['import-report.png', 'npm run import -- 简报2020年第3期.txt', excerpt(importText, 3)],
  ];
  for (const [name, command, output] of terminals) {
    const page = await browser.newPage({ viewport: { width: 900, height: 600 } });
    await page.setContent(terminalHtml(command, output));
    await page.locator('pre').screenshot({ path: join(IMAGES, name) });
    await page.close();
    reduce(join(IMAGES, name), 32);
  }

  // 3. A preview build with a new issue 2020-4, filled from the test fixtures.
  const content = copyOfContent();
  temporary.push(content);
  const dist = scratch('guide-dist-');
  const env = { ARCHIVE_CONTENT_DIR: content, ARCHIVE_DIST_DIR: dist };
  runScript('scripts/new-issue.ts', ['--year', '2020', '--number', '4', '--date', '2020-12-10'], env);
  const fixtures = join(PROJECT_ROOT, 'tests/fixtures/new-issue');
  cpSync(join(fixtures, 'articles'), join(content, 'issues/2020-04/articles'), { recursive: true });
  cpSync(join(fixtures, 'tables'), join(content, 'issues/2020-04/tables'), { recursive: true });
  editFile(content, 'issues/2020-04/issue.json', (t) =>
    JSON.stringify({ ...JSON.parse(t), keyNotes: ['测试用重要提示：本期为演示而建。'] }, null, 2),
  );
  const stamp = join(PROJECT_ROOT, '.build/last-build.json');
  const previousStamp = existsSync(stamp) ? readFileSync(stamp) : null;
  const build = runScript('scripts/build.ts', [], env);
  if (previousStamp) writeFileSync(stamp, previousStamp);
  if (build.status !== 0) throw new Error(build.stderr);
  const server = await serveStatic(dist);
  try {
    const shots: Array<[string, string, number, number]> = [
      ['preview-home.png', '/', 1000, 640],
      ['preview-editorial-note.png', '/issues/2020-03/articles/civil-servant-credit-check/', 1000, 720],
    ];
    for (const [name, path, width, height] of shots) {
      const page = await browser.newPage({ viewport: { width, height } });
      await page.goto(server.origin + path);
      await page.screenshot({ path: join(IMAGES, name) });
      await page.close();
      reduce(join(IMAGES, name), 128);
    }
  } finally {
    await server.close();
  }
  console.log(`已生成 docs/images/ 中的截图。`);
} finally {
  await browser.close();
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
}
