/**
 * Reader for a bulletin's plain-text export (Word → 纯文本): a line is a paragraph, or a piece of one
 * that a page end cut; tab-separated lines are the rows of a table.
 */
import { rowFromTabLine, type Block, type BulletinDocument, type TableBlock } from '../document.ts';
import { isBlank, isTabLine, toLines } from '../text-export.ts';

export function readTextExport(text: string): BulletinDocument {
  const blocks: Block[] = [];
  let table: TableBlock | null = null;
  for (const line of toLines(text)) {
    if (isBlank(line)) continue;
    if (isTabLine(line)) {
      // The export marks no header: the table parser finds it (the first row, and repeats of it).
      if (!table) {
        table = { kind: 'table', rows: [], at: line.line };
        blocks.push(table);
      }
      table.rows.push(rowFromTabLine(line, false));
      continue;
    }
    table = null;
    blocks.push({ kind: 'paragraph', text: line.text, at: line.line, bold: false });
  }
  return { format: 'text', unit: '行', wholeParagraphs: false, blocks };
}
