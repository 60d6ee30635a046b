import { describe, expect, it } from 'vitest';
import { formatCumulativeRuns, issueOutline, missingCumulativeNumbers } from '../../../src/lib/site/archive-summary.ts';

const held = (...numbers: number[]) => numbers.map((cumulativeNumber) => ({ cumulativeNumber }));

describe('missingCumulativeNumbers', () => {
  it('lists every number from 1 to the highest held that is not held', () => {
    expect(missingCumulativeNumbers(held(10))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(missingCumulativeNumbers(held(13, 10, 11, 1))).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 12]);
    expect(missingCumulativeNumbers(held(1, 2, 3))).toEqual([]);
    expect(missingCumulativeNumbers([])).toEqual([]);
  });
});

describe('formatCumulativeRuns', () => {
  it('writes runs as 总第a期至第b期 and single numbers as 总第n期', () => {
    expect(formatCumulativeRuns([1, 2, 3, 4, 5, 6, 7, 8, 9, 12])).toBe('总第1期至第9期、总第12期');
    expect(formatCumulativeRuns([5])).toBe('总第5期');
    expect(formatCumulativeRuns([])).toBe('');
  });

  it('an archive that starts at 总第10期 misses 总第1期至第9期', () => {
    expect(formatCumulativeRuns(missingCumulativeNumbers(held(10)))).toBe('总第1期至第9期');
  });
});

describe('issueOutline', () => {
  const article = (order: number, section: string) => ({ order, section });
  const full = {
    keyNotes: ['一条提示'],
    observations: [{}],
    articles: [article(2, '辽宁动态'), article(1, '国家政策'), article(3, '国家政策'), article(4, '工作推进')],
    tables: [{}, {}],
  };

  it('names the parts in printed order, sections in the order first printed', () => {
    expect(issueOutline(full)).toEqual([
      '开头是“重要提示”',
      '接着是全国城市信用排名',
      '【国家政策】【辽宁动态】【工作推进】栏目刊登文章和简讯',
      '附 2 张统计表',
      '末页是报送范围和编印信息',
    ]);
  });

  it('leaves out what the issue does not have; every issue has its footer', () => {
    expect(issueOutline({ keyNotes: [], observations: [], articles: [article(1, '国家政策')], tables: [] })).toEqual([
      '【国家政策】栏目刊登文章和简讯',
      '末页是报送范围和编印信息',
    ]);
  });
});
