import type { APIRoute } from 'astro';
import { loadUnitJoins } from '../../data/units.ts';
import { seriesCsv, type TableSeries } from '../../lib/units/series.ts';

/** /tables/departments.csv: a table series, one line per unit and issue (see units/series.ts). */
export async function getStaticPaths() {
  const { series } = await loadUnitJoins();
  return series.map((s) => ({ params: { slug: s.slug }, props: { series: s } }));
}

export const GET: APIRoute<{ series: TableSeries }> = async ({ props }) => {
  const { issueLabel } = await loadUnitJoins();
  return new Response(seriesCsv(props.series, issueLabel), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
