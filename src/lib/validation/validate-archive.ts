import { z } from 'astro/zod';
import { articleSchema } from '../articles/schema.ts';
import { toArticle, type Article } from '../articles/article.ts';
import type { EditorialNote } from '../articles/schema.ts';
import { placeEditorialNotes, unplacedNoteMessage } from '../articles/editorial-passage.ts';
import type { Root } from 'mdast';
import { parseMdxBody } from '../content/mdx-body.ts';
import { findUnsafeContent, mayHoldUnsafeContent } from '../content/mdx-safety.ts';
import { IMAGE_EXTENSIONS } from '../content/link-policy.ts';
import { describeFound, type ContentProblem } from '../content/problem.ts';
import { ARTICLE_FILE_RULE, ISSUE_FOLDER_RULE, issueId, parseArticlePath, parseIssueFolder } from '../content/paths.ts';
import type { ContentSnapshot } from '../content/snapshot.ts';
import { parseWithFriendlyErrors } from '../content/friendly-errors.ts';
import { issueSchema, type IssueData } from '../issues/schema.ts';
import { EXAMPLES_FOLDER, findExampleLeftovers, isExamplePath } from '../authoring/examples.ts';
import { checkIssueSequence } from '../issues/sequence.ts';
import { findMdxHazards, parseFrontMatter, parseJsonText } from '../content/file-text.ts';
import { validateRankings, type RankingFileInput } from '../rankings/validation.ts';
import { validateTables, type ReportedDiscrepancy, type ValidatedTable } from '../tables/validation.ts';
import { UNITS_FILE, type UnitsFile } from '../units/schema.ts';
import { validateUnitsFile } from '../units/validation.ts';

export interface ValidatedIssue {
  /** `2020-03`, the folder name. */
  id: string;
  data: IssueData;
  articles: Article[];
  /** Article bodies by article id, for checks that read the text. */
  bodies: Map<string, string>;
  /**
   * Each article's file as messages name it (`content/issues/2020-03/articles/04-credit-repair.mdx`), by article
   * id.
   */
  files: Map<string, string>;
}

export interface ValidationResult {
  errors: ContentProblem[];
  issues: ValidatedIssue[];
  /** Tables that passed every check, with their totals (tables/validation.ts). */
  tables: ValidatedTable[];
  /** Printed totals that differ from the computed ones: reported and published, not errors. */
  discrepancies: ReportedDiscrepancy[];
  /** The editors' unit alias list (content/units.json), when there is one and it passed its checks. */
  units: UnitsFile | null;
}

export const sectionsFileSchema = z.strictObject({
  sections: z.array(z.string().trim().min(1, { error: '栏目名不能为空' })).min(1, { error: '至少要有一个栏目' }),
});

const SECTIONS_FILE = 'sections.json';

/** Files an issue folder may hold, besides the ones read here (tables and rankings are read by their own checks). */
const KNOWN_ISSUE_FILE = new RegExp(
  `^(issue\\.json|articles/[^/]+\\.mdx|tables/[^/]+\\.json|rankings\\.json|README\\.md|images/[^/]+\\.(${IMAGE_EXTENSIONS.join('|')}))$`,
);

/**
 * Checks the whole content folder and returns every problem at once, plus the issues that could be read.
 * Checks: folder names, issue metadata (and that it agrees with its folder), cumulative numbers,
 * article file names, front matter, sections, printed order, editorial notes, MDX hazards.
 */
export function validateContent(snapshot: ContentSnapshot): ValidationResult {
  const errors: ContentProblem[] = [...(snapshot.problems ?? [])];
  const at = (path: string) => `${snapshot.rootLabel}/${path}`;
  const assets = new Set(snapshot.assets ?? []);

  const textOf = new Map(snapshot.files.map((f) => [f.path, f.text]));
  const sections = readSections(textOf, errors, at);

  const folders = new Map<string, string[]>();
  for (const file of [...snapshot.files, ...[...assets].map((path) => ({ path }))]) {
    const parts = file.path.split('/');
    if (parts[0] !== 'issues') continue;
    if (parts.length < 3) {
      errors.push({
        file: at(file.path),
        message: `期刊文件应放在某一期的文件夹里（content/issues/${ISSUE_FOLDER_RULE}/）`,
      });
      continue;
    }
    const folder = parts[1]!;
    const list = folders.get(folder) ?? [];
    list.push(parts.slice(2).join('/'));
    folders.set(folder, list);
  }

  const issues: ValidatedIssue[] = [];
  const rankings: RankingFileInput[] = [];
  for (const [folder, paths] of [...folders].sort(([a], [b]) => a.localeCompare(b))) {
    const key = parseIssueFolder(folder);
    if (!key) {
      errors.push({
        file: at(`issues/${folder}`),
        message: `期文件夹的名字应为“${ISSUE_FOLDER_RULE}”`,
        found: describeFound(folder),
      });
      continue;
    }
    for (const path of paths) {
      if (!KNOWN_ISSUE_FILE.test(path) && !isExamplePath(path)) {
        errors.push({
          file: at(`issues/${folder}/${path}`),
          message: `不认识的文件：一期里只放 issue.json、articles/*.mdx、tables/*.json、rankings.json、images/ 里的照片，以及说明 README.md 和示例文件夹 ${EXAMPLES_FOLDER}/；请把它移到对应的位置（文章放 articles/，表放 tables/，照片放 images/），或删去`,
        });
      }
    }
    const issueText = textOf.get(`issues/${folder}/issue.json`);
    if (issueText === undefined) {
      errors.push({
        file: at(`issues/${folder}/issue.json`),
        message: '缺少本期信息文件 issue.json（期号、日期、重要提示、报送信息等）',
      });
    }
    const parsed = issueText === undefined ? undefined : parseJsonText(issueText, at(`issues/${folder}/issue.json`));
    if (parsed && 'problem' in parsed) errors.push(parsed.problem);
    const issue =
      parsed && 'value' in parsed
        ? parseWithFriendlyErrors(issueSchema, parsed.value, at(`issues/${folder}/issue.json`))
        : undefined;
    errors.push(...(issue?.problems ?? []));
    const folderMatches = issue?.data ? checkFolderName(folder, issue.data, errors, at) : false;
    // The rankings are checked even when issue.json has problems; only the checks that need it wait.
    rankings.push({ issueId: folder, issue: issue?.data, text: textOf.get(`issues/${folder}/rankings.json`) });
    // Articles are checked even when issue.json has problems, so an editor sees everything at once.
    const { articles, bodies, files } = readArticles(textOf, folder, paths, sections, errors, at, (path) =>
      assets.has(path),
    );
    if (issue?.data && folderMatches) {
      if (!paths.some((p) => p.startsWith('articles/'))) {
        errors.push({
          file: at(`issues/${folder}/articles/`),
          message: `本期还没有文章或简讯：把 ${EXAMPLES_FOLDER}/articles/ 里的示例复制到 articles/，改名为“两位序号-英文短名.mdx”，再照印刷版改写`,
        });
      }
      issues.push({ id: folder, data: issue.data, articles, bodies, files });
    }
  }

  checkCumulativeNumbers(issues, errors, at);
  errors.push(...checkIssueSequence(issues, at));
  errors.push(...findExampleLeftovers(snapshot));
  errors.push(...validateRankings(rankings, at));
  const tables = validateTables(snapshot, at);
  errors.push(...tables.errors);
  const units = validateUnitsFile(
    textOf.get(UNITS_FILE),
    // A table with errors is not among the checked ones; its units are unknown until it is fixed.
    tables.errors.length
      ? null
      : tables.tables.map((t) => ({
          file: t.file,
          text: textOf.get(t.file.slice(snapshot.rootLabel.length + 1)) ?? '',
          units: t.model.rows.map((r) => r.unit),
        })),
    at,
  );
  errors.push(...units.problems);
  return { errors, issues, tables: tables.tables, discrepancies: tables.discrepancies, units: units.units };
}

function checkFolderName(
  folder: string,
  data: IssueData,
  errors: ContentProblem[],
  at: (p: string) => string,
): boolean {
  const expectedFolder = issueId(data);
  if (expectedFolder === folder) return true;
  errors.push({
    file: at(`issues/${folder}/issue.json`),
    place: 'year / number',
    message: `文件夹名“${folder}”与 issue.json 中的年份和期号（${data.year} 年第 ${data.number} 期）不一致：应改文件夹名为“${expectedFolder}”，或改正年份、期号`,
    found: `year ${data.year}, number ${data.number}`,
  });
  return false;
}

function readSections(
  textOf: Map<string, string>,
  errors: ContentProblem[],
  at: (p: string) => string,
): string[] | null {
  const text = textOf.get(SECTIONS_FILE);
  if (text === undefined) {
    errors.push({
      file: at(SECTIONS_FILE),
      message: '缺少栏目表 sections.json（列出所有栏目名，例如 国家政策、辽宁动态）',
    });
    return null;
  }
  const parsed = parseJsonText(text, at(SECTIONS_FILE));
  if ('problem' in parsed) {
    errors.push(parsed.problem);
    return null;
  }
  const result = parseWithFriendlyErrors(sectionsFileSchema, parsed.value, at(SECTIONS_FILE));
  errors.push(...result.problems);
  return result.data?.sections ?? null;
}

function readArticles(
  textOf: Map<string, string>,
  folder: string,
  paths: string[],
  sections: string[] | null,
  errors: ContentProblem[],
  at: (p: string) => string,
  hasAsset: (path: string) => boolean,
): { articles: Article[]; bodies: Map<string, string>; files: Map<string, string> } {
  const articles: Article[] = [];
  const bodies = new Map<string, string>();
  const files = new Map<string, string>();
  const byOrder = new Map<number, string>();
  const bySlug = new Map<string, string>();
  for (const path of paths.filter((p) => p.startsWith('articles/')).sort()) {
    const relative = `${folder}/${path}`;
    const file = at(`issues/${relative}`);
    const key = parseArticlePath(relative);
    if (!key) {
      errors.push({
        file,
        message: `文章文件名应为“${ARTICLE_FILE_RULE}”；序号决定印刷顺序，短名成为网址的一部分`,
        found: describeFound(path.slice('articles/'.length)),
      });
      continue;
    }
    const text = textOf.get(`issues/${relative}`)!;
    const document = parseFrontMatter(text, file);
    if ('problem' in document) {
      errors.push(document.problem);
      continue;
    }
    const result = parseWithFriendlyErrors(articleSchema, document.data, file);
    errors.push(...result.problems);
    const hazards = findMdxHazards(document.body, document.bodyStartLine, file);
    errors.push(...hazards);
    if (!document.body.trim()) errors.push({ file, message: '正文是空的：属性区（---）之后应是文章正文' });
    // The section is checked against the list even when other fields are wrong, so all is said at once.
    const section = (document.data as { section?: unknown } | null)?.section;
    if (sections && typeof section === 'string' && section.trim() && !sections.includes(section.trim())) {
      errors.push({
        file,
        place: 'section',
        message: `栏目不在栏目表中：可用的栏目有 ${sections.join('、')}；如确是新栏目，请先把它加到 content/sections.json`,
        found: describeFound(section),
      });
    }
    if (!result.data) continue;

    const previousOrder = byOrder.get(key.order);
    if (previousOrder)
      errors.push({
        file,
        place: '文件名序号',
        message: `序号 ${key.order} 已被 ${previousOrder} 使用：同一期中每篇的序号应不同`,
        found: String(key.order),
      });
    byOrder.set(key.order, path);
    const previousSlug = bySlug.get(key.slug);
    if (previousSlug)
      errors.push({
        file,
        place: '文件名短名',
        message: `短名“${key.slug}”已被 ${previousSlug} 使用：同一期中每篇的短名应不同，否则网址会冲突`,
      });
    bySlug.set(key.slug, path);

    // The body is read as the build reads it, by the build's own parser: links, images and code are
    // checked by the rule the build's remark step applies, and notes are placed by the build's own code.
    // A body with MDX hazards cannot be read, and is checked once those are fixed. A body with no
    // editorial notes and nothing the safety rule looks at (mayHoldUnsafeContent) is plain text, and most
    // are: its tree would give no problem, so it is not parsed.
    const needsTree = result.data.editorialNotes.length > 0 || mayHoldUnsafeContent(document.body);
    const tree = hazards.length || !needsTree ? undefined : readBodyTree(document.body, document.bodyStartLine, file);
    if (tree && 'problem' in tree) errors.push(tree.problem);
    else if (tree) {
      const offset = document.bodyStartLine - 1;
      errors.push(
        ...findUnsafeContent(tree.tree, `issues/${relative}`, offset, hasAsset).map((problem) => ({
          file,
          ...problem,
        })),
      );
      if (result.data.editorialNotes.length)
        errors.push(...checkEditorialNotes(tree.tree, result.data.editorialNotes, key.slug, file));
    }

    const article = toArticle(key, result.data, document.body);
    articles.push(article);
    bodies.set(article.id, document.body);
    files.set(article.id, file);
  }
  articles.sort((a, b) => a.order - b.order);
  return { articles, bodies, files };
}

/** The body as the build's parser reads it, or the parser's complaint with its line in the file. */
function readBodyTree(body: string, bodyStartLine: number, file: string): { tree: Root } | { problem: ContentProblem } {
  try {
    return { tree: parseMdxBody(body) };
  } catch (error) {
    const at = error as { line?: number; column?: number; reason?: string; message?: string };
    return {
      problem: {
        file,
        ...(typeof at.line === 'number'
          ? { line: bodyStartLine + at.line - 1, ...(typeof at.column === 'number' ? { column: at.column } : {}) }
          : {}),
        message: '正文无法按 MDX 读取，网站无法生成：请检查这一处附近的符号',
        detail: at.reason ?? at.message ?? String(error),
      },
    };
  }
}

/**
 * Each editorial note must be placeable in the body exactly as the site places it
 * (src/integrations/remark/editorial-notes.ts).
 */
function checkEditorialNotes(
  tree: Root,
  notes: readonly EditorialNote[],
  slug: string,
  file: string,
): ContentProblem[] {
  return placeEditorialNotes(tree, notes, slug).map((problem) => ({
    file,
    place: `editorialNotes[${problem.index}].original`,
    message: unplacedNoteMessage(problem),
    found: describeFound(problem.note.original),
  }));
}

function checkCumulativeNumbers(issues: ValidatedIssue[], errors: ContentProblem[], at: (p: string) => string): void {
  const seen = new Map<number, string>();
  for (const issue of issues) {
    const other = seen.get(issue.data.cumulativeNumber);
    if (other) {
      errors.push({
        file: at(`issues/${issue.id}/issue.json`),
        place: 'cumulativeNumber',
        message: `总期号 ${issue.data.cumulativeNumber} 与 ${other} 重复：每期的总期号应不同`,
        found: String(issue.data.cumulativeNumber),
      });
    }
    seen.set(issue.data.cumulativeNumber, issue.id);
  }
}
