import { formatChineseDate, formatIssueShort } from '../common/format.ts';

/**
 * What the search index should know about a page: its kind and, where it has them, its issue, section
 * and source. Pages pass this to the layout; pages without it are left out of the index.
 */
export const SEARCH_KINDS = ['期刊', '文章', '简讯', '数据表', '排名', '关于'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchMeta {
  kind: SearchKind;
  /** The result title, when it differs from the page's <h1>. */
  title?: string;
  issue?: {
    /** `2020-03` */
    id: string;
    /** 2020年第3期 */
    label: string;
    year: number;
    /** YYYY-MM-DD, for sorting newest first. */
    date: string;
  };
  section?: string;
  source?: string;
  /**
   * `marked`: index only the parts of the page the page itself marks `data-pagefind-body` (the issue page
   * marks its masthead and key notes), instead of the whole <main>.
   */
  only?: 'marked';
}

/** The filter keys a page can carry, in the order the search page offers them, with their Chinese labels. */
export const SEARCH_FILTERS = [
  { key: 'year', label: '年份' },
  { key: 'issue', label: '期次' },
  { key: 'section', label: '栏目' },
  { key: 'source', label: '来源' },
  { key: 'kind', label: '类型' },
] as const;
export type SearchFilterKey = (typeof SEARCH_FILTERS)[number]['key'];

/**
 * The URL value of the one order besides relevance: by date, newest first. Every page of an issue has
 * that issue's date, so the search page orders by issue (newest first) using the issue filter, instead
 * of a Pagefind sort, whose page order would add about 3 KB to the index metadata every search loads.
 */
export const SEARCH_SORT_KEY = 'date';

export interface SearchFields {
  /** Shown with each result: title, kind, issue label, date, section, source. */
  meta: Array<[key: string, value: string]>;
  filters: Array<[key: SearchFilterKey, value: string]>;
}

/**
 * What the layout writes into the page for Pagefind (as `data-pagefind-meta` and `data-pagefind-filter`
 * elements), from a page's SearchMeta. Fields the page lacks (an issue for the rankings page) are left out.
 */
export function searchFields(search: SearchMeta): SearchFields {
  const meta: SearchFields['meta'] = [];
  const filters: SearchFields['filters'] = [['kind', search.kind]];
  if (search.title) meta.push(['title', search.title]);
  meta.push(['kind', search.kind]);
  if (search.issue) {
    meta.push(['issue', search.issue.label], ['date', formatChineseDate(search.issue.date)]);
    filters.push(['year', String(search.issue.year)], ['issue', search.issue.label]);
  }
  if (search.section) {
    meta.push(['section', search.section]);
    filters.push(['section', search.section]);
  }
  if (search.source) {
    meta.push(['source', search.source]);
    filters.push(['source', search.source]);
  }
  return { meta, filters };
}

/** The `issue` part of SearchMeta for any page of an issue. */
export function issueSearchMeta(issue: {
  id: string;
  year: number;
  number: number;
  date: string;
}): NonNullable<SearchMeta['issue']> {
  return { id: issue.id, label: formatIssueShort(issue), year: issue.year, date: issue.date };
}
