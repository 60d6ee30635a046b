import { isBlank, type ExportLine } from './text-export.ts';
import type { ImportNote } from './review.ts';

/** What the masthead of a bulletin says: 〔2020〕 第3期 总第10期 … 2020年10月10日. */
export interface Masthead {
  year: number;
  number: number;
  cumulativeNumber: number;
  /** YYYY-MM-DD */
  date: string;
  publisher: string;
}

const YEAR = /〔\s*(\d{4})\s*〕|\[\s*(\d{4})\s*\]/u;
const NUMBER = /(?<!总)第\s*(\d{1,3})\s*期/u;
const CUMULATIVE = /总第\s*(\d{1,4})\s*期/u;
const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;
/** Official documents often date in Chinese numerals: 二〇二〇年十月十日. */
const CHINESE_DATE =
  /([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/u;
const CHINESE_DIGITS = '〇一二三四五六七八九';

/** 二〇二〇 → 2020 (digit by digit); 十 → 10, 十二 → 12, 二十三 → 23, 三十 → 30. */
export function chineseNumber(text: string, digitByDigit = false): number {
  const digit = (c: string) => (c === '零' ? 0 : CHINESE_DIGITS.indexOf(c));
  if (digitByDigit) return Number([...text].map(digit).join(''));
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  return (text.includes('十') ? (tens ? digit(tens) : 1) * 10 : 0) + (ones ? digit(ones) : 0);
}
/** A publisher is an office: 营口市社会信用体系建设领导小组办公室. */
const PUBLISHER = /(办公室|领导小组|委员会|局|中心|政府)$/u;
export const KEY_NOTES_HEADING = '重要提示';
const BULLET = /^[-•·●◆▪]\s*/u;

/**
 * Reads the masthead from the lines before the key notes. The series title, year, number, cumulative
 * number, publisher and date may sit on one line or several; each is found by its own pattern.
 */
export function parseMasthead(lines: readonly ExportLine[]): { masthead: Partial<Masthead>; notes: ImportNote[] } {
  const masthead: Partial<Masthead> = {};
  const notes: ImportNote[] = [];
  for (const { text } of lines) {
    const year = YEAR.exec(text);
    if (year && masthead.year === undefined) masthead.year = Number(year[1] ?? year[2]);
    const cumulative = CUMULATIVE.exec(text);
    if (cumulative && masthead.cumulativeNumber === undefined) masthead.cumulativeNumber = Number(cumulative[1]);
    const number = NUMBER.exec(text);
    if (number && masthead.number === undefined) masthead.number = Number(number[1]);
    const date = DATE.exec(text);
    const chineseDate = date ? null : CHINESE_DATE.exec(text);
    if (date && masthead.date === undefined) {
      masthead.date = `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}`;
    } else if (chineseDate && masthead.date === undefined) {
      const [year, month, day] = [
        chineseNumber(chineseDate[1]!, true),
        chineseNumber(chineseDate[2]!),
        chineseNumber(chineseDate[3]!),
      ];
      masthead.date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    }
    // What is left of the line once the numbers and the date are taken out may be the publisher.
    const rest = [YEAR, CUMULATIVE, NUMBER, DATE, CHINESE_DATE]
      .reduce((line, pattern) => line.replace(pattern, ' '), text)
      .trim();
    if (PUBLISHER.test(rest) && !/\s/.test(rest) && masthead.publisher === undefined) masthead.publisher = rest;
  }
  const missing: Array<[keyof Masthead, string]> = [
    ['year', '年份（如〔2020〕）'],
    ['number', '期号（如 第3期）'],
    ['cumulativeNumber', '总期号（如 总第10期）'],
    ['date', '印发日期（如 2020年10月10日）'],
    ['publisher', '编印单位（如 营口市社会信用体系建设领导小组办公室）'],
  ];
  for (const [field, label] of missing) {
    if (masthead[field] === undefined) {
      notes.push({
        kind: 'review',
        file: 'issue.json',
        place: field,
        message: `报头中找不到${label}：请在 issue.json 中填写`,
      });
    }
  }
  return { masthead, notes };
}

/**
 * Reads the key notes (重要提示): one per bullet line; a line without a bullet continues the note before
 * it and the line break is kept, as printed. Returns the notes and how many lines they took.
 */
export function parseKeyNotes(lines: readonly ExportLine[]): { keyNotes: string[]; notes: ImportNote[] } {
  const keyNotes: string[] = [];
  const notes: ImportNote[] = [];
  for (const line of lines) {
    if (isBlank(line)) continue;
    const text = line.text.trim();
    if (BULLET.test(text)) keyNotes.push(text.replace(BULLET, ''));
    else if (keyNotes.length) keyNotes[keyNotes.length - 1] += `\n${text}`;
    else {
      keyNotes.push(text);
      notes.push({
        kind: 'review',
        file: 'issue.json',
        line: line.line,
        place: 'keyNotes',
        message: '重要提示的第一行没有项目符号（- ），已当作一条提示写入，请核对',
      });
    }
  }
  return { keyNotes, notes };
}
