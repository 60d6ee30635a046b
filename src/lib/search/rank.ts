/**
 * A remedy for a known weakness of Pagefind with Chinese (Pagefind issues #987, #1237): it indexes words
 * cut by one segmenter (jieba, when indexing) and splits the query with another (the browser's
 * Intl.Segmenter), then matches each query word anywhere on a page. A query like 信用信息 becomes 信用 +
 * 信息, and a page that has both words far apart can outrank the page that says 信用信息. Readers who type
 * a phrase expect the page with that phrase first. So the search page reorders Pagefind's results:
 *
 * 1. before loading any result, by how many of the query's words sit next to each other on the page
 *    (Pagefind reports the word positions it matched, so this costs no download);
 * 2. among the results it loads to show, pages whose text contains the query as typed come first.
 *
 * Both reorderings are stable: otherwise Pagefind's relevance order stands. Sorting by date skips them.
 */

/** The word-like pieces of a query, split the way Pagefind splits a Chinese query in the browser. */
export function queryWords(query: string, locale = 'zh-CN'): string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  return [...segmenter.segment(query)].filter((piece) => piece.isWordLike).map((piece) => piece.segment);
}

/** The longest run of consecutive word positions: 3 for [4, 9, 10, 11, 20]. */
export function longestRun(positions: readonly number[]): number {
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  let best = sorted.length ? 1 : 0;
  let current = best;
  for (let i = 1; i < sorted.length; i++) {
    current = sorted[i] === sorted[i - 1]! + 1 ? current + 1 : 1;
    best = Math.max(best, current);
  }
  return best;
}

/**
 * Pagefind's results reordered so that pages where all the query's words stand together come first,
 * then pages where more of them do; ties keep Pagefind's order.
 */
export function rankByAdjacency<T extends { words: readonly number[] }>(results: readonly T[], wordCount: number): T[] {
  if (wordCount < 2) return [...results];
  const closeness = (result: T) => Math.min(longestRun(result.words), wordCount);
  return results
    .map((result, index) => ({ result, index, closeness: closeness(result) }))
    .sort((a, b) => b.closeness - a.closeness || a.index - b.index)
    .map(({ result }) => result);
}

/**
 * Text compared as a reader sees it: no spaces or zero-width breaks (Pagefind inserts them between words),
 * lower case.
 */
export function comparableText(text: string): string {
  return text.replace(/[\s\u200b]+/g, '').toLocaleLowerCase('zh-CN');
}

/** Loaded results with the query as typed in their title or text first; ties keep their order. */
export function rankLiteralMatchesFirst<T extends { content: string; meta: { title?: string } }>(
  results: readonly T[],
  query: string,
): T[] {
  const needle = comparableText(query);
  if (!needle) return [...results];
  const literal = (result: T) =>
    comparableText(result.meta.title ?? '').includes(needle) || comparableText(result.content).includes(needle);
  return [...results.filter(literal), ...results.filter((result) => !literal(result))];
}
