import { describe, expect, it } from 'vitest';
import { deriveBriefTitle, groupBySection, plainText, toArticle } from '../../../src/lib/articles/article.ts';

describe('derived titles of short items', () => {
  it('takes the first sentence', () => {
    expect(deriveBriefTitle('分级监管倡导电力用户形成良好用电缴费习惯。近日，辽宁省信用办会同……')).toBe(
      '分级监管倡导电力用户形成良好用电缴费习惯',
    );
  });
  it('shortens a long first sentence to 32 characters with an ellipsis', () => {
    const title = deriveBriefTitle(
      '近日，我市出租汽车陆续在车身粘贴“营口有礼，文明礼德”公益广告，进一步加强出租汽车行业的精神文明建设，为“营口有礼”宣传添砖加瓦。',
    );
    expect([...title]).toHaveLength(32);
    expect(title.endsWith('…')).toBe(true);
    expect(title.startsWith('近日，我市出租汽车陆续在车身粘贴')).toBe(true);
  });
});

describe('plain text of a body', () => {
  it('joins lines within a paragraph and separates paragraphs', () => {
    expect(plainText('第一段\n续\n\n第二段')).toBe('第一段续 第二段');
  });
});

describe('articles', () => {
  it('derive issue, order and slug from the path, and a display title for short items', () => {
    const brief = toArticle(
      { issueId: '2020-03', order: 8, slug: 'food-safety-week' },
      { kind: 'brief', marker: '◇', section: '我市简讯', source: '市市场监督管理局', editorialNotes: [] },
      '8月10日上午，由市市场监督管理局主办的2020年营口市食品安全宣传周启动仪式在大商新玛特门前举行。',
    );
    expect(brief).toMatchObject({ id: '2020-03/food-safety-week', order: 8, printedTitle: null, marker: '◇' });
    expect(brief.displayTitle).toBe('8月10日上午，由市市场监督管理局主办的2020年营口市食品安…');
  });

  it('group by section in printed order', () => {
    const groups = groupBySection([
      { order: 3, section: '工作推进' },
      { order: 1, section: '国家政策' },
      { order: 2, section: '辽宁动态' },
      { order: 4, section: '工作推进' },
    ]);
    expect(groups.map((g) => [g.section, g.articles.map((a) => a.order)])).toEqual([
      ['国家政策', [1]],
      ['辽宁动态', [2]],
      ['工作推进', [3, 4]],
    ]);
  });
});
