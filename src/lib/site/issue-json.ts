import type { Article } from '../articles/article.ts';
import { newestFirst } from '../issues/order.ts';
import type { Citation } from './citation.ts';
import { citationText } from './citation.ts';
import { formatCumulativeNumber, formatIssueNumber, formatIssueShort } from '../common/format.ts';
import type { Footer } from '../issues/schema.ts';
import type { Observation } from '../rankings/schema.ts';
import { paths } from '../common/urls.ts';

/**
 * The archive as JSON, for anyone who builds on it: `/issues/index.json` lists every issue and
 * `/issues/YYYY-NN/index.json` describes one — its masthead, key notes and footer as printed, its
 * articles with their permalinks, its tables, and its ranking figures with a link to the full series.
 * Every URL is absolute. `format` names the shape, so it can change without surprising readers.
 */

export const ISSUE_FORMAT = 'yingkou-credit-bulletin/issue@1';
export const ISSUE_LIST_FORMAT = 'yingkou-credit-bulletin/issues@1';

export interface JsonIssue<A, T> {
  id: string;
  year: number;
  number: number;
  cumulativeNumber: number;
  date: string;
  publisher: string;
  keyNotes: readonly string[];
  footer: Footer;
  articles: readonly A[];
  tables: readonly T[];
  observations: readonly Observation[];
}

/** What the JSON needs of an article (src/lib/articles/article.ts defines it once). */
export type JsonArticle = Pick<
  Article,
  'id' | 'slug' | 'order' | 'kind' | 'printedTitle' | 'displayTitle' | 'section' | 'source'
>;

export interface JsonTable {
  id: string;
  slug: string;
  order: number;
  data: { title: string };
}

function labels(issue: { year: number; number: number; cumulativeNumber: number }) {
  return {
    label: formatIssueShort(issue),
    printedNumber: `${formatIssueNumber(issue)} ${formatCumulativeNumber(issue)}`,
  };
}

/** One issue as JSON. `cite` gives the issue's and each article's citation (access date left open). */
export function issueJson<I extends JsonIssue<JsonArticle, JsonTable>>(
  issue: I,
  /** Absolute URL of a root path. */
  url: (path: string) => string,
  cite: { issue: Citation; article: (article: I['articles'][number]) => Citation },
) {
  return {
    format: ISSUE_FORMAT,
    id: issue.id,
    url: url(paths.issue(issue.id)),
    ...labels(issue),
    year: issue.year,
    number: issue.number,
    cumulativeNumber: issue.cumulativeNumber,
    date: issue.date,
    publisher: issue.publisher,
    citation: citationText(cite.issue),
    keyNotes: [...issue.keyNotes],
    articles: [...issue.articles]
      .sort((a, b) => a.order - b.order)
      .map((article) => ({
        id: article.id,
        order: article.order,
        kind: article.kind,
        /** null for a short item, which prints no title. */
        title: article.printedTitle,
        displayTitle: article.displayTitle,
        section: article.section,
        source: article.source,
        url: url(paths.article(article.id)),
        citation: citationText(cite.article(article)),
      })),
    tables: [...issue.tables]
      .sort((a, b) => a.order - b.order)
      .map((table) => ({
        id: table.id,
        order: table.order,
        title: table.data.title,
        url: url(paths.table(table.id)),
        csv: url(paths.tableDownload(table.id, 'csv')),
        json: url(paths.tableDownload(table.id, 'json')),
      })),
    rankings: {
      url: url(paths.rankings()),
      series: { csv: url(paths.rankingSeries('csv')), json: url(paths.rankingSeries('json')) },
      observations: issue.observations.map((o) => ({ ...o })),
    },
    footer: issue.footer,
  };
}

/** Every issue, newest first, with links to its page and its JSON. */
export function issueListJson(issues: ReadonlyArray<JsonIssue<JsonArticle, JsonTable>>, url: (path: string) => string) {
  return {
    format: ISSUE_LIST_FORMAT,
    issues: newestFirst(issues).map((issue) => ({
      id: issue.id,
      ...labels(issue),
      year: issue.year,
      number: issue.number,
      cumulativeNumber: issue.cumulativeNumber,
      date: issue.date,
      articleCount: issue.articles.length,
      tableCount: issue.tables.length,
      url: url(paths.issue(issue.id)),
      json: url(paths.issueJson(issue.id)),
    })),
  };
}
