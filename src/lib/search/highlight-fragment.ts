/**
 * Opening a result highlights the words that matched, with no script on the page opened: the link
 * carries a text fragment (`#:~:text=修复`), which the browser itself finds, scrolls to and highlights
 * (Chromium, Safari 16.1+, Firefox 131+; older browsers just open the page).
 */

const MAX_TERMS = 3;

/** The distinct texts Pagefind marked in an excerpt (`…信用<mark>修复</mark>…` → ['修复']), in order. */
export function markedTerms(excerptHtml: string): string[] {
  const terms: string[] = [];
  for (const match of excerptHtml.matchAll(/<mark>(.*?)<\/mark>/gs)) {
    const term = decodeEntities(match[1] ?? '').replace(/[\s\u200b]+/g, '');
    if (term && !terms.includes(term)) terms.push(term);
  }
  return terms;
}

function decodeEntities(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Encodes one text directive; `-`, `&` and `,` have meanings in a text fragment, so they are escaped too. */
function encodeTextDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');
}

/**
 * The texts to highlight for a result: the whole query when the page contains it as typed, otherwise the
 * marked words of its excerpt, longest first (single characters only when nothing longer matched).
 */
export function highlightTerms(query: string, pageText: string, excerptHtml: string): string[] {
  const wholeQuery = query.trim();
  // Pagefind's page text has breaks between Chinese words that the page itself does not.
  if (wholeQuery && !/\s/.test(wholeQuery) && pageText.replace(/\u200b/g, '').includes(wholeQuery)) return [wholeQuery];
  const marked = markedTerms(excerptHtml);
  const words = marked.filter((term) => [...term].length > 1);
  return (words.length ? words : marked).sort((a, b) => [...b].length - [...a].length).slice(0, MAX_TERMS);
}

/** A page URL with a text fragment that highlights the terms; the URL unchanged when there are none. */
export function withTextFragment(url: string, terms: readonly string[]): string {
  if (!terms.length) return url;
  const [path] = url.split('#');
  return `${path}#:~:${terms.map((term) => `text=${encodeTextDirective(term)}`).join('&')}`;
}
