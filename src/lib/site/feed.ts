import { newestFirst } from '../issues/order.ts';
import { formatCumulativeNumber, formatIssueShort } from '../common/format.ts';
import { SERIAL_TITLE } from '../common/serial.ts';
import { paths } from '../common/urls.ts';

/**
 * The RSS feed's items: each issue, followed by its articles and short items in printed order, newest
 * issue first. Dates are the issue's printed date (midnight, China time), never the build time, so two
 * builds give the same feed.
 */

export interface FeedIssue<A> {
  id: string;
  year: number;
  number: number;
  cumulativeNumber: number;
  /** YYYY-MM-DD */
  date: string;
  keyNotes: readonly string[];
  articles: readonly A[];
}

export interface FeedArticle {
  id: string;
  order: number;
  displayTitle: string;
  section: string;
  source: string;
}

export interface FeedItem {
  title: string;
  /** Absolute permalink; also the item's guid. */
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

export interface FeedOptions<A> {
  /** Absolute URL of a root path. */
  url: (path: string) => string;
  /** A plain-text excerpt of an article, for its description. */
  summary: (article: A) => string;
  /** How many of the newest issues the feed carries. */
  issueLimit?: number;
}

/** 2020-10-10 → that day at 00:00 in China (UTC+8), where the bulletin is dated. */
export function publicationDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00+08:00`);
}

export function feedItems<I extends FeedIssue<FeedArticle>>(
  issues: readonly I[],
  options: FeedOptions<I['articles'][number]>,
): FeedItem[] {
  const newest = newestFirst(issues).slice(0, options.issueLimit ?? 12);
  return newest.flatMap((issue) => {
    const pubDate = publicationDate(issue.date);
    const label = `${formatIssueShort(issue)}（${formatCumulativeNumber(issue)}）`;
    const articles = [...issue.articles].sort((a, b) => a.order - b.order);
    const issueItem: FeedItem = {
      title: `${SERIAL_TITLE} ${label}`,
      link: options.url(paths.issue(issue.id)),
      pubDate,
      description: [
        issue.keyNotes.length
          ? `重要提示：${issue.keyNotes.map((note) => note.replace(/\s*\n\s*/g, ' ').replace(/[。；]$/, '')).join('；')}`
          : '',
        articles.length ? `本期目录：${articles.map((a) => a.displayTitle).join('；')}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
      categories: ['期刊'],
    };
    const articleItems = articles.map((article): FeedItem => ({
      title: `${article.displayTitle}（${formatIssueShort(issue)}）`,
      link: options.url(paths.article(article.id)),
      pubDate,
      description: options.summary(article),
      categories: [article.section, article.source],
    }));
    return [issueItem, ...articleItems];
  });
}
