/**
 * How the search index is split as the archive grows. A first search loads one whole index's metadata
 * and the index chunks of its words, and both grow with every issue: at 300 issues no single Pagefind
 * index keeps a first search within 100 KB (README, Search). So the oldest issues are indexed in
 * *sealed* bundles of SEALED_BLOCK_ISSUES issues each, and the newest issues (with the pages of no
 * issue: rankings, about) in the *first* bundle, which a search loads first; the search page then merges
 * the sealed bundles (Pagefind's mergeIndex) and shows the results over the whole archive.
 *
 * Blocks are counted from the oldest issue, and a block is sealed only once NEWEST_ISSUES_FIRST newer
 * issues exist, so the first bundle holds the newest 100 to 149 issues (all of them, below 150), and a
 * new issue changes the first bundle only: a sealed bundle keeps its files and its readers' cache. A
 * query none of the newest issues match loads the sealed bundles before it can show anything. The rule
 * is used by the search integration, which writes the bundles, and by the search page, which lists the
 * sealed ones to merge, so both always agree.
 */

import { parseIssueFolder } from '../content/paths.ts';

/** At least this many of the newest issues are in the first bundle: 100 issues' single index met 90 KB. */
export const NEWEST_ISSUES_FIRST = 100;
/** Issues per sealed bundle. */
export const SEALED_BLOCK_ISSUES = 50;

/** The first bundle's folder in the site, and the sealed bundles' folder inside it. */
export const FIRST_BUNDLE_PATH = 'pagefind/';
const SEALED_FOLDER = 'sealed';

export interface SearchBundles {
  /** Each sealed bundle's folder (`pagefind/sealed/0/`), oldest block first. */
  sealed: string[];
  /** The folder of an issue's bundle, by issue id. */
  bundleOf(issueId: string): string;
}

/** The bundles for an archive of these issues (ids such as `2020-03`, which sort by date). */
export function searchBundles(issueIds: readonly string[]): SearchBundles {
  const oldestFirst = [...new Set(issueIds)].sort();
  const sealedBlocks = Math.max(0, Math.floor((oldestFirst.length - NEWEST_ISSUES_FIRST) / SEALED_BLOCK_ISSUES));
  const sealed = Array.from({ length: sealedBlocks }, (_, block) => `${FIRST_BUNDLE_PATH}${SEALED_FOLDER}/${block}/`);
  const block = new Map(oldestFirst.map((id, index) => [id, Math.floor(index / SEALED_BLOCK_ISSUES)]));
  return {
    sealed,
    bundleOf(issueId) {
      const index = block.get(issueId);
      return index !== undefined && index < sealedBlocks ? sealed[index]! : FIRST_BUNDLE_PATH;
    },
  };
}

/**
 * The issue a built page belongs to, from its path in the site (`issues/2020-03/articles/x/index.html`,
 * as lib/common/urls.ts addresses an issue's pages), its folder read by the content's own rule.
 */
export function issueOfPagePath(path: string): string | undefined {
  const folder = /^issues\/([^/]+)\//.exec(path)?.[1];
  return folder && parseIssueFolder(folder) ? folder : undefined;
}
