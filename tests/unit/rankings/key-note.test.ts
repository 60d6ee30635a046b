import { describe, expect, it } from 'vitest';
import { checkRankingKeyNote, parseRankingKeyNote, resolveNoteMonth } from '../../../src/lib/rankings/key-note.ts';
import type { Observation } from '../../../src/lib/rankings/schema.ts';

const REAL_NOTE = '7月份社会信用体系建设全国城市排名：\n营口市 75 / 261 盖州市 192 / 387 大石桥市 98 / 387';
const observations: Observation[] = [
  { city: '营口市', level: '地级', month: '2020-07', index: '82.38', rank: 75, groupSize: 261 },
  { city: '营口市', level: '地级', month: '2020-06', index: '83.66', rank: 63, groupSize: 261 },
  { city: '盖州市', level: '县级', month: '2020-07', index: '74.43', rank: 192, groupSize: 387 },
  { city: '大石桥市', level: '县级', month: '2020-07', index: '77.40', rank: 98, groupSize: 387 },
];
const issue = (note: string) => ({
  date: '2020-10-10',
  keyNotes: [note, '二季度信用工作成绩较突出的地区和单位：西市区。'],
});
const FILE = 'content/issues/2020-03/issue.json';

describe('parseRankingKeyNote', () => {
  it('reads the month and every city’s rank and group size from the printed note', () => {
    expect(parseRankingKeyNote(REAL_NOTE)).toEqual({
      kind: 'ranking',
      month: 7,
      entries: [
        { city: '营口市', rank: 75, groupSize: 261 },
        { city: '盖州市', rank: 192, groupSize: 387 },
        { city: '大石桥市', rank: 98, groupSize: 387 },
      ],
    });
  });

  it('reads other ways of writing the pairs', () => {
    expect(parseRankingKeyNote('12月份全国城市信用排名:营口市（58/261）、盖州市 150／387')).toEqual({
      kind: 'ranking',
      month: 12,
      entries: [
        { city: '营口市', rank: 58, groupSize: 261 },
        { city: '盖州市', rank: 150, groupSize: 387 },
      ],
    });
  });

  it('leaves notes that are not ranking notes alone', () => {
    expect(parseRankingKeyNote('截止9月末，有1条待治理的政府失信记录（盖州市双台镇）')).toEqual({
      kind: 'not-ranking',
    });
    expect(parseRankingKeyNote('营口市信用排名较上月上升 20 位')).toEqual({ kind: 'not-ranking' });
  });

  it('says why a ranking note cannot be read', () => {
    expect(parseRankingKeyNote('7月份全国城市排名：营口市第75名')).toMatchObject({ kind: 'unreadable' });
    expect(parseRankingKeyNote('7月份全国城市排名：营口市 75 / 261 另有说明')).toMatchObject({
      kind: 'unreadable',
      reason: expect.stringContaining('另有说明'),
    });
    expect(parseRankingKeyNote('13月份全国城市排名：营口市 75 / 261')).toMatchObject({ kind: 'unreadable' });
  });
});

describe('resolveNoteMonth', () => {
  it('takes the latest such month not after the issue date', () => {
    expect(resolveNoteMonth(7, '2020-10-10')).toBe('2020-07');
    expect(resolveNoteMonth(12, '2021-01-20')).toBe('2020-12');
    expect(resolveNoteMonth(1, '2021-01-20')).toBe('2021-01');
  });
});

describe('checkRankingKeyNote', () => {
  it('accepts the real issue’s note and data', () => {
    expect(checkRankingKeyNote(issue(REAL_NOTE), observations, FILE, 'rankings.json')).toEqual([]);
  });

  it('reports a rank that differs from the data, at keyNotes[0] of issue.json, naming the observation', () => {
    const problems = checkRankingKeyNote(
      issue(REAL_NOTE.replace('营口市 75', '营口市 76')),
      observations,
      FILE,
      'rankings.json',
    );
    expect(problems).toEqual([
      {
        file: FILE,
        place: 'keyNotes[0]',
        message:
          '第一条重要提示中 营口市 2020年7月为 76 / 261，与本期排名数据（rankings.json observations[0]：第75名 / 261）不一致：请对照印刷版核对两处',
        found: '营口市 76 / 261',
      },
    ]);
  });

  it('reports a group size that differs, and a city the data lacks', () => {
    const problems = checkRankingKeyNote(
      issue(REAL_NOTE.replace('98 / 387', '98 / 388').replace('盖州市', '盖县')),
      observations,
      FILE,
      'rankings.json',
    );
    expect(problems.map((p) => p.found)).toEqual(['盖县 192 / 387', '大石桥市 98 / 388']);
    expect(problems[0]!.message).toContain('找不到 盖县 2020年7月的数字');
  });

  it('compares with the month the note names, not the latest month of the data', () => {
    const problems = checkRankingKeyNote(
      issue('6月份全国城市排名：营口市 75 / 261'),
      observations,
      FILE,
      'rankings.json',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('observations[1]：第63名 / 261');
  });

  it('does not check notes that are not ranking notes, nor issues without notes', () => {
    expect(
      checkRankingKeyNote(issue('二季度信用工作成绩较突出的地区和单位：西市区。'), [], FILE, 'rankings.json'),
    ).toEqual([]);
    expect(checkRankingKeyNote({ date: '2020-10-10', keyNotes: [] }, undefined, FILE, 'rankings.json')).toEqual([]);
  });

  it('reports a ranking note in an issue without rankings, and an unreadable ranking note', () => {
    expect(checkRankingKeyNote(issue(REAL_NOTE), undefined, FILE, 'rankings.json')).toMatchObject([
      { file: FILE, place: 'keyNotes[0]', message: expect.stringContaining('没有排名数据文件 rankings.json') },
    ]);
    expect(checkRankingKeyNote(issue('7月份全国城市排名：见附表'), observations, FILE, 'rankings.json')).toMatchObject([
      { place: 'keyNotes[0]', message: expect.stringContaining('无法核对') },
    ]);
  });
});
