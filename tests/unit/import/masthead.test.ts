import { describe, expect, it } from 'vitest';
import { chineseNumber, parseKeyNotes, parseMasthead } from '../../../src/lib/import/masthead.ts';
import { toLines } from '../../../src/lib/import/text-export.ts';

describe('parseMasthead', () => {
  it('reads the masthead spread over several lines, as the export prints it', () => {
    const lines = toLines(
      '\n\n营口信用体系建设\n\n〔2020〕\n第3期\n总第10期\n\n工作简报\n\n营口市社会信用体系建设领导小组办公室\n\n2020年10月10日\n',
    );
    expect(parseMasthead(lines)).toEqual({
      masthead: {
        year: 2020,
        number: 3,
        cumulativeNumber: 10,
        date: '2020-10-10',
        publisher: '营口市社会信用体系建设领导小组办公室',
      },
      notes: [],
    });
  });

  it('reads the masthead on one line and pads the date', () => {
    const lines = toLines('营口信用体系建设 〔2021〕第1期 总第11期\n营口市社会信用体系建设领导小组办公室 2021年3月5日');
    expect(parseMasthead(lines).masthead).toEqual({
      year: 2021,
      number: 1,
      cumulativeNumber: 11,
      date: '2021-03-05',
      publisher: '营口市社会信用体系建设领导小组办公室',
    });
  });

  it('names every field it cannot find, for issue.json', () => {
    const { masthead, notes } = parseMasthead(toLines('工作简报\n第3期'));
    expect(masthead).toEqual({ number: 3 });
    expect(notes.map((n) => n.place)).toEqual(['year', 'cumulativeNumber', 'date', 'publisher']);
    expect(notes.every((n) => n.kind === 'review' && n.file === 'issue.json')).toBe(true);
    expect(notes[0]!.message).toContain('年份');
  });
});

describe('parseKeyNotes', () => {
  it('reads one note per bullet and keeps a continuation line as a line break', () => {
    const lines = toLines(
      '\n- 7月份社会信用体系建设全国城市排名：\n营口市 75 / 261 盖州市 192 / 387\n- 二季度信用工作成绩较突出的地区。\n- 截止9月末，有1条待治理的政府失信记录\n',
    );
    expect(parseKeyNotes(lines)).toEqual({
      keyNotes: [
        '7月份社会信用体系建设全国城市排名：\n营口市 75 / 261 盖州市 192 / 387',
        '二季度信用工作成绩较突出的地区。',
        '截止9月末，有1条待治理的政府失信记录',
      ],
      notes: [],
    });
  });

  it('keeps a first note without a bullet but asks the editor to check it', () => {
    const { keyNotes, notes } = parseKeyNotes(toLines('没有项目符号的提示'));
    expect(keyNotes).toEqual(['没有项目符号的提示']);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: 'review', line: 1, place: 'keyNotes' });
  });
});

describe('parseMasthead: dates in Chinese numerals', () => {
  it.each([
    ['二〇二〇年十月十日', '2020-10-10'],
    ['二〇二一年三月五日', '2021-03-05'],
    ['二〇一九年十二月二十三日', '2019-12-23'],
    ['二〇二〇年九月三十日', '2020-09-30'],
  ])('%s → %s', (text, date) => {
    expect(parseMasthead(toLines(`〔2020〕第3期 总第10期\n${text}`)).masthead.date).toBe(date);
  });
});

describe('chineseNumber', () => {
  it('reads digit by digit for years and by tens for months and days', () => {
    expect(chineseNumber('二〇二〇', true)).toBe(2020);
    expect(chineseNumber('二零二一', true)).toBe(2021);
    expect(['一', '十', '十二', '二十', '二十三', '三十一'].map((t) => chineseNumber(t))).toEqual([
      1, 10, 12, 20, 23, 31,
    ]);
  });
});
