import { describe, expect, it } from 'vitest';
import {
  comparableText,
  longestRun,
  queryWords,
  rankByAdjacency,
  rankLiteralMatchesFirst,
} from '../../../src/lib/search/rank.ts';

describe('queryWords', () => {
  it('splits a Chinese query into words as the browser does', () => {
    expect(queryWords('信用信息')).toEqual(['信用', '信息']);
    expect(queryWords('修复')).toEqual(['修复']);
    expect(queryWords('“信用”， 512')).toEqual(['信用', '512']);
  });
});

describe('longestRun', () => {
  it('counts the longest stretch of consecutive positions', () => {
    expect(longestRun([4, 9, 10, 11, 20])).toBe(3);
    expect(longestRun([11, 10, 10, 3])).toBe(2);
    expect(longestRun([7])).toBe(1);
    expect(longestRun([])).toBe(0);
  });
});

describe('rankByAdjacency', () => {
  const far = { id: 'far', words: [3, 40] };
  const near = { id: 'near', words: [12, 13] };
  const alsoFar = { id: 'also-far', words: [1, 5, 9] };

  it('puts pages where the query words stand together first, keeping relevance order otherwise', () => {
    expect(rankByAdjacency([far, alsoFar, near], 2).map((r) => r.id)).toEqual(['near', 'far', 'also-far']);
  });

  it('counts a longer run than the query as a full match', () => {
    // Pagefind put `near` first; a run of four words is no closer than a run of two for a two-word query,
    // so the tie keeps Pagefind's order (without the clamp, `longer` would jump ahead).
    const longer = { id: 'longer', words: [1, 2, 3, 4] };
    expect(rankByAdjacency([near, longer], 2).map((r) => r.id)).toEqual(['near', 'longer']);
  });

  it('leaves one-word queries in Pagefind order', () => {
    expect(rankByAdjacency([far, near], 1)).toEqual([far, near]);
  });
});

describe('rankLiteralMatchesFirst', () => {
  const page = (id: string, content: string, title = '') => ({ id, content, meta: { title } });

  it('puts pages that contain the query as typed first, ignoring the breaks Pagefind puts between words', () => {
    const results = [
      page('a', '信用\u200b修复 与 信息'),
      page('b', '公共\u200b信用\u200b信息\u200b平台'),
      page('c', '标题里有', '信用信息共享'),
    ];
    expect(rankLiteralMatchesFirst(results, '信用信息').map((r) => r.id)).toEqual(['b', 'c', 'a']);
  });

  it('does not match across the title and the text', () => {
    expect(
      rankLiteralMatchesFirst([page('x', '信息', '信用'), page('y', '信用信息')], '信用信息').map((r) => r.id),
    ).toEqual(['y', 'x']);
  });

  it('changes nothing for an empty query', () => {
    const results = [page('a', 'x'), page('b', 'y')];
    expect(rankLiteralMatchesFirst(results, ' ')).toEqual(results);
  });
});

describe('comparableText', () => {
  it('drops spaces and zero-width breaks and lowercases', () => {
    expect(comparableText('信用\u200b 修复 ABC')).toBe('信用修复abc');
  });
});
