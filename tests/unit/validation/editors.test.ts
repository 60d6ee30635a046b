/**
 * The checks and messages the editors' workflow added to `npm run validate` (validation/validate-archive.ts,
 * content/file-text.ts, content/friendly-errors.ts). Named apart from validation/validate-archive.test.ts,
 * which other work owns.
 */

import { describe, expect, it } from 'vitest';
import type { ContentFile } from '../../../src/lib/content/snapshot.ts';
import { readContentSnapshot } from '../../../src/lib/content/snapshot.ts';
import { findMdxHazards, parseFrontMatter } from '../../../src/lib/content/file-text.ts';
import { validateContent } from '../../../src/lib/validation/validate-archive.ts';
import { FIXTURE_ARCHIVE } from '../../support/content-fixture.ts';

const real = readContentSnapshot(FIXTURE_ARCHIVE).files;
const ISSUE = 'issues/2020-03/issue.json';
const ARTICLE = 'issues/2020-03/articles/04-credit-repair-training.mdx';
const edit = (files: ContentFile[], path: string, change: (text: string) => string) =>
  files.map((f) => (f.path === path ? { ...f, text: change(f.text) } : f));
const validate = (files: ContentFile[]) => validateContent({ rootLabel: 'content', files }).errors;

describe('validateContent: every problem at once', () => {
  it('still checks the articles when issue.json is wrong', () => {
    let files = edit(real, ISSUE, (t) => t.replace('"2020-10-10"', '"2020年10月10日"'));
    files = edit(files, ARTICLE, (t) => t.replace('section: 工作推进', 'section: 工作动态'));
    expect(validate(files).map((e) => [e.file, e.place])).toEqual([
      ['content/issues/2020-03/issue.json', 'date'],
      ['content/' + ARTICLE, 'section'],
    ]);
  });

  it.each([
    ['unreadable', (t: string) => t.replace('"number": 3,', '"number": 3')],
    ['for another folder', (t: string) => t.replace('"number": 3,', '"number": 4,')],
  ])('still checks the articles when issue.json is %s', (_, change) => {
    const files = edit(edit(real, ISSUE, change), ARTICLE, (t) => t.replace('kind: article', 'kind: news'));
    expect(validate(files).map((e) => e.file)).toEqual(['content/issues/2020-03/issue.json', 'content/' + ARTICLE]);
  });

  it('checks the articles of a folder without issue.json', () => {
    const files = edit(
      real.filter((f) => f.path !== ISSUE),
      ARTICLE,
      (t) => t.replace('kind: article', 'kind: news'),
    );
    expect(validate(files).map((e) => e.file)).toEqual(['content/issues/2020-03/issue.json', 'content/' + ARTICLE]);
  });
});

describe('validateContent: an issue folder', () => {
  it('must have at least one article or short item', () => {
    const errors = validate(real.filter((f) => !f.path.startsWith('issues/2020-03/articles/')));
    expect(errors).toEqual([
      { file: 'content/issues/2020-03/articles/', message: expect.stringContaining('本期还没有文章或简讯') },
    ]);
  });

  it('may hold a README.md and an _examples/ folder, but nothing else unknown', () => {
    const files = [
      ...real,
      { path: 'issues/2020-03/README.md', text: '# 说明\n' },
      { path: 'issues/2020-03/_examples/tables/01-example-table.json', text: '{}' },
      { path: 'issues/2020-03/drafts/notes.md', text: '# 草稿\n' },
    ];
    const errors = validate(files);
    expect(errors.map((e) => e.file)).toEqual(['content/issues/2020-03/drafts/notes.md']);
    expect(errors[0]!.message).toContain('请把它移到对应的位置');
  });
});

describe('messages', () => {
  it('a missing field says it is missing', () => {
    const errors = validate(edit(real, ARTICLE, (t) => t.replace(/^source: .*\n/m, '')));
    expect(errors).toEqual([
      expect.objectContaining({ place: 'source', message: expect.stringMatching(/^缺少这一项：/) }),
    ]);
  });

  it('a YAML error names its line in the file and shows it', () => {
    const document = parseFrontMatter('---\nkind: article\ntitle: "标题"\nsection 工作推进\n---\n\n正文。\n', 'x.mdx');
    expect('problem' in document && document.problem).toMatchObject({ line: 4, found: '“section 工作推进”' });
  });

  it('an MDX hazard shows the text around it, and an escaped \\< is not one', () => {
    const long = `${'甲'.repeat(60)}培训班{第8期}。`;
    const [problem] = findMdxHazards(long, 8, 'x.mdx');
    expect(problem).toMatchObject({ line: 8, column: 64, found: `“${'甲'.repeat(12)}培训班{第8期}。”` });
    expect(findMdxHazards('写成 \\{、\\} 和 \\<，a <b', 1, 'x.mdx').map((p) => p.column)).toEqual([17]);
  });
});
