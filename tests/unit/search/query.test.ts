import { describe, expect, it } from 'vitest';
import {
  EMPTY_SEARCH,
  isActiveSearch,
  issuesByDate,
  pagefindFilters,
  parseSearchParams,
  toSearchParams,
} from '../../../src/lib/search/query.ts';

describe('parseSearchParams', () => {
  it('reads the query, filters and sort from the URL', () => {
    expect(parseSearchParams('?q=%E4%BF%A1%E7%94%A8%E4%BF%AE%E5%A4%8D&year=2020&kind=文章&sort=date')).toEqual({
      query: '信用修复',
      filters: { year: '2020', kind: '文章' },
      sort: 'date',
    });
  });

  it('ignores unknown parameters and blank values, and defaults to relevance', () => {
    expect(parseSearchParams('q=+&section=&utm_source=x&sort=title')).toEqual(EMPTY_SEARCH);
  });
});

describe('toSearchParams', () => {
  it('writes keys in a fixed order and drops what is empty', () => {
    expect(
      toSearchParams({ query: ' 海蜇 ', filters: { kind: '简讯', year: '2020', source: '' }, sort: 'relevance' }),
    ).toBe('q=%E6%B5%B7%E8%9C%87&year=2020&kind=%E7%AE%80%E8%AE%AF');
    expect(toSearchParams(EMPTY_SEARCH)).toBe('');
  });

  it('round-trips through parseSearchParams', () => {
    const state = {
      query: '市场监督管理局',
      filters: { issue: '2020年第3期', section: '工作推进' },
      sort: 'date' as const,
    };
    expect(parseSearchParams(toSearchParams(state))).toEqual(state);
  });
});

describe('isActiveSearch', () => {
  it('is true for words or a filter, false for nothing', () => {
    expect(isActiveSearch(EMPTY_SEARCH)).toBe(false);
    expect(isActiveSearch({ ...EMPTY_SEARCH, query: '512' })).toBe(true);
    expect(isActiveSearch({ ...EMPTY_SEARCH, filters: { kind: '数据表' } })).toBe(true);
  });
});

describe('pagefindFilters', () => {
  it('passes the chosen filters, nothing else', () => {
    expect(pagefindFilters({ query: 'x', filters: { year: '2020', kind: '简讯' }, sort: 'date' })).toEqual({
      year: '2020',
      kind: '简讯',
    });
    expect(pagefindFilters(EMPTY_SEARCH)).toEqual({});
  });
});

describe('issuesByDate', () => {
  const newestFirst = ['2021年第1期', '2020年第4期', '2020年第3期', '2019年第4期'];

  it('walks the issues that have results, newest first', () => {
    expect(issuesByDate(newestFirst, { '2019年第4期': 2, '2020年第3期': 5, '2020年第4期': 0 })).toEqual([
      '2020年第3期',
      '2019年第4期',
    ]);
  });

  it('keeps to the issue the reader chose', () => {
    expect(issuesByDate(newestFirst, { '2019年第4期': 2, '2020年第3期': 5 }, '2019年第4期')).toEqual(['2019年第4期']);
  });
});
