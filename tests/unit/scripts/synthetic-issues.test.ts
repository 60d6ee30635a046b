import { describe, expect, it } from 'vitest';
import { syntheticArchive, syntheticCalendar } from '../../../scripts/lib/synthetic-issues.ts';
import { ISSUE_YEARS } from '../../../src/lib/issues/schema.ts';

const years = (issues: number) =>
  syntheticArchive({ issues })
    .filter((file) => file.path.endsWith('/issue.json'))
    .map((file) => (JSON.parse(file.text) as { year: number; date: string }).year);

describe('syntheticCalendar', () => {
  it('keeps the shape of the small archives: four a year from 2018', () => {
    expect(syntheticCalendar(100)).toEqual({ perYear: 4, firstYear: 2018 });
  });

  it(
    'starts earlier, then prints more a year, so no issue passes the last year the schema accepts',
    { timeout: 60_000 },
    () => {
      expect(syntheticCalendar(300)).toEqual({ perYear: 4, firstYear: 2018 });
      expect(syntheticCalendar(400)).toEqual({ perYear: 4, firstYear: ISSUE_YEARS.max - 99 });
      expect(syntheticCalendar(1000)).toEqual({ perYear: 10, firstYear: ISSUE_YEARS.max - 99 });
      for (const issues of [400, 1000]) {
        const all = years(issues);
        expect(all).toHaveLength(issues);
        expect(Math.max(...all)).toBeLessThanOrEqual(ISSUE_YEARS.max);
        expect(Math.min(...all)).toBeGreaterThanOrEqual(ISSUE_YEARS.min);
      }
    },
  );

  it('refuses an archive that cannot fit, saying how many it can write', () => {
    expect(() => syntheticCalendar(2000)).toThrow(/最多 1111 期/);
  });
});
