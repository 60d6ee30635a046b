import { describe, expect, it } from 'vitest';
import {
  FIRST_BUNDLE_PATH,
  issueOfPagePath,
  NEWEST_ISSUES_FIRST,
  SEALED_BLOCK_ISSUES,
  searchBundles,
} from '../../../src/lib/search/bundles.ts';

/** `count` issue ids, four a year from 2001, oldest first. */
function issueIds(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${2001 + Math.floor(i / 4)}-${String((i % 4) + 1).padStart(2, '0')}`);
}

function firstBundleSize(ids: string[]): number {
  const bundles = searchBundles(ids);
  return ids.filter((id) => bundles.bundleOf(id) === FIRST_BUNDLE_PATH).length;
}

describe('searchBundles', () => {
  it('keeps one bundle up to 149 issues', () => {
    for (const count of [0, 1, 100, 149]) expect(searchBundles(issueIds(count)).sealed).toEqual([]);
    expect(firstBundleSize(issueIds(149))).toBe(149);
  });

  it('seals blocks of 50 of the oldest issues once 100 newer ones exist', () => {
    const ids = issueIds(300);
    const bundles = searchBundles(ids);
    expect(bundles.sealed).toEqual([
      'pagefind/sealed/0/',
      'pagefind/sealed/1/',
      'pagefind/sealed/2/',
      'pagefind/sealed/3/',
    ]);
    expect(bundles.bundleOf(ids[0]!)).toBe('pagefind/sealed/0/');
    expect(bundles.bundleOf(ids[49]!)).toBe('pagefind/sealed/0/');
    expect(bundles.bundleOf(ids[50]!)).toBe('pagefind/sealed/1/');
    expect(bundles.bundleOf(ids[199]!)).toBe('pagefind/sealed/3/');
    expect(bundles.bundleOf(ids[200]!)).toBe(FIRST_BUNDLE_PATH);
    expect(firstBundleSize(ids)).toBe(100);
  });

  it('always puts the newest 100 to 149 issues in the first bundle', () => {
    for (let count = 150; count <= 1000; count += 7) {
      const size = firstBundleSize(issueIds(count));
      expect(size).toBeGreaterThanOrEqual(NEWEST_ISSUES_FIRST);
      expect(size).toBeLessThan(NEWEST_ISSUES_FIRST + SEALED_BLOCK_ISSUES);
    }
  });

  it('leaves a sealed bundle as it was when a new issue is added', () => {
    const before = issueIds(260);
    const after = issueIds(261);
    for (const id of before) {
      const sealed = searchBundles(before).bundleOf(id);
      if (sealed !== FIRST_BUNDLE_PATH) expect(searchBundles(after).bundleOf(id)).toBe(sealed);
    }
  });

  it('orders issues by id whatever order it is given them in, and puts an unknown issue first', () => {
    const ids = issueIds(200);
    const shuffled = [...ids].reverse();
    expect(searchBundles(shuffled).bundleOf(ids[0]!)).toBe('pagefind/sealed/0/');
    expect(searchBundles(ids).bundleOf('2999-01')).toBe(FIRST_BUNDLE_PATH);
  });
});

describe('issueOfPagePath', () => {
  it('reads the issue of an issue’s pages, and none for the others', () => {
    expect(issueOfPagePath('issues/2020-03/index.html')).toBe('2020-03');
    expect(issueOfPagePath('issues/2020-03/articles/credit-repair/index.html')).toBe('2020-03');
    expect(issueOfPagePath('issues/index.html')).toBeUndefined();
    expect(issueOfPagePath('rankings/index.html')).toBeUndefined();
  });
});
