import { describe, expect, it } from 'vitest';
import {
  chineseCount,
  chineseNumeral,
  decodeBulletin,
  endsSentence,
  joinPageBreaks,
  tabFields,
  toLines,
} from '../../../src/lib/import/text-export.ts';

describe('decodeBulletin', () => {
  it('reads UTF-8 as UTF-8', () => {
    const result = decodeBulletin(new TextEncoder().encode('营口信用体系建设'));
    expect(result).toEqual({ text: '营口信用体系建设', encoding: 'utf-8' });
  });

  it('reads what Word saves as “ANSI” on Chinese Windows (GB18030)', () => {
    // 营口 in GB18030 / GBK.
    const result = decodeBulletin(new Uint8Array([0xd3, 0xaa, 0xbf, 0xda]));
    expect(result).toEqual({ text: '营口', encoding: 'gb18030' });
  });
});

describe('toLines', () => {
  it('numbers lines from 1 and drops the BOM, carriage returns and trailing spaces, keeping tabs', () => {
    expect(toLines('\uFEFF工作简报 \r\n \r\n月份\t综合指数\t排名\u3000')).toEqual([
      { line: 1, text: '工作简报' },
      { line: 2, text: '' },
      { line: 3, text: '月份\t综合指数\t排名' },
    ]);
  });

  it('keeps blank cells as empty strings', () => {
    expect(tabFields('市卫健委\t50\t\t\t50')).toEqual(['市卫健委', '50', '', '', '50']);
  });
});

describe('endsSentence', () => {
  it.each([
    ['正式取消下放调整 1005 项省级行政职权。', true],
    ['让群众吃得放心！', true],
    ['“应当查询信用记录。”', true],
    ['《通知》明确：', true],
    ['将一些更适合基', false],
    ['企业凭此证明和信用修复承诺书可到“信用中国”', false],
    ['营口市信用办将公益性信用修复纳入常态', false],
  ])('%s → %s', (text, expected) => {
    expect(endsSentence(text)).toBe(expected);
  });
});

describe('joinPageBreaks', () => {
  it('joins a paragraph cut mid-sentence by a page end and reports where', () => {
    const result = joinPageBreaks([
      { line: 10, text: '大力削减省级行政权力事项。三是以减少省级不必要的行政执法事项为重点，将一些更适合基' },
      { line: 12, text: '层实施的行政检查权、处罚权最大限度下放，解决多层次重复执法问题。' },
      { line: 14, text: '此次放权，取消 109 项。' },
    ]);
    expect(result.paragraphs).toEqual([
      {
        line: 10,
        text: '大力削减省级行政权力事项。三是以减少省级不必要的行政执法事项为重点，将一些更适合基层实施的行政检查权、处罚权最大限度下放，解决多层次重复执法问题。',
      },
      { line: 14, text: '此次放权，取消 109 项。' },
    ]);
    expect(result.joins).toEqual([{ line: 10, nextLine: 12, before: '，将一些更适合基', after: '层实施的行政检查' }]);
    expect(result.doubtful).toEqual([]);
  });

  it('joins a paragraph cut over three pages into one', () => {
    const result = joinPageBreaks([
      { line: 1, text: '第一页最后一行文字还没有说完，下一页接着说，这一行也足够长了' },
      { line: 3, text: '这是第二页的文字，同样没有说完，还要接到第三页上去才能结束' },
      { line: 5, text: '到这里才结束。' },
    ]);
    expect(result.paragraphs).toHaveLength(1);
    expect(result.joins.map((j) => [j.line, j.nextLine])).toEqual([
      [1, 3],
      [1, 5],
    ]);
  });

  it('leaves a short unpunctuated line alone (it may be a heading) and reports it as doubtful', () => {
    const result = joinPageBreaks([
      { line: 1, text: '一、工作目标' },
      { line: 3, text: '到年底，完成全部信用修复培训。' },
    ]);
    expect(result.paragraphs.map((p) => p.text)).toEqual(['一、工作目标', '到年底，完成全部信用修复培训。']);
    expect(result.joins).toEqual([]);
    expect(result.doubtful).toEqual([{ line: 1, text: '一、工作目标' }]);
  });

  it('does not join onto a line that starts something new (an enumeration)', () => {
    const result = joinPageBreaks([
      { line: 1, text: '这一段很长但没有以句号结尾，它后面紧跟着的是一个编号开头的新段落' },
      { line: 2, text: '二是加强信用监管。' },
    ]);
    expect(result.paragraphs).toHaveLength(2);
    expect(result.doubtful).toHaveLength(1);
  });

  it('does not join paragraphs that end their sentences', () => {
    const result = joinPageBreaks([
      { line: 1, text: '第一段。' },
      { line: 2, text: '第二段。' },
    ]);
    expect(result.paragraphs).toHaveLength(2);
    expect(result.joins).toEqual([]);
    expect(result.doubtful).toEqual([]);
  });
});

describe('chineseNumeral', () => {
  it('writes ordinals with 二', () => {
    expect([1, 2, 3, 11, 22].map(chineseNumeral)).toEqual(['一', '二', '三', '十一', '二十二']);
  });
});

describe('chineseCount', () => {
  it.each([
    [1, '一'],
    [2, '两'],
    [4, '四'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [57, '五十七'],
  ])('%i → %s', (value, expected) => {
    expect(chineseCount(value)).toBe(expected);
  });
});
