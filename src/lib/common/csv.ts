/**
 * CSV as the archive's downloads write it (tables, ranking series): RFC 4180 fields, UTF-8 with a byte
 * order mark and CRLF line ends, so that Excel on Windows opens it as it is.
 */

/** Byte order mark: without it, Excel on Windows reads UTF-8 CSV as the local code page and garbles Chinese. */
export const UTF8_BOM = '\uFEFF';

/**
 * The characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"): `=`, `+`,
 * `-`, `@`, and the tab and carriage return that some programs skip before looking.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text a spreadsheet shows as text: a leading apostrophe before a formula character, as OWASP advises.
 * Only text is touched; a figure is passed as a number and stays one (a difference of −5 is still -5).
 */
export function spreadsheetSafeText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One CSV field (RFC 4180): quoted only when it holds a comma, a quote or a line break. Text that would
 * start a formula is neutralised; numbers are written as they are.
 */
export function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : spreadsheetSafeText(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV document: rows of fields, with the BOM in front and a CRLF after every row. */
export function csvDocument(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return UTF8_BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * Reads a CSV document (RFC 4180, as Excel saves it): fields separated by commas, quoted fields may
 * hold commas, doubled quotes and line breaks; CRLF or LF line ends; a byte-order mark is dropped.
 * Blank lines at the end are dropped, blank fields stay empty strings.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const source = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!;
    if (quoted) {
      if (char === '"' && source[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[index + 1] === '\n') index++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  while (rows.length && rows.at(-1)!.every((value) => value === '')) rows.pop();
  return rows;
}
