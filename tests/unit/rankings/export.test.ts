import { describe, expect, it } from 'vitest';
import { CSV_HEADER, seriesToCsv, seriesToJson, type IssueInfo } from '../../../src/lib/rankings/export.ts';
import type { CitySeries } from '../../../src/lib/rankings/series.ts';

const issues = new Map<string, IssueInfo>([
  ['2020-03', { label: '2020年第3期', date: '2020-10-10', url: '/issues/2020-03/' }],
  ['2021-01', { label: '2021年第1期', date: '2021-01-20', url: '/issues/2021-01/' }],
  ['2021-02', { label: '2021年第2期', date: '2021-03-20', url: '/issues/2021-02/' }],
]);
const series: CitySeries[] = [
  {
    city: '营口市',
    level: '地级',
    points: [
      { month: '2019-12', index: '81.34', rank: 75, groupSize: 261, sources: ['2020-03'], revised: [] },
      {
        month: '2020-07',
        index: '82.40',
        rank: 74,
        groupSize: 261,
        sources: ['2021-01'],
        revision: { note: '据通报更正，见“说明”, 第2段', issueId: '2021-01' },
        revised: [{ index: '82.38', rank: 75, groupSize: 261, sources: ['2020-03'] }],
      },
    ],
  },
  {
    city: '大石桥市',
    level: '县级',
    points: [
      { month: '2020-07', index: '77.40', rank: 98, groupSize: 387, sources: ['2020-03', '2021-01'], revised: [] },
    ],
  },
];

describe('seriesToCsv', () => {
  const csv = seriesToCsv(series, issues);
  const lines = csv.slice(1).split('\r\n');

  it('starts with a byte-order mark so Excel reads the Chinese, and the header row', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(lines[0]).toBe(CSV_HEADER.join(','));
  });

  it('has one row per city and month, with numbers as printed and the issues that printed them', () => {
    expect(lines.filter(Boolean)).toHaveLength(1 + 3);
    expect(lines[1]).toBe('营口市,地级,2019-12,81.34,75,261,2020年第3期,,');
    expect(lines[3]).toBe('大石桥市,县级,2020-07,77.40,98,387,2020年第3期；2021年第1期,,');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('gives a revision its note and the figures it replaced, quoting fields that need it', () => {
    expect(lines[2]).toBe(
      '营口市,地级,2020-07,82.40,74,261,2021年第1期,"据通报更正，见“说明”, 第2段",综合指数 82.38、第75名 / 261（2020年第3期）',
    );
  });
});

describe('seriesToJson', () => {
  const document = JSON.parse(seriesToJson(series, issues)) as {
    issues: Record<string, IssueInfo>;
    cities: Array<{ city: string; points: Array<Record<string, unknown>>; missingMonths: string[] }>;
  };

  it('lists only the issues the series draws on', () => {
    expect(Object.keys(document.issues)).toEqual(['2020-03', '2021-01']);
    expect(document.issues['2020-03']).toEqual({ label: '2020年第3期', date: '2020-10-10', url: '/issues/2020-03/' });
  });

  it('keeps every point with its sources, revision and revised figures, and the index as printed text', () => {
    expect(document.cities.map((c) => c.city)).toEqual(['营口市', '大石桥市']);
    // The point as merged, unchanged: the revision, the figures it replaced and the index as text.
    expect(document.cities[0]!.points[1]).toEqual(series[0]!.points[1]);
    expect(document.cities[0]!.points[1]).toMatchObject({
      index: '82.40',
      revision: { issueId: '2021-01' },
      revised: [{ index: '82.38' }],
    });
    expect(document.cities[1]!.points[0]).not.toHaveProperty('revision');
  });

  it('names the missing months', () => {
    expect(document.cities[0]!.missingMonths).toEqual([
      '2020-01',
      '2020-02',
      '2020-03',
      '2020-04',
      '2020-05',
      '2020-06',
    ]);
    expect(document.cities[1]!.missingMonths).toEqual([]);
  });
});
