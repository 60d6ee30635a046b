import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rankingFileSchema, type Observation } from '../../../src/lib/rankings/schema.ts';
import { mergeSeries } from '../../../src/lib/rankings/series.ts';
import { rankingTables, revisionNotes } from '../../../src/lib/rankings/tables.ts';
import { FIXTURE_ARCHIVE } from '../../support/content-fixture.ts';

const real = rankingFileSchema.parse(
  JSON.parse(readFileSync(join(FIXTURE_ARCHIVE, 'issues/2020-03/rankings.json'), 'utf8')),
);
const obs = (month: string, index: string, rank: number, extra: Partial<Observation> = {}): Observation => ({
  city: '营口市',
  level: '地级',
  month,
  index,
  rank,
  groupSize: 261,
  ...extra,
});

describe('rankingTables', () => {
  it('gives the real issue’s levels and cities in printed order, each with its heading as printed', () => {
    const levels = rankingTables(real.observations, real.headings);
    expect(levels.map((l) => [l.level, l.heading, l.cities.map((c) => c.heading)])).toEqual([
      ['地级', '全国地级城市信用排名', ['营口市（75/261）']],
      ['县级', '全国县级城市信用排名', ['盖州市 (192/387)', '大石桥市 (98/387)']],
    ]);
    // Every observation is in exactly one table, in printed order.
    expect(levels.flatMap((l) => l.cities.flatMap((c) => c.rows))).toEqual(real.observations);
  });

  it('derives the headings of a file that does not record them, and leaves out a level with no cities', () => {
    const levels = rankingTables([obs('2020-06', '83.66', 63), obs('2020-07', '82.38', 75)]);
    expect(levels.map((l) => [l.level, l.cities.map((c) => [c.city, c.heading, c.rows.length])])).toEqual([
      ['地级', [['营口市', '营口市（75/261）', 2]]],
    ]);
    expect(rankingTables([])).toEqual([]);
  });
});

describe('revisionNotes', () => {
  const earlier = [obs('2020-07', '82.38', 75), obs('2020-06', '83.66', 63)];
  const later = [obs('2020-08', '82.90', 70), obs('2020-07', '82.40', 74, { revision: { note: '据平台通报更正' } })];
  const { series } = mergeSeries([
    { issueId: '2020-03', date: '2020-10-10', cumulativeNumber: 10, observations: earlier },
    { issueId: '2021-01', date: '2021-01-20', cumulativeNumber: 11, observations: later },
  ]);
  const labelOf = (id: string) => ({ '2020-03': '2020年第3期', '2021-01': '2021年第1期' })[id] ?? id;

  it('notes a figure this issue marks as a revision, with its note', () => {
    expect(revisionNotes(later, '2021-01', series, labelOf)).toEqual([
      '营口市 2020年7月的数字为本期修订：据平台通报更正',
    ]);
  });

  it('notes a figure a later issue revised, with the figures that replaced it', () => {
    expect(revisionNotes(earlier, '2020-03', series, labelOf)).toEqual([
      '营口市 2020年7月的数字后经2021年第1期修订为综合指数 82.40、第74名 / 261（据平台通报更正）',
    ]);
  });

  it('says nothing of later revisions without the issue, nor for figures never revised', () => {
    expect(revisionNotes(earlier, undefined, series, labelOf)).toEqual([]);
    expect(revisionNotes([earlier[1]!], '2020-03', series, labelOf)).toEqual([]);
  });
});
