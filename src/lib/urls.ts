/**
 * Every internal address of the site, as a path from the site root without the base path. Pages turn
 * them into links with `withBase`, so the site works at a domain root and under a sub-path alike.
 */

export const paths = {
  home: () => '/',
  issues: () => '/issues/',
  issue: (issueId: string) => `/issues/${issueId}/`,
  article: (articleId: string) => {
    const [issueId, slug] = articleId.split('/');
    return `/issues/${issueId}/articles/${slug}/`;
  },
  table: (tableId: string) => {
    const [issueId, slug] = tableId.split('/');
    return `/issues/${issueId}/tables/${slug}/`;
  },
  /** A table's data download: `/issues/2020-03/tables/departments.csv`. */
  tableDownload: (tableId: string, format: 'csv' | 'json') => {
    const [issueId, slug] = tableId.split('/');
    return `/issues/${issueId}/tables/${slug}.${format}`;
  },
  rankings: () => '/rankings/',
  audit: () => '/audit/',
  search: () => '/search/',
  about: () => '/about/',
  section: (name: string) => `/sections/${name}/`,
  source: (name: string) => `/sources/${name}/`,
};

/** Joins the configured base path (`/` or `/archive/`) and a root path (`/issues/`). */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmedBase}${path.startsWith('/') ? path : `/${path}`}`;
}
