import { describe, expect, it } from 'vitest';
import { monthIndex } from '../../../src/lib/common/month.ts';
import {
  readoutText,
  cityChartModel,
  formatMonthTick,
  monthTickStep,
  rankAxisRange,
} from '../../../src/lib/rankings/chart-model.ts';
import type { CitySeries, SeriesPoint } from '../../../src/lib/rankings/series.ts';

const point = (month: string, index: string, rank: number): SeriesPoint => ({
  month,
  index,
  rank,
  groupSize: 261,
  sources: ['2020-03'],
  revised: [],
});
const yingkou: CitySeries = {
  city: '营口市',
  level: '地级',
  points: [point('2019-12', '81.34', 75), point('2020-03', '82.52', 68), point('2020-07', '82.38', 75)],
};

describe('cityChartModel', () => {
  const model = cityChartModel(yingkou);

  it('puts months on a proportional axis: 2019-12 to 2020-03 is three units', () => {
    expect(model.index.map((p) => p.x)).toEqual([monthIndex('2019-12'), monthIndex('2020-03'), monthIndex('2020-07')]);
    expect(model.index[1]!.x - model.index[0]!.x).toBe(3);
    expect(model.x).toEqual({ min: monthIndex('2019-12'), max: monthIndex('2020-07'), step: 1 });
  });

  it('has only reported months as points and joins only neighbouring months', () => {
    expect(model.index.map((p) => p.y)).toEqual([81.34, 82.52, 82.38]);
    expect(model.rank.map((p) => p.y)).toEqual([75, 68, 75]);
    expect(model.maxJoinedMonths).toBe(1);
  });

  it('writes the line under the chart for each month, with the rank change', () => {
    expect(model.readouts[String(monthIndex('2020-07'))]).toEqual([
      '2020年7月 · 综合指数 82.38 · 第75名 / 261',
      '较2020年3月下降 7 名',
    ]);
    expect(model.readouts[String(monthIndex('2019-12'))]).toEqual(['2019年12月 · 综合指数 81.34 · 第75名 / 261']);
    expect(readoutText(model, monthIndex('2020-07'))).toBe(
      '2020年7月 · 综合指数 82.38 · 第75名 / 261 · 较2020年3月下降 7 名',
    );
    expect(readoutText(model, undefined)).toBe('');
  });

  it('titles the rank axis with the group size', () => {
    expect(model.rankAxis.title).toBe('名次（共261城）');
  });
});

describe('axis helpers', () => {
  it('chooses fewer ticks for longer series', () => {
    expect([7, 12, 24, 48, 100, 300].map(monthTickStep)).toEqual([1, 1, 3, 6, 12, 36]);
  });

  it('labels ticks as the bulletin prints months, and leaves fractional ticks blank', () => {
    expect(formatMonthTick(monthIndex('2020-07'))).toBe('2020.07');
    expect(formatMonthTick(monthIndex('2020-07') + 0.5)).toBe('');
  });

  it('keeps the rank axis around the ranks reached, on round numbers, within 1 and the group size', () => {
    expect(rankAxisRange([60, 75], 261)).toEqual({ min: 55, max: 80 });
    expect(rankAxisRange([2, 5], 261)).toEqual({ min: 1, max: 10 });
    expect(rankAxisRange([380, 386], 387)).toEqual({ min: 375, max: 387 });
  });
});
