import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/lib/articles/schema.ts';
import { parseWithFriendlyErrors } from '../../../src/lib/content/friendly-errors.ts';
import { issueSchema } from '../../../src/lib/issues/schema.ts';
import { readFileSync } from 'node:fs';
import { FIXTURE_ARCHIVE } from '../../support/content-fixture.ts';

const realIssue = JSON.parse(readFileSync(`${FIXTURE_ARCHIVE}/issues/2020-03/issue.json`, 'utf8'));
const file = 'content/issues/2020-03/issue.json';

describe('issue metadata schema', () => {
  it('accepts the real issue 2020-3', () => {
    const result = issueSchema.safeParse(realIssue);
    expect(result.success).toBe(true);
    expect(result.data?.footer.printRun).toBe(80);
  });

  it('rejects a date that is not a real date, naming the field in Chinese', () => {
    const { problems } = parseWithFriendlyErrors(issueSchema, { ...realIssue, date: '2020-02-30' }, file);
    expect(problems).toEqual([
      expect.objectContaining({
        file,
        place: 'date',
        message: '应为真实存在的日期，格式 YYYY-MM-DD，例如 2020-10-10',
        found: '“2020-02-30”',
      }),
    ]);
  });

  it('reports a missing required field by its path', () => {
    const { footer, ...rest } = realIssue;
    const { reviewer: _reviewer, ...footerWithoutReviewer } = footer;
    const { problems } = parseWithFriendlyErrors(issueSchema, { ...rest, footer: footerWithoutReviewer }, file);
    expect(problems.map((p) => [p.place, p.message, p.found])).toEqual([
      ['footer.reviewer', '缺少这一项：审核人应为文字', '（未填写）'],
    ]);
  });

  it('names unknown fields so a typo does not pass silently', () => {
    const { problems } = parseWithFriendlyErrors(issueSchema, { ...realIssue, cumulativNumber: 10 }, file);
    expect(problems.map((p) => p.message)).toEqual(['有不认识的字段 “cumulativNumber”，请检查拼写或删去']);
  });

  it('uses zod’s Chinese messages where ours add nothing', () => {
    const { problems } = parseWithFriendlyErrors(issueSchema, { ...realIssue, keyNotes: 'x' }, file);
    expect(problems[0]?.place).toBe('keyNotes');
    expect(problems[0]?.message).toMatch(/期望|应为/);
  });
});

describe('article front matter schema', () => {
  const article = {
    kind: 'article',
    title: '营口市信用办将公益性信用修复纳入常态',
    section: '工作推进',
    source: '市信用办',
  };

  it('accepts an article and a short item', () => {
    expect(articleSchema.safeParse(article).success).toBe(true);
    expect(
      articleSchema.safeParse({ kind: 'brief', marker: '◇', section: '我市简讯', source: '营口日报' }).success,
    ).toBe(true);
  });

  it('requires a title on an article', () => {
    const { title: _title, ...untitled } = article;
    const { problems } = parseWithFriendlyErrors(articleSchema, untitled, 'a.mdx');
    expect(problems.map((p) => [p.place, p.message])).toEqual([['title', '缺少这一项：文章必须有标题（title）']]);
  });

  it('refuses a title on a short item, which print did not have', () => {
    const { problems } = parseWithFriendlyErrors(
      articleSchema,
      { kind: 'brief', marker: '◇', title: 'x', section: '我市简讯', source: '营口日报' },
      'b.mdx',
    );
    expect(problems[0]?.place).toBe('title');
    expect(problems[0]?.message).toContain('简讯在印刷版中没有标题');
  });

  it('refuses a slash in the source, which would break its page address', () => {
    const { problems } = parseWithFriendlyErrors(articleSchema, { ...article, source: '市信用办/市发改委' }, 'a.mdx');
    expect(problems.map((p) => [p.place, p.found])).toEqual([['source', '“市信用办/市发改委”']]);
    expect(problems[0]?.message).toContain('全角“／”');
    expect(articleSchema.safeParse({ ...article, source: '市信用办／市发改委' }).success).toBe(true);
  });

  it('explains what kind may be', () => {
    const { problems } = parseWithFriendlyErrors(articleSchema, { ...article, kind: '文章' }, 'a.mdx');
    expect(problems.map((p) => [p.place, p.message])).toEqual([['kind', 'kind 应为 article（文章）或 brief（简讯）']]);
  });

  it('defaults editorial notes to none and validates their parts', () => {
    expect(articleSchema.parse(article).editorialNotes).toEqual([]);
    const { problems } = parseWithFriendlyErrors(
      articleSchema,
      { ...article, editorialNotes: [{ original: 'and', reading: '和' }] },
      'a.mdx',
    );
    expect(problems.map((p) => p.place)).toEqual(['editorialNotes[0].note']);
  });
});
