import { describeFound, type ContentProblem } from '../content/problem.ts';
import { entryId, parseIssueFolder, parseTablePath, TABLE_FILE_RULE } from '../content/paths.ts';
import type { ContentSnapshot } from '../content/snapshot.ts';
import { formatPath, parseWithFriendlyErrors } from '../content/friendly-errors.ts';
import { locateJsonPath } from '../content/json-locate.ts';
import { parseJsonText } from '../content/file-text.ts';
import type { Discrepancy, TableAudit } from './audit.ts';
import { checkTable } from './checks.ts';
import { tableShape } from './schema.ts';

/** A table file that passed every check, with its totals and discrepancies. */
export interface ValidatedTable extends TableAudit {
  /** `2020-03/departments` */
  id: string;
  issueId: string;
  slug: string;
  order: number;
  /** The file as named in messages: content/issues/2020-03/tables/02-departments.json */
  file: string;
}

/**
 * A discrepancy as `npm run validate -- --json` reports it: the record plus the table's title, file and
 * totals row label.
 */
export interface ReportedDiscrepancy extends Discrepancy {
  title: string;
  file: string;
  /** The label of the table's printed totals row (合计), which names a column-total discrepancy's place. */
  totalsLabel: string;
}

/** Checks one table file's text: JSON syntax, shape, then every cell, row and cross-reference. */
export function validateTableText(
  text: string,
  file: string,
  id: string,
): { audit: TableAudit | null; problems: ContentProblem[] } {
  const parsed = parseJsonText(text, file);
  if ('problem' in parsed) return { audit: null, problems: [parsed.problem] };
  const shape = parseWithFriendlyErrors(tableShape, parsed.value, file);
  if (!shape.data) {
    return {
      audit: null,
      problems: shape.problems.map((problem) => {
        // Add the line of the field, so an editor can jump to it.
        const at = problem.place ? locateJsonPath(text, pathOf(problem.place)) : null;
        return at ? { ...problem, ...at } : problem;
      }),
    };
  }
  const { problems: issues, audit } = checkTable(shape.data, id);
  if (!audit) {
    return {
      audit: null,
      problems: issues.map((issue) => ({
        file,
        ...(locateJsonPath(text, issue.path) ?? {}),
        place: issue.place,
        message: issue.message,
        ...('value' in issue ? { found: describeFound(issue.value) } : {}),
        detail: formatPath(issue.path),
      })),
    };
  }
  return { audit, problems: [] };
}

/** `rows[5].cells[0]` → ['rows', 5, 'cells', 0] (the inverse of formatPath, for locating a field). */
function pathOf(place: string): Array<string | number> {
  return [...place.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

/**
 * Checks every table file of the content folder (`issues/<issue>/tables/*.json`): its name, its
 * content, and that no two tables of an issue share a number or a permalink. Folders with a bad issue
 * name are left to the issue checks, which report them.
 */
export function validateTables(
  snapshot: ContentSnapshot,
  at: (path: string) => string,
): { errors: ContentProblem[]; tables: ValidatedTable[]; discrepancies: ReportedDiscrepancy[] } {
  const errors: ContentProblem[] = [];
  const tables: ValidatedTable[] = [];
  const byOrder = new Map<string, string>();
  const bySlug = new Map<string, string>();
  for (const { path, text } of snapshot.files) {
    const parts = path.split('/');
    if (parts.length !== 4 || parts[0] !== 'issues' || parts[2] !== 'tables' || !parseIssueFolder(parts[1]!)) continue;
    const file = at(path);
    const key = parseTablePath(parts.slice(1).join('/'));
    if (!key) {
      errors.push({
        file,
        message: `数据表文件名应为“${TABLE_FILE_RULE}”：序号决定印刷顺序，短名成为网址的一部分`,
        found: describeFound(parts[3]),
      });
      continue;
    }
    const orderKey = `${key.issueId}#${key.order}`;
    const previousOrder = byOrder.get(orderKey);
    if (previousOrder)
      errors.push({
        file,
        place: '文件名序号',
        message: `序号 ${key.order} 已被 ${previousOrder} 使用：同一期中每张表的序号应不同`,
        found: String(key.order),
      });
    byOrder.set(orderKey, parts[3]!);
    const id = entryId(key);
    const previousSlug = bySlug.get(id);
    if (previousSlug)
      errors.push({
        file,
        place: '文件名短名',
        message: `短名“${key.slug}”已被 ${previousSlug} 使用：同一期中每张表的短名应不同，否则网址会冲突`,
        found: describeFound(key.slug),
      });
    bySlug.set(id, parts[3]!);

    const result = validateTableText(text, file, id);
    errors.push(...result.problems);
    if (result.audit)
      tables.push({ ...result.audit, id, issueId: key.issueId, slug: key.slug, order: key.order, file });
  }
  tables.sort((a, b) => a.issueId.localeCompare(b.issueId) || a.order - b.order);
  const discrepancies = tables.flatMap((table) =>
    table.discrepancies.map((d) => ({
      ...d,
      title: table.model.title,
      file: table.file,
      totalsLabel: table.model.printedTotals?.label ?? '合计',
    })),
  );
  return { errors, tables, discrepancies };
}
