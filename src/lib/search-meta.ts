/**
 * What the search index should know about a page: its kind and, where it has them, its issue, section
 * and source. Pages pass this to the layout; pages without it are left out of the index.
 */
export const SEARCH_KINDS = ['期刊', '文章', '简讯', '数据表', '排名'] as const;
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
}
