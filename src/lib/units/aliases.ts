import type { UnitsFile } from './schema.ts';

/**
 * Joining the names a unit was printed under. One rule, used by validation and by the pages: a printed
 * name that is an alias stands for its entry's name; every other name stands for itself.
 */

/** The name the site shows for a printed unit name. */
export type UnitNameResolver = (printed: string) => string;

export function unitResolver(file: UnitsFile | null): UnitNameResolver {
  const canonical = new Map<string, string>();
  for (const entry of file?.units ?? [])
    for (const alias of entry.aliases) canonical.set(alias.trim(), entry.name.trim());
  return (printed) => canonical.get(printed.trim()) ?? printed.trim();
}

/** A table's printed unit names, as the alias checks need them. */
export interface TableUnitNames {
  /** The table file as named in messages. */
  file: string;
  units: readonly string[];
}

/** A problem with the alias list or with a table it joins: where, what, and (JSON path) for locating the line. */
export interface UnitAliasProblem {
  /** `units.json` for a problem in the list, else the table's file. */
  file: string | null;
  path: Array<string | number>;
  place: string;
  message: string;
  found: string;
}

const placeOf = (index: number, name: string) => `第 ${index + 1} 个单位“${name}”`;

/**
 * Checks the alias list against itself and against the tables:
 * - every entry's name must be a unit printed in some table (an alias must point at something);
 * - a name may belong to one entry only (two units cannot claim one name), and an alias is not its own name;
 * - no table may print a unit under two of its names (that would join two rows of one table).
 * `tables` is null while some table file cannot be read: the checks against the tables then wait, rather
 * than report a unit missing that is only in the unreadable file.
 */
export function unitAliasProblems(file: UnitsFile, tables: readonly TableUnitNames[] | null): UnitAliasProblem[] {
  const problems: UnitAliasProblem[] = [];
  const printed = new Set((tables ?? []).flatMap((t) => t.units.map((u) => u.trim())));
  /** Each name claimed so far: by which entry, and where. */
  const claimed = new Map<string, { entry: number; name: string; as: string }>();
  const claim = (name: string, entry: number, entryName: string, as: string, path: Array<string | number>) => {
    const earlier = claimed.get(name);
    if (earlier) {
      const sameEntry = earlier.entry === entry;
      problems.push({
        file: null,
        path,
        place: `${placeOf(entry, entryName)} · ${as}`,
        message: sameEntry
          ? `“${name}”在这一条里写了两次：别名不能与单位名称相同，也不能重复`
          : `“${name}”已归${placeOf(earlier.entry, earlier.name)}（作为${earlier.as}）：一个名字只能归一个单位，请删去其中一处`,
        found: `“${name}”`,
      });
      return;
    }
    claimed.set(name, { entry, name: entryName, as });
  };

  file.units.forEach((entry, index) => {
    const name = entry.name.trim();
    claim(name, index, name, '单位名称', ['units', index, 'name']);
    entry.aliases.forEach((alias, aliasIndex) =>
      claim(alias.trim(), index, name, `别名 ${aliasIndex + 1}`, ['units', index, 'aliases', aliasIndex]),
    );
    if (tables && !printed.has(name))
      problems.push({
        file: null,
        path: ['units', index, 'name'],
        place: placeOf(index, name),
        message:
          '别名指向的单位在各期统计表中都没有：name 应写统计表中印刷的单位名称（别名归到它名下），请核对用字或删去这一条',
        found: `“${name}”`,
      });
  });

  const resolve = unitResolver(file);
  for (const table of tables ?? []) {
    const seen = new Map<string, string>();
    table.units.forEach((unit, rowIndex) => {
      const name = resolve(unit);
      const other = seen.get(name);
      if (other !== undefined && other !== unit.trim())
        problems.push({
          file: table.file,
          path: ['rows', rowIndex, 'unit'],
          place: `单位“${unit}”（表中第 ${rowIndex + 1} 个）`,
          message: `本表已有“${other}”，而 content/units.json 把两者算作同一单位“${name}”：同一张表里不能有同一单位的两行，请核对别名表或表中的单位名称`,
          found: `“${unit}”`,
        });
      seen.set(name, unit.trim());
    });
  }
  return problems;
}
