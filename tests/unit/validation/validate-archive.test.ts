import { describe, expect, it } from 'vitest';
import { readContentSnapshot, type ContentSnapshot } from '../../../src/lib/content/snapshot.ts';
import { validateContent } from '../../../src/lib/validation/validate-archive.ts';
import { PROJECT_ROOT } from '../../support/content-fixture.ts';

const real = readContentSnapshot(`${PROJECT_ROOT}/content`);

/** The real content with some files replaced, added (text) or removed (null). */
function withFiles(changes: Record<string, string | null>): ContentSnapshot {
  const files = real.files.filter((f) => !(f.path in changes));
  for (const [path, text] of Object.entries(changes)) if (text !== null) files.push({ path, text });
  return { rootLabel: 'content', files };
}

const text = (path: string) => real.files.find((f) => f.path === path)!.text;
const ISSUE = 'issues/2020-03/issue.json';
const ARTICLE = 'issues/2020-03/articles/04-credit-repair-training.mdx';

describe('the real content', () => {
  it('passes, with every article in printed order', () => {
    const result = validateContent(real);
    expect(result.errors).toEqual([]);
    expect(result.issues.map((i) => i.id)).toEqual(['2020-03']);
    const orders = result.issues[0]!.articles.map((a) => a.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(result.issues[0]!.articles).toHaveLength(11);
  });
});

describe('bad content is reported with file and place, all at once', () => {
  it('an article without a title', () => {
    const { errors } = validateContent(withFiles({ [ARTICLE]: text(ARTICLE).replace(/^title: .*\n/m, '') }));
    expect(errors).toEqual([
      expect.objectContaining({
        file: `content/${ARTICLE}`,
        place: 'title',
        message: '缺少这一项：文章必须有标题（title）',
      }),
    ]);
  });

  it('a date that is not a date', () => {
    const { errors } = validateContent(withFiles({ [ISSUE]: text(ISSUE).replace('"2020-10-10"', '"2020年10月10日"') }));
    expect(errors).toEqual([
      expect.objectContaining({ file: `content/${ISSUE}`, place: 'date', found: '“2020年10月10日”' }),
    ]);
  });

  it('an issue folder whose name does not match its metadata', () => {
    const moved = Object.fromEntries(
      real.files
        .filter((f) => f.path.startsWith('issues/2020-03/'))
        .flatMap((f) => [
          [f.path, null],
          [f.path.replace('2020-03', '2020-04'), f.text],
        ]),
    );
    const { errors } = validateContent(withFiles(moved));
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'content/issues/2020-04/issue.json',
        place: 'year / number',
        message: expect.stringContaining('文件夹名“2020-04”与 issue.json 中的年份和期号（2020 年第 3 期）不一致'),
      }),
    ]);
  });

  it('a missing required field', () => {
    const { errors } = validateContent(withFiles({ [ISSUE]: text(ISSUE).replace(/\s*"publisher": "[^"]*",/, '') }));
    expect(errors).toEqual([
      expect.objectContaining({ file: `content/${ISSUE}`, place: 'publisher', found: '（未填写）' }),
    ]);
  });

  it('several problems in several files, every one reported', () => {
    const { errors } = validateContent(
      withFiles({
        [ISSUE]: text(ISSUE).replace('"2020-10-10"', '"2020-13-01"'),
        [ARTICLE]: text(ARTICLE)
          .replace('section: 工作推进', 'section: 工作推近')
          .replace('source: 市信用办', 'source: ""'),
      }),
    );
    expect(errors.map((e) => [e.file, e.place])).toEqual([
      [`content/${ISSUE}`, 'date'],
      [`content/${ARTICLE}`, 'source'],
      [`content/${ARTICLE}`, 'section'],
    ]);
  });

  it('a section that is not in sections.json', () => {
    const { errors } = validateContent(
      withFiles({ [ARTICLE]: text(ARTICLE).replace('section: 工作推进', 'section: 工作推近') }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        place: 'section',
        found: '“工作推近”',
        message: expect.stringContaining('可用的栏目有 国家政策、辽宁动态、工作推进、省内消息、我市简讯'),
      }),
    ]);
  });

  it('JSON that does not parse, with line and column', () => {
    const { errors } = validateContent(withFiles({ [ISSUE]: text(ISSUE).replace('"number": 3,', '"number": 3') }));
    expect(errors).toEqual([
      expect.objectContaining({
        file: `content/${ISSUE}`,
        line: 4,
        column: 3,
        message: expect.stringContaining('JSON 格式有误'),
      }),
    ]);
  });

  it('front matter that is not valid YAML', () => {
    const { errors } = validateContent(
      withFiles({ [ARTICLE]: text(ARTICLE).replace('section: 工作推进', 'section: [工作推进') }),
    );
    expect(errors).toEqual([
      expect.objectContaining({ file: `content/${ARTICLE}`, message: expect.stringContaining('YAML 格式有误') }),
    ]);
    expect(errors[0]!.line).toBeGreaterThan(1);
  });

  it('misnamed article files and folders', () => {
    const { errors } = validateContent(
      withFiles({
        'issues/2020-03/articles/credit.mdx': text(ARTICLE),
        'issues/2020/issue.json': text(ISSUE),
        'issues/2020-03/notes.json': '{}',
      }),
    );
    expect(errors.map((e) => e.file)).toEqual([
      'content/issues/2020',
      'content/issues/2020-03/notes.json',
      'content/issues/2020-03/articles/credit.mdx',
    ]);
  });

  it('two articles with the same printed order or slug', () => {
    const { errors } = validateContent(
      withFiles({
        'issues/2020-03/articles/04-credit-repair-copy.mdx': text(ARTICLE),
        'issues/2020-03/articles/12-credit-repair-training.mdx': text(ARTICLE),
      }),
    );
    expect(errors.map((e) => e.place)).toEqual(expect.arrayContaining(['文件名序号', '文件名短名']));
  });

  it('two issues with the same cumulative number', () => {
    const copy = Object.fromEntries(
      real.files
        .filter((f) => f.path.startsWith('issues/2020-03/'))
        .map((f) => [
          f.path.replace('2020-03', '2020-04'),
          f.path.endsWith('issue.json') ? f.text.replace('"number": 3', '"number": 4') : f.text,
        ]),
    );
    const { errors } = validateContent(withFiles(copy));
    expect(errors).toEqual([
      expect.objectContaining({ file: 'content/issues/2020-04/issue.json', place: 'cumulativeNumber' }),
    ]);
  });

  it('a cumulative number out of order with the dates', () => {
    const copy = Object.fromEntries(
      real.files
        .filter((f) => f.path.startsWith('issues/2020-03/'))
        .map((f) => [
          f.path.replace('2020-03', '2020-04'),
          f.path.endsWith('issue.json')
            ? f.text
                .replace('"number": 3', '"number": 4')
                .replace('"cumulativeNumber": 10', '"cumulativeNumber": 9')
                .replace('"2020-10-10"', '"2020-12-10"')
            : f.text,
        ]),
    );
    const { errors } = validateContent(withFiles(copy));
    expect(errors).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/issues\/2020-0[34]\/issue\.json$/),
        place: 'cumulativeNumber',
        message: expect.stringContaining('总期号与期的先后不符'),
      }),
    ]);
  });

  it('an editorial note whose passage is not in the text', () => {
    const path = 'issues/2020-03/articles/01-civil-servant-credit-check.mdx';
    const { errors } = validateContent(
      withFiles({
        [path]: text(path).replace('original: "重要表率 and 导向作用"', 'original: "重要表率 and 导向功能"'),
      }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        place: 'editorialNotes[0].original',
        message: expect.stringContaining('在正文中找不到'),
      }),
    ]);
  });

  it('characters MDX would read as code, with their line', () => {
    const { errors } = validateContent(
      withFiles({ [ARTICLE]: text(ARTICLE).replace('参训失信企业300家', '参训失信企业{300}家') }),
    );
    expect(errors).toEqual(
      ['{', '}'].map((char) =>
        expect.objectContaining({
          file: `content/${ARTICLE}`,
          line: 10,
          message: expect.stringContaining(`正文中的“${char}”在 MDX 里有特殊含义`),
        }),
      ),
    );
  });
});

describe('the unit alias list (units.json)', () => {
  it('is read and joined with the tables', () => {
    const result = validateContent(real);
    expect(result.units?.units.map((u) => u.name)).toEqual(['市行政审批局']);
  });

  it('an alias pointing at no table’s unit is an error naming the file and the entry', () => {
    const { errors, units } = validateContent(
      withFiles({ 'units.json': '{ "units": [{ "name": "市审批办", "aliases": ["市审批局"] }] }' }),
    );
    expect(units).toBeNull();
    expect(errors).toEqual([
      expect.objectContaining({ file: 'content/units.json', place: '第 1 个单位“市审批办”', line: 1 }),
    ]);
  });

  it('a table printing one unit under two names is an error naming the table file and its row', () => {
    const { errors } = validateContent(
      withFiles({ 'units.json': '{ "units": [{ "name": "市行政审批局", "aliases": ["市场监督管理局"] }] }' }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'content/issues/2020-03/tables/02-departments.json',
        place: '单位“市场监督管理局”（表中第 3 个）',
        line: expect.any(Number),
      }),
    ]);
  });
});

describe('the unit alias list while a table has errors', () => {
  it('does not report the alias’s unit missing when it is only in the broken table', () => {
    const TABLE = 'issues/2020-03/tables/02-departments.json';
    const { errors } = validateContent(withFiles({ [TABLE]: text(TABLE).replace('"rowHeader"', '"rowHeadr"') }));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.filter((e) => e.file === 'content/units.json')).toEqual([]);
  });
});
