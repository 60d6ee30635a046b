import type { APIRoute, GetStaticPaths } from 'astro';
import { loadIssues, type ArchiveIssue } from '../../../data/archive.ts';
import { absolute, paths } from '../../../data/site.ts';
import { citeArticle, citeIssue } from '../../../lib/site/citation.ts';
import { issueJson } from '../../../lib/site/issue-json.ts';

export const getStaticPaths = (async () => {
  const issues = await loadIssues();
  return issues.map((issue) => ({ params: { issue: issue.id }, props: { issue } }));
}) satisfies GetStaticPaths;

/** One issue as JSON: metadata as printed, articles with permalinks and citations, tables, rankings. */
export const GET: APIRoute<{ issue: ArchiveIssue }> = ({ props }) => {
  const { issue } = props;
  const body = issueJson(issue, absolute, {
    issue: citeIssue(issue, { url: absolute(paths.issue(issue.id)) }),
    article: (article) => citeArticle(article, issue, { url: absolute(paths.article(article.id)) }),
  });
  return new Response(JSON.stringify(body, null, 2) + '\n', {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
