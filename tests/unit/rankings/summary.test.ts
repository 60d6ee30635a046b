import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/lib/rankings/schema.ts';
import { mergeSeries } from '../../../src/lib/rankings/series.ts';
import { issueSources, levelSummaries } from '../../../src/lib/rankings/summary.ts';

const obs = (
  city: string,
  month: string,
  rank: number,
  groupSize: number,
  extra: Partial<Observation> = {},
): Observation => ({
  city,
  level: city === '营口市' ? '地级' : '县级',
  month,
  index: '80.00',
  rank,
  groupSize,
  ...extra,
});
const earlier = {
  id: '2020-03',
  observations: [
    obs('营口市', '2020-07', 75, 261),
    obs('营口市', '2020-06', 63, 261),
    obs('盖州市', '2020-07', 192, 387),
    obs('营口市', '2019-12', 75, 261),
  ],
};
const later = {
  id: '2021-01',
  observations: [
    obs('营口市', '2020-11', 70, 262),
    obs('营口市', '2020-07', 74, 261, { revision: { note: '更正' } }),
    obs('大石桥市', '2020-11', 98, 388),
  ],
};
const noRankings = { id: '2020-02', observations: [] };

describe('levelSummaries', () => {
  it('lists each level’s cities and every size its national list had, levels in printed order', () => {
    const { series } = mergeSeries([
      { issueId: earlier.id, date: '2020-10-10', cumulativeNumber: 10, observations: earlier.observations },
      { issueId: later.id, date: '2021-01-20', cumulativeNumber: 11, observations: later.observations },
    ]);
    expect(levelSummaries(series)).toEqual([
      { level: '地级', cities: ['营口市'], sizes: [261, 262] },
      { level: '县级', cities: ['大石桥市', '盖州市'], sizes: [387, 388] },
    ]);
    expect(levelSummaries([])).toEqual([]);
  });
});

describe('issueSources', () => {
  it('says what each issue with rankings printed, in the order given', () => {
    expect(
      issueSources([later, noRankings, earlier]).map(({ issue, cities, months, revisions }) => [
        issue.id,
        cities,
        months,
        revisions,
      ]),
    ).toEqual([
      ['2021-01', ['营口市', '大石桥市'], '2020年7月、2020年11月', 1],
      ['2020-03', ['营口市', '盖州市'], '2019年12月、2020年6月至7月', 0],
    ]);
  });
});
