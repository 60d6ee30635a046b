import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyOfContent, editFile, runScript, STACK_TRACE } from '../support/content-fixture.ts';

/**
 * The editor's view: bad content makes `npm run validate` and `npm run build` fail with a Chinese message
 * naming the file and the field, no stack trace, and no site written.
 */
const cleanups: string[] = [];
afterEach(() => {
  for (const dir of cleanups.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function fixture(edit: (root: string) => void): { content: string; dist: string } {
  const content = copyOfContent();
  edit(content);
  const dist = join(mkdtempSync(join(tmpdir(), 'bulletin-dist-')), 'dist');
  cleanups.push(content, join(dist, '..'));
  return { content, dist };
}

const cases: Array<{ name: string; edit: (root: string) => void; file: string; field: string }> = [
  {
    name: 'an article without a title',
    edit: (root) =>
      editFile(root, 'issues/2020-03/articles/03-quality-month-campaign.mdx', (t) => t.replace(/^title: .*\n/m, '')),
    file: 'issues/2020-03/articles/03-quality-month-campaign.mdx',
    field: 'title：缺少这一项：文章必须有标题（title）',
  },
  {
    name: 'a date that is not a date',
    edit: (root) => editFile(root, 'issues/2020-03/issue.json', (t) => t.replace('"2020-10-10"', '"2020-10-32"')),
    file: 'issues/2020-03/issue.json',
    field: 'date：应为真实存在的日期',
  },
  {
    name: 'an issue folder whose name does not match its metadata',
    edit: (root) => editFile(root, 'issues/2020-03/issue.json', (t) => t.replace('"number": 3,', '"number": 4,')),
    file: 'issues/2020-03/issue.json',
    field: 'year / number：文件夹名“2020-03”与 issue.json 中的年份和期号（2020 年第 4 期）不一致',
  },
  {
    name: 'a missing required field',
    edit: (root) =>
      editFile(root, 'issues/2020-03/articles/08-food-safety-week.mdx', (t) => t.replace(/^source: .*\n/m, '')),
    file: 'issues/2020-03/articles/08-food-safety-week.mdx',
    field: 'source：缺少这一项：来源应为文字',
  },
  {
    name: 'a unit alias list entry that no table prints',
    edit: (root) => editFile(root, 'units.json', (t) => t.replace('"name": "市行政审批局"', '"name": "市行政审批"')),
    file: 'units.json',
    field: '第 1 个单位“市行政审批”：别名指向的单位在各期统计表中都没有',
  },
];

describe.each(cases)('$name', ({ edit, file, field }) => {
  it('fails npm run validate with the file and field named', () => {
    const { content } = fixture(edit);
    const run = runScript('scripts/validate.ts', [], { ARCHIVE_CONTENT_DIR: content });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(file);
    expect(run.stderr).toContain(field);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('fails npm run build the same way and writes no site', () => {
    const { content, dist } = fixture(edit);
    const run = runScript('scripts/build.ts', [], { ARCHIVE_CONTENT_DIR: content, ARCHIVE_DIST_DIR: dist });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('构建已停止');
    expect(run.stderr).toContain(file);
    expect(run.stderr).toContain(field);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(existsSync(dist)).toBe(false);
  });
});

describe('good content', () => {
  it('passes npm run validate', () => {
    const run = runScript('scripts/validate.ts');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/内容检查通过：1 期，11 篇文章和简讯/);
  });
});
