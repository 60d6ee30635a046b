/**
 * Reads a bulletin's plain-text export (as Word saves it) and turns it into an issue folder: issue.json,
 * rankings.json, one MDX file per article or short item and one JSON file per statistical table.
 *
 * The export's parts, in printed order: masthead, 重要提示, ranking sections (【全国地级城市信用排名】…),
 * article sections (【国家政策】…), statistical tables (a title line, then tab-separated rows, the header
 * repeated on every printed page), and the footer (报：…). Each part has its own parser; this module
 * only finds where each part is and names the files. Nothing is guessed silently: whatever the parsers
 * fixed or could not decide comes back as notes for the editor.
 */
import type { z } from 'astro/zod';
import type { ArticleInput } from '../articles/schema.ts';
import { articleFileText } from '../articles/file-name.ts';
import { parseArticleSection, type ImportedArticle } from './articles.ts';
import { isFooterStart, parseFooter } from './footer.ts';
import { KEY_NOTES_HEADING, parseKeyNotes, parseMasthead } from './masthead.ts';
import { parseRankingSection, rankingLevelOf, type ObservationInput } from './rankings.ts';
import type { ImportNote } from './review.ts';
import { parseTable, tableInput, type ImportedTable } from './tables.ts';
import { isBlank, isTabLine, tabFields, type ExportLine } from './text-export.ts';
import { documentLines, type BulletinDocument } from './document.ts';
import { readTextExport } from './readers/text.ts';
import { issueId } from '../content/paths.ts';
import { formatContentJson, formatIssueJson } from '../authoring/json-format.ts';
import { permalinkFrom } from '../authoring/permalink.ts';
import type { ContentFile } from '../content/snapshot.ts';
import type { IssueInput } from '../issues/schema.ts';
import type { rankingFileSchema } from '../rankings/schema.ts';

export interface ImportOptions {
  /**
   * Column keys the archive already uses, by printed column label. A table printed again in a later
   * issue keeps its keys, so its columns line up across issues; a new label gets a key from its pinyin.
   */
  knownColumnKeys?: ReadonlyMap<string, string>;
}

/** A file the importer writes, with a one-line description for the terminal. */
export interface ImportedFile extends ContentFile {
  summary: string;
}

export interface ImportResult {
  /** `2020-03`, or `null` when the masthead has no year or number (then nothing can be written). */
  folder: string | null;
  /** Paths relative to the content root: `issues/2020-03/issue.json`. */
  files: ImportedFile[];
  notes: ImportNote[];
  issue: IssueInput;
  articles: ImportedArticle[];
  tables: ImportedTable[];
  observations: ObservationInput[];
}

const SECTION_HEAD = /^【(.+)】$/u;
const RANKING_HEADER = '月份|综合指数|排名';

type Segment =
  | { kind: 'articles'; heading: string; lines: ExportLine[] }
  | { kind: 'ranking'; heading: string; lines: ExportLine[] }
  | { kind: 'table'; title: ExportLine; lines: ExportLine[] };

/** Imports a plain-text export (Word → 纯文本). */
export function importBulletin(text: string, options: ImportOptions = {}): ImportResult {
  return importDocument(readTextExport(text), options);
}

/** Imports a bulletin read by any reader (import/readers/): the same steps whatever the format. */
export function importDocument(document: BulletinDocument, options: ImportOptions = {}): ImportResult {
  const lines = documentLines(document);
  const notes: ImportNote[] = [];

  const keyNotesAt = lines.findIndex((line) => line.text.trim() === KEY_NOTES_HEADING);
  const firstPart = lines.findIndex(
    (line, index) => SECTION_HEAD.test(line.text.trim()) || isTableTitle(lines, index) || isFooterStart(line.text),
  );
  const bodyStart = firstPart < 0 ? lines.length : firstPart;
  const mastheadEnd = keyNotesAt >= 0 && keyNotesAt < bodyStart ? keyNotesAt : bodyStart;
  const footerAt = lines.findIndex((line, index) => index >= bodyStart && isFooterStart(line.text));
  const bodyEnd = footerAt < 0 ? lines.length : footerAt;

  const masthead = parseMasthead(lines.slice(0, mastheadEnd));
  notes.push(...masthead.notes);
  const keyNotes =
    keyNotesAt >= 0 && keyNotesAt < bodyStart
      ? parseKeyNotes(lines.slice(keyNotesAt + 1, bodyStart))
      : { keyNotes: [], notes: [] };
  notes.push(...keyNotes.notes);
  const footer = parseFooter(footerAt < 0 ? [] : lines.slice(footerAt));
  notes.push(...footer.notes);
  if (footerAt < 0)
    notes.push({
      kind: 'review',
      file: 'issue.json',
      place: 'footer',
      message: '找不到报尾（以“报：”开头的一行）：请在 issue.json 的 footer 中填写',
    });

  const segments = splitSegments(lines.slice(bodyStart, bodyEnd), notes);
  const observations: ObservationInput[] = [];
  const headings: Record<string, string> = {};
  const articles: ImportedArticle[] = [];
  const tables: ImportedTable[] = [];
  for (const segment of segments) {
    if (segment.kind === 'ranking') {
      const result = parseRankingSection(rankingLevelOf(segment.heading)!, segment.lines);
      observations.push(...result.observations);
      Object.assign(headings, result.headings);
      notes.push(...result.notes);
    } else if (segment.kind === 'articles') {
      const result = parseArticleSection(segment.heading, segment.lines, {
        wholeParagraphs: document.wholeParagraphs,
      });
      articles.push(...result.articles);
      notes.push(...result.notes);
    } else {
      tables.push(parseTable(segment.title, segment.lines));
    }
  }

  const { year, number } = masthead.masthead;
  const folder = year !== undefined && number !== undefined ? issueId({ year, number }) : null;
  const issue: IssueInput = {
    year: year ?? 0,
    number: number ?? 0,
    cumulativeNumber: masthead.masthead.cumulativeNumber ?? 0,
    date: masthead.masthead.date ?? '',
    publisher: masthead.masthead.publisher ?? '',
    keyNotes: keyNotes.keyNotes,
    footer: footer.footer,
  };

  const files: ImportedFile[] = [];
  const at = (path: string) => `issues/${folder}/${path}`;
  files.push({
    path: at('issue.json'),
    text: formatIssueJson(issue),
    summary: `本期信息：〔${issue.year}〕第${issue.number}期 总第${issue.cumulativeNumber}期，${issue.date}，重要提示 ${issue.keyNotes?.length ?? 0} 条，报尾`,
  });
  if (observations.length) {
    const rankings: z.input<typeof rankingFileSchema> = { headings, observations };
    const cities = new Set(observations.map((o) => o.city));
    files.push({
      path: at('rankings.json'),
      text: formatContentJson(rankings),
      summary: `城市信用排名：${[...cities].join('、')}，共 ${observations.length} 个月度数据`,
    });
  }
  const articleSlugs = new Set<string>();
  articles.forEach((article, index) => {
    const name = `articles/${orderedName(index + 1, article.title ?? article.paragraphs[0] ?? '', article.kind, articleSlugs)}.mdx`;
    const data: ArticleInput =
      article.kind === 'article'
        ? { kind: 'article', title: article.title!, section: article.section, source: article.source }
        : { kind: 'brief', marker: article.marker!, section: article.section, source: article.source };
    files.push({
      path: at(name),
      text: articleFileText(data, article.paragraphs),
      summary: `【${article.section}】${article.kind === 'article' ? article.title : `${article.marker} 简讯：${[...(article.paragraphs[0] ?? '')].slice(0, 16).join('')}…`}`,
    });
    notes.push(...article.notes.map((note) => ({ ...note, file: name })));
  });
  const tableSlugs = new Set<string>();
  tables.forEach((table, index) => {
    const name = `tables/${orderedName(index + 1, table.title, 'table', tableSlugs)}.json`;
    files.push({
      path: at(name),
      text: formatContentJson(tableInput(table, options.knownColumnKeys)),
      summary: `${table.title}（${table.rows.length} 行 × ${table.labels.length} 栏${table.pages > 1 ? `，印刷版分 ${table.pages} 页` : ''}）`,
    });
    notes.push(...table.notes.map((note) => ({ ...note, file: name })));
    if (/[一二三四]季度|上半年|下半年|\d{1,2}月/u.test(table.title)) {
      notes.push({
        kind: 'review',
        file: name,
        place: 'period',
        message: `表名“${table.title}”写有统计时段：可在 period 中写明完整时段（如“2020年第三季度”），网站会把它标为编者注明的“统计期”显示，表名仍照印刷`,
      });
    }
  });
  if (articles.length) {
    notes.push({
      kind: 'review',
      message: `文件名中的短名（${[...articleSlugs][0]} 等）是按标题的拼音自动起的，会成为网址的一部分：发布前可以改得更简短或改成英文（如 03-credit-repair.mdx），发布后不要再改`,
    });
  }
  if (!folder) notes.push({ kind: 'review', message: '报头中找不到年份或期号，无法确定本期文件夹名，什么也没有写入' });
  return { folder, files: folder ? files : [], notes, issue, articles, tables, observations };
}

/**
 * `04-xin-yong-ban-gong-yi-xing-xin-yong`: printed order, then a readable slug from the title's pinyin
 * (authoring/permalink.ts), unique in the issue; `06-brief-06` when the text gives nothing to read.
 */
function orderedName(order: number, title: string, kind: string, taken: Set<string>): string {
  const number = String(order).padStart(2, '0');
  const slug = permalinkFrom(title, { taken, fallback: `${kind}-${number}` });
  taken.add(slug);
  return `${number}-${slug}`;
}

/** A line followed (after blanks) by a tab-separated header that is not a ranking table's. */
function isTableTitle(lines: readonly ExportLine[], index: number): boolean {
  const line = lines[index]!;
  if (isBlank(line) || isTabLine(line) || SECTION_HEAD.test(line.text.trim())) return false;
  const next = lines.slice(index + 1).find((l) => !isBlank(l));
  if (!next || !isTabLine(next)) return false;
  const fields = tabFields(next.text);
  return fields.length >= 3 && fields.join('|') !== RANKING_HEADER;
}

/** Cuts the body into sections (by their 【】 heads) and tables (by their titles). */
function splitSegments(lines: readonly ExportLine[], notes: ImportNote[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | null = null;
  lines.forEach((line, index) => {
    const text = line.text.trim();
    const head = SECTION_HEAD.exec(text);
    if (head) {
      const section: Segment = {
        kind: rankingLevelOf(head[1]!) ? 'ranking' : 'articles',
        heading: head[1]!,
        lines: [],
      };
      segments.push(section);
      current = section;
      return;
    }
    if (isTableTitle(lines, index)) {
      // 续表 or “表名（续）” carries on the last table on a new page.
      const continued = /^(?:续表|(.+?)\s*[（(]续[）)])$/u.exec(text);
      const previous = segments.findLast((s) => s.kind === 'table');
      if (continued && previous?.kind === 'table' && (!continued[1] || continued[1] === previous.title.text.trim())) {
        current = previous;
        return;
      }
      const table: Segment = { kind: 'table', title: line, lines: [] };
      segments.push(table);
      current = table;
      return;
    }
    if (current?.kind === 'table' && !isBlank(line) && !isTabLine(line)) current = null;
    if (!current) {
      if (!isBlank(line))
        notes.push({ kind: 'review', line: line.line, message: `这一行不在任何栏目或表格之内，未导入：“${text}”` });
      return;
    }
    current.lines.push(line);
  });
  return segments;
}

/**
 * Column keys by printed label, from the tables already in the archive, so that a recurring table keeps
 * its keys. Files that cannot be read are skipped: validation reports them on its own.
 */
export function columnKeysFromArchive(files: readonly ContentFile[]): Map<string, string> {
  const keys = new Map<string, string>();
  for (const file of files) {
    if (!/^issues\/[^/]+\/tables\/[^/]+\.json$/.test(file.path)) continue;
    try {
      const data = JSON.parse(file.text) as { columns?: Array<{ key?: unknown; label?: unknown }> };
      for (const column of data.columns ?? []) {
        if (typeof column.key === 'string' && typeof column.label === 'string' && !keys.has(column.label))
          keys.set(column.label, column.key);
      }
    } catch {
      // unreadable JSON: validation names it
    }
  }
  return keys;
}
