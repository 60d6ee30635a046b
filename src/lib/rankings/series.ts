import { oldestFirst } from '../issues/order.ts';
import { CITY_LEVELS, type CityLevel, type Observation } from './schema.ts';

/**
 * The rankings of every issue joined into one series per city. Each issue reprints the latest months,
 * so issues overlap: the same figures printed twice are one point that remembers both issues; different
 * figures are a conflict unless the later issue marks its figures as a revision.
 */

/** One issue's rankings, with what orders issues in time. */
export interface RankingIssueInput {
  /** `2020-03`, the issue folder. */
  issueId: string;
  /** The issue's date, YYYY-MM-DD: later issues revise earlier ones. */
  date: string;
  /** Breaks ties between issues of the same date. */
  cumulativeNumber: number;
  /** In printed order. */
  observations: readonly Observation[];
}

/** What an observation reports, compared across issues. */
export interface Figures {
  /** 综合指数, two decimals as printed. */
  index: string;
  rank: number;
  groupSize: number;
}

/** Figures and every issue that printed them, oldest issue first. */
export interface PrintedFigures extends Figures {
  sources: string[];
}

export interface SeriesPoint extends PrintedFigures {
  /** YYYY-MM */
  month: string;
  /** Set when these figures were marked as a revision: the note and the issue that first marked it. */
  revision?: { note: string; issueId: string };
  /** Figures printed earlier and replaced by a revision, oldest first (empty when never revised). */
  revised: PrintedFigures[];
}

export interface CitySeries {
  city: string;
  level: CityLevel;
  /** Ordered by month, oldest first; months no issue reported are absent. */
  points: SeriesPoint[];
}

/** Where an observation is: its issue and its position in that issue's `observations`. */
export interface ObservationRef {
  issueId: string;
  position: number;
}

/** Why the issues cannot be joined; each names the observations involved so a message can point at them. */
export type SeriesConflict =
  | {
      /** Two issues print different figures for one city and month and the later does not say it revises. */
      kind: 'figures';
      city: string;
      month: string;
      earlier: ObservationRef & Figures;
      later: ObservationRef & Figures;
    }
  | {
      /** A later issue marks a revision but prints the very figures it would revise. */
      kind: 'needless-revision';
      city: string;
      month: string;
      earlier: ObservationRef & Figures;
      later: ObservationRef & Figures;
    }
  | {
      /** One city listed as 地级 in one place and 县级 in another. */
      kind: 'level';
      city: string;
      earlier: ObservationRef & { level: CityLevel };
      later: ObservationRef & { level: CityLevel };
    }
  | {
      /** Two cities of one level in one month ranked in groups of different sizes. */
      kind: 'group-size';
      level: CityLevel;
      month: string;
      earlier: ObservationRef & { city: string; groupSize: number };
      later: ObservationRef & { city: string; groupSize: number };
    };

export interface MergedSeries {
  /** 地级 cities first, then 县级; within a level, in the order the newest issue prints them. */
  series: CitySeries[];
  conflicts: SeriesConflict[];
}

export function sameFigures(a: Figures, b: Figures): boolean {
  return a.index === b.index && a.rank === b.rank && a.groupSize === b.groupSize;
}

function figuresOf(o: Figures): Figures {
  return { index: o.index, rank: o.rank, groupSize: o.groupSize };
}

interface PointState {
  point: SeriesPoint;
  /** The observation that first printed the current figures, for messages. */
  firstRef: ObservationRef;
}

/** Joins every issue's rankings into one series per city and lists every conflict found on the way. */
export function mergeSeries(issues: readonly RankingIssueInput[]): MergedSeries {
  const conflicts: SeriesConflict[] = [];
  const ordered = oldestFirst(issues);
  const cities = new Map<string, { level: CityLevel; levelRef: ObservationRef; points: Map<string, PointState> }>();

  for (const issue of ordered) {
    issue.observations.forEach((observation, position) => {
      const ref: ObservationRef = { issueId: issue.issueId, position };
      let city = cities.get(observation.city);
      if (!city) {
        city = { level: observation.level, levelRef: ref, points: new Map() };
        cities.set(observation.city, city);
      } else if (city.level !== observation.level) {
        conflicts.push({
          kind: 'level',
          city: observation.city,
          earlier: { ...city.levelRef, level: city.level },
          later: { ...ref, level: observation.level },
        });
      }

      const state = city.points.get(observation.month);
      if (!state) {
        city.points.set(observation.month, {
          point: {
            month: observation.month,
            ...figuresOf(observation),
            sources: [issue.issueId],
            ...(observation.revision ? { revision: { note: observation.revision.note, issueId: issue.issueId } } : {}),
            revised: [],
          },
          firstRef: ref,
        });
        return;
      }
      const { point } = state;
      if (point.sources.includes(issue.issueId)) return; // twice in one file: reported by the file check
      const earlier = { ...state.firstRef, ...figuresOf(point) };
      const later = { ...ref, ...figuresOf(observation) };
      if (sameFigures(point, observation)) {
        // Reprinting a revised figure may repeat its note; marking unchanged figures as revised may not.
        if (observation.revision && !point.revision) {
          conflicts.push({
            kind: 'needless-revision',
            city: observation.city,
            month: observation.month,
            earlier,
            later,
          });
        }
        point.sources.push(issue.issueId);
      } else if (observation.revision) {
        point.revised.push({ ...figuresOf(point), sources: point.sources });
        Object.assign(point, figuresOf(observation), {
          sources: [issue.issueId],
          revision: { note: observation.revision.note, issueId: issue.issueId },
        });
        state.firstRef = ref;
      } else {
        conflicts.push({ kind: 'figures', city: observation.city, month: observation.month, earlier, later });
      }
    });
  }

  const appearance = firstAppearance(ordered);
  const series: CitySeries[] = [...cities]
    .map(([city, { level, points }]) => ({
      city,
      level,
      points: [...points.values()].map((s) => s.point).sort((a, b) => a.month.localeCompare(b.month)),
    }))
    .sort(
      (a, b) =>
        CITY_LEVELS.indexOf(a.level) - CITY_LEVELS.indexOf(b.level) ||
        appearance.get(a.city)! - appearance.get(b.city)!,
    );

  conflicts.push(...groupSizeConflicts(series, cities));
  return { series, conflicts };
}

/** City order: as the newest issue prints them, then cities only older issues print. */
function firstAppearance(ordered: readonly RankingIssueInput[]): Map<string, number> {
  const order = new Map<string, number>();
  for (const issue of [...ordered].reverse()) {
    for (const observation of issue.observations)
      if (!order.has(observation.city)) order.set(observation.city, order.size);
  }
  return order;
}

/** Every city of one level is ranked in the same national list each month, so group sizes must agree. */
function groupSizeConflicts(
  series: readonly CitySeries[],
  cities: Map<string, { points: Map<string, PointState> }>,
): SeriesConflict[] {
  const conflicts: SeriesConflict[] = [];
  const seen = new Map<string, { city: string; groupSize: number; ref: ObservationRef }>();
  for (const { city, level, points } of series) {
    for (const point of points) {
      const key = `${level}|${point.month}`;
      const ref = cities.get(city)!.points.get(point.month)!.firstRef;
      const other = seen.get(key);
      if (!other) seen.set(key, { city, groupSize: point.groupSize, ref });
      else if (other.groupSize !== point.groupSize) {
        conflicts.push({
          kind: 'group-size',
          level,
          month: point.month,
          earlier: { ...other.ref, city: other.city, groupSize: other.groupSize },
          later: { ...ref, city, groupSize: point.groupSize },
        });
      }
    }
  }
  return conflicts;
}
