import { csvDocument } from '../common/csv.ts';
import type { Cell, TableModel } from './model.ts';

/** The header of the group column, for tables printed in row groups (the print merges it into 地区). */
export const GROUP_HEADER = '分组';

/** A figure stays a number (so the CSV writer never treats it as text); a blank is an empty field. */
function cellField(cell: Cell): number | '' {
  return cell ?? '';
}

/**
 * The table as printed, as CSV: a header row of the printed labels (the row header, then each column;
 * a 分组 column first where the table has row groups), one line per unit in printed order, then the
 * printed totals row where there is one. Figures are plain digits; a blank cell is an empty field,
 * never 0. UTF-8 with BOM and CRLF line ends, so Excel opens it as it is.
 */
export function tableCsv(model: TableModel): string {
  const grouped = model.groups.length > 0;
  const lines: Array<Array<string | number>> = [
    [...(grouped ? [GROUP_HEADER] : []), model.rowHeader, ...model.columns.map((c) => c.label)],
  ];
  for (const row of model.rows)
    lines.push([...(grouped ? [row.group ?? ''] : []), row.unit, ...row.cells.map(cellField)]);
  if (model.printedTotals)
    lines.push([...(grouped ? [''] : []), model.printedTotals.label, ...model.printedTotals.cells.map(cellField)]);
  return csvDocument(lines);
}
