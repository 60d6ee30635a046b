import type { z } from 'astro/zod';
import { articleSchema, editorialNoteSchema, KIND_LABELS } from '../articles/schema.ts';
import { footerSchema, issueSchema } from '../issues/schema.ts';
import { observationSchema } from '../rankings/schema.ts';
import { acknowledgementSchema, columnSchema, tableNoteSchema, tableShape } from '../tables/schema.ts';

/**
 * The web editor's configuration (Decap CMS `config.yml`), generated from the content model: each
 * collection's fields come from the zod schema of its file, so a field added to a schema appears in the
 * editor (or fails the unit test that checks every field is there). Where a file goes is built from
 * fields the editor types (issue folder, printed order, permalink), never from Decap's slug of a title.
 */

export type CmsField = Record<string, unknown> & { name: string; label: string; widget: string };

/** Chinese labels and hints, by field name; one place for the words the editors see. */
const LABELS: Record<string, [label: string, hint?: string]> = {
  year: ['年份'],
  number: ['期号', '本年第几期，如第 3 期写 3'],
  cumulativeNumber: ['总期号', '总第几期'],
  date: ['出版日期', '写作 YYYY-MM-DD，例如 2020-10-10'],
  publisher: ['编印单位'],
  keyNotes: ['重要提示', '每条一项，照印刷版；条内换行照录'],
  footer: ['报尾'],
  sentTo: ['报'],
  copiedTo: ['送'],
  editors: ['编辑', '姓名照印刷版（两字姓名中间的空格也照录）'],
  reviewer: ['审核'],
  email: ['电子邮件'],
  telephone: ['联系电话'],
  website: ['网站提示'],
  text: ['提示语'],
  url: ['网址'],
  printRun: ['印数（共印几份）'],
  kind: ['类型'],
  title: ['标题', '文章照印刷版填写；简讯没有标题，留空'],
  marker: ['简讯标记', '只有简讯填写：◇ 或 ☆'],
  section: ['栏目'],
  source: ['来源', '括号里的署名，不带括号，例如 市信用办'],
  editorialNotes: ['编者校注', '印刷版明显有误时：原文照录，在此写出原文、建议读法和说明'],
  original: ['原文（照印刷版）'],
  reading: ['建议读法'],
  note: ['说明'],
  body: ['正文（Markdown）', '段落之间空一行；不要改动已有的 \\ 转义符号'],
  period: ['统计期', '如 2020年第三季度；没有可留空'],
  rowHeader: ['行标题', '单位一栏的栏名，如 部门名称'],
  groups: ['分组', '行分组，如 县（市）区、园区；没有可留空'],
  columns: ['栏目（列）', '照印刷版从左到右'],
  key: ['列的英文名', '英文小写字母、数字和连字符，如 administrative-penalties'],
  label: ['列名（照印刷版）'],
  rowTotalColumn: ['合计列的英文名', '印有“数据总量”等行合计列时，填那一列的英文名'],
  grid: ['表格', '先照印刷版填各栏的列名和英文名，再从 Excel 或 WPS 复制若干行粘贴；空白格保持空白'],
  notes: ['表注'],
  row: ['单位'],
  column: ['列的英文名'],
  acknowledged: ['已核对的合计差异'],
  headings: ['城市标题', '照印刷版，如 营口市（75/261）；可留空'],
  city: ['城市'],
  heading: ['标题（照印刷版）'],
  observations: ['月度排名'],
  level: ['级别'],
  month: ['月份', '写作 YYYY-MM，例如 2020-07'],
  index: ['综合指数', '照印刷版保留两位小数，如 82.38'],
  rank: ['名次'],
  groupSize: ['参评城市数'],
  revisionNote: ['修订说明', '只有本期更正了前几期的数字时填写'],
  folder: ['期文件夹', '新建时必填：年份-两位期号，如 2020-04'],
  issue: ['所属期', '新建时必填：年份-两位期号，如 2020-04'],
  order: ['印刷顺序', '新建时必填：两位数字，如 03'],
  permalink: ['网址短名', '新建时必填：英文小写字母、数字和连字符，如 credit-week；发布后不再改'],
};

/** Text that may run over several lines in the print. */
const MULTILINE = new Set(['keyNotes', 'original', 'reading', 'note', 'body']);

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  entries?: Record<string, string>;
  values?: unknown[];
  options?: z.ZodType[];
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
/** The regular expressions a string schema checks (`.regex(...)`), so the editor checks the same as it types. */
const patternsOf = (schema: z.ZodType): RegExp[] =>
  (
    (schema as unknown as { _zod: { def: { checks?: Array<{ _zod: { def: { pattern?: RegExp } } }> } } })._zod.def
      .checks ?? []
  )
    .map((check) => check._zod.def.pattern)
    .filter((pattern): pattern is RegExp => pattern instanceof RegExp);

function labelled(name: string): { name: string; label: string; hint?: string } {
  const [label, hint] = LABELS[name] ?? [name];
  return hint ? { name, label, hint } : { name, label };
}

/** The Decap field for one schema field, by the zod type of that field. */
export function fieldFromSchema(name: string, schema: z.ZodType, required = true): CmsField {
  const def = defOf(schema);
  if (def.type === 'optional' || def.type === 'default') return fieldFromSchema(name, def.innerType!, false);
  const base = { ...labelled(name), ...(required ? {} : { required: false }) };
  switch (def.type) {
    case 'number':
      return { ...base, widget: 'number', value_type: 'int' };
    case 'enum':
      return { ...base, widget: 'select', options: Object.values(def.entries!) };
    case 'literal':
      return { ...base, widget: 'select', options: def.values!.map(String) };
    case 'object':
      return { ...base, widget: 'object', fields: fieldsFromShape(def.shape!) };
    case 'array': {
      const element = defOf(def.element!);
      if (element.type === 'object') return { ...base, widget: 'list', fields: fieldsFromShape(element.shape!) };
      return { ...base, widget: 'list', field: fieldFromSchema(name, def.element!) };
    }
    default: {
      const pattern = patternsOf(schema)[0];
      return {
        ...base,
        widget: MULTILINE.has(name) ? 'text' : 'string',
        ...(pattern ? { pattern: [pattern.source, `格式不对：${base.hint ?? base.label}`] } : {}),
      };
    }
  }
}

function fieldsFromShape(shape: Record<string, z.ZodType>): CmsField[] {
  return Object.entries(shape).map(([name, schema]) => fieldFromSchema(name, schema));
}

const cmsOnly = (name: string, pattern: RegExp): CmsField => ({
  ...labelled(name),
  widget: 'string',
  required: false,
  pattern: [pattern.source, `格式不对：${LABELS[name]![1]}`],
});
const ISSUE_FOLDER = /^\d{4}-\d{2}$/;
const ORDER = /^\d{2}$/;
const PERMALINK = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Marks which JSON file of an issue folder a collection lists (see cms-format.ts); never shown or written. */
const fileKindField = (kind: string): CmsField => ({
  name: 'fileKind',
  label: 'fileKind',
  widget: 'hidden',
  default: kind,
});

function issueFields(): CmsField[] {
  return [cmsOnly('folder', ISSUE_FOLDER), fileKindField('issue'), ...fieldsFromShape(issueSchema.shape)];
}

function articleFields(sections: readonly string[]): CmsField[] {
  // The two kinds of article share one form: their shapes are merged, kind first.
  const [article, brief] = defOf(articleSchema).options!.map((option) => defOf(option).shape!);
  const merged = { ...article, ...brief, kind: article!.kind } as Record<string, z.ZodType>;
  const order = ['kind', 'title', 'marker', 'section', 'source', 'editorialNotes'];
  const fields = order.map((name) => fieldFromSchema(name, merged[name]!));
  const byName = (name: string) => fields.find((f) => f.name === name)!;
  Object.assign(byName('kind'), {
    options: Object.entries(KIND_LABELS).map(([value, label]) => ({ label, value })),
    default: 'article',
  });
  Object.assign(byName('title'), { required: false });
  Object.assign(byName('marker'), { required: false });
  // The select offers exactly the sections of content/sections.json, so a misspelled section cannot be saved.
  Object.assign(byName('section'), { widget: 'select', options: [...sections] });
  return [
    cmsOnly('issue', ISSUE_FOLDER),
    cmsOnly('order', ORDER),
    cmsOnly('permalink', PERMALINK),
    ...fields,
    // Plain text, not Decap's rich-text editor, so the MDX is written exactly as typed.
    { ...labelled('body'), widget: 'text' },
  ];
}

function tableFields(): CmsField[] {
  // Row groups, columns, the row-total column, rows and printed totals are edited in one grid, which
  // shows the printed labels over the figures (src/client/admin/table-grid-widget.ts).
  const {
    groups: _groups,
    columns: _columns,
    rowTotalColumn: _rowTotalColumn,
    rows: _rows,
    printedTotals: _printedTotals,
    ...shape
  } = tableShape.shape;
  const fields = fieldsFromShape(shape);
  Object.assign(
    fields.find((f) => f.name === 'title')!,
    { hint: '表名，照印刷版' },
  );
  const at = fields.findIndex((f) => f.name === 'rowHeader');
  fields.splice(at + 1, 0, { ...labelled('grid'), widget: 'table-grid' });
  return [
    cmsOnly('issue', ISSUE_FOLDER),
    cmsOnly('order', ORDER),
    cmsOnly('permalink', PERMALINK),
    fileKindField('table'),
    ...fields,
  ];
}

/** The fields of a table the grid edits, as the grid writes them. */
export const GRID_FIELDS = ['groups', 'columns', 'rowTotalColumn', 'rows', 'printedTotals'] as const;

function rankingFields(): CmsField[] {
  const { revision: _revision, ...observation } = observationSchema.shape;
  return [
    cmsOnly('issue', ISSUE_FOLDER),
    fileKindField('rankings'),
    {
      ...labelled('headings'),
      widget: 'list',
      required: false,
      summary: '{{fields.heading}}',
      fields: [
        { ...labelled('city'), widget: 'string' },
        { ...labelled('heading'), widget: 'string' },
      ],
    },
    {
      ...labelled('observations'),
      widget: 'list',
      summary: '{{fields.city}} {{fields.month}}：{{fields.index}}，第 {{fields.rank}} / {{fields.groupSize}} 名',
      fields: [...fieldsFromShape(observation), { ...labelled('revisionNote'), widget: 'text', required: false }],
    },
  ];
}

/** Where the git repository is: chosen by environment variables at build time (see README, 网页编辑). */
export interface CmsBackendSettings {
  /** github, gitlab, gitea, forgejo, or local (decap-server on this computer: `npm run edit`). */
  backend?: string;
  /** owner/name on the forge. */
  repo?: string;
  branch?: string;
  /** The forge's address, e.g. https://git.example.gov.cn (GitLab, Gitea, Forgejo, GitHub Enterprise). */
  baseUrl?: string;
  /** The OAuth application's client id (GitLab, Gitea, Forgejo: PKCE login from the browser). */
  appId?: string;
  /** decap-server's API for the local backend. */
  localUrl?: string;
}

export const CMS_BACKENDS = ['local', 'github', 'gitlab', 'gitea', 'forgejo'] as const;

/** The settings from the environment: CMS_BACKEND, CMS_REPO, CMS_BRANCH, CMS_BASE_URL, CMS_APP_ID, CMS_LOCAL_URL. */
export function cmsSettingsFromEnv(env: Record<string, string | undefined>): CmsBackendSettings {
  return {
    backend: env.CMS_BACKEND,
    repo: env.CMS_REPO,
    branch: env.CMS_BRANCH,
    baseUrl: env.CMS_BASE_URL,
    appId: env.CMS_APP_ID,
    localUrl: env.CMS_LOCAL_URL,
  };
}

function backendConfig(settings: CmsBackendSettings): Record<string, unknown> {
  const name = settings.backend ?? 'local';
  const branch = settings.branch ?? 'main';
  const need = (value: string | undefined, variable: string) => {
    if (!value) throw new Error(`网页编辑器：CMS_BACKEND=${name} 时必须设置 ${variable} / ${variable} is required`);
    return value;
  };
  const base = settings.baseUrl?.replace(/\/+$/, '');
  switch (name) {
    case 'local':
      return { name: 'proxy', proxy_url: settings.localUrl ?? 'http://localhost:8081/api/v1', branch };
    case 'github':
      return {
        name: 'github',
        repo: need(settings.repo, 'CMS_REPO'),
        branch,
        ...(base ? { api_root: `${base}/api/v3`, base_url: base } : {}),
      };
    case 'gitlab': {
      const root = base ?? 'https://gitlab.com';
      return {
        name: 'gitlab',
        repo: need(settings.repo, 'CMS_REPO'),
        branch,
        auth_type: 'pkce',
        app_id: need(settings.appId, 'CMS_APP_ID'),
        api_root: `${root}/api/v4`,
        base_url: root,
        auth_endpoint: 'oauth/authorize',
      };
    }
    case 'gitea':
    case 'forgejo': {
      const root = need(base, 'CMS_BASE_URL');
      return {
        name,
        repo: need(settings.repo, 'CMS_REPO'),
        branch,
        app_id: need(settings.appId, 'CMS_APP_ID'),
        api_root: `${root}/api/v1`,
        base_url: root,
        auth_endpoint: `${root}/login/oauth/authorize`,
      };
    }
    default:
      throw new Error(
        `网页编辑器：CMS_BACKEND 应为 ${CMS_BACKENDS.join('、')} 之一，实际为“${name}” / unknown CMS_BACKEND`,
      );
  }
}

/** The whole Decap configuration for the archive. */
export function cmsConfig(sections: readonly string[], settings: CmsBackendSettings = {}): Record<string, unknown> {
  const backend = backendConfig(settings);
  const folder = 'content/issues';
  return {
    backend,
    // Every save becomes a branch and a merge request, which the forge's CI validates (Decap's Gitea
    // backend has no workflow: there, protect the main branch and review the commits).
    publish_mode: backend.name === 'gitea' ? 'simple' : 'editorial_workflow',
    locale: 'zh_Hans',
    // Decap lower-cases a path template and turns its dots into dashes, so path templates name fields
    // without the `fields.` prefix. Commit messages in Chinese, for the merge requests the editors read.
    commit_messages: {
      create: '新建{{collection}}：{{path}}',
      update: '修改{{collection}}：{{path}}',
      delete: '删除{{collection}}：{{path}}',
      uploadMedia: '上传文件：{{path}}',
      deleteMedia: '删除文件：{{path}}',
    },
    // The archive has no images; Decap needs a media folder all the same.
    media_folder: 'content/media',
    slug: { encoding: 'ascii', clean_accents: false, sanitize_replacement: '-' },
    collections: [
      {
        name: 'issues',
        label: '期',
        label_singular: '期',
        description: '每期的期号、日期、重要提示和报尾（issue.json）',
        folder,
        path: '{{slug}}/issue',
        slug: '{{fields.folder}}',
        identifier_field: 'publisher',
        extension: 'json',
        format: 'archive-json',
        editor: { preview: false },
        filter: { field: 'fileKind', value: 'issue' },
        create: true,
        delete: false,
        summary: '〔{{fields.year}}〕第{{fields.number}}期 总第{{fields.cumulativeNumber}}期（{{fields.date}}）',
        sortable_fields: ['date'],
        fields: issueFields(),
      },
      {
        name: 'articles',
        label: '文章和简讯',
        label_singular: '文章或简讯',
        description: '每篇文章或简讯一个文件；新建时填写所属期、印刷顺序和网址短名',
        folder,
        path: '{{issue}}/articles/{{order}}-{{slug}}',
        slug: '{{fields.permalink}}',
        identifier_field: 'source',
        extension: 'mdx',
        format: 'archive-mdx',
        editor: { preview: false },
        create: true,
        delete: false,
        summary: '{{fields.title}}〔{{fields.section}}〕{{fields.source}}',
        fields: articleFields(sections),
      },
      {
        name: 'tables',
        label: '数据表',
        label_singular: '数据表',
        description: '每张印刷的表一个文件；表格数据可从 Excel 或 WPS 粘贴',
        folder,
        path: '{{issue}}/tables/{{order}}-{{slug}}',
        slug: '{{fields.permalink}}',
        identifier_field: 'title',
        extension: 'json',
        format: 'archive-json',
        editor: { preview: false },
        filter: { field: 'fileKind', value: 'table' },
        create: true,
        delete: false,
        fields: tableFields(),
      },
      {
        name: 'rankings',
        label: '城市信用排名',
        label_singular: '一期的城市信用排名',
        description: '每期印的全国城市信用排名（rankings.json）',
        folder,
        path: '{{slug}}/rankings',
        slug: '{{fields.issue}}',
        identifier_field: 'issue',
        extension: 'json',
        format: 'archive-json',
        editor: { preview: false },
        filter: { field: 'fileKind', value: 'rankings' },
        create: true,
        delete: false,
        fields: rankingFields(),
      },
    ],
  };
}

/** The schemas whose every field must appear in the editor (checked by the unit tests). */
export const EDITED_SCHEMAS = {
  issue: issueSchema,
  footer: footerSchema,
  editorialNote: editorialNoteSchema,
  column: columnSchema,
  tableNote: tableNoteSchema,
  acknowledgement: acknowledgementSchema,
  observation: observationSchema,
};
