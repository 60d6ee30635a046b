import { describe, expect, it } from 'vitest';
import { findCorruption, parseArticleSection } from '../../../src/lib/import/articles.ts';
import { toLines } from '../../../src/lib/import/text-export.ts';

describe('parseArticleSection', () => {
  it('reads titled articles: title, paragraphs, source', () => {
    const lines = toLines(`
我市开展主题宣传活动

今年9月是全国第43个“质量月”。

活动中，各单位设立咨询台。

（市信用办）

营口市信用办将公益性信用修复纳入常态

截至目前，我市已举办8期公益性信用修复培训班。

（市信用办）
`);
    const { articles, notes } = parseArticleSection('工作推进', lines);
    expect(notes).toEqual([]);
    expect(articles.map(({ notes: _, ...a }) => a)).toEqual([
      {
        kind: 'article',
        title: '我市开展主题宣传活动',
        section: '工作推进',
        source: '市信用办',
        paragraphs: ['今年9月是全国第43个“质量月”。', '活动中，各单位设立咨询台。'],
        line: 2,
      },
      {
        kind: 'article',
        title: '营口市信用办将公益性信用修复纳入常态',
        section: '工作推进',
        source: '市信用办',
        paragraphs: ['截至目前，我市已举办8期公益性信用修复培训班。'],
        line: 10,
      },
    ]);
    expect(articles.every((a) => a.notes.length === 0)).toBe(true);
  });

  it('reads short items (◇, ☆) without a title, the marker kept apart from the text', () => {
    const lines = toLines(`◇ 8月10日上午，食品安全宣传周启动仪式举行。

（市市场监督管理局）

☆ 线上签约 5700 万美元，线下签约 4.72 亿元。

（营口日报）`);
    const { articles } = parseArticleSection('我市简讯', lines);
    expect(articles.map((a) => [a.kind, a.marker, a.title, a.source, a.paragraphs])).toEqual([
      ['brief', '◇', undefined, '市市场监督管理局', ['8月10日上午，食品安全宣传周启动仪式举行。']],
      ['brief', '☆', undefined, '营口日报', ['线上签约 5700 万美元，线下签约 4.72 亿元。']],
    ]);
  });

  it('joins a short item cut by a page end and says so', () => {
    const lines = toLines(`◇ 近日，我市出租汽车陆续在车身粘贴公益广告，为“营口有礼”宣传添砖加瓦。此次宣传

活动由市出租汽车行业协会主办。

（营口日报）`);
    const [brief] = parseArticleSection('我市简讯', lines).articles;
    expect(brief!.paragraphs).toEqual([
      '近日，我市出租汽车陆续在车身粘贴公益广告，为“营口有礼”宣传添砖加瓦。此次宣传活动由市出租汽车行业协会主办。',
    ]);
    expect(brief!.notes).toHaveLength(1);
    expect(brief!.notes[0]).toMatchObject({ kind: 'applied', line: 1 });
    expect(brief!.notes[0]!.message).toContain('此次宣传｜活动由市出租');
  });

  it('reports an item without a source line, and a source line without an item', () => {
    const lines = toLines(`（市信用办）

没有来源的文章

只有一段。

◇ 下一条简讯。

（营口日报）`);
    const { articles, notes } = parseArticleSection('工作推进', lines);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.message).toContain('前面没有文章');
    expect(articles[0]!.source).toBe('');
    expect(articles[0]!.notes.map((n) => n.place)).toEqual(['source']);
    expect(articles[1]!.source).toBe('营口日报');
  });
});

describe('findCorruption', () => {
  it('flags a lower-case English word inside a Chinese sentence', () => {
    const notes = findCorruption({
      paragraphs: ['第一段。', '要发挥政务诚信对其他社会主体诚信建设的重要表率 and 导向作用。'],
    });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: 'review', place: '正文第 2 段' });
    expect(notes[0]!.message).toContain('“and”');
    expect(notes[0]!.message).toContain('重要表率 and 导向作用');
  });

  it('leaves acronyms and Latin text outside Chinese sentences alone', () => {
    expect(
      findCorruption({ paragraphs: ['分别与印度尼西亚 PT 阿努格拉公司签订。', '电子邮件 ykfgwxyglk@163.com'] }),
    ).toEqual([]);
  });

  it('flags a sentence that occurs twice (pasted into the middle of another)', () => {
    const pasted = '9月30日上午，市委副书记、市长许桂清带领相关部门负责人深入企业检查调研工作。';
    const notes = findCorruption({
      paragraphs: [pasted, '许桂清一行首先来到锦联超市。', `要抓住节日契机，积极拓展线上${pasted}销售方式。`],
    });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: 'review', place: '正文第 3 段' });
    expect(notes[0]!.message).toContain('出现了两次');
  });

  it('does not flag short phrases that repeat naturally', () => {
    expect(findCorruption({ paragraphs: ['会议结束。', '培训结束。会议结束。'] })).toEqual([]);
  });
});
