import type { APIRoute } from 'astro';
import { loadUnitJoins } from '../../data/units.ts';
import { absolute, paths } from '../../data/site.ts';
import { seriesJson, type TableSeries } from '../../lib/units/series.ts';

/** /tables/departments.json: a table series with figures by column key (see units/series.ts). */
export async function getStaticPaths() {
  const { series } = await loadUnitJoins();
  return series.map((s) => ({ params: { slug: s.slug }, props: { series: s } }));
}

export const GET: APIRoute<{ series: TableSeries }> = async ({ props }) => {
  const { issueLabel } = await loadUnitJoins();
  const tableIds = new Map(props.series.issues.map((i) => [i.issueId, i.tableId]));
  const body = seriesJson(props.series, (issueId) => ({
    label: issueLabel(issueId),
    url: absolute(paths.issue(issueId)),
    tableUrl: absolute(paths.table(tableIds.get(issueId)!)),
  }));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
