/**
 * Readers for spreadsheets, into the grid that import/spreadsheet-table.ts reads: an .xlsx sheet
 * (exceljs: the shown value of every cell, a formula's result, rich text as its text, and the merged
 * ranges) and a .csv file (no merges).
 */
import ExcelJS from 'exceljs';
import { parseCsv } from '../../common/csv.ts';
import { mergeFromRange, type GridMerge, type GridValue, type SheetGrid } from '../spreadsheet-table.ts';

export class SpreadsheetReadError extends Error {}

/** A cell value as exceljs gives it, as the text or number it shows. */
function shown(value: ExcelJS.CellValue): GridValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return shown((value.result ?? null) as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

/** The sheet named `sheet`, or the first sheet, of an .xlsx file. */
export async function readXlsx(bytes: Uint8Array, sheet?: string): Promise<{ grid: SheetGrid; sheetName: string }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new SpreadsheetReadError(
      `这不是可读的 Excel 文件（.xlsx）：${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const worksheet = sheet ? workbook.getWorksheet(sheet) : workbook.worksheets[0];
  if (!worksheet)
    throw new SpreadsheetReadError(
      sheet
        ? `没有名为“${sheet}”的工作表；本文件的工作表有：${workbook.worksheets.map((w) => w.name).join('、')}`
        : '文件里没有工作表',
    );
  const rows: GridValue[][] = [];
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.getRow(r);
    const values: GridValue[] = [];
    for (let c = 1; c <= worksheet.columnCount; c++) {
      const cell = row.getCell(c);
      // A merged range's value is its first cell's; the others are left empty for the grid to fill.
      values.push(cell.isMerged && cell.master.address !== cell.address ? null : shown(cell.value));
    }
    rows.push(values);
  }
  const merges = (worksheet.model.merges ?? [])
    .map(mergeFromRange)
    .filter((merge): merge is GridMerge => merge !== null);
  return { grid: { rows, merges }, sheetName: worksheet.name };
}

export function readCsv(text: string): SheetGrid {
  return { rows: parseCsv(text).map((row) => row.map((value) => (value.trim() === '' ? null : value))) };
}
