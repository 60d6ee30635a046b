import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../src/lib/content/problem.ts';
import { readContentSnapshot } from '../../../src/lib/content/snapshot.ts';
import type { Observation } from '../../../src/lib/rankings/schema.ts';
import { checkObservations, validateRankings, type RankingFileInput } from '../../../src/lib/rankings/validation.ts';
import { validateContent } from '../../../src/lib/validation/validate-archive.ts';
import { FIXTURE_ARCHIVE, editFile } from '../../support/content-fixture.ts';
import { LATER_ISSUE, rankingFixture } from '../../support/ranking-fixture.ts';

const at = (path: string) => `content/${path}`;
const obs = (month: string, extra: Partial<Observation> = {}): Observation => ({
  city: '营口市',
  level: '地级',
  month,
  index: '82.38',
  rank: 75,
  groupSize: 261,
  ...extra,
});
const FILE = 'content/issues/2020-03/rankings.json';

describe('checkObservations', () => {
  it('accepts good observations', () => {
    expect(checkObservations([obs('2020-07'), obs('2020-06')], '2020-10-10', FILE)).toEqual([]);
  });

  it('reports a month after the issue date, naming the observation', () => {
    expect(checkObservations([obs('2020-07'), obs('2020-11')], '2020-10-10', FILE)).toEqual([
      {
        file: FILE,
        place: 'observations[1].month · 营口市 2020-11',
        message:
          '月份 2020-11 晚于本期的印发日期 2020-10-10：简报只能刊登已经过去的月份，请核对月份，或 issue.json 中的日期',
        found: '“2020-11”',
      },
    ]);
    // The issue's own month is not after it.
    expect(checkObservations([obs('2020-10')], '2020-10-10', FILE)).toEqual([]);
  });

  it('reports an index above 100 and a rank beyond the group size', () => {
    const problems = checkObservations(
      [obs('2020-07', { index: '182.38' }), obs('2020-06', { rank: 262 })],
      '2020-10-10',
      FILE,
    );
    expect(problems.map((p) => [p.place, p.found])).toEqual([
      ['observations[0].index · 营口市 2020-07', '“182.38”'],
      ['observations[1].rank · 营口市 2020-06', '262'],
    ]);
    expect(problems[1]!.message).toBe(
      '排名 262 大于参评城市数 261：排名应在 1 到 261 之间，请核对排名和参评城市数（groupSize）',
    );
  });

  it('reports the same city and month twice in one file, naming both', () => {
    const problems = checkObservations(
      [obs('2020-07'), obs('2020-06'), obs('2020-07', { rank: 76 })],
      '2020-10-10',
      FILE,
    );
    expect(problems).toEqual([
      {
        file: FILE,
        place: 'observations[2] · 营口市 2020-07',
        message:
          '营口市 2020年7月在本文件中出现了两次（另一次是 observations[0]）：同一城市同一月份只应有一条，请删去多余的一条',
      },
    ]);
  });

  it('without the issue’s date, checks everything but the month against it', () => {
    expect(
      checkObservations([obs('2030-11'), obs('2020-06', { rank: 262 })], undefined, FILE).map((p) => p.place),
    ).toEqual(['observations[1].rank · 营口市 2020-06']);
  });

  it('reports a month before 2000', () => {
    expect(checkObservations([obs('1020-07')], '2020-10-10', FILE).map((p) => p.place)).toEqual([
      'observations[0].month · 营口市 1020-07',
    ]);
  });
});

describe('validateRankings', () => {
  const input = (issueId: string, date: string, observations: unknown, keyNotes: string[] = []): RankingFileInput => ({
    issueId,
    issue: { date, cumulativeNumber: Number(issueId.slice(-2)), keyNotes },
    text: JSON.stringify(observations),
  });

  it('reports schema errors with the field path: a month that does not exist, a rank of 0', () => {
    const problems = validateRankings(
      [input('2020-03', '2020-10-10', { observations: [obs('2020-13'), obs('2020-06', { rank: 0 })] })],
      at,
    );
    expect(problems.map((p) => [p.file, p.place, p.message])).toEqual([
      [FILE, 'observations[0].month', '月份应为真实存在的月份，写作 YYYY-MM，例如 2020-07'],
      [FILE, 'observations[1].rank', '排名应不小于 1'],
    ]);
  });

  it('checks the observations the schema accepts, beside the schema’s own problems', () => {
    const problems = validateRankings(
      [
        input('2020-03', '2020-10-10', {
          observations: [obs('2020-13'), obs('2020-07', { index: '182.38' }), obs('2020-06', { rank: 275 })],
        }),
      ],
      at,
    );
    expect(problems.map((p) => p.place)).toEqual([
      'observations[0].month',
      'observations[1].index · 营口市 2020-07',
      'observations[2].rank · 营口市 2020-06',
    ]);
  });

  it('checks a file on its own when its issue.json cannot be read, leaving out only what needs the issue', () => {
    const broken = {
      issueId: '2020-03',
      issue: undefined,
      text: JSON.stringify({
        observations: [
          obs('2020-13'),
          obs('2020-11', { index: '182.38' }),
          obs('2020-06', { rank: 275 }),
          obs('2020-06', { rank: 275 }),
        ],
      }),
    };
    const later = input('2021-01', '2021-01-20', { observations: [obs('2020-06', { index: '83.60', rank: 64 })] });
    const problems = validateRankings([broken, later], at);
    expect(problems.map((p) => [p.file, p.place])).toEqual([
      [FILE, 'observations[0].month'],
      [FILE, 'observations[1].index · 营口市 2020-11'],
      [FILE, 'observations[2].rank · 营口市 2020-06'],
      [FILE, 'observations[3].rank · 营口市 2020-06'],
      [FILE, 'observations[3] · 营口市 2020-06'],
    ]);
    // A syntax error is reported too; the key note of an unreadable issue is not checked.
    expect(
      validateRankings([{ issueId: '2020-03', issue: undefined, text: '{\n  "observations": [],\n}' }], at),
    ).toMatchObject([{ file: FILE, line: 2, message: expect.stringContaining('最后一项后面多了一个逗号') }]);
    expect(validateRankings([{ issueId: '2020-03', issue: undefined, text: undefined }], at)).toEqual([]);
  });

  it('reports JSON that does not parse with its line', () => {
    const problems = validateRankings(
      [
        {
          issueId: '2020-03',
          issue: { date: '2020-10-10', cumulativeNumber: 10, keyNotes: [] },
          text: '{\n  "observations": [],\n}',
        },
      ],
      at,
    );
    // The trailing comma is pointed at itself, on line 2.
    expect(problems).toMatchObject([{ file: FILE, line: 2, message: expect.stringContaining('JSON 格式有误') }]);
  });

  it('reports figures that differ between issues in the later file, naming both files and both values', () => {
    const problems = validateRankings(
      [
        input('2020-03', '2020-10-10', {
          observations: [obs('2020-07'), obs('2020-06', { index: '83.66', rank: 63 })],
        }),
        input('2021-01', '2021-01-20', {
          observations: [obs('2020-08'), obs('2020-06', { index: '83.60', rank: 64 })],
        }),
      ],
      at,
    );
    expect(problems).toEqual([
      {
        file: 'content/issues/2021-01/rankings.json',
        place: 'observations[1] · 营口市 2020-06',
        message:
          '营口市 2020年6月的数字与较早一期不一致：content/issues/2020-03/rankings.json observations[1] · 营口市 2020-06 为 综合指数 83.66、第63名 / 261，' +
          '这里为 综合指数 83.60、第64名 / 261。同一城市同一月份各期应印相同的数字；如这一期是更正，请在这条数据上加 "revision": { "note": "更正说明" }，否则请对照印刷版改正录入错误',
        found: '综合指数 83.60、第64名 / 261',
      },
    ]);
  });

  it('accepts the same figures when the later issue marks a revision', () => {
    const problems = validateRankings(
      [
        input('2020-03', '2020-10-10', { observations: [obs('2020-06', { index: '83.66', rank: 63 })] }),
        input('2021-01', '2021-01-20', {
          observations: [obs('2020-06', { index: '83.60', rank: 64, revision: { note: '更正' } })],
        }),
      ],
      at,
    );
    expect(problems).toEqual([]);
  });

  it('wants a revision note', () => {
    const problems = validateRankings(
      [input('2021-01', '2021-01-20', { observations: [obs('2020-06', { revision: { note: ' ' } })] })],
      at,
    );
    expect(problems.map((p) => [p.place, p.message])).toEqual([
      ['observations[0].revision.note', '修订说明不能为空：请写明这条数字为何与前几期不同'],
    ]);
  });

  it('names the observation and the other city when group sizes disagree', () => {
    const county = (city: string, groupSize: number) => ({
      city,
      level: '县级',
      month: '2020-07',
      index: '74.43',
      rank: 192,
      groupSize,
    });
    const problems = validateRankings(
      [input('2020-03', '2020-10-10', { observations: [county('盖州市', 387), county('大石桥市', 386)] })],
      at,
    );
    expect(problems.map((p) => [p.file, p.place, p.found])).toEqual([
      [FILE, 'observations[1] · 大石桥市 2020-07（groupSize）', '386'],
    ]);
    expect(problems[0]!.message).toContain('本文件 observations[0] · 盖州市 2020-07 为 387');
  });

  it('checks the printed headings against each city’s latest month', () => {
    const headings = { 营口市: '营口市（76/261）' };
    const problems = validateRankings(
      [input('2020-03', '2020-10-10', { headings, observations: [obs('2020-07'), obs('2020-06', { rank: 63 })] })],
      at,
    );
    expect(problems.map((p) => [p.file, p.place, p.found])).toEqual([[FILE, 'headings.营口市', '“营口市（76/261）”']]);
    expect(problems[0]!.message).toContain('observations[0]，2020年7月：第75名 / 261');
    expect(
      validateRankings(
        [input('2020-03', '2020-10-10', { headings: { 营口市: '营口市 (75/261)' }, observations: [obs('2020-07')] })],
        at,
      ),
    ).toEqual([]);
  });

  it('leaves a file with its own errors out of the merge, so one typo is reported once', () => {
    const problems = validateRankings(
      [
        input('2020-03', '2020-10-10', { observations: [obs('2020-06', { index: '83.66', rank: 63 })] }),
        input('2021-01', '2021-01-20', { observations: [obs('2020-06', { index: '83.66', rank: 630 })] }),
      ],
      at,
    );
    expect(problems.map((p) => p.place)).toEqual(['observations[0].rank · 营口市 2020-06']);
  });
});

describe('validateContent with rankings', () => {
  it('passes the real content', () => {
    expect(validateContent(readContentSnapshot(FIXTURE_ARCHIVE, 'content')).errors).toEqual([]);
  });

  it('passes two overlapping issues where the later one marks its revision', () => {
    const result = validateContent(readContentSnapshot(rankingFixture(), 'content'));
    expect(formatProblems(result.errors)).toBe('');
  });

  it('fails when the later issue changes a figure without marking it, naming both files', () => {
    const root = rankingFixture((observations) => {
      const revised = observations.find((o) => o.revision)!;
      delete revised.revision;
    });
    const errors = validateContent(readContentSnapshot(root, 'content')).errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      file: `content/issues/${LATER_ISSUE}/rankings.json`,
      place: expect.stringContaining('营口市 2020-07'),
    });
    expect(errors[0]!.message).toContain('content/issues/2020-03/rankings.json');
    expect(errors[0]!.message).toContain('综合指数 82.38、第75名 / 261');
    expect(errors[0]!.message).toContain('综合指数 82.40、第74名 / 261');
  });

  it('reports the rankings’ own problems even when issue.json is broken, all at once', () => {
    const root = rankingFixture();
    editFile(root, 'issues/2020-03/issue.json', (text) => text.replace(/,\s*$/m, ''));
    editFile(root, 'issues/2020-03/rankings.json', (text) =>
      text
        .replace('"month": "2020-07", "index": "82.38", "rank": 75', '"month": "2020-13", "index": "82.38", "rank": 75')
        .replace('"index": "83.66", "rank": 63', '"index": "183.66", "rank": 275'),
    );
    const errors = validateContent(readContentSnapshot(root, 'content')).errors;
    expect(errors.map((e) => [e.file, e.place ?? ''])).toEqual([
      ['content/issues/2020-03/issue.json', ''],
      ['content/issues/2020-03/rankings.json', 'observations[0].month'],
      ['content/issues/2020-03/rankings.json', 'observations[1].index · 营口市 2020-06'],
      ['content/issues/2020-03/rankings.json', 'observations[1].rank · 营口市 2020-06'],
    ]);
    expect(errors[0]!.message).toContain('JSON 格式有误');
  });

  it('fails when the first key note disagrees with the issue’s rankings', () => {
    const root = rankingFixture();
    editFile(root, 'issues/2020-03/issue.json', (text) => text.replace('大石桥市 98 / 387', '大石桥市 89 / 387'));
    const errors = validateContent(readContentSnapshot(root, 'content')).errors;
    expect(errors).toMatchObject([
      { file: 'content/issues/2020-03/issue.json', place: 'keyNotes[0]', found: '大石桥市 89 / 387' },
    ]);
  });
});
