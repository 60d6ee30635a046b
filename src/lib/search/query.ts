import { SEARCH_FILTERS, SEARCH_SORT_KEY, type SearchFilterKey } from './meta.ts';

/**
 * A search as the URL holds it: /search/?q=信用修复&year=2020&kind=文章&sort=date. The search page reads
 * it on load and on back/forward, and writes it as the reader searches, so a search can be shared.
 */
export interface SearchState {
  query: string;
  filters: Partial<Record<SearchFilterKey, string>>;
  /** `relevance` (Pagefind's ranking) or `date` (newest issue first). */
  sort: 'relevance' | 'date';
}

export const EMPTY_SEARCH: SearchState = { query: '', filters: {}, sort: 'relevance' };

const FILTER_KEYS: readonly SearchFilterKey[] = SEARCH_FILTERS.map((filter) => filter.key);

/** Reads a search from a query string; unknown parameters are ignored, blank ones dropped. */
export function parseSearchParams(params: URLSearchParams | string): SearchState {
  const search = typeof params === 'string' ? new URLSearchParams(params) : params;
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const value = search.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return {
    query: (search.get('q') ?? '').trim(),
    filters,
    sort: search.get('sort') === SEARCH_SORT_KEY ? 'date' : 'relevance',
  };
}

/** The query string for a search (without `?`), keys in a fixed order so equal searches give equal URLs. */
export function toSearchParams(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.sort === 'date') params.set('sort', SEARCH_SORT_KEY);
  return params.toString();
}

/** Whether there is anything to search for: words, or at least one filter. */
export function isActiveSearch(state: SearchState): boolean {
  return state.query.trim() !== '' || Object.values(state.filters).some(Boolean);
}

/** The filters Pagefind's `search()` takes for a state. */
export function pagefindFilters(state: SearchState): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) filters[key] = value;
  }
  return filters;
}

/**
 * The issues to walk, newest first, for results by date: those with results (per Pagefind's issue
 * counts for the search), or only the chosen issue when the reader filtered by one.
 */
export function issuesByDate(
  newestFirst: readonly string[],
  counts: Readonly<Record<string, number>>,
  chosen?: string,
): string[] {
  return newestFirst.filter((label) => (counts[label] ?? 0) > 0 && (!chosen || label === chosen));
}
