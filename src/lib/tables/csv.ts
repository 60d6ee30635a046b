import type { Cell, TableModel } from './model.ts';

/** Byte order mark: without it, Excel on Windows reads UTF-8 CSV as the local code page and garbles Chinese. */
export const UTF8_BOM = '\uFEFF';

/** The header of the group column, for tables printed in row groups (the print merges it into 地区). */
export const GROUP_HEADER = '分组';

/** One CSV field (RFC 4180): quoted only when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function cellText(cell: Cell): string {
  return cell === null ? '' : String(cell);
}

/**
 * The table as printed, as CSV: a header row of the printed labels (the row header, then each column;
 * a 分组 column first where the table has row groups), one line per unit in printed order, then the
 * printed totals row where there is one. Figures are plain digits; a blank cell is an empty field,
 * never 0. UTF-8 with BOM and CRLF line ends, so Excel opens it as it is.
 */
export function tableCsv(model: TableModel): string {
  const grouped = model.groups.length > 0;
  const lines: string[][] = [
    [...(grouped ? [GROUP_HEADER] : []), model.rowHeader, ...model.columns.map((c) => c.label)],
  ];
  for (const row of model.rows)
    lines.push([...(grouped ? [row.group ?? ''] : []), row.unit, ...row.cells.map(cellText)]);
  if (model.printedTotals)
    lines.push([...(grouped ? [''] : []), model.printedTotals.label, ...model.printedTotals.cells.map(cellText)]);
  return UTF8_BOM + lines.map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}
