import { describe, expect, it } from 'vitest';
import { parseRankingSection, rankingLevelOf } from '../../../src/lib/import/rankings.ts';
import { toLines } from '../../../src/lib/import/text-export.ts';

const section = (text: string) => toLines(text.replaceAll('→', '\t'));

describe('rankingLevelOf', () => {
  it('knows the two ranking heads and nothing else', () => {
    expect(rankingLevelOf('全国地级城市信用排名')).toBe('地级');
    expect(rankingLevelOf('全国县级城市信用排名')).toBe('县级');
    expect(rankingLevelOf('国家政策')).toBeNull();
  });
});

describe('parseRankingSection', () => {
  it('reads each city’s heading as printed and its months in printed order, keeping the index as printed text', () => {
    const lines = section(`
 
盖州市 (192/387)

月份→综合指数→排名
2020.07→74.43→192
2019.12→72.05→225



大石桥市（98/387）
月份→综合指数→排名
2020.07→77.40→98
`);
    const { observations, headings, notes } = parseRankingSection('县级', lines);
    expect(notes).toEqual([]);
    // Each city's line exactly as printed, brackets and spaces and all.
    expect(headings).toEqual({ 盖州市: '盖州市 (192/387)', 大石桥市: '大石桥市（98/387）' });
    expect(observations).toEqual([
      { city: '盖州市', level: '县级', month: '2020-07', index: '74.43', rank: 192, groupSize: 387 },
      { city: '盖州市', level: '县级', month: '2019-12', index: '72.05', rank: 225, groupSize: 387 },
      { city: '大石桥市', level: '县级', month: '2020-07', index: '77.40', rank: 98, groupSize: 387 },
    ]);
  });

  it('reports a heading rank that differs from the latest month, and rows it cannot read', () => {
    const lines = section(`营口市（75/261）
月份→综合指数→排名
2020.07→82.38→76
2020.06→83.6→63
这一行不属于排名`);
    const { observations, notes } = parseRankingSection('地级', lines);
    expect(observations).toHaveLength(1);
    expect(notes.map((n) => [n.line, n.kind])).toEqual([
      [3, 'review'],
      [4, 'review'],
      [5, 'review'],
    ]);
    expect(notes[0]!.message).toContain('标题中的名次是 75');
    expect(notes[1]!.message).toContain('2020.06 83.6 63');
  });

  it('does not guess the city of rows printed before any city line', () => {
    const { observations, notes } = parseRankingSection('地级', section('2020.07→82.38→75'));
    expect(observations).toEqual([]);
    expect(notes[0]!.message).toContain('不知属于哪个城市');
  });
});
