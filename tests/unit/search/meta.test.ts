import { describe, expect, it } from 'vitest';
import { issueSearchMeta, searchFields, SEARCH_KINDS } from '../../../src/lib/search/meta.ts';

const issue = issueSearchMeta({ id: '2020-03', year: 2020, number: 3, date: '2020-10-10' });

describe('issueSearchMeta', () => {
  it('labels an issue the way results show it', () => {
    expect(issue).toEqual({ id: '2020-03', label: '2020年第3期', year: 2020, date: '2020-10-10' });
  });
});

describe('searchFields', () => {
  it('gives an article its meta and every filter', () => {
    const fields = searchFields({ kind: '文章', issue, section: '工作推进', source: '市信用办' });
    expect(fields.meta).toEqual([
      ['kind', '文章'],
      ['issue', '2020年第3期'],
      ['date', '2020年10月10日'],
      ['section', '工作推进'],
      ['source', '市信用办'],
    ]);
    expect(fields.filters).toEqual([
      ['kind', '文章'],
      ['year', '2020'],
      ['issue', '2020年第3期'],
      ['section', '工作推进'],
      ['source', '市信用办'],
    ]);
  });

  it('gives an explicit title when the page has one', () => {
    expect(searchFields({ kind: '期刊', title: '2020年第3期（总第10期）', issue }).meta[0]).toEqual([
      'title',
      '2020年第3期（总第10期）',
    ]);
  });

  it('leaves out what a page does not have (the rankings page has no issue, section or source)', () => {
    expect(searchFields({ kind: '排名' })).toEqual({ meta: [['kind', '排名']], filters: [['kind', '排名']] });
  });

  it('handles every kind of page', () => {
    for (const kind of SEARCH_KINDS) expect(searchFields({ kind, issue }).filters).toContainEqual(['kind', kind]);
  });
});
