import { describe, expect, it } from 'vitest';
import type { CitySeries, SeriesPoint } from '../../../src/lib/rankings/series.ts';
import {
  describeIndexTrend,
  describeRankTrend,
  formatGap,
  formatIndexChange,
  formatMonthRuns,
  formatPlaces,
  formatPointLine,
  formatRankChange,
  gaps,
  indexHundredths,
  latestStanding,
  rankChange,
  rankExtremes,
  formatSomeMonths,
  seriesRows,
  timeline,
} from '../../../src/lib/rankings/trend.ts';

const point = (month: string, index: string, rank: number, groupSize = 261): SeriesPoint => ({
  month,
  index,
  rank,
  groupSize,
  sources: ['2020-03'],
  revised: [],
});

// The printed 营口市 series of issue 2020-03.
const yingkou: CitySeries = {
  city: '营口市',
  level: '地级',
  points: [
    point('2019-12', '81.34', 75),
    point('2020-03', '82.52', 68),
    point('2020-04', '82.85', 63),
    point('2020-05', '83.28', 60),
    point('2020-06', '83.66', 63),
    point('2020-07', '82.38', 75),
  ],
};

describe('timeline and gaps', () => {
  it('lists every month from first to last, with missing months as null', () => {
    const months = timeline(yingkou.points);
    expect(months.map((m) => [m.month, m.point?.rank ?? null])).toEqual([
      ['2019-12', 75],
      ['2020-01', null],
      ['2020-02', null],
      ['2020-03', 68],
      ['2020-04', 63],
      ['2020-05', 60],
      ['2020-06', 63],
      ['2020-07', 75],
    ]);
  });

  it('finds runs of missing months', () => {
    expect(gaps(yingkou.points)).toEqual([{ from: '2020-01', to: '2020-02', months: 2 }]);
    expect(gaps([point('2020-05', '1.00', 1), point('2020-07', '1.00', 1), point('2020-08', '1.00', 1)])).toEqual([
      { from: '2020-06', to: '2020-06', months: 1 },
    ]);
    expect(gaps([point('2020-05', '1.00', 1)])).toEqual([]);
    expect(timeline([])).toEqual([]);
  });

  it('names gaps in Chinese', () => {
    expect(formatGap({ from: '2020-01', to: '2020-02', months: 2 })).toBe('2020年1月至2月');
    expect(formatGap({ from: '2019-11', to: '2020-02', months: 4 })).toBe('2019年11月至2020年2月');
    expect(formatGap({ from: '2020-08', to: '2020-08', months: 1 })).toBe('2020年8月');
  });

  it('compresses a list of months into runs', () => {
    expect(formatMonthRuns(['2020-07', '2020-06', '2020-05', '2020-04', '2020-03', '2019-12', '2020-07'])).toBe(
      '2019年12月、2020年3月至7月',
    );
  });

  it('turns a series into table rows, a run of missing months as one row', () => {
    const rows = seriesRows(yingkou.points);
    expect(
      rows.map((r) =>
        r.kind === 'gap' ? `gap ${r.gap.from}..${r.gap.to}` : `${r.point.month} ${r.change ? r.change.places : '-'}`,
      ),
    ).toEqual([
      '2019-12 -',
      'gap 2020-01..2020-02',
      '2020-03 7',
      '2020-04 5',
      '2020-05 3',
      '2020-06 -3',
      '2020-07 -12',
    ]);
  });
});

describe('rank change', () => {
  it('compares each month with the previous reported month', () => {
    expect(rankChange(yingkou.points, 5)).toEqual({ from: '2020-06', months: 1, places: -12 });
    expect(rankChange(yingkou.points, 1)).toEqual({ from: '2019-12', months: 3, places: 7 });
    expect(rankChange(yingkou.points, 0)).toBeNull();
  });

  it('says 上升 / 下降 N 名, and names the month compared across missing months', () => {
    expect(formatPlaces(7)).toBe('上升 7 名');
    expect(formatPlaces(-12)).toBe('下降 12 名');
    expect(formatPlaces(0)).toBe('持平');
    expect(formatRankChange({ from: '2020-06', months: 1, places: -12 })).toBe('较上月下降 12 名');
    expect(formatRankChange({ from: '2019-12', months: 3, places: 7 })).toBe('较2019年12月上升 7 名');
  });
});

describe('best and worst rank', () => {
  it('gives each with every month it was reached', () => {
    expect(rankExtremes(yingkou.points)).toEqual({
      best: { rank: 60, groupSize: 261, months: ['2020-05'] },
      worst: { rank: 75, groupSize: 261, months: ['2019-12', '2020-07'] },
    });
    expect(rankExtremes([])).toBeNull();
  });
  it('names at most three of its months, the latest, and how many there are', () => {
    expect(formatSomeMonths(['2019-12', '2020-07'])).toBe('2019年12月、2020年7月');
    const months = ['2001-03', '2019-12', '2020-07', '2031-08', '2042-01'];
    expect(formatSomeMonths(months)).toBe('2020年7月、2031年8月、2042年1月等 5 个月');
    // However many months share the rank, the sentence stays the same length.
    const many = Array.from(
      { length: 400 },
      (_, i) => `${2001 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    );
    expect(formatSomeMonths(many)).toBe('2034年2月、2034年3月、2034年4月等 400 个月');
  });
});

describe('index arithmetic', () => {
  it('works in hundredths so differences are exact', () => {
    expect(indexHundredths('82.38')).toBe(8238);
    expect(indexHundredths('77.40')).toBe(7740);
    expect(formatIndexChange('83.66', '82.38')).toBe('下降 1.28');
    expect(formatIndexChange('82.52', '82.85')).toBe('上升 0.33');
    expect(formatIndexChange('82.52', '82.52')).toBe('持平');
  });
});

describe('text for tooltips and accessible labels', () => {
  it('writes a month as the tooltip line', () => {
    expect(formatPointLine(yingkou.points[5]!)).toBe('2020年7月 · 综合指数 82.38 · 第75名 / 261');
  });

  it('states the latest index and the trend', () => {
    expect(describeIndexTrend(yingkou)).toBe(
      '营口市综合指数走势图，2019年12月至2020年7月：最新2020年7月为 82.38，较上月下降 1.28；期间最高 83.66（2020年6月），最低 81.34（2019年12月）。',
    );
  });

  it('states the latest rank, its change and the best and worst', () => {
    expect(describeRankTrend(yingkou)).toBe(
      '营口市排名走势图（地级城市，第1名在上），2019年12月至2020年7月：最新2020年7月为第75名 / 261，较上月下降 12 名；最好第60名 / 261（2020年5月），最差第75名 / 261（2019年12月、2020年7月）。',
    );
  });

  it('says when there is nothing to show', () => {
    expect(describeRankTrend({ ...yingkou, points: [] })).toBe('营口市排名：暂无数据');
    expect(describeIndexTrend({ ...yingkou, points: [] })).toBe('营口市综合指数：暂无数据');
  });
});

describe('latest standing for the home page', () => {
  it('is the last reported month with its change against the month before', () => {
    expect(latestStanding(yingkou)).toEqual({
      city: '营口市',
      level: '地级',
      point: yingkou.points[5],
      change: '较上月下降 12 名',
    });
  });
  it('names the month compared with across missing months, and has no change for a single month', () => {
    const twoMonths: CitySeries = { ...yingkou, points: yingkou.points.slice(0, 2) };
    expect(latestStanding(twoMonths)?.change).toBe('较2019年12月上升 7 名');
    expect(latestStanding({ ...yingkou, points: yingkou.points.slice(0, 1) })?.change).toBeNull();
    expect(latestStanding({ ...yingkou, points: [] })).toBeNull();
  });
});
