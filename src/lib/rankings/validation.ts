import type { ContentProblem } from '../content/problem.ts';
import { parseWithFriendlyErrors } from '../content/friendly-errors.ts';
import type { IssueData } from '../issues/schema.ts';
import { formatChineseMonth } from '../common/format.ts';
import { isMonth, monthOfDate } from '../common/month.ts';
import { checkRankingKeyNote } from './key-note.ts';
import { checkRankingHeadings } from './heading.ts';
import { observationSchema, rankingFileSchema, type Observation } from './schema.ts';
import {
  mergeSeries,
  type Figures,
  type ObservationRef,
  type RankingIssueInput,
  type SeriesConflict,
} from './series.ts';
import { parseJsonText } from '../content/file-text.ts';

/**
 * Checks every issue's `rankings.json`: each file on its own (months, index, ranks, duplicates), then all
 * files together (the merged series must not contradict itself), then each issue's first key note against
 * its rankings. Every problem names the file and the observation, in Chinese. A file's own checks run even
 * when its issue.json cannot be read; only the checks that need the issue (months after its date, the key
 * note, the merge with other issues) wait until it can.
 */

export interface RankingFileInput {
  /** `2020-03` */
  issueId: string;
  /** What the issue's issue.json says; undefined when it cannot be read or has errors. */
  issue: Pick<IssueData, 'date' | 'cumulativeNumber' | 'keyNotes'> | undefined;
  /** The text of the issue's rankings.json; undefined when the issue has none. */
  text: string | undefined;
}

export const RANKINGS_FILE = 'rankings.json';

const LOWEST_YEAR = 2000;

/** `observations[3] · 营口市 2020-07` (with `.rank` when a field is named). */
export function observationPlace(
  position: number,
  observation: Pick<Observation, 'city' | 'month'>,
  field?: string,
): string {
  return `observations[${position}]${field ? `.${field}` : ''} · ${observation.city} ${observation.month}`;
}

/** 综合指数 82.38、第75名 / 261 */
export function formatFigures(figures: Figures): string {
  return `综合指数 ${figures.index}、第${figures.rank}名 / ${figures.groupSize}`;
}

/**
 * Checks one file's observations on their own, and against the issue's date when it is known. An
 * observation the schema rejected is `null`: it is skipped, and the others keep their positions.
 */
export function checkObservations(
  observations: readonly (Observation | null)[],
  issueDate: string | undefined,
  file: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const issueMonth = issueDate === undefined ? undefined : monthOfDate(issueDate);
  const seen = new Map<string, number>();
  observations.forEach((o, position) => {
    if (!o) return;
    if (!isMonth(o.month) || Number(o.month.slice(0, 4)) < LOWEST_YEAR) {
      problems.push({
        file,
        place: observationPlace(position, o, 'month'),
        message: `月份应为 ${LOWEST_YEAR} 年以后真实存在的月份，写作 YYYY-MM，例如 2020-07`,
        found: `“${o.month}”`,
      });
    } else if (issueMonth !== undefined && o.month > issueMonth) {
      problems.push({
        file,
        place: observationPlace(position, o, 'month'),
        message: `月份 ${o.month} 晚于本期的印发日期 ${issueDate}：简报只能刊登已经过去的月份，请核对月份，或 issue.json 中的日期`,
        found: `“${o.month}”`,
      });
    }
    if (Number(o.index) > 100) {
      problems.push({
        file,
        place: observationPlace(position, o, 'index'),
        message: '综合指数应在 0 到 100 之间',
        found: `“${o.index}”`,
      });
    }
    if (o.rank > o.groupSize) {
      problems.push({
        file,
        place: observationPlace(position, o, 'rank'),
        message: `排名 ${o.rank} 大于参评城市数 ${o.groupSize}：排名应在 1 到 ${o.groupSize} 之间，请核对排名和参评城市数（groupSize）`,
        found: String(o.rank),
      });
    }
    const key = `${o.city}|${o.month}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        file,
        place: observationPlace(position, o),
        message: `${o.city} ${formatChineseMonth(o.month)}在本文件中出现了两次（另一次是 observations[${first}]）：同一城市同一月份只应有一条，请删去多余的一条`,
      });
    } else {
      seen.set(key, position);
    }
  });
  return problems;
}

/** A merge conflict as a problem in the later file, naming the earlier file and both values. */
export function conflictProblem(
  conflict: SeriesConflict,
  fileOf: (issueId: string) => string,
  observationsOf: (issueId: string) => readonly Observation[],
): ContentProblem {
  const file = fileOf(conflict.later.issueId);
  const where = (ref: ObservationRef) => {
    const observation = observationsOf(ref.issueId)[ref.position]!;
    const place = observationPlace(ref.position, observation);
    return ref.issueId === conflict.later.issueId ? `本文件 ${place}` : `${fileOf(ref.issueId)} ${place}`;
  };
  const laterObservation = observationsOf(conflict.later.issueId)[conflict.later.position]!;
  const place = observationPlace(conflict.later.position, laterObservation);
  switch (conflict.kind) {
    case 'figures':
      return {
        file,
        place,
        message:
          `${conflict.city} ${formatChineseMonth(conflict.month)}的数字与较早一期不一致：${where(conflict.earlier)} 为 ${formatFigures(conflict.earlier)}，` +
          `这里为 ${formatFigures(conflict.later)}。同一城市同一月份各期应印相同的数字；如这一期是更正，请在这条数据上加 "revision": { "note": "更正说明" }，否则请对照印刷版改正录入错误`,
        found: formatFigures(conflict.later),
      };
    case 'needless-revision':
      return {
        file,
        place: `${place}（revision）`,
        message: `这条数据标为修订（revision），但与 ${where(conflict.earlier)} 所印的数字相同（${formatFigures(conflict.earlier)}），没有可修订的数字：请删去 revision，或核对数字`,
        found: formatFigures(conflict.later),
      };
    case 'level':
      return {
        file,
        place: `${place}（level）`,
        message: `${conflict.city}在 ${where(conflict.earlier)} 中为“${conflict.earlier.level}”城市，这里为“${conflict.later.level}”：同一城市的级别应一致`,
        found: `“${conflict.later.level}”`,
      };
    case 'group-size':
      return {
        file,
        place: `${place}（groupSize）`,
        message:
          `${formatChineseMonth(conflict.month)}${conflict.level}城市的参评城市数不一致：${where(conflict.earlier)} 为 ${conflict.earlier.groupSize}，` +
          `这里（${conflict.later.city}）为 ${conflict.later.groupSize}。同月同级别的城市在同一张全国排名里，参评城市数应相同`,
        found: String(conflict.later.groupSize),
      };
  }
}

/** Each entry of a file's `observations` that the schema accepts on its own, `null` for the others. */
function acceptedObservations(value: unknown): (Observation | null)[] {
  const list = (value as { observations?: unknown } | null)?.observations;
  if (!Array.isArray(list)) return [];
  return list.map((entry) => {
    const result = observationSchema.safeParse(entry);
    return result.success ? result.data : null;
  });
}

/** Checks every issue's rankings; `at` turns a path under the content root into the name used in messages. */
export function validateRankings(inputs: readonly RankingFileInput[], at: (path: string) => string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const fileOf = (issueId: string) => at(`issues/${issueId}/${RANKINGS_FILE}`);
  const readable: RankingIssueInput[] = [];
  const observationsById = new Map<string, readonly Observation[]>();

  for (const input of inputs) {
    const file = fileOf(input.issueId);
    let observations: readonly Observation[] | undefined;
    if (input.text !== undefined) {
      const parsed = parseJsonText(input.text, file);
      if ('problem' in parsed) {
        problems.push(parsed.problem);
      } else {
        const result = parseWithFriendlyErrors(rankingFileSchema, parsed.value, file);
        problems.push(...result.problems);
        if (result.data) {
          observations = result.data.observations;
          const own = checkObservations(observations, input.issue?.date, file);
          problems.push(...own);
          // A file with its own errors is left out of the merge, so one typo is reported once.
          if (own.length === 0) problems.push(...checkRankingHeadings(result.data, file));
          if (own.length === 0 && input.issue) {
            readable.push({
              issueId: input.issueId,
              date: input.issue.date,
              cumulativeNumber: input.issue.cumulativeNumber,
              observations,
            });
            observationsById.set(input.issueId, observations);
          }
        } else {
          // The schema's problems are named; the observations it did accept are still checked.
          problems.push(...checkObservations(acceptedObservations(parsed.value), input.issue?.date, file));
        }
      }
    }
    // A ranking key note with no readable rankings is reported only when the file is missing, not broken.
    if (input.issue && (observations || input.text === undefined)) {
      problems.push(
        ...checkRankingKeyNote(input.issue, observations, at(`issues/${input.issueId}/issue.json`), RANKINGS_FILE),
      );
    }
  }

  const { conflicts } = mergeSeries(readable);
  problems.push(...conflicts.map((c) => conflictProblem(c, fileOf, (id) => observationsById.get(id) ?? [])));
  return problems;
}
