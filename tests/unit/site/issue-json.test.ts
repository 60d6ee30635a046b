import { describe, expect, it } from 'vitest';
import { citeArticle, citeIssue } from '../../../src/lib/site/citation.ts';
import { ISSUE_FORMAT, issueJson, issueListJson } from '../../../src/lib/site/issue-json.ts';

const footer = {
  sentTo: ['辽宁省信用办'],
  copiedTo: ['市文明办'],
  editors: ['费文兵'],
  reviewer: '李洪广',
  email: 'x@163.com',
  telephone: '0417—2998573',
  website: { text: '更多内容可点击信用营口网', url: 'http://credit.yingkou.gov.cn/' },
  printRun: 80,
};
const makeIssue = (id: string, date: string, cumulativeNumber: number) => ({
  id,
  year: Number(id.slice(0, 4)),
  number: Number(id.slice(5)),
  cumulativeNumber,
  date,
  publisher: '营口市社会信用体系建设领导小组办公室',
  keyNotes: ['提示'],
  footer,
  articles: [
    {
      id: `${id}/second`,
      slug: 'second',
      order: 2,
      kind: 'brief' as const,
      printedTitle: null,
      displayTitle: '派生标题',
      section: '我市简讯',
      source: '市审批局',
    },
    {
      id: `${id}/first`,
      slug: 'first',
      order: 1,
      kind: 'article' as const,
      printedTitle: '印刷标题',
      displayTitle: '印刷标题',
      section: '国家政策',
      source: '市信用办',
    },
  ],
  tables: [{ id: `${id}/districts`, slug: 'districts', order: 1, data: { title: '统计表' } }],
  observations: [
    { city: '营口市', level: '地级' as const, month: '2020-07', index: '82.38', rank: 75, groupSize: 261 },
  ],
});
const url = (path: string) => `https://example.org${path}`;

describe('issueJson', () => {
  const issue = makeIssue('2020-03', '2020-10-10', 10);
  const json = issueJson(issue, url, {
    issue: citeIssue(issue, { url: url('/issues/2020-03/') }),
    article: (article) => citeArticle(article, issue, { url: url(`/a/${article.slug}/`) }),
  });

  it('names its format and carries the masthead as printed', () => {
    expect(json.format).toBe(ISSUE_FORMAT);
    expect(json).toMatchObject({
      id: '2020-03',
      label: '2020年第3期',
      printedNumber: '〔2020〕第3期 总第10期',
      date: '2020-10-10',
      url: 'https://example.org/issues/2020-03/',
    });
    expect(json.footer).toEqual(footer);
  });

  it('lists articles in printed order with permalinks, a null title for short items, and a citation', () => {
    expect(json.articles.map((a) => [a.order, a.title, a.url])).toEqual([
      [1, '印刷标题', 'https://example.org/issues/2020-03/articles/first/'],
      [2, null, 'https://example.org/issues/2020-03/articles/second/'],
    ]);
    expect(json.articles[1]!.citation).toContain('[派生标题][J/OL]');
  });

  it('links tables and the rankings series, and keeps the issue’s ranking figures', () => {
    expect(json.tables).toEqual([
      {
        id: '2020-03/districts',
        order: 1,
        title: '统计表',
        url: 'https://example.org/issues/2020-03/tables/districts/',
        csv: 'https://example.org/issues/2020-03/tables/districts.csv',
        json: 'https://example.org/issues/2020-03/tables/districts.json',
      },
    ]);
    expect(json.rankings.url).toBe('https://example.org/rankings/');
    expect(json.rankings.series).toEqual({
      csv: 'https://example.org/rankings/series.csv',
      json: 'https://example.org/rankings/series.json',
    });
    expect(json.rankings.observations[0]).toMatchObject({ city: '营口市', index: '82.38', rank: 75 });
  });

  it('survives a JSON round trip unchanged (no Dates, no undefined)', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('issueListJson', () => {
  it('lists issues newest first with their page and JSON', () => {
    const list = issueListJson([makeIssue('2020-02', '2020-06-30', 9), makeIssue('2020-03', '2020-10-10', 10)], url);
    expect(list.issues.map((i) => [i.id, i.json, i.articleCount])).toEqual([
      ['2020-03', 'https://example.org/issues/2020-03/index.json', 2],
      ['2020-02', 'https://example.org/issues/2020-02/index.json', 2],
    ]);
  });
});
