import { loadIssues, type ArchiveIssue } from './archive.ts';
import { href, paths } from './site.ts';
import { ContentError } from '../lib/content/problem.ts';
import { formatIssueShort } from '../lib/common/format.ts';
import type { IssueInfo } from '../lib/rankings/export.ts';
import { oldestFirst } from '../lib/issues/order.ts';
import { mergeSeries, type CitySeries } from '../lib/rankings/series.ts';
import { conflictProblem, RANKINGS_FILE } from '../lib/rankings/validation.ts';

/** The merged ranking series for pages and downloads, with the issues it was drawn from. */
export interface RankingArchive {
  series: CitySeries[];
  /** Every issue by id, oldest first, as the series names its sources. */
  issues: Map<string, IssueInfo>;
}

let cached: Promise<RankingArchive> | undefined;

export function loadRankingArchive(): Promise<RankingArchive> {
  cached ??= (async () => {
    const archive = await loadIssues();
    const inputs = archive.map((issue) => ({
      issueId: issue.id,
      date: issue.date,
      cumulativeNumber: issue.cumulativeNumber,
      observations: issue.observations,
      issue,
    }));
    const { series, conflicts } = mergeSeries(inputs);
    // Validation runs before every build and reports these with the same words; this is a last guard.
    if (conflicts.length) {
      const byId = new Map<string, ArchiveIssue>(archive.map((issue) => [issue.id, issue]));
      throw new ContentError(
        conflicts.map((c) =>
          conflictProblem(
            c,
            (id) => `content/issues/${id}/${RANKINGS_FILE}`,
            (id) => byId.get(id)?.observations ?? [],
          ),
        ),
      );
    }
    const issues = new Map<string, IssueInfo>(
      oldestFirst(inputs).map(({ issue }) => [
        issue.id,
        { label: formatIssueShort(issue), date: issue.date, url: href(paths.issue(issue.id)) },
      ]),
    );
    return { series, issues };
  })();
  return cached;
}
