/**
 * Everything the archive knows from *where* a content file is.
 *
 * An issue lives in `content/issues/YYYY-NN/` (year, two-digit number in the year). An article lives in
 * `content/issues/YYYY-NN/articles/NN-slug.mdx`: its issue comes from the folder, its printed order from
 * the number in front of the file name and its permalink slug from the rest. No front-matter field repeats
 * these facts, so they cannot disagree.
 */

export interface IssueKey {
  year: number;
  number: number;
}

export interface ArticleKey {
  issueId: string;
  order: number;
  slug: string;
}

const ISSUE_FOLDER = /^(\d{4})-(\d{2})$/;
const ORDERED_FILE = /^(\d{2,3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.(mdx|json)$/;

/** `2020-03` for year 2020, number 3. */
export function issueId(key: IssueKey): string {
  return `${key.year}-${String(key.number).padStart(2, '0')}`;
}

/** Reads `2020-03` as year 2020, number 3; `null` when the folder name is not of that form. */
export function parseIssueFolder(folder: string): IssueKey | null {
  const match = ISSUE_FOLDER.exec(folder);
  if (!match) return null;
  const number = Number(match[2]);
  if (number < 1) return null;
  return { year: Number(match[1]), number };
}

/**
 * Reads `03-credit-repair.mdx` as order 3, slug `credit-repair` (tables are named the same way, as
 * `02-departments.json`); `null` when the name is not of that form or has another extension.
 */
export function parseOrderedFile(fileName: string, extension: 'mdx' | 'json'): { order: number; slug: string } | null {
  const match = ORDERED_FILE.exec(fileName);
  if (!match || match[3] !== extension) return null;
  return { order: Number(match[1]), slug: match[2]! };
}

/**
 * Reads a path relative to `content/issues/`, such as `2020-03/articles/03-credit-repair.mdx`.
 * Returns `null` when the path is not where an article belongs.
 */
export function parseArticlePath(relativePath: string): ArticleKey | null {
  return parseOrderedPath(relativePath, 'articles', 'mdx');
}

/** Reads `2020-03/tables/02-departments.json` like an article path: issue, printed order, slug. */
export function parseTablePath(relativePath: string): ArticleKey | null {
  return parseOrderedPath(relativePath, 'tables', 'json');
}

function parseOrderedPath(relativePath: string, folder: string, extension: 'mdx' | 'json'): ArticleKey | null {
  const parts = relativePath.split(/[\\/]/);
  if (parts.length !== 3 || parts[1] !== folder) return null;
  const issue = parseIssueFolder(parts[0]!);
  const file = parseOrderedFile(parts[2]!, extension);
  if (!issue || !file) return null;
  return { issueId: issueId(issue), ...file };
}

/** The collection id of an article or a table (issue folder / slug): `2020-03/credit-repair`. */
export function entryId(key: Pick<ArticleKey, 'issueId' | 'slug'>): string {
  return `${key.issueId}/${key.slug}`;
}

/** The issue folder (`2020-03`) of any path relative to `content/issues/`. */
export function issueFolderOf(relativePath: string): string {
  return relativePath.split(/[\\/]/)[0] ?? '';
}

export const ARTICLE_FILE_RULE = '两位序号-英文小写短名.mdx，例如 03-credit-repair.mdx';
export const TABLE_FILE_RULE = '两位序号-英文小写短名.json，例如 02-departments.json';
export const ISSUE_FOLDER_RULE = '年份-两位期号，例如 2020-03';
