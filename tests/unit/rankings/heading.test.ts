import { describe, expect, it } from 'vitest';
import {
  checkRankingHeadings,
  cityHeading,
  latestObservation,
  parseCityHeading,
} from '../../../src/lib/rankings/heading.ts';
import type { Observation } from '../../../src/lib/rankings/schema.ts';

const FILE = 'content/issues/2020-03/rankings.json';
const obs = (city: string, month: string, rank: number, groupSize: number): Observation => ({
  city,
  level: city === '营口市' ? '地级' : '县级',
  month,
  index: '80.00',
  rank,
  groupSize,
});
// As printed in 2020-3: the latest month first, then older ones.
const observations = [
  obs('营口市', '2020-07', 75, 261),
  obs('营口市', '2019-12', 75, 261),
  obs('盖州市', '2020-06', 161, 387),
  obs('盖州市', '2020-07', 192, 387),
];

describe('parseCityHeading', () => {
  it('reads the headings as printed, full-width or half-width, with or without spaces', () => {
    expect(parseCityHeading('营口市（75/261）')).toEqual({ city: '营口市', rank: 75, groupSize: 261 });
    expect(parseCityHeading('盖州市 (192/387)')).toEqual({ city: '盖州市', rank: 192, groupSize: 387 });
    expect(parseCityHeading(' 大石桥市（ 98 / 387 ） ')).toEqual({ city: '大石桥市', rank: 98, groupSize: 387 });
  });

  it('is null for text that is not a city heading', () => {
    for (const text of ['营口市', '营口市 75/261', '（75/261）', '营口市（七十五/261）'])
      expect(parseCityHeading(text), text).toBeNull();
  });
});

describe('latestObservation', () => {
  it('finds the city’s latest month wherever it is printed, with its position', () => {
    expect(latestObservation(observations, '盖州市')).toEqual({ observation: observations[3], position: 3 });
    expect(latestObservation(observations, '大石桥市')).toBeNull();
  });
});

describe('cityHeading', () => {
  it('shows the heading as printed when the file records it', () => {
    expect(cityHeading('盖州市', observations, { 盖州市: '盖州市 (192/387)' })).toBe('盖州市 (192/387)');
  });

  it('derives it from the latest month otherwise', () => {
    expect(cityHeading('盖州市', observations, undefined)).toBe('盖州市（192/387）');
    expect(cityHeading('营口市', observations, { 盖州市: '盖州市 (192/387)' })).toBe('营口市（75/261）');
  });
});

describe('checkRankingHeadings', () => {
  const check = (headings: Record<string, string>) => checkRankingHeadings({ headings, observations }, FILE);

  it('accepts headings that restate each city’s latest month, however printed', () => {
    expect(check({ 营口市: '营口市（75/261）', 盖州市: '盖州市 (192/387)' })).toEqual([]);
    expect(checkRankingHeadings({ observations }, FILE)).toEqual([]);
  });

  it('reports a heading whose rank or group size differs from the latest month, naming the observation', () => {
    expect(check({ 盖州市: '盖州市 (161/387)' })).toEqual([
      {
        file: FILE,
        place: 'headings.盖州市',
        message:
          '标题中的名次 161/387 与本文件中盖州市最近一个月的排名不一致（observations[3]，2020年7月：第192名 / 387）：标题转述最近一个月的排名，两处应相同；请对照印刷版核对标题和排名',
        found: '“盖州市 (161/387)”',
      },
    ]);
    expect(check({ 营口市: '营口市（75/262）' }).map((p) => p.place)).toEqual(['headings.营口市']);
  });

  it('reports a heading for a city the file has no figures for, or that names another city', () => {
    const problems = check({ 大石桥市: '大石桥市 (98/387)', 营口市: '盖州市 (192/387)' });
    expect(problems.map((p) => [p.place, p.found])).toEqual([
      ['headings.大石桥市', '“大石桥市 (98/387)”'],
      ['headings.营口市', '“盖州市 (192/387)”'],
    ]);
    expect(problems[0]!.message).toContain('“大石桥市”在本文件的 observations 中没有数据');
    expect(problems[1]!.message).toContain('标题写的城市是“盖州市”，却记在“营口市”名下');
  });

  it('reports a heading that does not read as 城市（名次/参评城市数）', () => {
    expect(check({ 营口市: '营口市 第75名' })).toEqual([
      {
        file: FILE,
        place: 'headings.营口市',
        message: '印刷的城市标题应为“城市名（名次/参评城市数）”，例如“营口市（75/261）”：照印刷版写，括号和空格照印',
        found: '“营口市 第75名”',
      },
    ]);
  });
});
