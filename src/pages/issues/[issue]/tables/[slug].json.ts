import type { APIRoute } from 'astro';
import { loadIssues, type ArchiveIssue, type ArchiveTable } from '../../../../data/archive.ts';
import { absolute, paths } from '../../../../data/site.ts';
import { formatIssueShort } from '../../../../lib/common/format.ts';
import { auditTable } from '../../../../lib/tables/audit.ts';
import { tableDocument } from '../../../../lib/tables/json.ts';

/** /issues/2020-03/tables/departments.json: the table, its computed totals and discrepancies (see tables/json.ts). */
export async function getStaticPaths() {
  const issues = await loadIssues();
  return issues.flatMap((issue) =>
    issue.tables.map((table) => ({ params: { issue: issue.id, slug: table.slug }, props: { issue, table } })),
  );
}

export const GET: APIRoute<{ issue: ArchiveIssue; table: ArchiveTable }> = ({ props }) => {
  const { issue, table } = props;
  const document = tableDocument(auditTable(table.data, table.id), {
    id: table.id,
    issue: { id: issue.id, label: formatIssueShort(issue), cumulativeNumber: issue.cumulativeNumber, date: issue.date },
    order: table.order,
    url: absolute(paths.table(table.id)),
  });
  return new Response(JSON.stringify(document, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
