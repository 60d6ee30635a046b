/**
 * Every internal address of the site, as a path from the site root without the base path. Pages turn
 * them into links with `withBase`, so the site works at a domain root and under a sub-path alike.
 *
 * Section and source names are Chinese (国家政策, 市信用办); their path segments are percent-encoded here,
 * once, so links, the sitemap, the feed and the JSON all carry the same valid URL.
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
  /**
   * A table printed in several issues: `/tables/departments/` (the table file's name without its number), the
   * overview of its years; `/tables/departments/2020/` that year's figures, unit by unit.
   */
  tableSeries: (slug: string) => `/tables/${slug}/`,
  tableSeriesYear: (slug: string, year: number) => `/tables/${slug}/${year}/`,
  tableSeriesDownload: (slug: string, format: 'csv' | 'json') => `/tables/${slug}.${format}`,
  /**
   * Every reporting unit; one unit's overview, `/units/市文明办/` (percent-encoded): its latest figures and its
   * years; and one year of its record, `/units/市文明办/2020/`.
   */
  units: () => '/units/',
  unit: (name: string) => `/units/${encodeURIComponent(name)}/`,
  unitYear: (name: string, year: number) => `/units/${encodeURIComponent(name)}/${year}/`,
  /** The Frictionless Data Package of every table and series, and the zip of it all. */
  dataPackage: () => '/data/datapackage.json',
  dataPackageZip: () => '/data/datapackage.zip',
  /** A file of the data package, from /data/: `tables/2020-03/departments.csv`. */
  dataFile: (path: string) => `/data/${path}`,
  rankings: () => '/rankings/',
  /** One city's full month series: `/rankings/cities/营口市/` (the overview shows its recent months). */
  rankingCity: (city: string) => `/rankings/cities/${encodeURIComponent(city)}/`,
  /** Every issue that printed rankings, with what it printed (the overview names the latest few). */
  rankingSources: () => '/rankings/sources/',
  /** The merged ranking series as data: `/rankings/series.csv`. */
  rankingSeries: (format: 'csv' | 'json') => `/rankings/series.${format}`,
  audit: () => '/audit/',
  search: () => '/search/',
  about: () => '/about/',
  sections: () => '/sections/',
  section: (name: string) => `/sections/${encodeURIComponent(name)}/`,
  sources: () => '/sources/',
  source: (name: string) => `/sources/${encodeURIComponent(name)}/`,
  /** RSS feed of issues and articles. */
  feed: () => '/rss.xml',
  /** Machine-readable list of every issue. */
  issuesJson: () => '/issues/index.json',
  /** Machine-readable issue: metadata, articles, tables, rankings. */
  issueJson: (issueId: string) => `/issues/${issueId}/index.json`,
  sitemap: () => '/sitemap-index.xml',
};

/** Joins the configured base path (`/` or `/archive/`) and a root path (`/issues/`). */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmedBase}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * The absolute URL of a root path, for canonical links, feeds, JSON and citations:
 * `absoluteUrl('https://example.org', '/archive/', '/issues/')` → `https://example.org/archive/issues/`.
 * A path in `site` itself (https://example.org/x) is replaced by the base path, as Astro does.
 */
export function absoluteUrl(site: string | URL, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}

/**
 * The root path of a page's address under the base path: `withoutBase('/archive/', '/archive/issues/')` →
 * `/issues/`.
 */
export function withoutBase(base: string, pathname: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return trimmedBase && pathname.startsWith(`${trimmedBase}/`) ? pathname.slice(trimmedBase.length) : pathname;
}
