import { z } from 'astro/zod';

/**
 * The editors' list of units whose name changed between issues (`content/units.json`): each entry is the
 * name the site shows and the other names the bulletin printed for the same unit, so that a unit's record
 * joins every issue. The file is optional; without it every printed name is its own unit.
 *
 * ```json
 * { "units": [{ "name": "市行政审批局", "aliases": ["市审批局"] }] }
 * ```
 */
export const UNITS_FILE = 'units.json';

export const unitAliasEntrySchema = z.strictObject({
  /** The name shown on the site: as printed in a statistical table. */
  name: z.string().trim().min(1, { error: '单位名称不能为空' }),
  /** Other names the bulletin printed for this unit. */
  aliases: z
    .array(z.string().trim().min(1, { error: '别名不能为空' }))
    .min(1, { error: '至少写一个别名（印刷版中这个单位的其他名称）' }),
  /** Why these names are one unit, for readers and the next editor. */
  note: z.string().trim().min(1, { error: '说明不能为空' }).optional(),
});

export const unitsFileSchema = z.strictObject({
  units: z.array(unitAliasEntrySchema),
});

export type UnitsFile = z.output<typeof unitsFileSchema>;
export type UnitAliasEntry = UnitsFile['units'][number];
