import { z } from 'astro/zod';

/** A printed figure: a non-negative whole number, or `null` where the cell was printed blank (not reported). */
export const cellSchema = z.union([z.int().nonnegative(), z.null()], {
  error: '单元格应为不带千分位逗号的非负整数，或 null（印刷版此格空白，即未填报）',
});

export const columnSchema = z.strictObject({
  /** A stable English key, used in URLs, CSV and JSON downloads. */
  key: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: '列的 key 应为英文小写字母、数字和连字符，例如 administrative-penalties' }),
  /** The column header exactly as printed. */
  label: z.string().trim().min(1, { error: '列名不能为空' }),
  /** What kind of figure the column holds. */
  kind: z.literal('count', { error: '列的 kind 目前只能是 count（计数）' }),
});

export const rowSchema = z.strictObject({
  unit: z.string({ error: '单位名称应为文字' }),
  group: z.string().optional(),
  /** One cell per column in printed order (array), or cells by column key (object; a missing key is blank). */
  cells: z.union([z.array(z.unknown()), z.record(z.string(), z.unknown())], { error: 'cells 应为数组（按列顺序）或以列 key 为键的对象' }),
});

/** An editorial note on a table: a row, a column, or the table as a whole. */
export const tableNoteSchema = z.strictObject({
  row: z.string().optional(),
  column: z.string().optional(),
  note: z.string().trim().min(1, { error: '说明不能为空' }),
});

/**
 * One statistical table as printed, however many pages it ran over. Cells are checked one by one in
 * table-validation.ts, so that every bad cell is reported with its row and column.
 */
export const tableSchema = z.strictObject({
  title: z.string().trim().min(1, { error: '表名不能为空' }),
  /** The period the table covers, where the bulletin states it. */
  period: z.string().trim().min(1).optional(),
  /** The header of the unit column as printed: 部门名称, 地区. */
  rowHeader: z.string().trim().min(1, { error: '行标题（如“部门名称”）不能为空' }),
  /** Row groups in printed order (县（市）区, 园区); each row then names its group. */
  groups: z.array(z.string().trim().min(1)).optional(),
  columns: z.array(columnSchema).min(1, { error: '至少要有一列' }),
  /** The key of the printed row-total column (数据总量), if the table has one. */
  rowTotalColumn: z.string().optional(),
  rows: z.array(rowSchema),
  /** The printed totals row (合计), one cell per column, exactly as printed. */
  printedTotals: z.strictObject({ label: z.string().trim().min(1), cells: z.array(z.unknown()) }).optional(),
  notes: z.array(tableNoteSchema).default([]),
});

export type TableInput = z.input<typeof tableSchema>;
export type TableData = z.output<typeof tableSchema>;
