import { describe, expect, it } from 'vitest';
import { highlightTerms, markedTerms, withTextFragment } from '../../../src/lib/search/highlight-fragment.ts';

describe('markedTerms', () => {
  it('collects the distinct marked words of an excerpt, decoding entities', () => {
    expect(
      markedTerms('市<mark>信用</mark>办将<mark>信用</mark><mark>修复</mark>纳入 &lt;<mark>A&amp;B</mark>&gt;'),
    ).toEqual(['信用', '修复', 'A&B']);
    expect(markedTerms('没有标记')).toEqual([]);
  });
});

describe('highlightTerms', () => {
  it('uses the whole query when the page contains it as typed', () => {
    expect(
      highlightTerms('信用修复', '公益性\u200b信用\u200b修复\u200b纳入', '<mark>信用</mark><mark>修复</mark>'),
    ).toEqual(['信用修复']);
  });

  it('falls back to the marked words, longest first, without single characters when longer ones matched', () => {
    expect(
      highlightTerms(
        '信用修复培训班',
        '信用 修复 公益性 培训班',
        '<mark>信用</mark>…<mark>培训</mark><mark>班</mark>…<mark>修复</mark>',
      ),
    ).toEqual(['信用', '培训', '修复']);
    expect(highlightTerms('许桂清', '市长 许 桂 清', '<mark>许</mark><mark>桂</mark><mark>清</mark>')).toEqual([
      '许',
      '桂',
      '清',
    ]);
  });
});

describe('withTextFragment', () => {
  it('adds a text directive per term, escaping the characters text fragments reserve', () => {
    expect(withTextFragment('/issues/2020-03/articles/x/', ['信用修复'])).toBe(
      '/issues/2020-03/articles/x/#:~:text=%E4%BF%A1%E7%94%A8%E4%BF%AE%E5%A4%8D',
    );
    expect(withTextFragment('/a/#old', ['0417-2998573', 'a,b'])).toBe('/a/#:~:text=0417%2D2998573&text=a%2Cb');
  });

  it('leaves the URL alone when there is nothing to highlight', () => {
    expect(withTextFragment('/a/', [])).toBe('/a/');
  });
});
