import { describe, expect, it } from 'vitest';
import {
  formatChineseDate,
  formatChineseMonth,
  formatCount,
  formatCumulativeNumber,
  formatIssueNumber,
  formatIssueShort,
} from '../../../src/lib/common/format.ts';
import { withBase, paths } from '../../../src/lib/common/urls.ts';

describe('formats as the bulletin prints them', () => {
  it('dates, months and issue labels', () => {
    expect(formatChineseDate('2020-10-10')).toBe('2020年10月10日');
    expect(formatChineseMonth('2020-07')).toBe('2020年7月');
    const issue = { year: 2020, number: 3, cumulativeNumber: 10 };
    expect(formatIssueNumber(issue)).toBe('〔2020〕第3期');
    expect(formatCumulativeNumber(issue)).toBe('总第10期');
    expect(formatIssueShort(issue)).toBe('2020年第3期');
  });
  it('groups large counts with commas', () => {
    expect(formatCount(725339424)).toBe('725,339,424');
    expect(formatCount(0)).toBe('0');
  });
});

describe('internal links', () => {
  it('work at the root and under a sub-path', () => {
    expect(withBase('/', paths.article('2020-03/credit-repair-training'))).toBe(
      '/issues/2020-03/articles/credit-repair-training/',
    );
    expect(withBase('/archive/', paths.issue('2020-03'))).toBe('/archive/issues/2020-03/');
    expect(withBase('/archive', paths.home())).toBe('/archive/');
  });
});
