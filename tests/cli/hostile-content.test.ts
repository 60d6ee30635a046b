/**
 * Content as a hostile contributor or a careless paste would write it: every case fails `npm run validate`
 * with a Chinese message naming the file (and line), without a stack trace and without echoing bytes of a
 * file outside content/; the build refuses it and leaves dist/ as it was.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyOfContent, editFile, PROJECT_ROOT, runScript, STACK_TRACE } from '../support/content-fixture.ts';

const ARTICLE = 'issues/2020-03/articles/04-credit-repair-training.mdx';
const TABLE = 'issues/2020-03/tables/01-districts.json';
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function fixture(edit: (root: string) => void): string {
  const root = copyOfContent();
  made.push(root);
  edit(root);
  return root;
}

const validate = (root: string, args: string[] = []) =>
  runScript('scripts/validate.ts', args, { ARCHIVE_CONTENT_DIR: root });
const appendToArticle = (line: string) => (root: string) => editFile(root, ARTICLE, (text) => `${text}\n${line}\n`);

interface Case {
  name: string;
  edit: (root: string) => void;
  file: string;
  says: string;
  line?: number;
}

const cases: Case[] = [
  {
    name: 'a javascript: link',
    edit: appendToArticle('[详见](javascript:alert(1))'),
    file: ARTICLE,
    says: '不允许“javascript:”开头的链接',
  },
  {
    name: 'an entity-encoded javascript: reference definition',
    edit: appendToArticle('[详见][a]\n\n[a]: jav&#x61;script:alert(document.cookie)'),
    file: ARTICLE,
    says: '不允许“javascript:”开头的链接',
  },
  {
    name: 'a data: link',
    edit: appendToArticle('[详见](data:text/html,x)'),
    file: ARTICLE,
    says: '不允许“data:”开头的链接',
  },
  {
    name: 'a remote image (tracking pixel)',
    edit: appendToArticle('![ ](https://tracker.example/p.gif)'),
    file: ARTICLE,
    says: '图片必须有替代文字',
  },
  {
    name: 'a remote image with alt text',
    edit: appendToArticle('![培训现场](https://tracker.example/p.gif)'),
    file: ARTICLE,
    says: '图片只能是本期文件夹里的图片文件',
  },
  {
    name: 'an image that is not there',
    edit: appendToArticle('![培训现场](../images/photo.jpg)'),
    file: ARTICLE,
    says: '找不到图片文件 issues/2020-03/images/photo.jpg',
  },
  {
    name: 'an SVG image',
    edit: (root) => {
      appendToArticle('![图](../images/a.svg)')(root);
    },
    file: ARTICLE,
    says: '不接受 SVG',
  },
  {
    name: 'a front matter closing line that merely starts with ---',
    edit: (root) => editFile(root, ARTICLE, (text) => text.replace(/\n---\n/, '\n---x: 1\nexport const a = 1\n---\n')),
    file: ARTICLE,
    says: '只写三个减号 ---',
  },
  {
    name: 'a title of zero-width characters',
    edit: (root) => editFile(root, ARTICLE, (text) => text.replace(/^title: .*$/m, 'title: "\u200B\u200B\u2060"')),
    file: ARTICLE,
    says: '标题只有空白或看不见的字符',
  },
  {
    name: 'a GBK-encoded sentence in a UTF-8 article',
    // 信用 in GBK.
    edit: (root) => appendFileSync(join(root, ARTICLE), Buffer.from([0x0a, 0xd0, 0xc5, 0xd3, 0xc3, 0x0a])),
    file: ARTICLE,
    says: '文件不是 UTF-8 编码',
  },
  {
    name: 'JSON nested 100,000 levels deep',
    edit: (root) =>
      writeFileSync(
        join(root, 'issues/2020-03/tables/03-deep.json'),
        `{"title": ${'['.repeat(1e5)}${']'.repeat(1e5)}}`,
      ),
    file: 'issues/2020-03/tables/03-deep.json',
    says: '括号嵌套太深',
  },
  {
    name: '1e400 in a cell',
    edit: (root) => editFile(root, TABLE, (text) => text.replace('"cells": [1, 165,', '"cells": [1e400, 165,')),
    file: TABLE,
    says: '（实际：“1e400”）',
  },
];

describe.each(cases)('$name', ({ edit, file, says }) => {
  it('fails npm run validate in Chinese, naming the file', () => {
    const run = validate(fixture(edit));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(file);
    expect(run.stderr).toContain(says);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('the GBK sentence', () => {
  it('is named by its line', () => {
    const root = fixture(appendToArticle(''));
    const lines = readFileSync(join(root, ARTICLE), 'utf8').split('\n').length;
    appendFileSync(join(root, ARTICLE), Buffer.from([0xd0, 0xc5, 0xd3, 0xc3, 0x0a]));
    expect(validate(root).stderr).toContain(`第 ${lines} 行：文件不是 UTF-8 编码`);
  });
});

describe('links and special files in content/', () => {
  const outside = mkdtempSync(join(tmpdir(), 'outside-'));
  made.push(outside);
  writeFileSync(join(outside, 'secret.mdx'), readFileSync(join(copyOfContent(), ARTICLE)));

  it('refuses a link to a file outside the repository', () => {
    const root = fixture((r) =>
      symlinkSync(join(outside, 'secret.mdx'), join(r, 'issues/2020-03/articles/12-outside.mdx')),
    );
    const run = validate(root);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('issues/2020-03/articles/12-outside.mdx');
    expect(run.stderr).toContain('符号链接');
  });

  it('never echoes the bytes of /etc/passwd', () => {
    const root = fixture((r) => symlinkSync('/etc/passwd', join(r, 'issues/2020-03/tables/03-passwd.json')));
    const run = validate(root);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('03-passwd.json');
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/root:|\/bin\//);
  });

  it('reports a link loop as JSON with --json, without a stack trace', () => {
    const root = fixture((r) => symlinkSync('13-loop.mdx', join(r, 'issues/2020-03/articles/13-loop.mdx')));
    const run = validate(root, ['--json']);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    const report = JSON.parse(run.stdout) as { errors: { file: string; message: string }[] };
    expect(report.errors).toContainEqual(expect.objectContaining({ file: expect.stringContaining('13-loop.mdx') }));
  });

  it('refuses a link to /dev/zero and a named pipe without reading them', () => {
    const root = fixture((r) => {
      symlinkSync('/dev/zero', join(r, 'issues/2020-03/tables/03-zero.json'));
      execFileSync('mkfifo', [join(r, 'issues/2020-03/tables/04-pipe.json')]);
    });
    const run = validate(root);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('03-zero.json');
    expect(run.stderr).toMatch(/04-pipe\.json\n\s+✗ 这不是普通文件/);
  });

  it('refuses a content file over the size cap, saying so', () => {
    const root = fixture((r) =>
      writeFileSync(join(r, 'issues/2020-03/tables/03-huge.json'), Buffer.alloc(5 * 1024 * 1024, 0x20)),
    );
    const run = validate(root);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/03-huge\.json\n\s+✗ 文件太大（5\.0 MB），上限为 4\.0 MB/);
  });
});

describe('a JSON file with a byte order mark (Windows Notepad)', () => {
  it('passes npm run validate', () => {
    const root = fixture((r) => editFile(r, TABLE, (text) => `\uFEFF${text}`));
    const run = validate(root);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

describe('npm run build with careless pastes: byte order marks in JSON files, a paragraph indented with spaces', () => {
  let dist: string;
  let run: ReturnType<typeof runScript>;
  beforeAll(() => {
    const root = fixture((r) => {
      editFile(r, TABLE, (text) => `\uFEFF${text}`);
      editFile(r, 'issues/2020-03/issue.json', (text) => `\uFEFF${text}`);
      // Four spaces before a paragraph (a paste from Word) make an indented code block in Markdown, not in MDX.
      appendToArticle('    缩进四个空格粘贴的段落。')(r);
    });
    dist = join(mkdtempSync(join(tmpdir(), 'dist-')), 'dist');
    made.push(join(dist, '..'));
    run = runScript('scripts/build.ts', [], { ARCHIVE_CONTENT_DIR: root, ARCHIVE_DIST_DIR: dist });
  });

  it('builds, as validate accepts them', () => {
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.status).toBe(0);
    expect(readFileSync(join(dist, 'issues/2020-03/tables/districts/index.html'), 'utf8')).toContain('鲅鱼圈');
  });

  it('renders the indented paragraph as MDX reads it: a paragraph, not code', () => {
    const html = readFileSync(join(dist, 'issues/2020-03/articles/credit-repair-training/index.html'), 'utf8');
    expect(html).toContain('<p>缩进四个空格粘贴的段落。</p>');
    expect(html).not.toContain('<pre');
  });
});

describe('a photo in the issue folder', () => {
  it('is published through Astro’s image pipeline, with its alt text, from this host', () => {
    const root = fixture((r) => {
      execFileSync('mkdir', ['-p', join(r, 'issues/2020-03/images')]);
      cpSync(join(PROJECT_ROOT, 'docs/images/validate-errors.png'), join(r, 'issues/2020-03/images/photo.png'));
      appendToArticle('![培训现场的照片](../images/photo.png)')(r);
    });
    expect(validate(root).status).toBe(0);
    const dist = join(mkdtempSync(join(tmpdir(), 'dist-')), 'dist');
    made.push(join(dist, '..'));
    const run = runScript('scripts/build.ts', [], { ARCHIVE_CONTENT_DIR: root, ARCHIVE_DIST_DIR: dist });
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.status).toBe(0);
    const html = readFileSync(join(dist, 'issues/2020-03/articles/credit-repair-training/index.html'), 'utf8');
    const img = /<img [^>]*>/.exec(html)?.[0] ?? '';
    expect(img).toContain('alt="培训现场的照片"');
    expect(img).toMatch(/src="\/_astro\/photo\.[\w-]+\.webp"/);
    expect(img).toMatch(/width="\d+" height="\d+"/);
  });
});

describe('npm run build with a javascript: link', () => {
  it('stops, in Chinese, and leaves the previous dist/ as it was', () => {
    const root = fixture(appendToArticle('[详见](javascript:alert(1))'));
    const dist = join(mkdtempSync(join(tmpdir(), 'dist-')), 'dist');
    made.push(join(dist, '..'));
    execFileSync('mkdir', ['-p', dist]);
    writeFileSync(join(dist, 'index.html'), 'previous site');
    const run = runScript('scripts/build.ts', [], { ARCHIVE_CONTENT_DIR: root, ARCHIVE_DIST_DIR: dist });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('构建已停止');
    expect(run.stderr).toContain('“javascript:”');
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('previous site');
    expect(existsSync(join(dist, 'issues'))).toBe(false);
  });
});

describe('astro build on its own, without validation first, with a javascript: link', () => {
  it('stops at the articles’ loader (src/integrations/content/loaders.ts), naming the file, and writes no site', () => {
    const root = fixture(appendToArticle('[详见](javascript:alert(1))'));
    const out = join(mkdtempSync(join(tmpdir(), 'out-')), 'site');
    made.push(join(out, '..'));
    const astro = spawnSync(
      process.execPath,
      [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--force'],
      {
        cwd: PROJECT_ROOT,
        env: { ...process.env, ARCHIVE_CONTENT_DIR: root, ARCHIVE_OUT_DIR: out },
        encoding: 'utf8',
        timeout: 180_000,
      },
    );
    expect(astro.status).not.toBe(0);
    const output = `${astro.stdout}${astro.stderr}`;
    expect(output).toContain('篇文章的正文无法生成');
    expect(output).toContain('04-credit-repair-training.mdx');
    expect(output).toContain('“javascript:”');
    expect(existsSync(out)).toBe(false);
  });
});
