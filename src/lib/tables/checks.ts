import { acknowledges, auditTable, type TableAudit } from './audit.ts';
import { isCount } from './model.ts';
import type { TableData } from './schema.ts';

/**
 * The checks a table needs beyond its shape: every cell, every row, the row-total column, groups,
 * notes and acknowledgements. Each problem names its row (by unit) and column (by label as printed, with
 * their positions), in Chinese, with what was found and what was expected.
 */
export interface TableProblem {
  /** JSON path of the offending value: ['rows', 5, 'cells', 0]. */
  path: Array<string | number>;
  /** Row and column in words: 单位“公安局”（表中第 6 个） · “行政处罚”栏（第 1 栏）. */
  place: string;
  message: string;
  /** The offending value, where there is one. */
  value?: unknown;
}

const EXPECTED_CELL = '单元格应为非负整数（不加千分位逗号、不加引号），空白（未填报）写 null';

/** Why a cell value is not a figure, with the fix; null when it is fine. */
export function cellProblem(value: unknown): string | null {
  if (value === null || isCount(value)) return null;
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value < 0) return `计数不能是负数；${EXPECTED_CELL}`;
    if (Number.isFinite(value) && !Number.isInteger(value)) return `计数不能有小数；${EXPECTED_CELL}`;
    if (Number.isInteger(value)) return `数字过大，超出可精确计算的范围；${EXPECTED_CELL}`;
    return EXPECTED_CELL;
  }
  if (typeof value === 'string') {
    const text = value.trim();
    if (/^\d{1,3}(,\d{3})+$/.test(text)) return `不要加千分位逗号和引号，应写作 ${text.replaceAll(',', '')}`;
    if (/^\d+$/.test(text)) return `数字不要加引号，应写作 ${text}`;
    if (/^-?\d*\.\d+$/.test(text)) return `计数不能有小数，数字也不要加引号；${EXPECTED_CELL}`;
    if (/^-\d+$/.test(text)) return `计数不能是负数，数字也不要加引号；${EXPECTED_CELL}`;
    if (text === '' || /^[-—–－─―‐/／\\空无]+$/.test(text))
      return `空白格（未填报）请写 null，不要写成${text === '' ? '空字符串' : `“${text}”`}；0 表示填报了 0，与空白不同`;
  }
  return EXPECTED_CELL;
}

/**
 * Where a row with too many cells has a number split by a thousands comma: JSON reads [1,234] as the
 * two numbers 1 and 234, so the sign is a whole number of one to three digits followed by one of
 * exactly three (a group cannot start with 0: JSON rejects 034 before this check runs).
 */
function thousandsComma(cells: readonly unknown[], rowTotalIndex: number): number | undefined {
  const isGroup = (value: unknown, min: number) =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= 999;
  const candidates = cells.flatMap((value, i) => (isGroup(value, 1) && isGroup(cells[i + 1], 100) ? [i] : []));
  // With a printed row total, the join that makes the row add up is the one meant.
  const addsUp = (i: number) => {
    const joined = [...cells.slice(0, i), Number(`${cells[i]}${cells[i + 1]}`), ...cells.slice(i + 2)];
    const total = joined[rowTotalIndex];
    const others = joined.filter((value, index) => index !== rowTotalIndex && isCount(value)) as number[];
    return isCount(total) && others.reduce((sum, value) => sum + value, 0) === total;
  };
  return (rowTotalIndex >= 0 ? candidates.find(addsUp) : undefined) ?? candidates[0];
}

/** A row in words: 单位“公安局”（表中第 6 个）. Units, not "rows", so it is not confused with a line of the file. */
function rowPlace(index: number, unit: unknown): string {
  return typeof unit === 'string' && unit.trim()
    ? `单位“${unit}”（表中第 ${index + 1} 个）`
    : `表中第 ${index + 1} 个单位`;
}

/** A column in words: “行政处罚”栏（第 1 栏）. */
function columnPlace(index: number, label: string): string {
  return `“${label}”栏（第 ${index + 1} 栏）`;
}

/** Every problem with a table that has the right shape (see tableShape); empty when it is fine. */
export function tableProblems(data: TableData): TableProblem[] {
  return findProblems(data, '').problems;
}

/**
 * Every problem with a table (as tableProblems), and the table's audit (auditTable) when it has none: the
 * acknowledgements are matched against the audit, so a table that has some is audited once, not twice.
 */
export function checkTable(data: TableData, tableId: string): { problems: TableProblem[]; audit: TableAudit | null } {
  const { problems, audit } = findProblems(data, tableId);
  return { problems, audit: problems.length ? null : (audit ?? auditTable(data, tableId)) };
}

/** The problems, and the audit where the acknowledgements' check made one (a sound table that has some). */
function findProblems(data: TableData, tableId: string): { problems: TableProblem[]; audit: TableAudit | null } {
  const issues: TableProblem[] = [];
  const columns = data.columns;
  const columnKeys = columns.map((c) => c.key);
  const keyList = columnKeys.join('、');
  const labelToKey = new Map(columns.map((c) => [c.label, c.key]));
  const unknownColumn = (given: string) =>
    labelToKey.has(given) ? `请写列的 key“${labelToKey.get(given)}”，不写列名` : `本表的列 key 有：${keyList}`;

  const seenKeys = new Map<string, number>();
  columns.forEach((column, index) => {
    const first = seenKeys.get(column.key);
    if (first !== undefined) {
      issues.push({
        path: ['columns', index, 'key'],
        place: columnPlace(index, column.label),
        message: `列 key“${column.key}”与第 ${first + 1} 列重复：每列的 key 应不同`,
        value: column.key,
      });
    } else seenKeys.set(column.key, index);
  });

  if (data.rowTotalColumn !== undefined && !columnKeys.includes(data.rowTotalColumn)) {
    issues.push({
      path: ['rowTotalColumn'],
      place: 'rowTotalColumn',
      message: `行合计列“${data.rowTotalColumn}”不是本表的列：${unknownColumn(data.rowTotalColumn)}`,
      value: data.rowTotalColumn,
    });
  }

  if (data.rows.length === 0) {
    issues.push({
      path: ['rows'],
      place: 'rows',
      message: '表中没有任何数据行：请按印刷版逐行填写 rows（每行一个单位）',
      value: data.rows,
    });
  }

  checkCells(data, issues, unknownColumn);
  checkRows(data, issues);
  checkNotes(data, issues, unknownColumn);
  const audit = checkAcknowledgements(data, tableId, issues, unknownColumn);
  return { problems: issues, audit: issues.length ? null : audit };
}

function checkCells(data: TableData, issues: TableProblem[], unknownColumn: (given: string) => string): void {
  const columns = data.columns;
  const check = (
    cells: TableData['rows'][number]['cells'],
    basePath: Array<string | number>,
    place: string,
    rowLabel: string,
  ) => {
    if (Array.isArray(cells)) {
      const grouping =
        cells.length > columns.length
          ? thousandsComma(
              cells,
              columns.findIndex((c) => c.key === data.rowTotalColumn),
            )
          : undefined;
      if (grouping !== undefined) {
        const [first, second] = [cells[grouping], cells[grouping + 1]];
        issues.push({
          path: [...basePath, grouping],
          place,
          message: `数字里不要加千分位逗号：${rowLabel}有 ${cells.length} 格，本表有 ${columns.length} 栏，第 ${grouping + 1}、${grouping + 2} 格“${first}, ${second}”像是一个数字 ${first},${second} 被逗号分成了两格，应写作 ${first}${second}`,
          value: cells,
        });
      } else if (cells.length !== columns.length) {
        issues.push({
          path: basePath,
          place,
          message: `${rowLabel}有 ${cells.length} 格，本表有 ${columns.length} 栏：应每栏一格、按印刷顺序排列，空白格写 null${cells.length > columns.length ? '；多出的格可能是错位或多打了' : '；少的格可能是漏了空白格或错位'}`,
          value: cells,
        });
      }
      cells.forEach((value, index) => {
        const problem = cellProblem(value);
        if (problem && index < columns.length)
          issues.push({
            path: [...basePath, index],
            place: `${place} · ${columnPlace(index, columns[index]!.label)}`,
            message: problem,
            value,
          });
      });
      return;
    }
    for (const [key, value] of Object.entries(cells)) {
      const index = columns.findIndex((c) => c.key === key);
      if (index < 0) {
        issues.push({
          path: [...basePath, key],
          place: `${place} · 栏 key“${key}”`,
          message: `本表没有“${key}”这一栏：${unknownColumn(key)}`,
          value: key,
        });
        continue;
      }
      const problem = cellProblem(value);
      if (problem)
        issues.push({
          path: [...basePath, key],
          place: `${place} · ${columnPlace(index, columns[index]!.label)}`,
          message: problem,
          value,
        });
    }
  };
  data.rows.forEach((row, index) => check(row.cells, ['rows', index, 'cells'], rowPlace(index, row.unit), '此行'));
  if (data.printedTotals)
    check(data.printedTotals.cells, ['printedTotals', 'cells'], `合计行“${data.printedTotals.label}”`, '合计行');
}

function checkRows(data: TableData, issues: TableProblem[]): void {
  const seenUnits = new Map<string, number>();
  const groups = data.groups ?? [];
  let groupPosition = -1;
  data.rows.forEach((row, index) => {
    const place = rowPlace(index, row.unit);
    const unit = row.unit.trim();
    if (!unit) {
      issues.push({
        path: ['rows', index, 'unit'],
        place,
        message: `单位名称不能为空：请照印刷版填写${data.rowHeader}`,
        value: row.unit,
      });
    } else {
      if (unit !== row.unit) {
        issues.push({
          path: ['rows', index, 'unit'],
          place,
          message: '单位名称前后有多余的空格：请删去',
          value: row.unit,
        });
      }
      const first = seenUnits.get(unit);
      if (first !== undefined) {
        issues.push({
          path: ['rows', index, 'unit'],
          place,
          message: `“${unit}”已是表中第 ${first + 1} 个单位：同一张表中每个单位只能有一行`,
          value: row.unit,
        });
      } else seenUnits.set(unit, index);
    }

    if (!groups.length) {
      if (row.group !== undefined) {
        issues.push({
          path: ['rows', index, 'group'],
          place,
          message: '本表没有声明分组（groups），此行却写了 group：请在 groups 中列出分组，或删去此行的 group',
          value: row.group,
        });
      }
      return;
    }
    if (row.group === undefined) {
      issues.push({
        path: ['rows', index, 'group'],
        place,
        message: `本表分为 ${groups.join('、')}：每行都应写明 group`,
        value: undefined,
      });
      return;
    }
    const position = groups.indexOf(row.group);
    if (position < 0) {
      issues.push({
        path: ['rows', index, 'group'],
        place,
        message: `分组不在本表的 groups 中：可用的分组有 ${groups.join('、')}`,
        value: row.group,
      });
    } else if (position < groupPosition) {
      issues.push({
        path: ['rows', index, 'group'],
        place,
        message: `同一分组的行应连在一起，并按 groups 的顺序（${groups.join('、')}）排列：此行属于“${row.group}”，却排在“${groups[groupPosition]}”的行之后`,
        value: row.group,
      });
    } else groupPosition = position;
  });
  groups.forEach((group, index) => {
    if (groups.indexOf(group) !== index)
      issues.push({ path: ['groups', index], place: `groups[${index}]`, message: `分组“${group}”重复`, value: group });
    else if (data.rows.length && !data.rows.some((row) => row.group === group)) {
      issues.push({
        path: ['groups', index],
        place: `groups[${index}]`,
        message: `分组“${group}”下没有任何行：请删去此分组，或给相应的行写上 group`,
        value: group,
      });
    }
  });
}

function checkNotes(data: TableData, issues: TableProblem[], unknownColumn: (given: string) => string): void {
  const units = new Set(data.rows.map((row) => row.unit));
  data.notes.forEach((note, index) => {
    if (note.row !== undefined && !units.has(note.row)) {
      issues.push({
        path: ['notes', index, 'row'],
        place: `notes[${index}].row`,
        message: `说明所指的单位不在表中：应与某行的单位名称一字不差`,
        value: note.row,
      });
    }
    if (note.column !== undefined && !data.columns.some((c) => c.key === note.column)) {
      issues.push({
        path: ['notes', index, 'column'],
        place: `notes[${index}].column`,
        message: `说明所指的列不在表中：${unknownColumn(note.column)}`,
        value: note.column,
      });
    }
  });
}

/** Checks the acknowledgements; returns the table's audit when it was needed for that, else null. */
function checkAcknowledgements(
  data: TableData,
  tableId: string,
  issues: TableProblem[],
  unknownColumn: (given: string) => string,
): TableAudit | null {
  if (!data.acknowledged.length) return null;
  const before = issues.length;
  const units = new Set(data.rows.map((row) => row.unit));
  data.acknowledged.forEach((ack, index) => {
    const place = `acknowledged[${index}]`;
    if (ack.kind === 'column-total') {
      if (ack.row !== undefined)
        issues.push({
          path: ['acknowledged', index, 'row'],
          place,
          message: '列合计（column-total）的确认只写 column，不写 row',
          value: ack.row,
        });
      if (ack.column === undefined)
        issues.push({
          path: ['acknowledged', index, 'column'],
          place,
          message: '列合计（column-total）的确认应写明是哪一列（column：列的 key）',
          value: undefined,
        });
      else if (!data.columns.some((c) => c.key === ack.column))
        issues.push({
          path: ['acknowledged', index, 'column'],
          place,
          message: `所确认的列不在表中：${unknownColumn(ack.column)}`,
          value: ack.column,
        });
      if (!data.printedTotals)
        issues.push({
          path: ['acknowledged', index, 'kind'],
          place,
          message: '本表没有印刷的合计行（printedTotals），没有列合计可确认',
          value: ack.kind,
        });
    } else {
      if (data.rowTotalColumn === undefined)
        issues.push({
          path: ['acknowledged', index, 'kind'],
          place,
          message: '本表没有行合计列（rowTotalColumn），没有行合计可确认',
          value: ack.kind,
        });
      else if (ack.column !== undefined && ack.column !== data.rowTotalColumn) {
        issues.push({
          path: ['acknowledged', index, 'column'],
          place,
          message: `行合计的确认只能针对行合计列“${data.rowTotalColumn}”（也可不写 column）`,
          value: ack.column,
        });
      }
      if (ack.row === undefined)
        issues.push({
          path: ['acknowledged', index, 'row'],
          place,
          message: '行合计（row-total）的确认应写明是哪一行（row：单位名称）',
          value: undefined,
        });
      else if (!units.has(ack.row))
        issues.push({
          path: ['acknowledged', index, 'row'],
          place,
          message: '所确认的单位不在表中：应与某行的单位名称一字不差',
          value: ack.row,
        });
    }
  });
  // Matching acknowledgements to discrepancies needs a table whose every cell is sound.
  if (issues.length !== before || issues.some((issue) => issue.path[0] !== 'notes')) return null;
  const audit = auditTable(data, tableId);
  const { discrepancies } = audit;
  data.acknowledged.forEach((ack, index) => {
    const place = `acknowledged[${index}]`;
    const target = ack.kind === 'row-total' ? `“${ack.row}”的行合计` : `“${ack.column}”列的合计`;
    if (!discrepancies.some((d) => acknowledges(ack, d))) {
      issues.push({
        path: ['acknowledged', index],
        place,
        message: `${target}与核算结果一致，没有差异可确认：请删去这条确认（数字可能已改正）`,
        value: ack,
      });
    } else if (
      data.acknowledged.findIndex((other) =>
        discrepancies.some((d) => acknowledges(other, d) && acknowledges(ack, d)),
      ) !== index
    ) {
      issues.push({ path: ['acknowledged', index], place, message: `${target}已确认过一次：请合并为一条`, value: ack });
    }
  });
  return audit;
}
