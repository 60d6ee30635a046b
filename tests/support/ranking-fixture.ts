import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyOfContent } from './content-fixture.ts';

/**
 * A throw-away content folder with the real issue 2020-03 and a second, made-up issue 2021-01 that
 * overlaps it: it reprints 2020-06 unchanged, revises 营口市 2020-07 with a note, and adds 2020-09 to
 * 2020-12 (August is missing, so the series has a gap after July). Figures outside content/ are test data.
 */
export const LATER_ISSUE = '2021-01';

export const REVISED = {
  city: '营口市',
  month: '2020-07',
  index: '82.40',
  rank: 74,
  note: '据全国城市信用状况监测平台通报更正',
};

export function rankingFixture(edit?: (observations: Array<Record<string, unknown>>) => void): string {
  const root = copyOfContent();
  const issue = JSON.parse(readFileSync(join(root, 'issues/2020-03/issue.json'), 'utf8')) as Record<string, unknown>;
  const earlier = JSON.parse(readFileSync(join(root, 'issues/2020-03/rankings.json'), 'utf8')) as {
    observations: Array<Record<string, unknown>>;
  };
  const cities = [
    { city: '营口市', level: '地级', groupSize: 261, ranks: [70, 66, 61, 58], base: 82 },
    { city: '盖州市', level: '县级', groupSize: 387, ranks: [180, 171, 160, 150], base: 74 },
    { city: '大石桥市', level: '县级', groupSize: 387, ranks: [95, 90, 99, 88], base: 77 },
  ];
  const observations: Array<Record<string, unknown>> = [];
  for (const { city, level, groupSize, ranks, base } of cities) {
    ['2020-12', '2020-11', '2020-10', '2020-09'].forEach((month, i) => {
      observations.push({
        city,
        level,
        month,
        index: (base + 0.37 * (4 - i)).toFixed(2),
        rank: ranks[3 - i],
        groupSize,
      });
    });
    for (const month of ['2020-07', '2020-06']) {
      const printed = earlier.observations.find((o) => o.city === city && o.month === month)!;
      const revised = city === REVISED.city && month === REVISED.month;
      observations.push(
        revised
          ? { ...printed, index: REVISED.index, rank: REVISED.rank, revision: { note: REVISED.note } }
          : { ...printed },
      );
    }
  }
  edit?.(observations);
  const folder = join(root, 'issues', LATER_ISSUE);
  mkdirSync(folder, { recursive: true });
  const latest = (city: string) => observations.find((o) => o.city === city && o.month === '2020-12')!;
  writeFileSync(
    join(folder, 'issue.json'),
    JSON.stringify(
      {
        ...issue,
        year: 2021,
        number: 1,
        cumulativeNumber: 11,
        date: '2021-01-20',
        keyNotes: [
          `12月份社会信用体系建设全国城市排名：\n${cities.map(({ city }) => `${city} ${latest(city).rank} / ${latest(city).groupSize}`).join(' ')}`,
        ],
      },
      null,
      2,
    ),
  );
  writeFileSync(join(folder, 'rankings.json'), JSON.stringify({ observations }, null, 2));
  // An issue is published only with at least one article; this made-up one reprints a real one.
  mkdirSync(join(folder, 'articles'));
  copyFileSync(
    join(root, 'issues/2020-03/articles/08-food-safety-week.mdx'),
    join(folder, 'articles/01-food-safety-week.mdx'),
  );
  return root;
}
