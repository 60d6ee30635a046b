/**
 * `npm run new-issue` and `npm run import` as an editor runs them: real processes on a throw-away copy
 * of content/ (ARCHIVE_CONTENT_DIR), checking what they write, what they refuse and what they say.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  FIXTURE_ARCHIVE,
  PROJECT_ROOT,
  STACK_TRACE,
  copyOfContent as copyOfRealContent,
  runScript,
} from '../support/content-fixture.ts';

const SOURCE = join(PROJECT_ROOT, 'tests/fixtures/text-export/2020-03.txt');

const created: string[] = [];
afterAll(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

function copyOfContent(): string {
  const dir = copyOfRealContent();
  created.push(dir);
  return dir;
}

/** A content folder with the section list but no issue, to import 2020-3 into. */
function emptyArchive(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bulletin-empty-'));
  created.push(dir);
  cpSync(join(FIXTURE_ARCHIVE, 'sections.json'), join(dir, 'sections.json'));
  return dir;
}

// Each run starts Node and loads zod: allow for a busy machine.
const SLOW = { timeout: 60_000 };

/**
 * Runs `npm run new-issue` in a terminal (`script` gives it one) and types each answer when the date
 * prompt appears, as an editor would; a busy machine only makes it slower, not different.
 */
function inTerminal(args: string[], env: Record<string, string>, answers: string[]): Promise<{ output: string }> {
  const command = [process.execPath, 'scripts/new-issue.ts', ...args].map((part) => `'${part}'`).join(' ');
  const child = spawn('script', ['-qec', command, '/dev/null'], { cwd: PROJECT_ROOT, env: { ...process.env, ...env } });
  let output = '';
  let answered = 0;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
    const prompts = output.split('的印发日期（YYYY-MM-DD').length - 1;
    if (prompts > answered && answered < answers.length) {
      const answer = answers[answered++]!;
      child.stdin.write(answer === '\u0004' ? answer : `${answer}\n`);
    }
  });
  const timer = setTimeout(() => child.kill(), 30_000);
  return new Promise((resolve) => {
    child.on('close', () => {
      clearTimeout(timer);
      resolve({ output });
    });
  });
}

describe('npm run new-issue', SLOW, () => {
  it('creates the folder with issue.json, README and examples, and names the one to-do', () => {
    const content = copyOfContent();
    const run = runScript('scripts/new-issue.ts', ['--year', '2020', '--number', '4', '--date', '2020-12-10'], {
      ARCHIVE_CONTENT_DIR: content,
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('已新建 〔2020〕第4期 总第11期');
    expect(run.stdout).toContain('本期还没有文章或简讯');
    const folder = join(content, 'issues/2020-04');
    expect(readdirSync(folder).sort()).toEqual(['README.md', '_examples', 'articles', 'issue.json', 'tables']);
    expect(JSON.parse(readFileSync(join(folder, 'issue.json'), 'utf8'))).toMatchObject({
      year: 2020,
      number: 4,
      cumulativeNumber: 11,
      date: '2020-12-10',
    });
    const validate = runScript('scripts/validate.ts', [], { ARCHIVE_CONTENT_DIR: content });
    expect(validate.status).toBe(1);
    expect(validate.stderr).toContain('内容检查发现 1 处问题');
  });

  it('refuses an issue that exists, and a missing date when it cannot ask, with a Chinese message and no stack trace', () => {
    const content = copyOfContent();
    const exists = runScript('scripts/new-issue.ts', ['--year', '2020', '--number', '3', '--date', '2020-10-10'], {
      ARCHIVE_CONTENT_DIR: content,
    });
    expect(exists.status).toBe(1);
    expect(exists.stderr).toContain('已经存在');
    const noDate = runScript('scripts/new-issue.ts', ['--year', '2020', '--number', '4'], {
      ARCHIVE_CONTENT_DIR: content,
    });
    expect(noDate.status).toBe(1);
    expect(noDate.stderr).toContain('没有给出日期：不在终端中运行时无法询问，请加上 --date YYYY-MM-DD');
    const typo = runScript('scripts/new-issue.ts', ['--yaer', '2020'], { ARCHIVE_CONTENT_DIR: content });
    expect(typo.status).toBe(1);
    expect(typo.stderr).toContain('参数有误');
    expect(typo.stderr).toContain('用法：npm run new-issue');
    for (const run of [exists, noDate, typo]) expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(existsSync(join(content, 'issues/2020-04'))).toBe(false);
  });

  it('asks for the date in a terminal until it gets a real one', async () => {
    // `script` is util-linux's (Debian: bsdutils, an essential package), so it is always there on Debian.
    expect(
      existsSync('/usr/bin/script'),
      '找不到 /usr/bin/script。请安装：apt-get install -y bsdutils / script(1) not installed',
    ).toBe(true);
    const content = copyOfContent();
    const run = await inTerminal(['--year', '2020', '--number', '4'], { ARCHIVE_CONTENT_DIR: content }, [
      '2020-02-30',
      '2020-12-10',
    ]);
    expect(run.output).toContain('“2020-02-30”不是真实存在的日期');
    expect(run.output).toContain('已新建 〔2020〕第4期');
    expect(JSON.parse(readFileSync(join(content, 'issues/2020-04/issue.json'), 'utf8')).date).toBe('2020-12-10');
  });

  it('takes Ctrl+D at the prompt as cancelling, without a stack trace', async () => {
    // `script` is util-linux's (Debian: bsdutils, an essential package), so it is always there on Debian.
    expect(
      existsSync('/usr/bin/script'),
      '找不到 /usr/bin/script。请安装：apt-get install -y bsdutils / script(1) not installed',
    ).toBe(true);
    const content = copyOfContent();
    const run = await inTerminal(['--year', '2020', '--number', '4'], { ARCHIVE_CONTENT_DIR: content }, ['\u0004']);
    expect(run.output).toContain('没有新建：没有给出日期（已取消）');
    expect(run.output).not.toMatch(STACK_TRACE);
    expect(existsSync(join(content, 'issues/2020-04'))).toBe(false);
  });

  it('refuses an issue that exists before asking for its date', async () => {
    // `script` is util-linux's (Debian: bsdutils, an essential package), so it is always there on Debian.
    expect(
      existsSync('/usr/bin/script'),
      '找不到 /usr/bin/script。请安装：apt-get install -y bsdutils / script(1) not installed',
    ).toBe(true);
    const content = copyOfContent();
    // Were the date asked first, the editor would type it and only then be refused.
    const run = await inTerminal(['--year', '2020', '--number', '3'], { ARCHIVE_CONTENT_DIR: content }, ['2020-10-10']);
    expect(run.output).toContain('〔2020〕第3期 已经存在');
    expect(run.output).not.toContain('的印发日期（YYYY-MM-DD');
    expect(run.output).not.toMatch(STACK_TRACE);
  });

  it('says in Chinese why it could not write the folder, and leaves no half-written folder', () => {
    // A content folder whose path is so long that the folder fits but its files do not (PATH_MAX is
    // 4096 on Linux): the writing fails part-way, as on a full or read-only disk, even for root.
    const base = emptyArchive();
    let root = base;
    while (root.length < 4075 - 101) root = join(root, 'x'.repeat(100));
    root = join(root, 'y'.repeat(4075 - root.length - 1));
    mkdirSync(root, { recursive: true });
    cpSync(join(FIXTURE_ARCHIVE, 'sections.json'), join(root, 'sections.json'));
    const run = runScript('scripts/new-issue.ts', ['--year', '2020', '--number', '4', '--date', '2020-12-10'], {
      ARCHIVE_CONTENT_DIR: root,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('没有新建：无法写入');
    expect(run.stderr).toContain('文件路径太长');
    expect(run.stderr).toContain('没有留下写了一半的文件夹');
    expect(run.stderr).toContain('ENAMETOOLONG');
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(existsSync(join(root, 'issues/2020-04'))).toBe(false);
  });
});

describe('npm run import', SLOW, () => {
  it('writes the issue, lists what it did and what needs an eye, and the result validates', () => {
    const content = emptyArchive();
    const run = runScript('scripts/import.ts', [SOURCE], { ARCHIVE_CONTENT_DIR: content });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('已导入 〔2020〕第3期 总第10期');
    expect(run.stdout).toContain('写入了 15 个文件');
    expect(run.stdout).toContain('已自动处理（请对照印刷版核对）');
    expect(run.stdout).toContain('需要编辑过目');
    expect(run.stdout).toContain('部门名称“市场监督管理局”');
    expect(run.stdout).toContain('新的一期没有格式问题');
    expect(readdirSync(join(content, 'issues/2020-03/articles'))).toHaveLength(11);
    expect(runScript('scripts/validate.ts', [], { ARCHIVE_CONTENT_DIR: content }).status).toBe(0);
  });

  it('reads a path relative to where the editor typed the command (npm runs scripts from the project root)', () => {
    const content = emptyArchive();
    const run = runScript('scripts/import.ts', ['text-export/2020-03.txt', '--dry-run'], {
      ARCHIVE_CONTENT_DIR: content,
      INIT_CWD: join(PROJECT_ROOT, 'tests/fixtures'),
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('试运行，没有写入文件');
    expect(existsSync(join(content, 'issues'))).toBe(false);
  });

  it('never overwrites an existing issue, and says so', () => {
    const content = copyOfContent();
    const before = readFileSync(join(content, 'issues/2020-03/articles/01-civil-servant-credit-check.mdx'), 'utf8');
    const run = runScript('scripts/import.ts', [SOURCE], { ARCHIVE_CONTENT_DIR: content });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('〔2020〕第3期 已经存在');
    expect(run.stderr).toContain('导入不会覆盖或改动已有的期');
    expect(readdirSync(join(content, 'issues/2020-03/articles'))).not.toContain('01-article-01.mdx');
    expect(readFileSync(join(content, 'issues/2020-03/articles/01-civil-servant-credit-check.mdx'), 'utf8')).toBe(
      before,
    );
  });

  it('explains a file it cannot read', () => {
    const run = runScript('scripts/import.ts', ['no-such-file.txt'], { ARCHIVE_CONTENT_DIR: emptyArchive() });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('读不到文件');
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});
