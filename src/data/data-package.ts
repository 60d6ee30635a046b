import { loadIssues, latestIssue } from './archive.ts';
import { loadRankingArchive } from './rankings.ts';
import { loadUnitJoins } from './units.ts';
import { absolute, paths } from './site.ts';
import { formatIssueShort } from '../lib/common/format.ts';
import { seriesToCsv } from '../lib/rankings/export.ts';
import { dataPackage, type DataPackage } from '../lib/site/data-package.ts';
import { tableCsv } from '../lib/tables/csv.ts';
import { toTableModel } from '../lib/tables/model.ts';
import { seriesCsv } from '../lib/units/series.ts';

let cached: Promise<DataPackage> | undefined;

/** The Frictionless data package of the whole archive (lib/site/data-package.ts), built once per build. */
export function loadDataPackage(): Promise<DataPackage> {
  cached ??= (async () => {
    const issues = await loadIssues();
    const { series, issueLabel } = await loadUnitJoins();
    const rankings = await loadRankingArchive();
    const tables = [...issues]
      .sort((a, b) => a.id.localeCompare(b.id))
      .flatMap((issue) =>
        issue.tables.map((table) => {
          const model = toTableModel(table.data);
          return {
            id: table.id,
            issueId: issue.id,
            slug: table.slug,
            issueLabel: formatIssueShort(issue),
            model,
            csv: tableCsv(model),
            pageUrl: absolute(paths.table(table.id)),
          };
        }),
      );
    return dataPackage({
      tables,
      series: series.map((s) => ({
        series: s,
        csv: seriesCsv(s, issueLabel),
        pageUrl: absolute(paths.tableSeries(s.slug)),
      })),
      rankings: { csv: seriesToCsv(rankings.series, rankings.issues), pageUrl: absolute(paths.rankings()) },
      homepage: absolute(paths.home()),
      aboutUrl: absolute(paths.about()),
      publisher: (await latestIssue())?.publisher,
    });
  })();
  return cached;
}
