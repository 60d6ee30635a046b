import { describe, expect, it } from 'vitest';
import {
  ACCESS_DATE_PLACEHOLDER,
  citationText,
  citeArticle,
  citeIssue,
  isoDate,
} from '../../../src/lib/site/citation.ts';

const issue = { year: 2020, number: 3, date: '2020-10-10', publisher: '营口市社会信用体系建设领导小组办公室' };

describe('citeArticle', () => {
  it('cites an article as a contribution to an online serial, GB/T 7714-2015 §4.5', () => {
    const citation = citeArticle(
      {
        printedTitle: '营口市信用办将公益性信用修复纳入常态',
        displayTitle: '营口市信用办将公益性信用修复纳入常态',
        source: '市信用办',
      },
      issue,
      { url: 'https://example.org/issues/2020-03/articles/credit-repair-training/', accessed: '2025-06-01' },
    );
    expect(citationText(citation)).toBe(
      '市信用办. 营口市信用办将公益性信用修复纳入常态[J/OL]. 营口信用体系建设工作简报, 2020(3)[2025-06-01]. https://example.org/issues/2020-03/articles/credit-repair-training/.',
    );
  });

  it('marks a short item’s derived title as supplied, in square brackets', () => {
    const citation = citeArticle(
      { printedTitle: null, displayTitle: '9月24日，营口市审批局再次召开…', source: '市审批局' },
      issue,
      { url: 'https://e.org/x/' },
    );
    expect(citation.before).toBe('市审批局. [9月24日，营口市审批局再次召开…][J/OL]. 营口信用体系建设工作简报, 2020(3)');
  });

  it('leaves the access date as a placeholder when it is not known (the build cannot know it)', () => {
    const citation = citeArticle({ printedTitle: '题', displayTitle: '题', source: '源' }, issue, {
      url: 'https://e.org/x/',
    });
    expect(citation.accessed).toBe(ACCESS_DATE_PLACEHOLDER);
    expect(citationText(citation)).toContain(`2020(3)[${ACCESS_DATE_PLACEHOLDER}]. https://e.org/x/.`);
  });
});

describe('citeIssue', () => {
  it('cites an issue as an online serial, GB/T 7714-2015 §4.4', () => {
    expect(citationText(citeIssue(issue, { url: 'https://example.org/issues/2020-03/', accessed: '2025-06-01' }))).toBe(
      '营口市社会信用体系建设领导小组办公室. 营口信用体系建设工作简报[J/OL]. 2020(3). 营口: 营口市社会信用体系建设领导小组办公室, 2020[2025-06-01]. https://example.org/issues/2020-03/.',
    );
  });
});

describe('isoDate', () => {
  it('formats a local date with two-digit month and day', () => {
    expect(isoDate(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
    expect(isoDate(new Date(2025, 11, 31, 0, 0))).toBe('2025-12-31');
  });
});
