import { recordFilePath, recordToArticleFile, recordToJsonFile, type CmsRecord } from '../authoring/cms-format.ts';
import { ARTICLE_FILE_RULE, ISSUE_FOLDER_RULE, TABLE_FILE_RULE } from '../content/paths.ts';
import type { ContentProblem } from '../content/problem.ts';
import { validateContent } from './validate-archive.ts';

/**
 * The checks the web editor runs before it saves an entry: the same rules as `npm run validate`, on the
 * very text the save would write. Rules that need the rest of the archive (cumulative numbers, series
 * across issues) are left to the merge request's CI, which runs the whole of `npm run validate`.
 */

export type CmsCollection = 'issues' | 'articles' | 'tables' | 'rankings';

/** The file text a save of this record writes. */
export function entryFileText(collection: CmsCollection, record: CmsRecord): string {
  return collection === 'articles' ? recordToArticleFile(record) : recordToJsonFile(record);
}

const FOLDER_FIELD: Record<CmsCollection, 'folder' | 'issue'> = {
  issues: 'folder',
  articles: 'issue',
  tables: 'issue',
  rankings: 'issue',
};

/** What a new entry needs so that its file lands where the archive expects it. */
function placeProblems(collection: CmsCollection, record: CmsRecord, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const folderField = FOLDER_FIELD[collection];
  if (!/^\d{4}-\d{2}$/.test(String(record[folderField] ?? '')))
    problems.push({
      file,
      place: folderField === 'folder' ? '期文件夹' : '所属期',
      message: `新建时必须填写，格式为“${ISSUE_FOLDER_RULE}”`,
    });
  if (collection === 'articles' || collection === 'tables') {
    const rule = collection === 'articles' ? ARTICLE_FILE_RULE : TABLE_FILE_RULE;
    if (!/^\d{2}$/.test(String(record.order ?? '')))
      problems.push({ file, place: '印刷顺序', message: `新建时必须填写两位数字，如 03（文件名规则：${rule}）` });
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(String(record.permalink ?? '')))
      problems.push({
        file,
        place: '网址短名',
        message: `新建时必须填写，只用英文小写字母、数字和连字符，如 credit-week（文件名规则：${rule}）`,
      });
  }
  return problems;
}

/**
 * Every problem the archive's validation finds in the file this save would write. `existingPath` is
 * the file's path relative to content/ when the entry already exists; a new entry's path is built
 * from its issue, printed order and permalink.
 */
export function entryProblems(
  collection: CmsCollection,
  record: CmsRecord,
  sections: readonly string[],
  existingPath?: string,
): ContentProblem[] {
  const path = existingPath ?? recordFilePath(collection, record);
  const file = `content/${path}`;
  if (!existingPath) {
    const place = placeProblems(collection, record, file);
    if (place.length) return place;
  }
  const snapshot = {
    rootLabel: 'content',
    files: [
      { path: 'sections.json', text: JSON.stringify({ sections }) },
      { path, text: entryFileText(collection, record) },
    ],
  };
  return validateContent(snapshot).errors.filter(
    (problem) => problem.file === file && !NEEDS_SIBLING.test(problem.message),
  );
}

/**
 * Problems that only say another file of the issue is not there yet: each entry is saved on its own,
 * so the issue's rankings may come after its key notes. CI checks the issue as a whole before it merges.
 */
const NEEDS_SIBLING = /本期没有排名数据文件 rankings\.json/;
