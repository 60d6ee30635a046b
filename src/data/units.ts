import { getCollection } from 'astro:content';
import { formatIssueShort } from '../lib/common/format.ts';
import { ContentError } from '../lib/content/problem.ts';
import { auditTable } from '../lib/tables/audit.ts';
import { unitAliasProblems, unitResolver } from '../lib/units/aliases.ts';
import { unitRecords, type SourceTable, type UnitRecord } from '../lib/units/record.ts';
import { tableSeries, type TableSeries } from '../lib/units/series.ts';
import { loadIssues, type ArchiveIssue } from './archive.ts';

export interface UnitJoins {
  records: UnitRecord[];
  series: TableSeries[];
  /** Every issue by id, for labels and links. */
  issues: Map<string, ArchiveIssue>;
  /** 2020年第3期 */
  issueLabel: (issueId: string) => string;
  /** The names content/units.json gives a unit besides its own. */
  aliasesOf: (name: string) => string[];
}

let cached: Promise<UnitJoins> | undefined;

/** Every unit's record and every table series, joined through content/units.json once per build. */
export function loadUnitJoins(): Promise<UnitJoins> {
  cached ??= (async () => {
    const issues = await loadIssues();
    const aliasList = (await getCollection('units'))[0]?.data ?? null;
    const tables: SourceTable[] = issues.flatMap((issue) =>
      issue.tables.map((t) => ({
        id: t.id,
        issueId: t.issueId,
        slug: t.slug,
        order: t.order,
        ...auditTable(t.data, t.id),
      })),
    );
    // `npm run build` validates first; this guards `npm run dev` with the same rule and message.
    const problems = aliasList
      ? unitAliasProblems(
          aliasList,
          tables.map((t) => ({
            file: `content/issues/${t.issueId}/tables/${String(t.order).padStart(2, '0')}-${t.slug}.json`,
            units: t.model.rows.map((r) => r.unit),
          })),
        )
      : [];
    if (problems.length)
      throw new ContentError(
        problems.map((p) => ({
          file: p.file ?? 'content/units.json',
          place: p.place,
          message: p.message,
          found: p.found,
        })),
      );
    const resolve = unitResolver(aliasList);
    const byId = new Map(issues.map((issue) => [issue.id, issue]));
    return {
      records: unitRecords(tables, resolve),
      series: tableSeries(tables, resolve),
      issues: byId,
      aliasesOf: (name) => aliasList?.units.find((u) => u.name === name)?.aliases ?? [],
      issueLabel: (issueId) => {
        const issue = byId.get(issueId);
        return issue ? formatIssueShort(issue) : issueId;
      },
    };
  })();
  return cached;
}
