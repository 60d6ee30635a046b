import type { APIRoute } from 'astro';
import { loadIssues } from '../../data/archive.ts';
import { absolute } from '../../data/site.ts';
import { issueListJson } from '../../lib/site/issue-json.ts';

/** Every issue, newest first, with links to its page and its JSON. */
export const GET: APIRoute = async () => {
  const body = issueListJson(await loadIssues(), absolute);
  return new Response(JSON.stringify(body, null, 2) + '\n', {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
