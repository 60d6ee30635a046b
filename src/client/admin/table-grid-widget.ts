import { createElement as h, Fragment, useState, type ClipboardEvent, type ReactNode } from 'react';
import {
  cellFromText,
  cellText,
  gridCellProblem,
  gridRowsForFile,
  gridTotals,
  parsePastedRows,
  pasteRowsAt,
  type GridRow,
} from '../../lib/authoring/table-grid.ts';
import { formatCount } from '../../lib/common/format.ts';

/**
 * The table grid of the web editor: the printed column labels over the figures, one row per unit,
 * rows pasted from Excel or WPS, and the archive's computed totals beside the printed ones as the
 * editor types. Its value is the table file's `rows` and `printedTotals` (see cms-format.ts).
 */

interface Column {
  key: string;
  label: string;
}
interface GridValue {
  groups?: string[];
  columns: Array<Column & { kind: 'count' }>;
  rowTotalColumn?: string;
  rows: GridRow[];
  printedTotals?: { label: string; cells: unknown[] };
}
interface ImmutableLike {
  toJS(): unknown;
  getIn(path: string[]): unknown;
}
interface ControlProps {
  value?: unknown;
  onChange(value: unknown): void;
  forID: string;
  classNameWrapper: string;
}

const plain = <T>(value: unknown): T =>
  (value && typeof (value as ImmutableLike).toJS === 'function' ? (value as ImmutableLike).toJS() : value) as T;

function readGrid(value: unknown): GridValue {
  const grid = plain<Partial<GridValue> | undefined>(value) ?? {};
  const columns = (grid.columns ?? []).map((column) => ({ ...column, kind: 'count' as const }));
  const cellsOf = (cells: unknown) => {
    const list = Array.isArray(cells) ? [...cells] : [];
    while (list.length < columns.length) list.push(null);
    return list;
  };
  return {
    ...(grid.groups?.length ? { groups: grid.groups } : {}),
    columns,
    ...(grid.rowTotalColumn ? { rowTotalColumn: grid.rowTotalColumn } : {}),
    rows: (grid.rows ?? []).map((row) => ({ ...row, cells: cellsOf(row.cells) })),
    ...(grid.printedTotals
      ? { printedTotals: { ...grid.printedTotals, cells: cellsOf(grid.printedTotals.cells) } }
      : {}),
  };
}

const shown = (value: unknown) => (typeof value === 'number' ? formatCount(value) : '—');

/** Printed and computed side by side; a difference is marked and said in words. */
function totalCell(printed: unknown, computed: number | null, key: string): ReactNode {
  const differs = typeof printed === 'number' && printed !== computed;
  return h(
    'td',
    { key, className: differs ? 'grid-differs' : undefined, title: differs ? '印刷合计与计算合计不同' : undefined },
    `计算 ${shown(computed)}`,
    differs ? h('span', { className: 'grid-flag' }, ` ≠ 印刷 ${shown(printed)}`) : null,
  );
}

export function TableGridControl(props: ControlProps): ReactNode {
  const grid = readGrid(props.value);
  const { columns, rowTotalColumn } = grid;
  const groups = grid.groups ?? [];
  const [pasteNote, setPasteNote] = useState<string>('');
  const totals = gridTotals(columns, rowTotalColumn, grid.rows);
  const rowTotalIndex = rowTotalColumn ? columns.findIndex((c) => c.key === rowTotalColumn) : -1;

  const save = (next: GridValue) => props.onChange({ ...next, rows: gridRowsForFile(next.rows) });
  const setColumn = (index: number, change: Partial<Column>) =>
    save({ ...grid, columns: columns.map((column, i) => (i === index ? { ...column, ...change } : column)) });
  const withCells = (next: GridValue, edit: (cells: unknown[]) => unknown[]): GridValue => ({
    ...next,
    rows: next.rows.map((row) => ({ ...row, cells: edit(row.cells) })),
    ...(next.printedTotals ? { printedTotals: { ...next.printedTotals, cells: edit(next.printedTotals.cells) } } : {}),
  });
  const addColumn = () =>
    save(
      withCells({ ...grid, columns: [...columns, { key: '', label: '', kind: 'count' }] }, (cells) => [...cells, null]),
    );
  const removeColumn = (index: number) =>
    save(
      withCells({ ...grid, columns: columns.filter((_, i) => i !== index) }, (cells) =>
        cells.filter((_, i) => i !== index),
      ),
    );
  const setCell = (rowIndex: number, columnIndex: number, text: string) => {
    const rows = grid.rows.map((row, r) =>
      r === rowIndex ? { ...row, cells: row.cells.map((c, i) => (i === columnIndex ? cellFromText(text) : c)) } : row,
    );
    save({ ...grid, rows });
  };
  const setRow = (rowIndex: number, change: Partial<GridRow>) =>
    save({ ...grid, rows: grid.rows.map((row, r) => (r === rowIndex ? { ...row, ...change } : row)) });
  const paste = (text: string, at: number) => {
    const { rows, problems } = parsePastedRows(text, columns.length);
    setPasteNote(problems.length ? problems.join('；') : `已粘贴 ${rows.length} 行`);
    if (!problems.length) save({ ...grid, rows: pasteRowsAt(grid.rows, rows, at) });
  };
  const onCellPaste = (rowIndex: number) => (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text/plain');
    if (!/[\t\n]/.test(text)) return;
    event.preventDefault();
    paste(text, rowIndex);
  };
  const setTotal = (columnIndex: number | 'label', text: string) => {
    const current = grid.printedTotals ?? { label: '合计', cells: columns.map(() => null) };
    save({
      ...grid,
      printedTotals:
        columnIndex === 'label'
          ? { ...current, label: text }
          : { ...current, cells: current.cells.map((c, i) => (i === columnIndex ? cellFromText(text) : c)) },
    });
  };

  const cellInput = (
    value: unknown,
    label: string,
    onText: (text: string) => void,
    onPaste?: ReturnType<typeof onCellPaste>,
  ) => {
    const problem = gridCellProblem(value);
    return h(
      Fragment,
      null,
      h('input', {
        type: 'text',
        inputMode: 'numeric',
        value: cellText(value),
        'aria-label': label,
        'aria-invalid': problem ? true : undefined,
        onChange: (event: { target: { value: string } }) => onText(event.target.value),
        onPaste,
      }),
      problem ? h('span', { className: 'grid-problem', role: 'alert' }, problem) : null,
    );
  };

  const header = h(
    'tr',
    null,
    h('th', { scope: 'col' }, '单位'),
    groups.length ? h('th', { scope: 'col' }, '分组') : null,
    ...columns.map((column, c) =>
      h(
        'th',
        { scope: 'col', key: c },
        h('input', {
          type: 'text',
          value: column.label,
          placeholder: '列名（照印刷版）',
          'aria-label': `第 ${c + 1} 栏的列名`,
          onChange: (event: { target: { value: string } }) => setColumn(c, { label: event.target.value }),
        }),
        h('input', {
          type: 'text',
          value: column.key,
          placeholder: '英文名',
          'aria-label': `第 ${c + 1} 栏的英文名`,
          onChange: (event: { target: { value: string } }) => setColumn(c, { key: event.target.value }),
        }),
        h('button', { type: 'button', onClick: () => removeColumn(c) }, `删除第 ${c + 1} 栏`),
      ),
    ),
    rowTotalIndex >= 0 ? h('th', { scope: 'col' }, '行合计核对') : null,
    h('th', { scope: 'col' }, h('span', { className: 'grid-visually-hidden' }, '操作')),
  );
  const body = grid.rows.map((row, r) =>
    h(
      'tr',
      { key: r },
      h(
        'th',
        { scope: 'row' },
        h('input', {
          type: 'text',
          value: row.unit,
          'aria-label': `第 ${r + 1} 行的单位名称`,
          onChange: (event: { target: { value: string } }) => setRow(r, { unit: event.target.value }),
          onPaste: onCellPaste(r),
        }),
      ),
      groups.length
        ? h(
            'td',
            null,
            h(
              'select',
              {
                value: row.group ?? '',
                'aria-label': `${row.unit || `第 ${r + 1} 行`}的分组`,
                onChange: (event: { target: { value: string } }) =>
                  setRow(r, { group: event.target.value || undefined }),
              },
              h('option', { value: '' }, '（未选）'),
              ...groups.map((group) => h('option', { key: group, value: group }, group)),
            ),
          )
        : null,
      ...row.cells.map((value, c) =>
        h(
          'td',
          { key: c },
          cellInput(
            value,
            `${row.unit || `第 ${r + 1} 行`} · ${columns[c]?.label ?? ''}`,
            (text) => setCell(r, c, text),
            onCellPaste(r),
          ),
        ),
      ),
      rowTotalIndex >= 0 ? totalCell(row.cells[rowTotalIndex], totals.rows[r] ?? null, 'check') : null,
      h(
        'td',
        null,
        h(
          'button',
          { type: 'button', onClick: () => save({ ...grid, rows: grid.rows.filter((_, i) => i !== r) }) },
          `删除第 ${r + 1} 行`,
        ),
      ),
    ),
  );
  const printed = grid.printedTotals;
  const foot = [
    h(
      'tr',
      { key: 'printed' },
      h(
        'th',
        { scope: 'row' },
        h('input', {
          type: 'text',
          value: printed?.label ?? '',
          placeholder: '合计',
          'aria-label': '印刷合计行的名称',
          onChange: (event: { target: { value: string } }) => setTotal('label', event.target.value),
        }),
      ),
      groups.length ? h('td', null) : null,
      ...columns.map((column, c) =>
        h(
          'td',
          { key: column.key },
          cellInput(printed?.cells[c] ?? null, `印刷合计 · ${column.label}`, (text) => setTotal(c, text)),
        ),
      ),
      rowTotalIndex >= 0 ? h('td', null) : null,
      h('td', null),
    ),
    h(
      'tr',
      { key: 'computed' },
      h('th', { scope: 'row' }, '计算合计'),
      groups.length ? h('td', null) : null,
      ...columns.map((column, c) => totalCell(printed?.cells[c], totals.columns[c] ?? null, column.key)),
      rowTotalIndex >= 0 ? h('td', null) : null,
      h('td', null),
    ),
  ];

  return h(
    'div',
    { className: `${props.classNameWrapper} archive-grid`, id: props.forID },
    h(
      'div',
      { className: 'grid-layout' },
      h(
        'label',
        null,
        '行分组（没有就留空；有则用顿号分隔，如 县（市）区、园区）：',
        h('input', {
          type: 'text',
          value: groups.join('、'),
          onChange: (event: { target: { value: string } }) => {
            const list = event.target.value.split('、').map((g) => g.trim());
            save({ ...grid, groups: list.some(Boolean) ? list : undefined });
          },
        }),
      ),
      h(
        'label',
        null,
        '行合计列（印有“数据总量”等时选那一栏）：',
        h(
          'select',
          {
            value: rowTotalColumn ?? '',
            onChange: (event: { target: { value: string } }) =>
              save({ ...grid, rowTotalColumn: event.target.value || undefined }),
          },
          h('option', { value: '' }, '（没有）'),
          ...columns.map((column, c) =>
            h('option', { key: c, value: column.key }, column.label || column.key || `第 ${c + 1} 栏`),
          ),
        ),
      ),
      h('button', { type: 'button', onClick: addColumn }, '添加一栏'),
    ),
    h(
      'label',
      { className: 'grid-paste' },
      '从 Excel 或 WPS 复制若干行（可含单位名称一列），粘贴在这里，会接在表的末尾：',
      h('textarea', {
        rows: 2,
        value: '',
        onChange: () => undefined,
        onPaste: (event: ClipboardEvent<HTMLTextAreaElement>) => {
          event.preventDefault();
          paste(event.clipboardData.getData('text/plain'), grid.rows.length);
        },
      }),
    ),
    pasteNote ? h('p', { className: 'grid-note', role: 'status' }, pasteNote) : null,
    h(
      'div',
      { className: 'grid-scroll' },
      h(
        'table',
        null,
        h('caption', null, `共 ${grid.rows.length} 行、${columns.length} 栏；空白格表示未填报，不会当作 0`),
        h('thead', null, header),
        h('tbody', null, ...body),
        h('tfoot', null, ...foot),
      ),
    ),
    h(
      'button',
      {
        type: 'button',
        onClick: () => save({ ...grid, rows: [...grid.rows, { unit: '', cells: columns.map(() => null) }] }),
      },
      '添加一行',
    ),
  );
}

/** The preview pane: the table as the site will show its figures. */
export function TableGridPreview(props: { value?: unknown; entry: ImmutableLike }): ReactNode {
  const grid = readGrid(props.value);
  const columns = grid.columns;
  return h(
    'table',
    null,
    h('thead', null, h('tr', null, h('th', null, '单位'), ...columns.map((c) => h('th', { key: c.key }, c.label)))),
    h(
      'tbody',
      null,
      ...grid.rows.map((row, r) =>
        h('tr', { key: r }, h('th', null, row.unit), ...row.cells.map((cell, c) => h('td', { key: c }, shown(cell)))),
      ),
    ),
  );
}
