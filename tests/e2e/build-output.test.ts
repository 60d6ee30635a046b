/**
 * `npm run build` as an editor or a container runs it: where the output goes, what it prints, and what
 * it leaves behind when Astro itself fails. Real builds, run one at a time with the other e2e builds.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isBuildCurrent } from '../../scripts/lib/build-inputs.ts';
import { copyOfContent, editFile, STACK_TRACE } from '../support/content-fixture.ts';
import { buildEnvironment, PROJECT_ROOT } from '../support/site-build.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function build(cwd: string, env: Record<string, string>) {
  const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/build.ts')], {
    cwd,
    env: buildEnvironment(env),
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, output: run.stdout + run.stderr };
}

// A container's /tmp or a mounted volume is often another file system than the project; /dev/shm is one here.
const otherFileSystem =
  existsSync('/dev/shm') && statSync('/dev/shm').dev !== statSync(PROJECT_ROOT).dev ? '/dev/shm' : tmpdir();

describe('a successful build', () => {
  it('replaces the output folder on another file system whole, prints only its own report, and renders escaped MDX characters as text', () => {
    const content = copyOfContent();
    made.push(content);
    const article = 'issues/2020-03/articles/04-credit-repair-training.mdx';
    editFile(content, article, (text) => `${text}\n写法示例：\\<Foo />、\\{x\\} 和 a\\<b。\n\n import 一词在行首。\n`);
    const parent = mkdtempSync(join(otherFileSystem, 'bulletin-dist-'));
    made.push(parent);
    const dist = join(parent, 'site');
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), 'previous build');
    writeFileSync(join(dist, 'stale.html'), 'a page the new build does not have');

    const run = build(PROJECT_ROOT, { ARCHIVE_CONTENT_DIR: content, ARCHIVE_DIST_DIR: dist });

    expect(run.status, run.output).toBe(0);
    expect(run.stdout).toContain(`网站已生成：${dist}/（1 期，11 篇文章和简讯）。`);
    // Rolldown's warning about Astro's head-inject directive, ten lines per article, is gone.
    expect(run.output).not.toContain('MODULE_LEVEL_DIRECTIVE');
    expect(run.output).not.toContain('data store cleared');
    expect(run.output.trim().split('\n').length).toBeLessThan(5);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('<html lang="zh-CN"');
    expect(existsSync(join(dist, 'stale.html'))).toBe(false);
    expect(readdirSync(parent)).toEqual(['site']);

    const page = readFileSync(join(dist, 'issues/2020-03/articles/credit-repair-training/index.html'), 'utf8');
    // Text, not markup: `<` written as a character reference (the serializer's own choice of which).
    const example = /<p>写法示例：.*?<\/p>/.exec(page)?.[0] ?? '';
    expect(example).not.toContain('<Foo');
    expect(example.replace(/&#x3C;|&lt;/g, '<').replace(/&gt;/g, '>')).toBe('<p>写法示例：<Foo />、{x} 和 a<b。</p>');
    expect(page).toMatch(/<p>import 一词在行首。<\/p>/);

    // `npm start` knows this folder holds a build of these inputs.
    process.env.ARCHIVE_CONTENT_DIR = content;
    try {
      expect(isBuildCurrent(PROJECT_ROOT, dist)).toBe(true);
    } finally {
      delete process.env.ARCHIVE_CONTENT_DIR;
    }
  }, 300_000);
});

describe('a build that Astro cannot finish', () => {
  it('says in Chinese which file failed and why, without a stack trace, and leaves the previous site and no staging folder', () => {
    // A small Astro project whose page imports an MDX file with an unclosed brace: an error validation
    // cannot see (it is not in content/), so it reaches Astro's compiler.
    const project = mkdtempSync(join(tmpdir(), 'bulletin-project-'));
    made.push(project);
    symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(project, 'node_modules'));
    writeFileSync(join(project, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(
      join(project, 'astro.config.mjs'),
      "import mdx from '@astrojs/mdx';\nexport default { outDir: process.env.ARCHIVE_OUT_DIR, cacheDir: './.astro-cache', integrations: [mdx()] };\n",
    );
    mkdirSync(join(project, 'src/pages'), { recursive: true });
    mkdirSync(join(project, 'notes'));
    writeFileSync(
      join(project, 'src/pages/index.astro'),
      "---\nimport Note from '../../notes/broken.mdx';\n---\n<Note />\n",
    );
    writeFileSync(join(project, 'notes/broken.mdx'), '# 说明\n\n第一段。\n\n数量{300家。\n');
    cpSync(join(PROJECT_ROOT, 'content'), join(project, 'content'), { recursive: true });
    const dist = join(project, 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), 'previous build');

    const run = build(project, {});

    expect(run.status).toBe(1);
    expect(run.stderr).toContain('构建失败：网站没有生成，原有的 dist/ 未改动。');
    expect(run.stderr).toMatch(/出错的文件：notes\/broken\.mdx 第 5 行第 \d+ 列/);
    expect(run.stderr).toMatch(
      /原因（英文原文）：.*Unexpected end of file in expression, expected a corresponding closing brace for `{`/,
    );
    expect(run.output).not.toMatch(STACK_TRACE);
    expect(run.output).not.toContain('[ERROR]');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('previous build');
    expect(readdirSync(project).filter((name) => /staging|previous/.test(name))).toEqual([]);
    expect(readdirSync(join(project, '.build'))).toEqual([]);
  }, 300_000);
});
