import { describe, expect, it } from 'vitest';
import { permalinkFrom } from '../../../src/lib/authoring/permalink.ts';
import { COLUMN_KEY } from '../../../src/lib/tables/schema.ts';

const fallback = 'article';

describe('permalinks from Chinese titles', () => {
  it.each([
    ['营口市信用办将公益性信用修复纳入常态', 'xin-yong-ban-gong-yi-xing-xin-yong'],
    ['我省下放调整取消 1005 项省级行政职权', 'wo-sheng-xia-fang-tiao-zheng-qu-xiao'],
    ['8月10日上午，由市市场监督管理局主办的食品安全宣传周', 'shi-shi-chang-jian-du-guan-li-ju'],
    ['近日，我市出租汽车陆续在车身粘贴公益广告', 'chu-zu-qi-che-lu-xu-che-shen'],
    ['2020年“信用中国”PT', '2020-nian-xin-yong-zhong-guo-pt'],
    ['绿色（低碳）', 'lv-se-di-tan'],
    // A character with two readings is read as in its word.
    ['银行信用', 'yin-hang-xin-yong'],
  ])('%s → %s', (title, expected) => {
    expect(permalinkFrom(title, { fallback })).toBe(expected);
  });

  it('is short, and a valid file-name slug and column key', () => {
    const slug = permalinkFrom('营口市信用信息平台上报数量(累计数量)', { fallback, maxWords: 6 });
    expect(slug).toBe('xin-yong-xin-xi-ping-tai');
    expect(slug).toMatch(COLUMN_KEY);
  });

  it('adds -2, -3 on a clash, and falls back when there is nothing to read', () => {
    const taken = new Set(['xin-yong', 'xin-yong-2']);
    expect(permalinkFrom('信用', { fallback, taken })).toBe('xin-yong-3');
    expect(permalinkFrom('——', { fallback: 'brief-06' })).toBe('brief-06');
  });
});
