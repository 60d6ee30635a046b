import { newestFirst } from '../issues/order.ts';
import { issueSearchMeta, SEARCH_FILTERS, SEARCH_KINDS, type SearchFilterKey } from './meta.ts';

export interface FilterOption {
  value: string;
  label: string;
}

export interface FilterChoice {
  key: SearchFilterKey;
  label: string;
  options: FilterOption[];
}

interface IssueLike {
  id: string;
  year: number;
  number: number;
  date: string;
  cumulativeNumber: number;
  articles: ReadonlyArray<{ section: string; source: string }>;
}

/**
 * The choices the search page offers for each filter, computed from the archive at build time with the
 * same functions that label the pages, so every option matches what the index holds. Issues are newest
 * first; sections and sources in the order they first appear, newest issue first.
 */
export function filterChoices(issues: readonly IssueLike[]): FilterChoice[] {
  const newest = newestFirst(issues);
  const unique = (values: string[]) => [...new Set(values)];
  const options: Record<SearchFilterKey, FilterOption[]> = {
    year: unique(newest.map((issue) => String(issue.year))).map((year) => ({ value: year, label: `${year}年` })),
    issue: newest.map((issue) => issueSearchMeta(issue).label).map((label) => ({ value: label, label })),
    section: unique(newest.flatMap((issue) => issue.articles.map((article) => article.section))).map((section) => ({
      value: section,
      label: section,
    })),
    source: unique(newest.flatMap((issue) => issue.articles.map((article) => article.source))).map((source) => ({
      value: source,
      label: source,
    })),
    kind: SEARCH_KINDS.map((kind) => ({ value: kind, label: kind })),
  };
  return SEARCH_FILTERS.map(({ key, label }) => ({ key, label, options: options[key] }));
}
