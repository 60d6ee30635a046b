import { describe, expect, it } from 'vitest';
import type { CitySeries, SeriesPoint } from '../../../src/lib/rankings/series.ts';
import {
  isShortened,
  latestSources,
  OVERVIEW_MONTHS,
  OVERVIEW_SOURCES,
  recentSeries,
} from '../../../src/lib/rankings/overview.ts';
import { monthFromIndex, monthIndex } from '../../../src/lib/common/month.ts';

const point = (month: string): SeriesPoint => ({
  month,
  index: '80.00',
  rank: 75,
  groupSize: 261,
  sources: ['2020-03'],
  revised: [],
});
/** A monthly series of `count` months ending in 2020-07, with the months in `missing` left out. */
function series(count: number, missing: readonly string[] = []): CitySeries {
  const last = monthIndex('2020-07');
  const months = Array.from({ length: count }, (_, i) => monthFromIndex(last - count + 1 + i));
  return { city: '营口市', level: '地级', points: months.filter((m) => !missing.includes(m)).map(point) };
}

describe('recentSeries', () => {
  it(`keeps the last ${OVERVIEW_MONTHS} calendar months of a long series, whatever its length`, () => {
    for (const count of [100, 300, 3000]) {
      const shown = recentSeries(series(count));
      expect(shown.points).toHaveLength(OVERVIEW_MONTHS);
      expect(shown.points[0]!.month).toBe(monthFromIndex(monthIndex('2020-07') - OVERVIEW_MONTHS + 1));
      expect(shown.points.at(-1)!.month).toBe('2020-07');
      expect(isShortened(series(count), shown)).toBe(true);
    }
  });

  it('counts calendar months, so a gap is not filled from further back', () => {
    const gappy = series(40, ['2019-01', '2019-02', '2019-03']);
    const shown = recentSeries(gappy, 24);
    expect(shown.points).toHaveLength(21);
    expect(shown.points[0]!.month).toBe('2018-08');
  });

  it('leaves a short series whole and says it is not shortened', () => {
    const short = series(5);
    expect(recentSeries(short)).toEqual(short);
    expect(isShortened(short, recentSeries(short))).toBe(false);
    const empty: CitySeries = { city: '营口市', level: '地级', points: [] };
    expect(recentSeries(empty)).toEqual(empty);
  });
});

describe('latestSources', () => {
  it(`names at most ${OVERVIEW_SOURCES} of the issues that printed a month, the latest, in their order`, () => {
    expect(latestSources(['2020-03'])).toEqual(['2020-03']);
    expect(latestSources(['2020-03', '2020-04'])).toEqual(['2020-03', '2020-04']);
    // However many issues reprint a month, the overview's cell stays the same size.
    const many = Array.from({ length: 40 }, (_, i) => `${2001 + i}-01`);
    expect(latestSources(many)).toEqual(['2039-01', '2040-01']);
    expect(latestSources(['2021-02', '2019-05', '2020-01'])).toEqual(['2021-02', '2020-01']);
  });
});
