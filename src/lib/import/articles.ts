import { isBlank, joinPageBreaks, type ExportLine } from './text-export.ts';
import type { ImportNote } from './review.ts';

/** An article or short item read from the export, before it becomes an MDX file. */
export interface ImportedArticle {
  kind: 'article' | 'brief';
  /** Articles only: the printed headline. */
  title?: string;
  /** Short items only: the printed bullet. */
  marker?: '◇' | '☆';
  section: string;
  /** The attribution without its brackets; empty when the export has none. */
  source: string;
  paragraphs: string[];
  /** The export line it starts on. */
  line: number;
  /** Notes about this item; the importer adds the file name. */
  notes: ImportNote[];
}

/** （市信用办）: a whole line in full-width brackets closes an article. */
const SOURCE_LINE = /^（([^（）]{1,40})）$/u;
const BRIEF = /^([◇☆])\s*/u;

/**
 * Reads the articles and short items of one section, in printed order. An article is a title line,
 * paragraphs and a source line; a short item starts with ◇ or ☆ and has no title. Paragraphs cut by a
 * page end are joined and reported.
 */
export function parseArticleSection(
  section: string,
  lines: readonly ExportLine[],
  /** A Word file keeps paragraphs whole: nothing to join. */
  { wholeParagraphs = false }: { wholeParagraphs?: boolean } = {},
): { articles: ImportedArticle[]; notes: ImportNote[] } {
  const articles: ImportedArticle[] = [];
  const notes: ImportNote[] = [];
  let current: { article: ImportedArticle; raw: Array<{ line: number; text: string }> } | null = null;

  const close = (endLine: number) => {
    if (!current) return;
    const { article, raw } = current;
    finishParagraphs(article, raw, wholeParagraphs);
    if (!article.source) {
      article.notes.push({
        kind: 'review',
        line: endLine,
        place: 'source',
        message: '这一篇后面没有找到“（来源）”一行：请在 source 中填写来源',
      });
    }
    if (!article.paragraphs.length) {
      article.notes.push({
        kind: 'review',
        line: article.line,
        message: '这一篇没有正文：请核对导出文件，或把它并入上下篇',
      });
    }
    articles.push(article);
    current = null;
  };

  for (const line of lines) {
    if (isBlank(line)) continue;
    const text = line.text.trim();
    const source = SOURCE_LINE.exec(text);
    if (source) {
      if (current) {
        current.article.source = source[1]!.trim();
        close(line.line);
      } else {
        notes.push({ kind: 'review', line: line.line, message: `这一行像来源“${text}”，但前面没有文章，未导入` });
      }
      continue;
    }
    const brief = BRIEF.exec(text);
    if (brief) {
      close(line.line);
      current = {
        article: {
          kind: 'brief',
          marker: brief[1] as '◇' | '☆',
          section,
          source: '',
          paragraphs: [],
          line: line.line,
          notes: [],
        },
        raw: [{ line: line.line, text: text.slice(brief[0].length) }],
      };
      continue;
    }
    if (!current) {
      current = {
        article: { kind: 'article', title: text, section, source: '', paragraphs: [], line: line.line, notes: [] },
        raw: [],
      };
      continue;
    }
    current.raw.push({ line: line.line, text });
  }
  close(lines.at(-1)?.line ?? 0);
  return { articles, notes };
}

function finishParagraphs(
  article: ImportedArticle,
  raw: Array<{ line: number; text: string }>,
  wholeParagraphs: boolean,
): void {
  const joined = wholeParagraphs ? { paragraphs: raw, joins: [], doubtful: [] } : joinPageBreaks(raw);
  article.paragraphs = joined.paragraphs.map((p) => p.text);
  for (const join of joined.joins) {
    article.notes.push({
      kind: 'applied',
      line: join.line,
      message: `这一段与第 ${join.nextLine} 行之间的空行在句子中间（分页造成），已接成一段：“…${join.before}｜${join.after}…”`,
    });
  }
  for (const doubtful of joined.doubtful) {
    article.notes.push({
      kind: 'review',
      line: doubtful.line,
      message: `这一段没有以句号等标点结尾：“${doubtful.text}”。如是小标题，保留即可；如是分页断开的半段，请与下一段接上`,
    });
  }
  article.notes.push(...findCorruption(article));
}

/** A lower-case English word between Chinese characters: 重要表率 and 导向作用. Acronyms such as PT are left alone. */
const ENGLISH_IN_CHINESE = /(\p{Script=Han}[，、。；：]?)\s*([a-z]{2,}(?:\s+[a-z]{2,})*)\s*(?=\p{Script=Han})/gu;
/** Sentences shorter than this repeat by chance (“市信用办。”); longer ones repeat by a paste. */
const REPEAT_MIN_LENGTH = 15;

/**
 * Spots the two kinds of corruption the exports are known for, so an editor can add an editorial note:
 * an English word inside a Chinese sentence, and a sentence pasted into the middle of another (it then
 * occurs twice). The text is kept as published either way.
 */
export function findCorruption(article: Pick<ImportedArticle, 'paragraphs'>): ImportNote[] {
  const notes: ImportNote[] = [];
  article.paragraphs.forEach((paragraph, index) => {
    for (const match of paragraph.matchAll(ENGLISH_IN_CHINESE)) {
      const start = Math.max(0, match.index - 6);
      const context = paragraph.slice(start, match.index + match[0].length + 6);
      notes.push({
        kind: 'review',
        place: `正文第 ${index + 1} 段`,
        message: `中文句子中夹着英文单词“${match[2]}”：“${context}”。原文照录；如确是录入错误，请在 editorialNotes 中写明原文、建议读法和理由`,
      });
    }
  });
  const text = article.paragraphs.join('\n');
  const seen = new Set<string>();
  for (const sentence of text.match(/[^。！？\n]+[。！？]/gu) ?? []) {
    if ([...sentence].length < REPEAT_MIN_LENGTH || seen.has(sentence)) continue;
    seen.add(sentence);
    const first = text.indexOf(sentence);
    const second = text.indexOf(sentence, first + 1);
    if (second < 0) continue;
    const paragraph = text.slice(0, second).split('\n').length;
    notes.push({
      kind: 'review',
      place: `正文第 ${paragraph} 段`,
      message: `这句话在本文中出现了两次，第二次在第 ${paragraph} 段，可能是误贴：“${[...sentence].slice(0, 24).join('')}…”。原文照录；请对照印刷版，在 editorialNotes 中说明`,
    });
  }
  return notes;
}
