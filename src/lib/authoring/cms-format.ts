import type { z } from 'astro/zod';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { articleFrontMatter } from '../articles/file-name.ts';
import { articleSchema, type ArticleInput } from '../articles/schema.ts';
import { stripBom } from '../common/text.ts';
import { issueSchema } from '../issues/schema.ts';
import { rankingFileSchema } from '../rankings/schema.ts';
import { tableShape } from '../tables/schema.ts';
import { formatContentJson, formatIssueJson } from './json-format.ts';

/**
 * What the web editor (Decap CMS) reads from and writes to a content file. Decap keeps one flat record
 * per entry; these functions turn a file into that record and back, writing exactly what the project's
 * own formatters write, so a save that changes one cell changes one line of the file.
 */

/** The three kinds of JSON file an issue folder holds; Decap lists them from one folder, so each is marked. */
export type JsonFileKind = 'issue' | 'rankings' | 'table';

/**
 * Fields that exist only in the editor: where a new file goes (issue folder, printed order, permalink),
 * and the marker that tells the JSON files apart. None of them is written into a file.
 */
export const CMS_ONLY_FIELDS = ['fileKind', 'folder', 'issue', 'order', 'permalink'] as const;

export type CmsRecord = Record<string, unknown>;

export function jsonFileKind(value: unknown): JsonFileKind | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  if ('columns' in value || 'rows' in value) return 'table';
  if ('observations' in value) return 'rankings';
  if ('year' in value || 'footer' in value) return 'issue';
  return null;
}

/** A JSON content file as the editor's record. */
export function jsonFileToRecord(text: string): CmsRecord {
  const value = JSON.parse(stripBom(text)) as CmsRecord;
  const fileKind = jsonFileKind(value);
  if (fileKind === 'rankings') {
    const { headings, observations, ...rest } = value as { headings?: Record<string, string>; observations?: unknown };
    return {
      fileKind,
      ...rest,
      headings: Object.entries(headings ?? {}).map(([city, heading]) => ({ city, heading })),
      observations: Array.isArray(observations)
        ? observations.map((observation: CmsRecord) => {
            const { revision, ...fields } = observation;
            const note = (revision as { note?: unknown } | undefined)?.note;
            return note === undefined ? fields : { ...fields, revisionNote: note };
          })
        : observations,
    };
  }
  if (fileKind === 'table') {
    const { groups, columns, rowTotalColumn, rows, printedTotals, ...rest } = value;
    return { fileKind, ...rest, grid: { groups, columns, rowTotalColumn, rows, printedTotals } };
  }
  return { fileKind, ...value };
}

/** The editor's record as the JSON file the archive stores. */
export function recordToJsonFile(record: CmsRecord): string {
  const data = withoutCmsFields(record);
  const fileKind = (record.fileKind as JsonFileKind | undefined) ?? jsonFileKind(data);
  if (fileKind === 'rankings') {
    const headings = Array.isArray(data.headings) ? (data.headings as Array<{ city?: string; heading?: string }>) : [];
    const observations = Array.isArray(data.observations)
      ? (data.observations as CmsRecord[]).map(({ revisionNote, ...fields }) =>
          blank(revisionNote) ? fields : { ...fields, revision: { note: revisionNote } },
        )
      : data.observations;
    const file = canonical(
      {
        ...data,
        headings: headings.length
          ? Object.fromEntries(headings.map(({ city, heading }) => [city ?? '', heading ?? '']))
          : undefined,
        observations,
      },
      rankingFileSchema,
    );
    return formatContentJson(file as CmsRecord);
  }
  if (fileKind === 'table') {
    const { grid, ...rest } = data as { grid?: CmsRecord };
    const { rows, printedTotals, ...layout } = grid ?? {};
    const file = canonical(
      { ...rest, ...layout, rows: rows ?? [], printedTotals: printedTotalsOf(printedTotals) },
      tableShape,
    );
    return formatContentJson(file as CmsRecord);
  }
  return formatIssueJson(canonical(data, issueSchema) as CmsRecord);
}

/** An article file (front matter and MDX body) as the editor's record; the body stays as typed. */
export function articleFileToRecord(text: string): CmsRecord {
  const source = stripBom(text).replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(source);
  if (!match) return { body: source };
  const front = (parseYaml(match[1]!) ?? {}) as CmsRecord;
  return { ...front, body: source.slice(match[0].length).replace(/^\n/, '') };
}

/**
 * The editor's record as the article file. Front matter the archive accepts is written by the same
 * function as every other article file; anything else is written as it stands (YAML), so validation
 * reports it instead of a silent fix dropping a field.
 */
export function recordToArticleFile(record: CmsRecord): string {
  const { body, ...fields } = withoutCmsFields(record);
  const front = canonicalArticle(fields);
  const accepted = articleSchema.safeParse(front).success;
  const frontMatter = accepted
    ? articleFrontMatter(front as ArticleInput)
    : `---\n${stringifyYaml(front, { lineWidth: 0 })}---\n`;
  const text = typeof body === 'string' ? body.replace(/\r\n?/g, '\n').trimEnd() : '';
  return `${frontMatter}\n${text}\n`;
}

/** The file a record is saved to, relative to content/: what validation and the site expect. */
export function recordFilePath(collection: 'issues' | 'articles' | 'tables' | 'rankings', record: CmsRecord): string {
  const at = (name: string) => `issues/${String(record.issue ?? record.folder ?? '')}/${name}`;
  switch (collection) {
    case 'issues':
      return at('issue.json');
    case 'rankings':
      return at('rankings.json');
    case 'articles':
      return at(`articles/${String(record.order ?? '')}-${String(record.permalink ?? '')}.mdx`);
    case 'tables':
      return at(`tables/${String(record.order ?? '')}-${String(record.permalink ?? '')}.json`);
  }
}

function withoutCmsFields(record: CmsRecord): CmsRecord {
  const data: CmsRecord = { ...record };
  for (const field of CMS_ONLY_FIELDS) delete data[field];
  return data;
}

const blank = (value: unknown) => value === undefined || value === null || value === '';

function printedTotalsOf(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  const { label, cells } = value as { label?: unknown; cells?: unknown };
  const anyCell = Array.isArray(cells)
    ? cells.some((cell) => cell !== null && cell !== undefined)
    : cells !== undefined;
  if (blank(label) && !anyCell) return undefined;
  return { label, cells };
}

function canonicalArticle(fields: CmsRecord): CmsRecord {
  // The two kinds share their fields but differ in title/marker: order by the union of both shapes.
  const order = ['kind', 'title', 'marker', 'section', 'source', 'editorialNotes'];
  const out: CmsRecord = {};
  for (const key of [...order, ...Object.keys(fields).filter((k) => !order.includes(k))]) {
    const value = fields[key];
    if (blank(value) || (Array.isArray(value) && !value.length)) continue;
    out[key] = Array.isArray(value) ? value.map((item) => dropBlankFields(item)) : value;
  }
  return out;
}

function dropBlankFields(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => !blank(v)));
}

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

/**
 * A value in the order its schema declares its fields, without the blanks Decap leaves for optional
 * fields (empty text, null, an empty optional list). Cells (`unknown` in the schema) are kept exactly,
 * so a blank cell stays null. Fields the schema does not know are kept, last, for validation to report.
 */
function canonical(value: unknown, schema: z.ZodType): unknown {
  const def = defOf(schema);
  if (def.type === 'optional' || def.type === 'default') {
    const inner = canonical(value, def.innerType!);
    return Array.isArray(inner) && !inner.length ? undefined : inner;
  }
  if (def.type === 'unknown' || def.type === 'union' || def.type === 'record') return value ?? undefined;
  if (blank(value)) return undefined;
  if (def.type === 'array' && Array.isArray(value)) return value.map((item) => canonical(item, def.element!));
  if (def.type === 'object' && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as CmsRecord;
    const out: CmsRecord = {};
    for (const [key, fieldSchema] of Object.entries(def.shape!)) {
      const field = canonical(record[key], fieldSchema);
      if (field !== undefined) out[key] = field;
    }
    for (const [key, field] of Object.entries(record)) if (!(key in def.shape!) && !blank(field)) out[key] = field;
    return out;
  }
  return value;
}
