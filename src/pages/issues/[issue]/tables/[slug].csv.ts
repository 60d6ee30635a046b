import type { APIRoute } from 'astro';
import { loadIssues, type ArchiveTable } from '../../../../data/archive.ts';
import { tableCsv } from '../../../../lib/tables/csv.ts';
import { toTableModel } from '../../../../lib/tables/model.ts';

/** /issues/2020-03/tables/departments.csv: the table as printed (see tables/csv.ts). */
export async function getStaticPaths() {
  const issues = await loadIssues();
  return issues.flatMap((issue) =>
    issue.tables.map((table) => ({ params: { issue: issue.id, slug: table.slug }, props: { table } })),
  );
}

export const GET: APIRoute<{ table: ArchiveTable }> = ({ props }) =>
  new Response(tableCsv(toTableModel(props.table.data)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
