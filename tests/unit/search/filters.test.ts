import { describe, expect, it } from 'vitest';
import { filterChoices } from '../../../src/lib/search/filters.ts';
import { searchFields, issueSearchMeta } from '../../../src/lib/search/meta.ts';

const issues = [
  {
    id: '2019-04',
    year: 2019,
    number: 4,
    cumulativeNumber: 9,
    date: '2019-12-20',
    articles: [{ section: '国家政策', source: '辽宁日报' }],
  },
  {
    id: '2020-03',
    year: 2020,
    number: 3,
    cumulativeNumber: 10,
    date: '2020-10-10',
    articles: [
      { section: '工作推进', source: '市信用办' },
      { section: '国家政策', source: '市信用办' },
    ],
  },
];

describe('filterChoices', () => {
  const choices = Object.fromEntries(filterChoices(issues).map((choice) => [choice.key, choice]));

  it('offers the filters in order with Chinese labels', () => {
    expect(filterChoices(issues).map((choice) => `${choice.key}:${choice.label}`)).toEqual([
      'year:年份',
      'issue:期次',
      'section:栏目',
      'source:来源',
      'kind:类型',
    ]);
  });

  it('lists years and issues newest first, sections and sources once each', () => {
    expect(choices.year!.options).toEqual([
      { value: '2020', label: '2020年' },
      { value: '2019', label: '2019年' },
    ]);
    expect(choices.issue!.options.map((o) => o.value)).toEqual(['2020年第3期', '2019年第4期']);
    expect(choices.section!.options.map((o) => o.value)).toEqual(['工作推进', '国家政策']);
    expect(choices.source!.options.map((o) => o.value)).toEqual(['市信用办', '辽宁日报']);
    expect(choices.kind!.options.map((o) => o.value)).toEqual(['期刊', '文章', '简讯', '数据表', '排名', '关于']);
  });

  it('offers exactly the values the pages give the index', () => {
    const fields = searchFields({
      kind: '文章',
      issue: issueSearchMeta(issues[1]!),
      section: '工作推进',
      source: '市信用办',
    });
    for (const [key, value] of fields.filters) {
      expect(choices[key]!.options.map((o) => o.value)).toContain(value);
    }
  });
});
