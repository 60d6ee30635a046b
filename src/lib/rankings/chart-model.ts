import { monthFromIndex, monthIndex } from '../common/month.ts';
import type { CitySeries } from './series.ts';
import { formatPointLine, formatRankChange, rankChange } from './trend.ts';

/**
 * What the browser needs to draw one city's two charts, computed at build time so the page script only
 * draws. The x axis is a month index (see common/month.ts), so it is proportional without a date adapter; only
 * reported months are points, and the charts break the line where months are missing.
 */

export interface ChartPoint {
  /** Month index: year × 12 + month − 1. */
  x: number;
  y: number;
}

export interface CityChartModel {
  city: string;
  x: { min: number; max: number; step: number };
  index: ChartPoint[];
  rank: ChartPoint[];
  /** The rank axis, reversed in the chart so rank 1 is at the top. */
  rankAxis: { min: number; max: number; title: string };
  indexAxis: { title: string };
  /**
   * What the line under a chart says for each month, by month index: "2020年7月 · 综合指数 82.38 · 第75名 / 261",
   * then the rank change.
   */
  readouts: Record<string, string[]>;
  /** Lines further apart than this many months are not joined (Chart.js `spanGaps`). */
  maxJoinedMonths: 1;
}

/** A tick every month for short series, every quarter, half year or year(s) for longer ones. */
export function monthTickStep(spanInMonths: number): number {
  if (spanInMonths <= 12) return 1;
  if (spanInMonths <= 36) return 3;
  if (spanInMonths <= 72) return 6;
  return 12 * Math.ceil(spanInMonths / 120);
}

/**
 * Tick labels as the bulletin's own tables print months: 2020.07. Short enough for a phone, and every
 * label carries its year, whichever ticks the chart has room to keep.
 */
export function formatMonthTick(index: number): string {
  if (!Number.isInteger(index)) return '';
  return monthFromIndex(index).replace('-', '.');
}

/**
 * The rank axis range: around the ranks reached, with some room, rounded out to fives so the end ticks
 * are round numbers, never beyond rank 1 and the group size.
 */
export function rankAxisRange(ranks: readonly number[], groupSize: number): { min: number; max: number } {
  const best = Math.min(...ranks);
  const worst = Math.max(...ranks);
  const pad = Math.max(3, Math.ceil((worst - best) * 0.15));
  return {
    min: Math.max(1, Math.floor((best - pad) / 5) * 5),
    max: Math.min(groupSize, Math.ceil((worst + pad) / 5) * 5),
  };
}

export function cityChartModel(series: CitySeries): CityChartModel {
  const { points } = series;
  const xs = points.map((p) => monthIndex(p.month));
  const min = Math.min(...xs);
  const max = Math.max(...xs);
  const groupSize = Math.max(...points.map((p) => p.groupSize));
  const readouts: Record<string, string[]> = {};
  points.forEach((point, position) => {
    const change = rankChange(points, position);
    readouts[String(xs[position])] = [formatPointLine(point), ...(change ? [formatRankChange(change)] : [])];
  });
  return {
    city: series.city,
    x: { min, max, step: monthTickStep(max - min) },
    index: points.map((p, i) => ({ x: xs[i]!, y: Number(p.index) })),
    rank: points.map((p, i) => ({ x: xs[i]!, y: p.rank })),
    rankAxis: {
      ...rankAxisRange(
        points.map((p) => p.rank),
        groupSize,
      ),
      title: `名次（共${groupSize}城）`,
    },
    indexAxis: { title: '综合指数' },
    readouts,
    maxJoinedMonths: 1,
  };
}

/** The line under a chart for the month under the pointer (month index), or nothing when there is none. */
export function readoutText(model: CityChartModel, month: number | undefined): string {
  return month === undefined ? '' : (model.readouts[String(month)] ?? []).join(' · ');
}
