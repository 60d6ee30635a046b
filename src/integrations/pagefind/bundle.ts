/**
 * What of Pagefind's output the site publishes. The archive has its own search page on Pagefind's JS
 * API, so Pagefind's prebuilt UIs (pagefind-ui, the modular and component UIs) are never loaded and are
 * left out of dist/; the highlight and worker scripts are not used either.
 */
const UNUSED_BUNDLE_FILE = /^pagefind-(ui|modular-ui|component-ui|highlight|worker)\.(js|css)$/;

export function isPublishedBundleFile(path: string): boolean {
  return !UNUSED_BUNDLE_FILE.test(path);
}

/**
 * What a sealed bundle (lib/search/bundles.ts) publishes: only its index (entry file, metadata, chunks,
 * fragments and filters). It is merged into the first bundle's Pagefind, whose script and WebAssembly
 * search it.
 */
const SEALED_BUNDLE_FILE = /^(pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|(index|fragment|filter)\/.+)$/;

export function isSealedBundleFile(path: string): boolean {
  return SEALED_BUNDLE_FILE.test(path);
}

/**
 * Pagefind indexes only the pages that carry `data-pagefind-body` (Base.astro sets it on pages with a
 * `search` description) once any page does. The others (unit and table-series pages, lists, the home
 * page) are left out of the index anyway, so they are not handed to Pagefind at all: at 100 issues they
 * were half the site's HTML (23 of 46 MB) that Pagefind read and parsed only to skip.
 */
export const INDEXED_PAGE_MARK = 'data-pagefind-body';

export function isIndexedPage(html: string): boolean {
  return html.includes(INDEXED_PAGE_MARK);
}

/**
 * A Pagefind glob matching exactly these paths (relative to the site, `/`-separated): Pagefind still
 * walks the site itself, so the pages keep the order they are indexed in and the index stays the same.
 * Undefined (read every page) if a path holds a backslash, which Pagefind's glob syntax cannot match.
 */
export function globOfPaths(paths: readonly string[]): string | undefined {
  if (paths.some((path) => path.includes('\\'))) return undefined;
  return `{${paths.map((path) => path.replace(/[*?[\]{}()<>,:]/g, '\\$&')).join(',')}}`;
}

/**
 * Every page is Simplified Chinese (`<html lang="zh-CN">`): one index for the whole site, under the
 * primary language code (the browser's zh-CN finds it, and its page ids are shorter than `zh-cn_…`).
 */
export const SEARCH_LANGUAGE = 'zh';

/**
 * How many word postings Pagefind puts in one index chunk (its default is 20000). The first search
 * fetches whole chunks, so smaller chunks mean fewer bytes for the words a query does not need, while each
 * chunk adds an entry (its first and last word and its name, about 8 bytes after compression) to the index
 * metadata every search loads. The metadata's chunk list shrinks as 1/size and the chunks a query loads grow
 * as size, so the best size grows as the square root of the index. Measured with `npm run bench:search`
 * (see the README's levers): 1500 at 1,405 indexed pages (100 synthetic issues; it keeps the six-word phrase
 * within 90 KB), 2500 at 4,205 (300 issues: −1.6 to −4.2 KB on six of the eight queries, +2.6 on
 * 市场监督管理局, whose three chunks fall worse). Pagefind reads it from an environment variable it calls
 * unstable; the bench script shows it if a later version stops honouring it.
 */
export const INDEX_CHUNK_SIZE_ENV = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';
/** The chunk size measured best at INDEX_CHUNK_BASE_PAGES indexed pages, and the least ever used. */
export const INDEX_CHUNK_SIZE = 1500;
export const INDEX_CHUNK_BASE_PAGES = 1405;
/**
 * Sizes move in steps of 500, so that a few more pages (a new issue) seldom change the size, which would
 * cut every chunk anew and move every index file to a new address.
 */
const INDEX_CHUNK_STEP = 500;

/** The chunk size for an index of `indexedPages` pages: 1500 up to about 1,900 pages, 2500 at 3,200–4,700. */
export function indexChunkSize(indexedPages: number): number {
  const ideal = INDEX_CHUNK_SIZE * Math.sqrt(Math.max(indexedPages, 0) / INDEX_CHUNK_BASE_PAGES);
  return Math.max(INDEX_CHUNK_SIZE, Math.round(ideal / INDEX_CHUNK_STEP) * INDEX_CHUNK_STEP);
}

/**
 * A sentence from the bulletin that only a segmenting indexer splits into many words. The extended
 * Pagefind binary gives well over the minimum; a non-segmenting one sees two runs of characters.
 */
export const SEGMENTATION_PROBE = {
  text: '举办信用修复培训班，市场监督管理局许桂清出席。',
  minimumWords: 6,
} as const;

/**
 * Parts of indexed pages that stay out of the index, because they are the site's apparatus rather than
 * what was printed, or repeat on every page of a kind. A table page is found by its title, column labels
 * (信用承诺书, 行政处罚), unit names and editorial notes; its figures, computed totals, legend, audit
 * findings and download links would only swell the index every first search downloads (and 512 or 1005
 * should find the article that quotes them); note marks (注3, 回到表中) are links, not text. The citation
 * block repeats the page's own title and address.
 */
export const EXCLUDED_FROM_INDEX = [
  '.data-table td',
  '.data-table tfoot',
  '.table-legend',
  '.table-findings',
  '.table-downloads',
  '.note-ref',
  '.back-ref',
  'main .meta',
  '.cite',
] as const;
