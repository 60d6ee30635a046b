import type { ArticleData, ArticleKind, EditorialNote } from './schema.ts';
import { entryId, type ArticleKey } from '../content/paths.ts';

/** An article or short item as the site shows it: front matter plus what its path says. */
export interface Article {
  /** `2020-03/credit-repair` */
  id: string;
  issueId: string;
  slug: string;
  /** Printed order within the issue (1 = first). */
  order: number;
  kind: ArticleKind;
  /** The printed title; `null` for short items, which print none. */
  printedTitle: string | null;
  /** The printed title, or for a short item a title derived from its first sentence. */
  displayTitle: string;
  section: string;
  source: string;
  marker: string | null;
  editorialNotes: EditorialNote[];
}

const DERIVED_TITLE_MAX = 32;

/** Markdown/MDX body to plain text: no markup, one space between paragraphs. */
export function plainText(body: string): string {
  return body
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\\([{}<*_[\]#])/g, '$1')
    .replace(/[*_`#>]/g, '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, '').trim())
    .filter(Boolean)
    .join(' ');
}

/**
 * A display title for a short item, which has none in print: its first sentence, shortened to
 * 32 characters with an ellipsis. The page says that the title is not printed.
 */
export function deriveBriefTitle(body: string): string {
  const text = plainText(body);
  const firstSentence = /^[^。！？!?]*[。！？!?]?/.exec(text)?.[0] ?? text;
  const sentence = firstSentence.replace(/[。！？!?]$/, '');
  const chars = [...sentence];
  return chars.length > DERIVED_TITLE_MAX ? chars.slice(0, DERIVED_TITLE_MAX - 1).join('') + '…' : sentence;
}

export function toArticle(key: ArticleKey, data: ArticleData, body: string): Article {
  const printedTitle = data.kind === 'article' ? data.title : null;
  return {
    id: entryId(key),
    issueId: key.issueId,
    slug: key.slug,
    order: key.order,
    kind: data.kind,
    printedTitle,
    displayTitle: printedTitle ?? deriveBriefTitle(body),
    section: data.section,
    source: data.source,
    marker: data.kind === 'brief' ? data.marker : null,
    editorialNotes: data.editorialNotes,
  };
}

export function byPrintedOrder<T extends { order: number }>(a: T, b: T): number {
  return a.order - b.order;
}

/** Sections in the order they first appear in print, each with its articles in printed order. */
export function groupBySection<T extends { order: number; section: string }>(
  articles: readonly T[],
): Array<{ section: string; articles: T[] }> {
  const groups = new Map<string, T[]>();
  for (const article of [...articles].sort(byPrintedOrder)) {
    const list = groups.get(article.section) ?? [];
    list.push(article);
    groups.set(article.section, list);
  }
  return [...groups].map(([section, list]) => ({ section, articles: list }));
}
