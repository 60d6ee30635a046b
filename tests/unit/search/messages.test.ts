import { describe, expect, it } from 'vitest';
import { resultDetails, resultSummary, searchPageTitle } from '../../../src/lib/search/messages.ts';

describe('resultSummary', () => {
  it('counts results in Chinese and says how many are shown', () => {
    expect(resultSummary(23, 5, '信用修复')).toBe('找到 23 条与“信用修复”相关的结果，显示第 1–5 条。');
    expect(resultSummary(3, 3, '512')).toBe('找到 3 条与“512”相关的结果。');
    expect(resultSummary(4, 4, '')).toBe('找到 4 条结果。');
  });

  it('says nothing was found', () => {
    expect(resultSummary(0, 0, '量子纠缠')).toBe('没有找到与“量子纠缠”相关的内容。');
  });
});

describe('resultDetails', () => {
  it('joins issue, date, section and source', () => {
    expect(
      resultDetails({
        title: '某文',
        issue: '2020年第3期',
        date: '2020年10月10日',
        section: '工作推进',
        source: '市信用办',
      }),
    ).toBe('2020年第3期 · 2020年10月10日 · 工作推进 · 市信用办');
  });

  it('does not repeat the issue when the title already names it, and skips what is missing', () => {
    expect(resultDetails({ title: '2020年第3期（总第10期）', issue: '2020年第3期', date: '2020年10月10日' })).toBe(
      '2020年10月10日',
    );
    expect(resultDetails({ title: '城市信用排名' })).toBe('');
  });
});

describe('searchPageTitle', () => {
  it('names the query', () => {
    expect(searchPageTitle('海蜇')).toBe('“海蜇”的搜索结果');
    expect(searchPageTitle('')).toBe('搜索');
  });
});
