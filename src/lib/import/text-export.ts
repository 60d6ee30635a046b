import { stripBom } from '../common/text.ts';
/**
 * Plain-text primitives for reading a bulletin's text export (see import/importer.ts): decoding,
 * numbered lines, and the page-break joins. No knowledge of the bulletin's parts lives here.
 */

/** One line of the export, with its 1-based line number for messages. */
export interface ExportLine {
  line: number;
  text: string;
}

/**
 * Decodes an export file. Word saves "plain text" as UTF-8 or, on Chinese Windows, as GB18030
 * ("ANSI"); invalid UTF-8 means the latter.
 */
export function decodeBulletin(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/**
 * The export's lines, numbered from 1, with the byte-order mark, carriage returns and trailing spaces
 * removed. Tabs are kept: they separate table cells. A line of only spaces is blank.
 */
export function toLines(text: string): ExportLine[] {
  return stripBom(text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((raw, index) => ({ line: index + 1, text: raw.replace(/[ \u00A0\u3000]+$/u, '') }));
}

export function isBlank(line: ExportLine): boolean {
  return line.text.trim() === '';
}

/** Cells of a tab-separated line, exactly as exported (blank cells are empty strings). */
export function tabFields(text: string): string[] {
  return text.split('\t').map((field) => field.trim());
}

export function isTabLine(line: ExportLine): boolean {
  return line.text.includes('\t');
}

/**
 * Whether a paragraph ends a sentence: 。！？… or ；, optionally followed by closing quotes or brackets.
 * A paragraph that does not was cut by a page end (or is a heading; see `joinPageBreaks`).
 */
export function endsSentence(text: string): boolean {
  return /[。！？!?…；;：:][”’」』）)》〕\]"']*$/u.test(text.trim());
}

/** Lines that start something new, so they never continue a cut paragraph: 一、 （二） 3. ◇ ☆ 【…】 */
const STARTS_NEW = /^(?:[一二三四五六七八九十]+[、是]|（[一二三四五六七八九十\d]+）|\d+[.、．]|[◇☆◆★●■□-]\s*|【)/u;

/** A cut paragraph shorter than this is more likely a heading inside the article than a page's last line. */
const SHORTEST_CUT = 20;

export interface PageBreakJoin {
  /** Line of the first part and of the continuation. */
  line: number;
  nextLine: number;
  /** The last few characters before the cut and the first few after, for the report. */
  before: string;
  after: string;
}

export interface JoinResult {
  paragraphs: Array<{ line: number; text: string }>;
  joins: PageBreakJoin[];
  /** Unpunctuated paragraphs that were left alone: a short heading, or a cut the rule could not be sure of. */
  doubtful: Array<{ line: number; text: string }>;
}

/**
 * Joins paragraphs that a page end cut in two. In the export a cut shows as a blank line in the middle
 * of a sentence: the paragraph before does not end a sentence and the next line carries on. A long
 * unpunctuated paragraph followed by one that does not start something new is joined (and reported);
 * a short one is left as it is and reported as doubtful, since it may be a heading.
 */
export function joinPageBreaks(paragraphs: ReadonlyArray<{ line: number; text: string }>): JoinResult {
  const result: JoinResult = { paragraphs: [], joins: [], doubtful: [] };
  for (const paragraph of paragraphs) {
    const previous = result.paragraphs.at(-1);
    if (previous && !endsSentence(previous.text)) {
      const continues = !STARTS_NEW.test(paragraph.text);
      if (continues && [...previous.text].length >= SHORTEST_CUT) {
        result.joins.push({
          line: previous.line,
          nextLine: paragraph.line,
          before: [...previous.text].slice(-8).join(''),
          after: [...paragraph.text].slice(0, 8).join(''),
        });
        previous.text += paragraph.text;
        continue;
      }
      result.doubtful.push({ ...previous });
    }
    result.paragraphs.push({ ...paragraph });
  }
  return result;
}

/** 1 → 一, 2 → 二, 12 → 十二, up to 99: an ordinal, as in 第二页. */
export function chineseNumeral(value: number): string {
  const digits = '零一二三四五六七八九';
  if (value < 10) return digits[value]!;
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens === 1 ? '' : digits[tens]}十${ones ? digits[ones] : ''}`;
}

/** A count, as in 前两页 and 分四页: like `chineseNumeral`, but 2 is 两. */
export function chineseCount(value: number): string {
  return value === 2 ? '两' : chineseNumeral(value);
}
