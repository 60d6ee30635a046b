import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/lib/rankings/schema.ts';
import { mergeSeries, type RankingIssueInput } from '../../../src/lib/rankings/series.ts';
import { FIXTURE_ARCHIVE } from '../../support/content-fixture.ts';

const obs = (month: string, index: string, rank: number, extra: Partial<Observation> = {}): Observation => ({
  city: '营口市',
  level: '地级',
  month,
  index,
  rank,
  groupSize: 261,
  ...extra,
});

const issue = (
  issueId: string,
  date: string,
  observations: Observation[],
  cumulativeNumber = 1,
): RankingIssueInput => ({ issueId, date, cumulativeNumber, observations });

describe('mergeSeries', () => {
  it('joins the real issue into one series per city, ordered by month', () => {
    const file = JSON.parse(readFileSync(join(FIXTURE_ARCHIVE, 'issues/2020-03/rankings.json'), 'utf8')) as {
      observations: Observation[];
    };
    const { series, conflicts } = mergeSeries([issue('2020-03', '2020-10-10', file.observations, 10)]);
    expect(conflicts).toEqual([]);
    expect(series.map((s) => [s.city, s.level])).toEqual([
      ['营口市', '地级'],
      ['盖州市', '县级'],
      ['大石桥市', '县级'],
    ]);
    const yingkou = series[0]!;
    expect(yingkou.points.map((p) => p.month)).toEqual([
      '2019-12',
      '2020-03',
      '2020-04',
      '2020-05',
      '2020-06',
      '2020-07',
    ]);
    expect(yingkou.points.at(-1)).toEqual({
      month: '2020-07',
      index: '82.38',
      rank: 75,
      groupSize: 261,
      sources: ['2020-03'],
      revised: [],
    });
    // Every printed observation is exactly one point.
    expect(series.reduce((n, s) => n + s.points.length, 0)).toBe(file.observations.length);
  });

  it('makes the same figures printed by two issues one point that remembers both issues', () => {
    const { series, conflicts } = mergeSeries([
      issue('2020-03', '2020-10-10', [obs('2020-07', '82.38', 75), obs('2020-06', '83.66', 63)], 10),
      issue('2021-01', '2021-01-20', [obs('2020-08', '82.90', 70), obs('2020-07', '82.38', 75)], 11),
    ]);
    expect(conflicts).toEqual([]);
    expect(series).toHaveLength(1);
    expect(series[0]!.points.map((p) => [p.month, p.sources])).toEqual([
      ['2020-06', ['2020-03']],
      ['2020-07', ['2020-03', '2021-01']],
      ['2020-08', ['2021-01']],
    ]);
  });

  it('orders issues by date, not by the order they are given in', () => {
    const later = issue('2021-01', '2021-01-20', [obs('2020-07', '82.40', 74, { revision: { note: '更正' } })], 11);
    const earlier = issue('2020-03', '2020-10-10', [obs('2020-07', '82.38', 75)], 10);
    const { series, conflicts } = mergeSeries([later, earlier]);
    expect(conflicts).toEqual([]);
    expect(series[0]!.points[0]).toMatchObject({ index: '82.40', rank: 74, sources: ['2021-01'] });
  });

  it('reports different figures without a revision as a conflict naming both observations and both values', () => {
    const { series, conflicts } = mergeSeries([
      issue('2020-03', '2020-10-10', [obs('2020-07', '82.38', 75), obs('2020-06', '83.66', 63)], 10),
      issue('2021-01', '2021-01-20', [obs('2020-07', '82.38', 75), obs('2020-06', '83.60', 64)], 11),
    ]);
    expect(conflicts).toEqual([
      {
        kind: 'figures',
        city: '营口市',
        month: '2020-06',
        earlier: { issueId: '2020-03', position: 1, index: '83.66', rank: 63, groupSize: 261 },
        later: { issueId: '2021-01', position: 1, index: '83.60', rank: 64, groupSize: 261 },
      },
    ]);
    // The earlier figures stand; the contradicting ones are not silently taken.
    expect(series[0]!.points.find((p) => p.month === '2020-06')).toMatchObject({
      index: '83.66',
      rank: 63,
      sources: ['2020-03'],
    });
  });

  it('treats a different group size as different figures', () => {
    const { conflicts } = mergeSeries([
      issue('a', '2020-10-10', [obs('2020-07', '82.38', 75)]),
      issue('b', '2021-01-20', [obs('2020-07', '82.38', 75, { groupSize: 262 })]),
    ]);
    expect(conflicts.map((c) => c.kind)).toEqual(['figures']);
  });

  it('lets a marked revision win and keeps the earlier figures visible as revised', () => {
    const { series, conflicts } = mergeSeries([
      issue('2020-03', '2020-10-10', [obs('2020-07', '82.38', 75)], 10),
      issue('2020-04', '2020-12-10', [obs('2020-07', '82.38', 75)], 11),
      issue('2021-01', '2021-01-20', [obs('2020-07', '82.40', 74, { revision: { note: '据监测平台通报更正' } })], 12),
      issue('2021-02', '2021-03-20', [obs('2020-07', '82.40', 74)], 13),
    ]);
    expect(conflicts).toEqual([]);
    expect(series[0]!.points).toEqual([
      {
        month: '2020-07',
        index: '82.40',
        rank: 74,
        groupSize: 261,
        sources: ['2021-01', '2021-02'],
        revision: { note: '据监测平台通报更正', issueId: '2021-01' },
        revised: [{ index: '82.38', rank: 75, groupSize: 261, sources: ['2020-03', '2020-04'] }],
      },
    ]);
  });

  it('follows a chain of revisions, keeping every replaced figure in order', () => {
    const { series, conflicts } = mergeSeries([
      issue('a', '2020-10-10', [obs('2020-07', '82.38', 75)], 1),
      issue('b', '2021-01-20', [obs('2020-07', '82.40', 74, { revision: { note: '第一次更正' } })], 2),
      issue('c', '2021-03-20', [obs('2020-07', '82.45', 73, { revision: { note: '第二次更正' } })], 3),
    ]);
    expect(conflicts).toEqual([]);
    const point = series[0]!.points[0]!;
    expect(point).toMatchObject({ index: '82.45', rank: 73, revision: { note: '第二次更正', issueId: 'c' } });
    expect(point.revised.map((r) => [r.index, r.sources])).toEqual([
      ['82.38', ['a']],
      ['82.40', ['b']],
    ]);
  });

  it('does not let a later issue go back to revised figures without saying so', () => {
    const { conflicts } = mergeSeries([
      issue('a', '2020-10-10', [obs('2020-07', '82.38', 75)], 1),
      issue('b', '2021-01-20', [obs('2020-07', '82.40', 74, { revision: { note: '更正' } })], 2),
      issue('c', '2021-03-20', [obs('2020-07', '82.38', 75)], 3),
    ]);
    expect(conflicts).toMatchObject([
      { kind: 'figures', earlier: { issueId: 'b', index: '82.40' }, later: { issueId: 'c', index: '82.38' } },
    ]);
  });

  it('refuses a revision mark on figures that equal what they would revise', () => {
    const { conflicts } = mergeSeries([
      issue('a', '2020-10-10', [obs('2020-07', '82.38', 75)], 1),
      issue('b', '2021-01-20', [obs('2020-07', '82.38', 75, { revision: { note: '更正' } })], 2),
    ]);
    expect(conflicts).toMatchObject([
      {
        kind: 'needless-revision',
        city: '营口市',
        month: '2020-07',
        earlier: { issueId: 'a' },
        later: { issueId: 'b' },
      },
    ]);
  });

  it('keeps a revision note on a month first printed in the archive (the figure it revises may be on paper only)', () => {
    const { series, conflicts } = mergeSeries([
      issue('a', '2020-10-10', [obs('2020-07', '82.38', 75, { revision: { note: '更正第9期数字' } })]),
    ]);
    expect(conflicts).toEqual([]);
    expect(series[0]!.points[0]).toMatchObject({ revision: { note: '更正第9期数字', issueId: 'a' }, revised: [] });
  });

  it('reports a city listed at two levels', () => {
    const { conflicts } = mergeSeries([
      issue('a', '2020-10-10', [obs('2020-07', '82.38', 75)]),
      issue('b', '2021-01-20', [obs('2020-08', '82.38', 75, { level: '县级', groupSize: 387 })]),
    ]);
    expect(conflicts).toMatchObject([
      {
        kind: 'level',
        city: '营口市',
        earlier: { issueId: 'a', level: '地级' },
        later: { issueId: 'b', level: '县级' },
      },
    ]);
  });

  it('reports two cities of one level ranked in groups of different sizes in the same month', () => {
    const county = (city: string, groupSize: number): Observation => ({
      city,
      level: '县级',
      month: '2020-07',
      index: '74.43',
      rank: 192,
      groupSize,
    });
    const { conflicts } = mergeSeries([issue('a', '2020-10-10', [county('盖州市', 387), county('大石桥市', 386)])]);
    expect(conflicts).toMatchObject([
      {
        kind: 'group-size',
        level: '县级',
        month: '2020-07',
        earlier: { city: '盖州市', groupSize: 387, position: 0 },
        later: { city: '大石桥市', groupSize: 386, position: 1 },
      },
    ]);
  });

  it('puts prefecture-level cities first, then cities in the order the newest issue prints them', () => {
    const county = (city: string): Observation => ({
      city,
      level: '县级',
      month: '2020-07',
      index: '74.43',
      rank: 192,
      groupSize: 387,
    });
    const { series } = mergeSeries([
      issue('a', '2020-10-10', [county('盖州市'), county('老城县')], 1),
      issue('b', '2021-01-20', [county('大石桥市'), county('盖州市'), obs('2020-07', '82.38', 75)], 2),
    ]);
    expect(series.map((s) => s.city)).toEqual(['营口市', '大石桥市', '盖州市', '老城县']);
  });

  it('leaves missing months out rather than inventing them', () => {
    const { series } = mergeSeries([
      issue('a', '2020-10-10', [obs('2020-07', '82.38', 75), obs('2019-12', '81.34', 75)]),
    ]);
    expect(series[0]!.points.map((p) => p.month)).toEqual(['2019-12', '2020-07']);
  });
});
