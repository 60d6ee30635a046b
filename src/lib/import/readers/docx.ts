/**
 * Reader for a bulletin's Word file (.docx): paragraphs whole, with whether they are bold; tables cell
 * by cell on the table's grid, a merged cell's text in its first row and column and blank elsewhere;
 * header rows (Word's 标题行重复) marked. A one-column table is a box (the 重要提示 frame): its
 * paragraphs are read as paragraphs.
 *
 * The file's word/document.xml is read directly (jszip, @xmldom/xmldom) rather than through mammoth:
 * mammoth's HTML and raw text drop vertical merges (a continued cell comes out as an empty cell, no
 * rowspan) and do not mark header rows, both of which the importer needs to tell a row group from a
 * blank cell and a repeated header from a row.
 */
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import type { Block, BulletinDocument, TableBlockRow } from '../document.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Why a file could not be read as a Word document, in Chinese, for the terminal. */
export class DocxReadError extends Error {}

function children(node: Node, name: string): Element[] {
  const found: Element[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && (child as Element).namespaceURI === W && (child as Element).localName === name)
      found.push(child as Element);
  }
  return found;
}

function child(node: Node, name: string): Element | undefined {
  return children(node, name)[0];
}

/** A w:b, w:tblHeader or similar on/off property: present and not switched off. */
function isOn(property: Element | undefined): boolean {
  if (!property) return false;
  const value = property.getAttributeNS(W, 'val');
  return !value || !['0', 'false', 'off'].includes(value);
}

interface ParagraphText {
  text: string;
  bold: boolean;
}

/**
 * A paragraph's text: its runs (also inside hyperlinks, insertions and smart tags) in order; a tab is
 * a tab, a line break `\n`; a page break ends nothing, since Word keeps the paragraph whole.
 */
function paragraphText(paragraph: Element): ParagraphText {
  let text = '';
  let boldRuns = 0;
  let textRuns = 0;
  const visit = (node: Element) => {
    for (let item = node.firstChild; item; item = item.nextSibling) {
      if (item.nodeType !== 1) continue;
      const element = item as Element;
      if (element.namespaceURI !== W) continue;
      if (element.localName === 'r') {
        let runText = '';
        for (let part = element.firstChild; part; part = part.nextSibling) {
          if (part.nodeType !== 1) continue;
          const name = (part as Element).localName;
          if (name === 't') runText += part.textContent ?? '';
          else if (name === 'tab') runText += '\t';
          else if (name === 'br' && (part as Element).getAttributeNS(W, 'type') !== 'page') runText += '\n';
        }
        if (runText.trim()) {
          textRuns++;
          if (isOn(child(child(element, 'rPr') ?? element, 'b'))) boldRuns++;
        }
        text += runText;
      } else if (['hyperlink', 'ins', 'smartTag', 'sdt', 'sdtContent', 'fldSimple'].includes(element.localName)) {
        visit(element);
      }
    }
  };
  visit(paragraph);
  // A bullet from Word's list numbering shows as the text export shows it.
  const listed = child(child(paragraph, 'pPr') ?? paragraph, 'numPr') !== undefined;
  return { text: (listed ? '- ' : '') + text, bold: textRuns > 0 && boldRuns === textRuns };
}

/** How a cell is merged vertically: starts a merge, continues one, or neither. */
function verticalMerge(properties: Element | undefined): 'restart' | 'continue' | null {
  const merge = properties && child(properties, 'vMerge');
  if (!merge) return null;
  return merge.getAttributeNS(W, 'val') === 'restart' ? 'restart' : 'continue';
}

/**
 * A bulletin's document.xml is a few megabytes at most; a file that inflates past this is refused while
 * it is read, not after, so a crafted .docx (a "zip bomb") cannot exhaust memory.
 */
export const MAX_DOCUMENT_XML_BYTES = 64 * 1024 * 1024;

function inflatedText(entry: JSZip.JSZipObject, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stream = entry.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop inflating: nothing more is read.
        stream.removeAllListeners('data');
        stream.pause();
        reject(new DocxReadError(`正文（word/document.xml）解压后超过 ${Math.ceil(limit / 1024)} KB，不像一期简报`));
        return;
      }
      chunks.push(chunk);
    });
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    stream.on('error', reject);
  });
}

export async function readDocx(
  bytes: Uint8Array,
  { maxXmlBytes = MAX_DOCUMENT_XML_BYTES }: { maxXmlBytes?: number } = {},
): Promise<BulletinDocument> {
  let xml: string;
  try {
    const zip = await JSZip.loadAsync(bytes);
    const entry = zip.file('word/document.xml');
    if (!entry) throw new DocxReadError('文件里没有 word/document.xml');
    xml = await inflatedText(entry, maxXmlBytes);
  } catch (error) {
    if (error instanceof DocxReadError) throw new DocxReadError(`这不是可读的 Word 文档（.docx）：${error.message}`);
    throw new DocxReadError(
      `这不是可读的 Word 文档（.docx）：无法解压（${error instanceof Error ? error.message : String(error)}）`,
    );
  }
  const parsed = new DOMParser({ errorHandler: { warning: () => {}, error: () => {}, fatalError: () => {} } });
  const documentElement = parsed.parseFromString(xml, 'application/xml').documentElement;
  const body = documentElement && child(documentElement, 'body');
  if (!body) throw new DocxReadError('这不是可读的 Word 文档（.docx）：word/document.xml 里没有正文（w:body）');

  const blocks: Block[] = [];
  let at = 0;
  const addParagraph = (paragraph: Element) => {
    const { text, bold } = paragraphText(paragraph);
    if (!text.trim()) return;
    blocks.push({ kind: 'paragraph', text: text.replace(/[ \u00A0\u3000]+$/u, ''), at: ++at, bold });
  };
  const addTable = (table: Element) => {
    const rows = children(table, 'tr');
    const cellGrid = rows.map((row) =>
      children(row, 'tc').map((cell) => {
        const properties = child(cell, 'tcPr');
        const span = Number(properties && child(properties, 'gridSpan')?.getAttributeNS(W, 'val')) || 1;
        return { cell, span, merge: verticalMerge(properties) };
      }),
    );
    const width = Math.max(0, ...cellGrid.map((row) => row.reduce((sum, cell) => sum + cell.span, 0)));
    if (width <= 1) {
      // A box around paragraphs, such as the key notes' frame.
      for (const row of cellGrid) for (const { cell } of row) readContainer(cell);
      return;
    }
    const tableRows: TableBlockRow[] = cellGrid.map((row, index) => {
      const cells: string[] = [];
      for (const { cell, span, merge } of row) {
        // A continued vertical merge is the merged cell's, printed once above: blank here.
        const text =
          merge === 'continue'
            ? ''
            : children(cell, 'p')
                .map((p) => paragraphText(p).text.trim())
                .join('');
        cells.push(text, ...Array<string>(span - 1).fill(''));
      }
      const trPr = child(rows[index]!, 'trPr');
      return { cells, header: isOn(trPr && child(trPr, 'tblHeader')), at: ++at };
    });
    blocks.push({ kind: 'table', rows: tableRows, at: tableRows[0]?.at ?? at });
  };
  const readContainer = (container: Element) => {
    for (let node = container.firstChild; node; node = node.nextSibling) {
      if (node.nodeType !== 1 || (node as Element).namespaceURI !== W) continue;
      const element = node as Element;
      if (element.localName === 'p') addParagraph(element);
      else if (element.localName === 'tbl') addTable(element);
      else if (element.localName === 'sdt') readContainer(child(element, 'sdtContent') ?? element);
    }
  };
  readContainer(body);
  return { format: 'docx', unit: '段', wholeParagraphs: true, blocks };
}
