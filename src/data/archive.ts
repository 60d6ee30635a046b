import { getCollection, type CollectionEntry } from 'astro:content';
import { toArticle, byPrintedOrder, type Article } from '../lib/articles/article.ts';
import { parseArticlePath, parseTablePath } from '../lib/content/paths.ts';
import { byNewestIssue, newestIssue } from '../lib/issues/order.ts';
import type { Observation, RankingFile } from '../lib/rankings/schema.ts';
import type { IssueData } from '../lib/issues/schema.ts';
import type { TableData } from '../lib/tables/schema.ts';

/** The archive as pages need it: issues newest first, each with its articles, tables and rankings. */
export interface ArchiveArticle extends Article {
  entry: CollectionEntry<'articles'>;
}

export interface ArchiveTable {
  id: string;
  issueId: string;
  slug: string;
  order: number;
  data: TableData;
}

export interface ArchiveIssue extends IssueData {
  id: string;
  articles: ArchiveArticle[];
  tables: ArchiveTable[];
  observations: Observation[];
  /** The headings printed over the cities' ranking tables, by city (rankings.json `headings`). */
  rankingHeadings: RankingFile['headings'];
}

function relativeToIssues(filePath: string | undefined): string {
  const normalized = (filePath ?? '').split('\\').join('/');
  const at = normalized.lastIndexOf('issues/');
  return at >= 0 ? normalized.slice(at + 'issues/'.length) : normalized;
}

let cached: Promise<ArchiveIssue[]> | undefined;

/** Loads every collection once per build and joins them by issue id (the folder name). */
export function loadIssues(): Promise<ArchiveIssue[]> {
  cached ??= (async () => {
    const [issues, articles, tables, rankings] = await Promise.all([
      getCollection('issues'),
      getCollection('articles'),
      getCollection('tables'),
      getCollection('rankings'),
    ]);
    const articleViews: ArchiveArticle[] = articles.map((entry) => {
      const key = parseArticlePath(relativeToIssues(entry.filePath));
      if (!key) throw new Error(`bad article path ${entry.filePath}`);
      return { ...toArticle(key, entry.data, entry.body ?? ''), entry };
    });
    const tableViews: ArchiveTable[] = tables.map((entry) => {
      const key = parseTablePath(relativeToIssues(entry.filePath));
      if (!key) throw new Error(`bad table path ${entry.filePath}`);
      return { id: entry.id, issueId: key.issueId, slug: key.slug, order: key.order, data: entry.data };
    });
    return issues
      .map((issue) => ({
        ...issue.data,
        id: issue.id,
        articles: articleViews.filter((a) => a.issueId === issue.id).sort(byPrintedOrder),
        tables: tableViews.filter((t) => t.issueId === issue.id).sort(byPrintedOrder),
        observations: rankings.find((r) => r.id === issue.id)?.data.observations ?? [],
        rankingHeadings: rankings.find((r) => r.id === issue.id)?.data.headings,
      }))
      .sort(byNewestIssue);
  })();
  return cached;
}

/** The latest issue, whose masthead and footer say who publishes the bulletin now; undefined for an empty archive. */
export async function latestIssue(): Promise<ArchiveIssue | undefined> {
  return newestIssue(await loadIssues()) ?? undefined;
}

export { issuesByYear } from '../lib/issues/order.ts';
