import type { ContentProblem } from '../content/problem.ts';
import { parseJsonText } from '../content/file-text.ts';
import { formatPath, parseWithFriendlyErrors } from '../content/friendly-errors.ts';
import { locateJsonPath } from '../content/json-locate.ts';
import { unitAliasProblems, type TableUnitNames } from './aliases.ts';
import { UNITS_FILE, unitsFileSchema, type UnitsFile } from './schema.ts';

/** A table's printed unit names with the text of its file, so a problem in it can name its line. */
export interface TableUnitsSource extends TableUnitNames {
  text: string;
}

/**
 * Checks `content/units.json` (optional): JSON syntax, shape, then the aliases against the tables
 * (unitAliasProblems). Returns the list when it can be used, so validation and the site join alike.
 */
export function validateUnitsFile(
  text: string | undefined,
  /** Null while some table file has errors (see unitAliasProblems). */
  tables: readonly TableUnitsSource[] | null,
  at: (path: string) => string,
): { units: UnitsFile | null; problems: ContentProblem[] } {
  if (text === undefined) return { units: null, problems: [] };
  const file = at(UNITS_FILE);
  const parsed = parseJsonText(text, file);
  if ('problem' in parsed) return { units: null, problems: [parsed.problem] };
  const shape = parseWithFriendlyErrors(unitsFileSchema, parsed.value, file);
  if (!shape.data) return { units: null, problems: shape.problems };
  const textOf = new Map((tables ?? []).map((t) => [t.file, t.text]));
  const problems = unitAliasProblems(shape.data, tables).map((problem) => {
    const where = problem.file ?? file;
    return {
      file: where,
      ...(locateJsonPath(problem.file ? (textOf.get(problem.file) ?? '') : text, problem.path) ?? {}),
      place: problem.place,
      message: problem.message,
      found: problem.found,
      detail: formatPath(problem.path),
    };
  });
  return { units: problems.length ? null : shape.data, problems };
}
