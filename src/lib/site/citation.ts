/**
 * Citations in the style of GB/T 7714—2015《信息与文献 参考文献著录规则》, for an article (or short item)
 * and for a whole issue, pointing at this archive's permalink.
 *
 * Which document type: the bulletin is a 连续出版物 (serial) — numbered issues 〔2020〕第3期, a running
 * 总第10期 — but not a newspaper: it has no daily dates or 版次, which is what [N] describes with
 * "年-月-日(版次)". GB/T 7714 has two serial types, 期刊 [J] and 报纸 [N]; an internal 工作简报 is not a
 * formally published journal, but [J] is the type whose rules fit it: an issue is cited as a serial
 * (§4.4: 题名[J]. 年(期). 出版地: 出版者, 出版年) and an article as a contribution to a serial (§4.5:
 * 析出文献题名[J]. 连续出版物题名, 年(期)). The copy cited is this online archive, so the carrier is OL
 * ([J/OL]), which the standard then requires to carry 引用日期 in square brackets and 获取和访问路径
 * (the permalink).
 *
 * Other choices, each a reading of the standard rather than invention:
 * - 主要责任者 of an article is the unit the bulletin names after it in brackets (市信用办, 辽宁日报): the
 *   bulletin prints no personal authors, and §8.1.2 allows 机关团体 as responsible party.
 * - A short item (简讯) prints no title. Its title here is the one the site derives from its first
 *   sentence, in square brackets, as catalogues mark a title supplied by the cataloguer.
 * - The bulletin has no volumes, so 年, 卷(期) becomes 年(期): 2020(3). It carries no page numbers online.
 * - 出版地 is 营口, where the publishing office (营口市…办公室) sits.
 * - The access date is the reader's, so it cannot be written at build time (two builds must give the same
 *   files); the page shows a placeholder that the copy button, where it runs, fills with today's date.
 * - Punctuation is the standard's: ". " between elements, ", " and ": " inside them.
 */

import { SERIAL_TITLE } from '../common/serial.ts';

/** Where the publishing office is. */
export const PLACE_OF_PUBLICATION = '营口';
/** Shown where the reader's access date goes until it is filled in. */
export const ACCESS_DATE_PLACEHOLDER = '引用日期';

export interface CitableIssue {
  year: number;
  number: number;
  /** YYYY-MM-DD */
  date: string;
  publisher: string;
}

export interface CitableArticle {
  /** `null` for a short item, which prints no title. */
  printedTitle: string | null;
  /** The printed title, or the derived one for a short item. */
  displayTitle: string;
  source: string;
}

/** A citation in three parts, so a page can mark the access date: `${before}[${accessed}]${after}`. */
export interface Citation {
  before: string;
  accessed: string;
  after: string;
}

export interface CiteOptions {
  /** The permalink, absolute. */
  url: string;
  /** YYYY-MM-DD; the placeholder when not known. */
  accessed?: string;
}

/** The citation as one line of text. */
export function citationText(citation: Citation): string {
  return `${citation.before}[${citation.accessed}]${citation.after}`;
}

/** 市信用办. 题名[J/OL]. 营口信用体系建设工作简报, 2020(3)[引用日期]. https://…/articles/x/. */
export function citeArticle(article: CitableArticle, issue: CitableIssue, options: CiteOptions): Citation {
  const title = article.printedTitle ?? `[${article.displayTitle}]`;
  return {
    before: `${article.source}. ${title}[J/OL]. ${SERIAL_TITLE}, ${issue.year}(${issue.number})`,
    accessed: options.accessed ?? ACCESS_DATE_PLACEHOLDER,
    after: `. ${options.url}.`,
  };
}

/** 营口市…办公室. 营口信用体系建设工作简报[J/OL]. 2020(3). 营口: 营口市…办公室, 2020[引用日期]. https://…/. */
export function citeIssue(issue: CitableIssue, options: CiteOptions): Citation {
  return {
    before: `${issue.publisher}. ${SERIAL_TITLE}[J/OL]. ${issue.year}(${issue.number}). ${PLACE_OF_PUBLICATION}: ${issue.publisher}, ${issue.date.slice(0, 4)}`,
    accessed: options.accessed ?? ACCESS_DATE_PLACEHOLDER,
    after: `. ${options.url}.`,
  };
}

/** Today's date in the reader's time zone as YYYY-MM-DD, for the access date. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
