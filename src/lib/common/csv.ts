/**
 * CSV as the archive's downloads write it (tables, ranking series): RFC 4180 fields, UTF-8 with a byte
 * order mark and CRLF line ends, so that Excel on Windows opens it as it is.
 */

/** Byte order mark: without it, Excel on Windows reads UTF-8 CSV as the local code page and garbles Chinese. */
export const UTF8_BOM = '\uFEFF';

/** One CSV field (RFC 4180): quoted only when it holds a comma, a quote or a line break. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV document: rows of fields, with the BOM in front and a CRLF after every row. */
export function csvDocument(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return UTF8_BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
