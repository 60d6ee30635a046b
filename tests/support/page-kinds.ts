import { readSite, pageUrlPath } from '../../scripts/lib/site-links.ts';

/** One page of every kind a built site has, found from the files in dist/. */

export interface PageOfKind {
  kind: string;
  /** Root path, percent-encoded as a browser would request it (without the base path). */
  path: string;
}

/**
 * Every kind of page the site builds (src/pages): a test fails if one is missing from the built site,
 * and if the site has a kind this list does not name.
 */
export const REQUIRED_KINDS = [
  'home',
  'issues', // the issue list
  'issue',
  'article',
  'brief',
  'table',
  'table-series', // a series' overview
  'table-series-year', // a series' figures of one year
  'units',
  'unit', // a unit's overview
  'unit-year', // a unit's figures of one year
  'sections',
  'section',
  'sources',
  'source',
  'rankings',
  'rankings/*', // the full list of issues that printed rankings
  'rankings/*/*', // one city's full month series
  'audit',
  'search',
  'about',
  '404',
] as const;

const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

/** The kind of page a root path is, e.g. `/issues/2020-03/tables/x/` → `table`. */
export function kindOf(path: string, briefPaths: ReadonlySet<string>): string {
  if (path === '/') return 'home';
  if (path === '/404.html') return '404';
  if (/^\/issues\/[^/]+\/articles\/[^/]+\/$/.test(path)) return briefPaths.has(path) ? 'brief' : 'article';
  if (/^\/issues\/[^/]+\/tables\/[^/]+\/$/.test(path)) return 'table';
  if (/^\/issues\/[^/]+\/$/.test(path)) return 'issue';
  const segments = path.split('/').filter(Boolean);
  if (segments.length === 1) return segments[0]!;
  if (segments[0] === 'units' && segments.length === 3) return 'unit-year';
  if (segments[0] === 'tables' && segments.length === 3) return 'table-series-year';
  if (segments[0] === 'sections' || segments[0] === 'sources' || segments[0] === 'units')
    return segments[0].slice(0, -1);
  if (segments[0] === 'tables' && segments.length === 2) return 'table-series';
  // Any other nested page: its first segment and depth, e.g. `rankings/*`.
  return [segments[0], ...segments.slice(1).map(() => '*')].join('/');
}

/** The first page (in path order) of each kind in a built site. */
export function pagesOfEveryKind(distDir: string): PageOfKind[] {
  const site = readSite(distDir);
  const briefPaths = new Set<string>();
  for (const file of site.files) {
    if (!/^issues\/[^/]+\/index\.json$/.test(file)) continue;
    const issue = JSON.parse(site.read(file)) as { articles?: Array<{ kind: string; url: string }> };
    for (const article of issue.articles ?? []) {
      if (article.kind === 'brief')
        briefPaths.add(decodeURIComponent(new URL(article.url).pathname).replace(/^.*?(\/issues\/)/, '$1'));
    }
  }
  const pages = new Map<string, PageOfKind>();
  // The web editor (/admin/) is not a reader page: it has its own CSP and is tested in web-editor.test.ts.
  for (const file of [...site.files].filter((f) => f.endsWith('.html') && !f.startsWith('admin/')).sort()) {
    const path = pageUrlPath(file, '/');
    const kind = kindOf(path, briefPaths);
    if (!pages.has(kind)) pages.set(kind, { kind, path: encodePath(path) });
  }
  return [...pages.values()];
}
