import { formatChineseMonth } from '../common/format.ts';
import { monthFromIndex, monthIndex, monthsBetween } from '../common/month.ts';
import type { CitySeries, SeriesPoint } from './series.ts';
import { runsOf } from '../common/runs.ts';

/**
 * What a city's series says over time: which months are missing, how the rank moved from one reported
 * month to the next, the best and worst rank, and the sentence a chart's label reads out.
 */

/** One calendar month between a series' first and last month; `point` is null where none was reported. */
export interface TimelineMonth {
  month: string;
  point: SeriesPoint | null;
}

/** Every month from the first reported to the last, missing ones as null (gaps, never interpolated). */
export function timeline(points: readonly SeriesPoint[]): TimelineMonth[] {
  if (points.length === 0) return [];
  const byMonth = new Map(points.map((p) => [p.month, p]));
  const first = monthIndex(points[0]!.month);
  const last = monthIndex(points[points.length - 1]!.month);
  const months: TimelineMonth[] = [];
  for (let i = first; i <= last; i++) {
    const month = monthFromIndex(i);
    months.push({ month, point: byMonth.get(month) ?? null });
  }
  return months;
}

/** A run of months no issue reported, between two reported months. */
export interface Gap {
  /** First missing month. */
  from: string;
  /** Last missing month. */
  to: string;
  months: number;
}

export function gaps(points: readonly SeriesPoint[]): Gap[] {
  const result: Gap[] = [];
  for (let i = 1; i < points.length; i++) {
    const apart = monthsBetween(points[i - 1]!.month, points[i]!.month);
    if (apart > 1) {
      result.push({
        from: monthFromIndex(monthIndex(points[i - 1]!.month) + 1),
        to: monthFromIndex(monthIndex(points[i]!.month) - 1),
        months: apart - 1,
      });
    }
  }
  return result;
}

/**
 * A series as table rows, oldest first: each reported month with its rank change, each run of missing
 * months as one row.
 */
export type SeriesRow = { kind: 'point'; point: SeriesPoint; change: RankChange | null } | { kind: 'gap'; gap: Gap };

export function seriesRows(points: readonly SeriesPoint[]): SeriesRow[] {
  const rows: SeriesRow[] = [];
  const missing = new Map(gaps(points).map((gap) => [monthFromIndex(monthIndex(gap.from) - 1), gap]));
  points.forEach((point, position) => {
    rows.push({ kind: 'point', point, change: rankChange(points, position) });
    const gap = missing.get(point.month);
    if (gap) rows.push({ kind: 'gap', gap });
  });
  return rows;
}

/** Months as compact text, runs joined: 2019年12月、2020年3月至7月. */
export function formatMonthRuns(months: readonly string[]): string {
  return runsOf(months.map(monthIndex))
    .map((run) =>
      formatGap({ from: monthFromIndex(run.from), to: monthFromIndex(run.to), months: run.to - run.from + 1 }),
    )
    .join('、');
}

/** 2020年1月至2月 / 2019年12月至2020年2月 / 2020年1月 */
export function formatGap(gap: Gap): string {
  if (gap.from === gap.to) return formatChineseMonth(gap.from);
  const [fromYear] = gap.from.split('-');
  const [toYear, toMonth] = gap.to.split('-');
  return `${formatChineseMonth(gap.from)}至${fromYear === toYear ? `${Number(toMonth)}月` : formatChineseMonth(gap.to)}`;
}

/** How a rank moved since the previous reported month. */
export interface RankChange {
  /** The previous reported month. */
  from: string;
  /** Months between the two: 1 is month-on-month; more means months are missing in between. */
  months: number;
  /** Places gained: positive is up (a smaller rank number), negative is down. */
  places: number;
}

/** The change of the point at `position` against the one before it; null for the first point. */
export function rankChange(points: readonly SeriesPoint[], position: number): RankChange | null {
  const current = points[position];
  const previous = points[position - 1];
  if (!current || !previous) return null;
  return {
    from: previous.month,
    months: monthsBetween(previous.month, current.month),
    places: previous.rank - current.rank,
  };
}

/** 上升 7 名 / 下降 12 名 / 持平 */
export function formatPlaces(places: number): string {
  if (places > 0) return `上升 ${places} 名`;
  if (places < 0) return `下降 ${-places} 名`;
  return '持平';
}

/** 较上月下降 12 名; across missing months it names the month compared with: 较2019年12月上升 7 名. */
export function formatRankChange(change: RankChange): string {
  const against = change.months === 1 ? '较上月' : `较${formatChineseMonth(change.from)}`;
  return `${against}${formatPlaces(change.places)}`;
}

/** The best (smallest) or worst (largest) rank and every month it was reached, oldest first. */
export interface RankExtreme {
  rank: number;
  groupSize: number;
  months: string[];
}

export function rankExtremes(points: readonly SeriesPoint[]): { best: RankExtreme; worst: RankExtreme } | null {
  if (points.length === 0) return null;
  const ranks = points.map((p) => p.rank);
  const extreme = (rank: number): RankExtreme => {
    const at = points.filter((p) => p.rank === rank);
    return { rank, groupSize: at[0]!.groupSize, months: at.map((p) => p.month) };
  };
  return { best: extreme(Math.min(...ranks)), worst: extreme(Math.max(...ranks)) };
}

/** 82.38 → 8238: index text to hundredths, so differences are exact. */
export function indexHundredths(index: string): number {
  const [whole, fraction = '00'] = index.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
}

/** The change of the composite index against the previous reported month, as text: 上升 0.38 / 下降 1.28 / 持平. */
export function formatIndexChange(previous: string, current: string): string {
  const difference = indexHundredths(current) - indexHundredths(previous);
  if (difference === 0) return '持平';
  return `${difference > 0 ? '上升' : '下降'} ${(Math.abs(difference) / 100).toFixed(2)}`;
}

/** 2019年12月、2020年7月 */
export function formatMonths(months: readonly string[]): string {
  return months.map(formatChineseMonth).join('、');
}

/**
 * Months a page lists in a sentence (the months of a best or worst rank): all of them up to `limit`, else
 * the latest `limit` and how many there are, so the sentence stays one line however long the series:
 * 2031年8月、2038年2月、2042年1月等 7 个月. Every month is in the city's tables.
 */
export function formatSomeMonths(months: readonly string[], limit = 3): string {
  if (months.length <= limit) return formatMonths(months);
  return `${formatMonths([...months].sort().slice(-limit))}等 ${months.length} 个月`;
}

/** 第75名 / 261 */
export function formatRank(point: { rank: number; groupSize: number }): string {
  return `第${point.rank}名 / ${point.groupSize}`;
}

/** The tooltip line for one month: 2020年7月 · 综合指数 82.38 · 第75名 / 261 */
export function formatPointLine(point: SeriesPoint): string {
  return `${formatChineseMonth(point.month)} · 综合指数 ${point.index} · ${formatRank(point)}`;
}

/** What the composite-index chart shows, in one sentence for its accessible label. */
export function describeIndexTrend(series: CitySeries): string {
  const { points } = series;
  const latest = points[points.length - 1];
  if (!latest) return `${series.city}综合指数：暂无数据`;
  const previous = points[points.length - 2];
  const values = points.map((p) => indexHundredths(p.index));
  const highest = points.filter((p) => indexHundredths(p.index) === Math.max(...values));
  const lowest = points.filter((p) => indexHundredths(p.index) === Math.min(...values));
  const since = (earlier: SeriesPoint) =>
    monthsBetween(earlier.month, latest.month) === 1 ? '较上月' : `较${formatChineseMonth(earlier.month)}`;
  const change = previous ? `，${since(previous)}${formatIndexChange(previous.index, latest.index)}` : '';
  return (
    `${series.city}综合指数走势图，${formatChineseMonth(points[0]!.month)}至${formatChineseMonth(latest.month)}：` +
    `最新${formatChineseMonth(latest.month)}为 ${latest.index}${change}；` +
    `期间最高 ${highest[0]!.index}（${formatMonths(highest.map((p) => p.month))}），最低 ${lowest[0]!.index}（${formatMonths(lowest.map((p) => p.month))}）。`
  );
}

/** What the rank chart shows, in one sentence for its accessible label. */
export function describeRankTrend(series: CitySeries): string {
  const { points } = series;
  const latest = points[points.length - 1];
  const extremes = rankExtremes(points);
  if (!latest || !extremes) return `${series.city}排名：暂无数据`;
  const change = rankChange(points, points.length - 1);
  return (
    `${series.city}排名走势图（${series.level}城市，第1名在上），${formatChineseMonth(points[0]!.month)}至${formatChineseMonth(latest.month)}：` +
    `最新${formatChineseMonth(latest.month)}为${formatRank(latest)}${change ? `，${formatRankChange(change)}` : ''}；` +
    `最好${formatRank(extremes.best)}（${formatMonths(extremes.best.months)}），最差${formatRank(extremes.worst)}（${formatMonths(extremes.worst.months)}）。`
  );
}

/** Where a city stands in its latest reported month, for the home page's summary. */
export interface LatestStanding {
  city: string;
  level: CitySeries['level'];
  point: SeriesPoint;
  /** 较上月下降 12 名, or null when the series has one month only. */
  change: string | null;
}

export function latestStanding(series: CitySeries): LatestStanding | null {
  const position = series.points.length - 1;
  const point = series.points[position];
  if (!point) return null;
  const change = rankChange(series.points, position);
  return { city: series.city, level: series.level, point, change: change ? formatRankChange(change) : null };
}
