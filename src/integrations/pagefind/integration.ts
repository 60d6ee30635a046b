import type { AstroIntegration, HookParameters } from 'astro';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useExtendedBinary } from './binary.ts';
import { compactBundleNames } from './compact-names.ts';
import { shrinkFirstLoadFiles } from './first-load.ts';
import { FIRST_BUNDLE_PATH, issueOfPagePath, searchBundles } from '../../lib/search/bundles.ts';
import {
  EXCLUDED_FROM_INDEX,
  globOfPaths,
  indexChunkSize,
  INDEX_CHUNK_SIZE_ENV,
  INDEXED_PAGE_MARK,
  isIndexedPage,
  isPublishedBundleFile,
  isSealedBundleFile,
  SEARCH_LANGUAGE,
  SEGMENTATION_PROBE,
} from './bundle.ts';

type IndexOptions = Pick<HookParameters<'astro:build:done'>, 'dir' | 'logger'>;

interface PagefindResponse {
  errors: string[];
}

/** Runs Pagefind over the built site once Astro has written it, so `npm run build` makes site and index together. */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'archive:pagefind',
    hooks: {
      'astro:build:done': ({ dir, logger }) => buildSearchIndex({ dir, logger }),
    },
  };
}

/**
 * Indexes every page that carries `data-pagefind-body` and writes the bundles: the first one to
 * `<dir>/pagefind/`, and, once the archive is large enough, the sealed bundles of its oldest issues to
 * `<dir>/pagefind/sealed/<n>/` (lib/search/bundles.ts). Any Pagefind error fails the build; the service
 * is always shut down.
 */
export async function buildSearchIndex({ dir, logger: parentLogger }: IndexOptions): Promise<void> {
  const logger = parentLogger.fork('pagefind');
  const started = performance.now();
  // Only the pages Pagefind indexes (isIndexedPage), through its own walk of the site (see globOfPaths).
  const root = fileURLToPath(dir);
  const pages = (await readdir(root, { recursive: true }))
    .filter((path) => path.endsWith('.html'))
    .map((path) => path.split(sep).join('/'))
    .sort();
  const indexed: string[] = [];
  for (const path of pages) if (isIndexedPage(await readFile(join(root, path), 'utf8'))) indexed.push(path);
  // Every issue has pages (its issue page at least), so the issues are those the pages belong to, as the
  // search page counts them from the archive itself.
  const bundles = searchBundles(pages.map(issueOfPagePath).filter((id) => id !== undefined));
  const pagesByBundle = new Map<string, string[]>([
    [FIRST_BUNDLE_PATH, []],
    ...bundles.sealed.map((bundle): [string, string[]] => [bundle, []]),
  ]);
  for (const path of indexed) {
    const issue = issueOfPagePath(path);
    pagesByBundle.get(issue ? bundles.bundleOf(issue) : FIRST_BUNDLE_PATH)!.push(path);
  }

  // Both are read when the Pagefind service starts: the binary override, and the chunk size for this many
  // pages (unless the environment sets one; set for this run only). Pagefind is imported only then.
  const binary = useExtendedBinary();
  const chunkSizeGiven = process.env[INDEX_CHUNK_SIZE_ENV];
  const largestBundle = Math.max(...[...pagesByBundle.values()].map((paths) => paths.length));
  const chunkSize = chunkSizeGiven ?? String(indexChunkSize(largestBundle));
  process.env[INDEX_CHUNK_SIZE_ENV] = chunkSize;
  const pagefind = await import('pagefind');
  try {
    await assertChineseSegmentation(pagefind, logger);
    let read = 0;
    let written = 0;
    for (const [bundle, paths] of pagesByBundle) {
      const sealed = bundle !== FIRST_BUNDLE_PATH;
      const { index } = check(
        await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE, excludeSelectors: [...EXCLUDED_FROM_INDEX] }),
        logger,
      );
      if (!index) throw new Error('Pagefind did not return an index');
      const { page_count } = check(await index.addDirectory({ path: root, glob: globOfPaths(paths) }), logger);
      if (page_count === 0) throw new Error(`Pagefind found no HTML page to index for ${bundle}`);
      read += page_count;

      const { files } = check(await index.getFiles(), logger);
      // Short names for chunks and fragments (the metadata every first search loads names them all), then
      // the files every first search loads made smaller. A sealed bundle is merged into the first one's
      // Pagefind, which has its script and WebAssembly: it publishes only its index.
      const published = compactBundleNames(
        files.filter((f) => (sealed ? isSealedBundleFile(f.path) : isPublishedBundleFile(f.path))),
      );
      const outputDir = join(root, bundle);
      for (const file of await shrinkFirstLoadFiles(published)) {
        const target = join(outputDir, file.path);
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, file.content);
        written += 1;
      }
      await index.deleteIndex();
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const split = bundles.sealed.length ? `, in ${pagesByBundle.size} bundles (${bundles.sealed.length} sealed)` : '';
    logger.info(
      `Read ${read} of ${pages.length} HTML files (the others have no ${INDEXED_PAGE_MARK}), wrote ${written} index files${split} (chunks of ${chunkSize} postings) in ${seconds}s (${binary}).`,
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`搜索索引生成失败 / Pagefind indexing failed: ${reason}`, { cause: error });
  } finally {
    await pagefind.close();
    if (chunkSizeGiven === undefined) delete process.env[INDEX_CHUNK_SIZE_ENV];
  }
}

function check<T extends PagefindResponse>(response: T, logger: IndexOptions['logger']): T {
  if (response.errors.length > 0) {
    for (const error of response.errors) logger.error(`Pagefind: ${error}`);
    throw new Error(response.errors.join('; '));
  }
  return response;
}

/**
 * Proves the running binary segments Chinese: the probe sentence must come out as several words, not as
 * one run of characters, or the build stops (a standard, non-extended Pagefind would index it whole).
 */
async function assertChineseSegmentation(
  pagefind: typeof import('pagefind'),
  logger: IndexOptions['logger'],
): Promise<void> {
  const { index } = check(await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE }), logger);
  if (!index) throw new Error('Pagefind did not return an index');
  try {
    const { file } = check(
      await index.addCustomRecord({ url: '/probe/', content: SEGMENTATION_PROBE.text, language: SEARCH_LANGUAGE }),
      logger,
    );
    if (file.uniqueWords < SEGMENTATION_PROBE.minimumWords) {
      throw new Error(
        `Pagefind 没有对中文分词（得到 ${file.uniqueWords} 个词），请确认运行的是扩展版 pagefind_extended / Chinese was not segmented`,
      );
    }
  } finally {
    await index.deleteIndex();
  }
}
