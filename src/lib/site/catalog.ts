import { newestFirst } from '../issues/order.ts';

/**
 * The archive's catalogue: every article and short item across issues, grouped by section (栏目) or by
 * source (来源, the unit named in brackets after it), newest first. Section and source pages render this.
 */

export interface CatalogIssue<A> {
  id: string;
  /** YYYY-MM-DD */
  date: string;
  cumulativeNumber: number;
  articles: readonly A[];
}

export interface CatalogArticle {
  order: number;
  section: string;
  source: string;
}

export interface CatalogEntry<I, A> {
  issue: I;
  article: A;
}

export interface CatalogGroup<I, A> {
  /** The section or source as printed: 国家政策, 市信用办. */
  name: string;
  /** Newest issue first; within an issue, in printed order. */
  entries: Array<CatalogEntry<I, A>>;
}

export type CatalogKey = 'section' | 'source';

const chinese = new Intl.Collator('zh-CN');

/**
 * Groups every article of every issue by its section or source. Sections keep the order in which the
 * newest issue prints them (older sections follow in the order they last appeared), because that is the
 * bulletin's own order; sources go by number of items, most first, then by name (pinyin order).
 */
export function groupArticles<I extends CatalogIssue<CatalogArticle>>(
  issues: readonly I[],
  key: CatalogKey,
): Array<CatalogGroup<I, I['articles'][number]>> {
  type A = I['articles'][number];
  const groups = new Map<string, Array<CatalogEntry<I, A>>>();
  for (const issue of newestFirst(issues)) {
    for (const article of [...issue.articles].sort((a, b) => a.order - b.order)) {
      const name = article[key];
      const entries = groups.get(name) ?? [];
      entries.push({ issue, article });
      groups.set(name, entries);
    }
  }
  const list = [...groups].map(([name, entries]) => ({ name, entries }));
  if (key === 'source') list.sort((a, b) => b.entries.length - a.entries.length || chinese.compare(a.name, b.name));
  return list;
}
