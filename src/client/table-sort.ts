/**
 * <sortable-table>: progressive enhancement for DataTable. Without JavaScript the table is complete, in
 * printed order. With it, every column header becomes a button that sorts the rows of each group:
 * numbers largest first, then smallest first, then back to printed order (names: 拼音 order first).
 * Blank cells (not reported) always sort last. The sorted header carries aria-sort, and a polite live
 * region says what happened.
 */
type Direction = 'ascending' | 'descending';

const collator = new Intl.Collator('zh-CN');

/** The value a row sorts by in one column: a number, a name, or null for a blank. */
function valueOf(row: HTMLTableRowElement, column: number, numeric: boolean): number | string | null {
  // A unit name is in data-value. A blank, or a figure the cell follows with a finding, has data-printed
  // (the digits as printed, empty for a blank); any other figure cell holds only the figure, grouped with
  // commas, so its digits are the value (an attribute on each of hundreds of cells would repeat them).
  const cell = row.cells[column] as HTMLElement | undefined;
  const raw = cell?.dataset.value ?? cell?.dataset.printed ?? (cell?.textContent ?? '').replace(/\D/g, '');
  if (raw === '') return null;
  return numeric ? Number(raw) : raw;
}

function compare(a: number | string | null, b: number | string | null, direction: Direction): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const order = typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
  return direction === 'ascending' ? order : -order;
}

class SortableTable extends HTMLElement {
  private status: HTMLElement | null = null;
  private sorted: { column: number; direction: Direction } | null = null;

  connectedCallback(): void {
    const table = this.querySelector('table');
    const headerRow = table?.tHead?.rows[0];
    if (!table || !headerRow || this.status) return;
    this.status = document.createElement('p');
    this.status.className = 'visually-hidden';
    this.status.setAttribute('aria-live', 'polite');
    this.append(this.status);
    [...headerRow.cells].forEach((header, column) => {
      const label = header.querySelector('.col-label');
      const kind = header.dataset.sort;
      if (!label || !kind) return;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      label.replaceWith(button);
      button.append(label);
      const icon = document.createElement('span');
      icon.className = 'sort-icon';
      icon.setAttribute('aria-hidden', 'true');
      button.append(icon);
      button.addEventListener('click', () => this.toggle(table, header, column, kind === 'number'));
    });
  }

  private toggle(table: HTMLTableElement, header: HTMLTableCellElement, column: number, numeric: boolean): void {
    const first: Direction = numeric ? 'descending' : 'ascending';
    const second: Direction = numeric ? 'ascending' : 'descending';
    const current = this.sorted?.column === column ? this.sorted.direction : null;
    const next = current === null ? first : current === first ? second : null;
    this.sorted = next ? { column, direction: next } : null;

    for (const cell of header.parentElement!.children) cell.removeAttribute('aria-sort');
    if (next) header.setAttribute('aria-sort', next);

    for (const body of table.tBodies) {
      const rows = [...body.rows].filter((row) => row.dataset.order !== undefined);
      const printed = (a: HTMLTableRowElement, b: HTMLTableRowElement) =>
        Number(a.dataset.order) - Number(b.dataset.order);
      rows.sort(
        next
          ? (a, b) => compare(valueOf(a, column, numeric), valueOf(b, column, numeric), next) || printed(a, b)
          : printed,
      );
      body.append(...rows);
    }

    const name = header.querySelector('.col-label')?.textContent?.trim() ?? '';
    const how =
      next === null
        ? ''
        : numeric
          ? next === 'descending'
            ? '从大到小'
            : '从小到大'
          : next === 'ascending'
            ? '按拼音顺序'
            : '按拼音倒序';
    this.status!.textContent = next ? `已按“${name}”${how}排列，空白格排在最后。` : '已恢复印刷顺序。';
  }
}

if (!customElements.get('sortable-table')) customElements.define('sortable-table', SortableTable);
