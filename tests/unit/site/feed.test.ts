import { describe, expect, it } from 'vitest';
import { feedItems, publicationDate } from '../../../src/lib/site/feed.ts';

const issue = (id: string, date: string, cumulativeNumber: number, articleCount: number) => {
  const [year, number] = id.split('-').map(Number) as [number, number];
  return {
    id,
    year,
    number,
    cumulativeNumber,
    date,
    keyNotes: ['第一条提示：\n第二行。', '第二条提示'],
    articles: Array.from({ length: articleCount }, (_, i) => ({
      id: `${id}/item-${i + 1}`,
      order: articleCount - i, // given out of printed order on purpose
      displayTitle: `${id} 第${articleCount - i}篇`,
      section: '工作推进',
      source: '市信用办',
    })),
  };
};
const url = (path: string) => `https://example.org/archive${path}`;

describe('publicationDate', () => {
  it('is midnight of the printed date in China', () => {
    expect(publicationDate('2020-10-10').toISOString()).toBe('2020-10-09T16:00:00.000Z');
  });
});

describe('feedItems', () => {
  const issues = [issue('2020-02', '2020-06-30', 9, 1), issue('2020-03', '2020-10-10', 10, 2)];
  const items = feedItems(issues, { url, summary: (a) => `摘要 ${a.id}` });

  it('lists the newest issue first, each followed by its articles in printed order', () => {
    expect(items.map((i) => i.title)).toEqual([
      '营口信用体系建设工作简报 2020年第3期（总第10期）',
      '2020-03 第1篇（2020年第3期）',
      '2020-03 第2篇（2020年第3期）',
      '营口信用体系建设工作简报 2020年第2期（总第9期）',
      '2020-02 第1篇（2020年第2期）',
    ]);
  });

  it('links every item to its absolute permalink and dates it by its issue', () => {
    expect(items[0]!.link).toBe('https://example.org/archive/issues/2020-03/');
    expect(items[1]!.link).toBe('https://example.org/archive/issues/2020-03/articles/item-2/');
    expect(items[4]!.pubDate).toEqual(publicationDate('2020-06-30'));
  });

  it('describes an issue by its key notes and contents, and an article by its summary and facets', () => {
    expect(items[0]!.description).toBe(
      '重要提示：第一条提示： 第二行；第二条提示\n本期目录：2020-03 第1篇；2020-03 第2篇',
    );
    expect(items[1]!.description).toBe('摘要 2020-03/item-2');
    expect(items[1]!.categories).toEqual(['工作推进', '市信用办']);
  });

  it('carries only the newest issues when limited', () => {
    const limited = feedItems(issues, { url, summary: () => '', issueLimit: 1 });
    expect(limited.map((i) => i.link).every((link) => link.includes('/2020-03/'))).toBe(true);
    expect(limited).toHaveLength(3);
  });
});
