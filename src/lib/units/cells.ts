import { formatCount } from '../common/format.ts';
import type { Cell } from '../tables/model.ts';

/** What a column an issue's table did not print shows on the unit and series pages (not a blank). */
export const NOT_PRINTED = '—';

/**
 * The text of a figure cell on the unit and series pages: the figure grouped zh-CN style, nothing for a printed
 * blank, “—” where that table has no such column. A blank is never 0 and never text in the markup: the
 * one rule in src/styles/figures.css shows and announces every empty figure cell as 未填报.
 */
export function cellText(cell: Cell | undefined): string {
  if (cell === undefined) return NOT_PRINTED;
  return cell === null ? '' : formatCount(cell);
}
