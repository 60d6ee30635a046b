/**
 * The document model every importer reader produces (a reader per format → blocks → issue files): the
 * bulletin as a sequence of paragraphs and tables, in printed order. The text export, the Word file and,
 * later, OCR of scanned pages each have a reader in import/readers/; the importer only reads blocks.
 */
import { tabFields, type ExportLine } from './text-export.ts';

export interface ParagraphBlock {
  kind: 'paragraph';
  /** The paragraph's text; a printed line break inside it is `\n`. */
  text: string;
  /** Where it is in the source, for the review list: a line of the text export, a paragraph of a Word file. */
  at: number;
  /** Every run of it is bold: a section head or a title, in a Word file. */
  bold: boolean;
}

export interface TableBlockRow {
  /** One text per grid column: a merged cell's text in its first column and first row, blank elsewhere. */
  cells: string[];
  /** A header row (Word repeats it on every page), as opposed to a row of figures. */
  header: boolean;
  at: number;
}

export interface TableBlock {
  kind: 'table';
  rows: TableBlockRow[];
  at: number;
}

export type Block = ParagraphBlock | TableBlock;

export interface BulletinDocument {
  /** What the source was, for the terminal: 纯文本 or Word. */
  format: 'text' | 'docx';
  /**
   * What `at` counts, for messages: 行 (lines of a text export) or 段 (paragraphs and table rows of a
   * Word file).
   */
  unit: '行' | '段';
  /**
   * Whether a paragraph is known to be whole. A Word file keeps paragraphs whole; a text export cuts
   * them at page ends, and the importer joins the pieces.
   */
  wholeParagraphs: boolean;
  blocks: Block[];
}

/**
 * The blocks as numbered lines, the form the part parsers read: a paragraph is a line (or one per
 * printed line break), a table row a tab-separated line. Header rows after the first stay in, as the
 * printed header repeated on a new page, which the table parser recognises.
 */
export function documentLines(document: BulletinDocument): ExportLine[] {
  return document.blocks.flatMap((block): ExportLine[] =>
    block.kind === 'paragraph'
      ? block.text.split('\n').map((text) => ({ line: block.at, text }))
      : block.rows.map((row) => ({ line: row.at, text: row.cells.join('\t') })),
  );
}

/** A table row's cells as the text export has them, for a reader that starts from tab-separated lines. */
export function rowFromTabLine(line: ExportLine, header: boolean): TableBlockRow {
  return { cells: tabFields(line.text), header, at: line.line };
}
