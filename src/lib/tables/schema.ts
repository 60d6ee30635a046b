import { hasVisibleText } from '../common/text.ts';
import { z } from 'astro/zod';

/**
 * The shape of one statistical table file (`content/issues/YYYY-NN/tables/NN-slug.json`). Cells are left
 * `unknown` here on purpose: checks.ts checks them one by one, so that every bad cell is
 * reported with its row and column instead of as a union mismatch deep in a path.
 */

export const COLUMN_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const columnSchema = z.strictObject({
  /** A stable English key, used in URLs, CSV and JSON downloads. */
  key: z
    .string()
    .regex(COLUMN_KEY, { error: '列的 key 应为英文小写字母、数字和连字符，例如 administrative-penalties' }),
  /** The column header exactly as printed. */
  label: z.string().trim().min(1, { error: '列名不能为空' }),
  /** What kind of figure the column holds. */
  kind: z.literal('count', { error: '列的 kind 目前只能是 count（计数）' }),
});

/**
 * Cells of one row: one per column in printed order (array), or by column key (object; a missing key is blank).
 * The array is taken as it is (checks.ts reads every cell): `z.array(z.unknown())` would copy it cell by cell,
 * 2.5 million cells at 1,000 issues for nothing but garbage. The union, and so its message, stays as it was.
 */
const cellsSchema = z.union([z.custom<unknown[]>(Array.isArray), z.record(z.string(), z.unknown())], {
  error: 'cells 应为数组（按列顺序，每列一格）或以列 key 为键的对象',
});

export const rowSchema = z.strictObject({
  unit: z.string({ error: '单位名称应为文字' }),
  group: z.string().optional(),
  cells: cellsSchema,
});

/** An editorial note on a table: on a row (unit name), a column (column key), or the table as a whole. */
export const tableNoteSchema = z.strictObject({
  row: z.string().optional(),
  column: z.string().optional(),
  note: z.string().trim().min(1, { error: '说明不能为空' }),
});

export const DISCREPANCY_KINDS = ['row-total', 'column-total'] as const;

/**
 * An editor's acknowledgement of a printed total that does not add up: checked against the print and
 * kept as printed. `npm run validate -- --strict` fails on discrepancies without one.
 * A row total names its row (unit); a column total names its column (key).
 */
export const acknowledgementSchema = z.strictObject({
  kind: z.enum(DISCREPANCY_KINDS, { error: 'kind 应为 row-total（行合计）或 column-total（列合计）' }),
  row: z.string().optional(),
  column: z.string().optional(),
  note: z.string().trim().min(1, { error: '确认说明不能为空：请写明已核对印刷版、为何照录' }),
});

/** The structure of a table file, without the cross-checks (which need the whole table). */
export const tableShape = z.strictObject({
  title: z
    .string()
    .trim()
    .min(1, { error: '表名不能为空' })
    .refine(hasVisibleText, { error: '表名只有空白或看不见的字符（如零宽空格）：请照印刷版填写表名' }),
  /** The period the table covers, where the bulletin states it. */
  period: z.string().trim().min(1).optional(),
  /** The header of the unit column as printed: 部门名称, 地区. */
  rowHeader: z.string().trim().min(1, { error: '行标题（如“部门名称”）不能为空' }),
  /** Row groups in printed order (县（市）区, 园区); each row then names its group. */
  groups: z.array(z.string().trim().min(1, { error: '分组名不能为空' })).optional(),
  columns: z.array(columnSchema).min(1, { error: '至少要有一列' }),
  /** The key of the printed row-total column (数据总量), if the table has one. */
  rowTotalColumn: z.string().optional(),
  rows: z.array(rowSchema),
  /** The printed totals row (合计), exactly as printed: cells as in a row. */
  printedTotals: z
    .strictObject({ label: z.string().trim().min(1, { error: '合计行的名称不能为空' }), cells: cellsSchema })
    .optional(),
  notes: z.array(tableNoteSchema).default([]),
  acknowledged: z.array(acknowledgementSchema).default([]),
});

export type TableInput = z.input<typeof tableShape>;
export type TableData = z.output<typeof tableShape>;
export type Acknowledgement = TableData['acknowledged'][number];
export type DiscrepancyKind = (typeof DISCREPANCY_KINDS)[number];
