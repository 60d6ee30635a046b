import { describe, expect, it } from 'vitest';
import { groupArticles } from '../../../src/lib/site/catalog.ts';

const article = (order: number, section: string, source: string) => ({
  order,
  section,
  source,
  id: `${section}-${order}`,
});
const issues = [
  {
    id: '2020-02',
    date: '2020-06-30',
    cumulativeNumber: 9,
    articles: [
      article(2, '工作推进', '市信用办'),
      article(1, '国家政策', '辽宁日报'),
      article(3, '旧栏目', '市信用办'),
    ],
  },
  {
    id: '2020-03',
    date: '2020-10-10',
    cumulativeNumber: 10,
    articles: [
      article(1, '国家政策', '市信用办'),
      article(2, '辽宁动态', '辽宁日报'),
      article(3, '工作推进', '市信用办'),
    ],
  },
];

describe('groupArticles', () => {
  it('groups by section in the newest issue’s printed order, older sections after, each newest first', () => {
    const groups = groupArticles(issues, 'section');
    expect(groups.map((g) => g.name)).toEqual(['国家政策', '辽宁动态', '工作推进', '旧栏目']);
    const policy = groups[0]!;
    expect(policy.entries.map((e) => `${e.issue.id}:${e.article.order}`)).toEqual(['2020-03:1', '2020-02:1']);
    const work = groups[2]!;
    expect(work.entries.map((e) => e.issue.id)).toEqual(['2020-03', '2020-02']);
  });

  it('groups by source, most items first, and within an issue keeps the printed order', () => {
    const groups = groupArticles(issues, 'source');
    expect(groups.map((g) => [g.name, g.entries.length])).toEqual([
      ['市信用办', 4],
      ['辽宁日报', 2],
    ]);
    expect(groups[0]!.entries.map((e) => `${e.issue.id}:${e.article.order}`)).toEqual([
      '2020-03:1',
      '2020-03:3',
      '2020-02:2',
      '2020-02:3',
    ]);
  });

  it('counts every article exactly once per grouping', () => {
    const total = issues.reduce((n, i) => n + i.articles.length, 0);
    for (const key of ['section', 'source'] as const) {
      expect(groupArticles(issues, key).reduce((n, g) => n + g.entries.length, 0)).toBe(total);
    }
  });

  it('breaks ties between sources with the same count by Chinese collation, not by input order', () => {
    const two = [
      {
        id: 'x',
        date: '2020-01-01',
        cumulativeNumber: 1,
        articles: [article(1, 'a', '辽宁日报'), article(2, 'a', '市信用办')],
      },
    ];
    const names = groupArticles(two, 'source').map((g) => g.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('zh-CN').compare));
  });
});
