import { describe, expect, it } from 'vitest';
import { isMonth, monthFromIndex, monthIndex, monthOfDate, monthsBetween } from '../../../src/lib/common/month.ts';

describe('month', () => {
  it('accepts only months that exist, written YYYY-MM', () => {
    expect(['2020-01', '2020-12', '1999-07'].map(isMonth)).toEqual([true, true, true]);
    expect(['2020-13', '2020-00', '2020-7', '2020/07', '202007', ''].map(isMonth)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('numbers months so that the axis is proportional and every January is a multiple of 12', () => {
    expect(monthsBetween('2019-12', '2020-03')).toBe(3);
    expect(monthIndex('2020-01') % 12).toBe(0);
    expect(monthIndex('2020-07') - monthIndex('2019-07')).toBe(12);
  });

  it('turns an index back into the same month', () => {
    for (const month of ['2019-12', '2020-01', '2020-07', '2031-11'])
      expect(monthFromIndex(monthIndex(month))).toBe(month);
  });

  it('reads the month of a date', () => {
    expect(monthOfDate('2020-10-10')).toBe('2020-10');
  });

  it('refuses text that is not a month', () => {
    expect(() => monthIndex('2020-7')).toThrow();
  });
});
