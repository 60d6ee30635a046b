import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/problem.ts';
import type { ContentSnapshot } from '../../../src/lib/content/snapshot.ts';
import { cellProblem } from '../../../src/lib/tables/checks.ts';
import { validateTables, validateTableText } from '../../../src/lib/tables/validation.ts';

const FILE = 'content/issues/2020-03/tables/02-departments.json';

/** A small valid department table; each test breaks one thing. */
function table(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: '汇总表',
    rowHeader: '部门名称',
    columns: [
      { key: 'penalties', label: '行政处罚', kind: 'count' },
      { key: 'licences', label: '行政许可', kind: 'count' },
      { key: 'total', label: '数据总量', kind: 'count' },
    ],
    rowTotalColumn: 'total',
    rows: [
      { unit: '公安局', cells: [3230, 167, 3397] },
      { unit: '市卫健委', cells: [50, null, 50] },
    ],
    ...overrides,
  };
}

/** Pretty-printed like the real files: one row per line, so line numbers mean something. */
function text(value: Record<string, unknown>): string {
  return JSON.stringify(value, null, 2);
}

function problemsOf(value: Record<string, unknown> | string): string {
  const result = validateTableText(typeof value === 'string' ? value : text(value), FILE, '2020-03/departments');
  expect(result.audit).toBeNull();
  return result.problems.map((p) => `${p.file}\n${formatProblem(p)}`).join('\n');
}

function withCell(row: number, column: number, value: unknown) {
  const rows = structuredClone(table().rows) as Array<{ cells: unknown[] }>;
  rows[row]!.cells[column] = value;
  return table({ rows });
}

describe('a valid table', () => {
  it('passes with its audit', () => {
    const result = validateTableText(text(table()), FILE, '2020-03/departments');
    expect(result.problems).toEqual([]);
    expect(result.audit?.totals.columns).toEqual([3280, 167, 3447]);
  });

  it('with an acknowledged discrepancy, gives the audit of this table (made once, for the acknowledgement)', () => {
    const rows = [{ unit: '公安局', cells: [3230, 167, 3400] }];
    const acknowledged = [{ kind: 'row-total', row: '公安局', note: '印刷如此' }];
    const result = validateTableText(text(table({ rows, acknowledged })), FILE, '2020-03/departments');
    expect(result.problems).toEqual([]);
    expect(result.audit?.discrepancies).toMatchObject([
      { table: '2020-03/departments', kind: 'row-total', row: '公安局', difference: 3, acknowledgement: '印刷如此' },
    ]);
  });

  it('accepts cells by column key, a missing key being blank', () => {
    const result = validateTableText(
      text(table({ rows: [{ unit: '公安局', cells: { penalties: 3230, total: 3230 } }] })),
      FILE,
      'x',
    );
    expect(result.problems).toEqual([]);
    expect(result.audit?.model.rows[0]!.cells).toEqual([3230, null, 3230]);
  });
});

describe('validation errors name the file, the row and the column, what was found and what was expected', () => {
  it('JSON that does not parse, with line and column', () => {
    const broken = text(table()).replace('"cells": [\n        50,', '"cells": [\n        50\n');
    expect(problemsOf(broken)).toMatchInlineSnapshot(`
      "content/issues/2020-03/tables/02-departments.json
        ✗ 第 36 行第 9 列：JSON 格式有误，文件无法读取：请检查这一处附近是否缺少逗号、引号或括号，或多了一个逗号
            Expected ',' or ']' after array element in JSON at position 514 (line 36 column 9) (CommaExpected)"
    `);
  });

  it('a figure with a thousands separator', () => {
    expect(problemsOf(withCell(0, 0, '3,230'))).toMatchInlineSnapshot(`
      "content/issues/2020-03/tables/02-departments.json
        ✗ 第 26 行第 9 列 · 单位“公安局”（表中第 1 个） · “行政处罚”栏（第 1 栏）：不要加千分位逗号和引号，应写作 3230（实际：“3,230”）
            rows[0].cells[0]"
    `);
  });

  it('a decimal, as text or as a number', () => {
    expect(problemsOf(withCell(0, 1, '12.5'))).toMatchInlineSnapshot(`
      "content/issues/2020-03/tables/02-departments.json
        ✗ 第 27 行第 9 列 · 单位“公安局”（表中第 1 个） · “行政许可”栏（第 2 栏）：计数不能有小数，数字也不要加引号；单元格应为非负整数（不加千分位逗号、不加引号），空白（未填报）写 null（实际：“12.5”）
            rows[0].cells[1]"
    `);
    expect(problemsOf(withCell(0, 1, 12.5))).toMatchInlineSnapshot(`
      "content/issues/2020-03/tables/02-departments.json
        ✗ 第 27 行第 9 列 · 单位“公安局”（表中第 1 个） · “行政许可”栏（第 2 栏）：计数不能有小数；单元格应为非负整数（不加千分位逗号、不加引号），空白（未填报）写 null（实际：12.5）
            rows[0].cells[1]"
    `);
  });

  it('a dash for a blank', () => {
    expect(problemsOf(withCell(1, 1, '—'))).toMatchInlineSnapshot(`
      "content/issues/2020-03/tables/02-departments.json
        ✗ 第 35 行第 9 列 · 单位“市卫健委”（表中第 2 个） · “行政许可”栏（第 2 栏）：空白格（未填报）请写 null，不要写成“—”；0 表示填报了 0，与空白不同（实际：“—”）
            rows[1].cells[1]"
    `);
  });

  it('a negative figure', () => {
    expect(problemsOf(withCell(1, 0, -3))).toMatchInlineSnapshot(`
      "content/issues/2020-03/tables/02-departments.json
        ✗ 第 34 行第 9 列 · 单位“市卫健委”（表中第 2 个） · “行政处罚”栏（第 1 栏）：计数不能是负数；单元格应为非负整数（不加千分位逗号、不加引号），空白（未填报）写 null（实际：-3）
            rows[1].cells[0]"
    `);
  });

  it('a row with fewer or more cells than columns', () => {
    expect(problemsOf(table({ rows: [{ unit: '公安局', cells: [3230, 3230] }] }))).toMatchInlineSnapshot(`
      "content/issues/2020-03/tables/02-departments.json
        ✗ 第 25 行第 16 列 · 单位“公安局”（表中第 1 个）：此行有 2 格，本表有 3 栏：应每栏一格、按印刷顺序排列，空白格写 null；少的格可能是漏了空白格或错位（实际：[3230,3230]）
            rows[0].cells"
    `);
    expect(problemsOf(table({ rows: [{ unit: '公安局', cells: [3230, null, 3230, 1] }] }))).toMatchInlineSnapshot(`
      "content/issues/2020-03/tables/02-departments.json
        ✗ 第 25 行第 16 列 · 单位“公安局”（表中第 1 个）：此行有 4 格，本表有 3 栏：应每栏一格、按印刷顺序排列，空白格写 null；多出的格可能是错位或多打了（实际：[3230,null,3230,1]）
            rows[0].cells"
    `);
  });

  it('a number written with a thousands comma, which JSON reads as two cells', () => {
    // 5, 100 and 100, 200 both read as a grouping; the printed row total says which one was meant.
    const rows = [{ unit: '公安局', cells: [5, 100, 200, 100205] }];
    expect(
      problemsOf(
        `{"title": "汇总表", "rowHeader": "部门名称", "columns": ${JSON.stringify(table().columns)}, "rowTotalColumn": "total", "rows": [{"unit": "公安局", "cells": [3230, 167, 3,397]}]}`,
      ),
    ).toContain(
      '数字里不要加千分位逗号：此行有 4 格，本表有 3 栏，第 3、4 格“3, 397”像是一个数字 3,397 被逗号分成了两格，应写作 3397',
    );
    expect(problemsOf(table({ rows }))).toContain(
      '第 2、3 格“100, 200”像是一个数字 100,200 被逗号分成了两格，应写作 100200',
    );
    // Without a printed row total the first pair that reads as a grouping is named.
    const untotalled = table({ rowTotalColumn: undefined, rows: [{ unit: '公安局', cells: [3230, 1, 167, 3397] }] });
    expect(problemsOf(untotalled)).toContain('第 2、3 格“1, 167”');
    // A second number of other than three digits is no grouping: the general message stays.
    expect(problemsOf(table({ rows: [{ unit: '公安局', cells: [3230, 1, 16, 3397] }] }))).toContain(
      '多出的格可能是错位',
    );
  });

  it('a cell for an unknown column', () => {
    expect(problemsOf(table({ rows: [{ unit: '公安局', cells: { penalties: 1, total: 1, 行政许可: 5 } }] })))
      .toMatchInlineSnapshot(`
      "content/issues/2020-03/tables/02-departments.json
        ✗ 第 28 行第 17 列 · 单位“公安局”（表中第 1 个） · 栏 key“行政许可”：本表没有“行政许可”这一栏：请写列的 key“licences”，不写列名（实际：“行政许可”）
            rows[0].cells.行政许可"
    `);
  });

  it('two rows for the same unit', () => {
    expect(
      problemsOf(
        table({
          rows: [
            { unit: '公安局', cells: [1, null, 1] },
            { unit: '市卫健委', cells: [null, null, null] },
            { unit: '公安局', cells: [2, null, 2] },
          ],
        }),
      ),
    ).toMatchInlineSnapshot(`
      "content/issues/2020-03/tables/02-departments.json
        ✗ 第 40 行第 15 列 · 单位“公安局”（表中第 3 个）：“公安局”已是表中第 1 个单位：同一张表中每个单位只能有一行（实际：“公安局”）
            rows[2].unit"
    `);
  });

  it('an empty unit name', () => {
    expect(problemsOf(table({ rows: [{ unit: ' ', cells: [1, null, 1] }] }))).toMatchInlineSnapshot(`
      "content/issues/2020-03/tables/02-departments.json
        ✗ 第 24 行第 15 列 · 表中第 1 个单位：单位名称不能为空：请照印刷版填写部门名称（实际：“ ”）
            rows[0].unit"
    `);
  });

  it('an empty table', () => {
    expect(problemsOf(table({ rows: [] }))).toMatchInlineSnapshot(`
      "content/issues/2020-03/tables/02-departments.json
        ✗ 第 22 行第 11 列 · rows：表中没有任何数据行：请按印刷版逐行填写 rows（每行一个单位）（实际：[]）
            rows"
    `);
  });

  it('a row total declared on a column that does not exist', () => {
    expect(problemsOf(table({ rowTotalColumn: '数据总量' }))).toMatchInlineSnapshot(`
      "content/issues/2020-03/tables/02-departments.json
        ✗ 第 21 行第 21 列 · rowTotalColumn：行合计列“数据总量”不是本表的列：请写列的 key“total”，不写列名（实际：“数据总量”）
            rowTotalColumn"
    `);
  });

  it('a bad cell in the printed totals row', () => {
    expect(problemsOf(table({ printedTotals: { label: '合计', cells: [3280, '167', 3447] } }))).toMatchInlineSnapshot(`
      "content/issues/2020-03/tables/02-departments.json
        ✗ 第 44 行第 7 列 · 合计行“合计” · “行政许可”栏（第 2 栏）：数字不要加引号，应写作 167（实际：“167”）
            printedTotals.cells[1]"
    `);
  });

  it('a structural mistake, with the field and its line', () => {
    expect(problemsOf(table({ rows: [{ unit: '公安局', cell: [1, null, 1] }] }))).toMatchInlineSnapshot(`
      "content/issues/2020-03/tables/02-departments.json
        ✗ rows[0].cells：cells 应为数组（按列顺序，每列一格）或以列 key 为键的对象（实际：（未填写））
            invalid_union at rows[0].cells
      content/issues/2020-03/tables/02-departments.json
        ✗ 第 23 行第 5 列 · rows[0]：有不认识的字段 “cell”，请检查拼写或删去
            unrecognized_keys at rows[0]"
    `);
  });

  it('every bad cell at once, not just the first', () => {
    const rows = [
      { unit: '公安局', cells: ['1,234', 12.5, -3] },
      { unit: '市卫健委', cells: ['—', null, 50] },
    ];
    const result = validateTableText(text(table({ rows })), FILE, 'x');
    expect(result.problems.map((p) => p.place)).toEqual([
      '单位“公安局”（表中第 1 个） · “行政处罚”栏（第 1 栏）',
      '单位“公安局”（表中第 1 个） · “行政许可”栏（第 2 栏）',
      '单位“公安局”（表中第 1 个） · “数据总量”栏（第 3 栏）',
      '单位“市卫健委”（表中第 2 个） · “行政处罚”栏（第 1 栏）',
    ]);
    expect(result.problems.map((p) => [p.line, p.column])).toEqual([
      [26, 9],
      [27, 9],
      [28, 9],
      [34, 9],
    ]);
  });
});

describe('groups, notes and acknowledgements', () => {
  const grouped = (rows: unknown[]) => table({ groups: ['县（市）区', '园区'], rowTotalColumn: undefined, rows });

  it('a row outside the declared groups, a row without its group, and groups out of order', () => {
    expect(
      problemsOf(
        grouped([
          { unit: '鲅鱼圈', group: '园区', cells: [1, null, null] },
          { unit: '盖州市', group: '县（市）区', cells: [1, null, null] },
          { unit: '自贸区', cells: [1, null, null] },
          { unit: '沿海产业基地', group: '开发区', cells: [1, null, null] },
        ]),
      ),
    ).toMatchInlineSnapshot(`
      "content/issues/2020-03/tables/02-departments.json
        ✗ 第 33 行第 16 列 · 单位“盖州市”（表中第 2 个）：同一分组的行应连在一起，并按 groups 的顺序（县（市）区、园区）排列：此行属于“县（市）区”，却排在“园区”的行之后（实际：“县（市）区”）
            rows[1].group
      content/issues/2020-03/tables/02-departments.json
        ✗ 单位“自贸区”（表中第 3 个）：本表分为 县（市）区、园区：每行都应写明 group（实际：（未填写））
            rows[2].group
      content/issues/2020-03/tables/02-departments.json
        ✗ 第 50 行第 16 列 · 单位“沿海产业基地”（表中第 4 个）：分组不在本表的 groups 中：可用的分组有 县（市）区、园区（实际：“开发区”）
            rows[3].group"
    `);
  });

  it('a note on a unit or column that is not in the table', () => {
    expect(
      problemsOf(
        table({
          notes: [
            { row: '公安', note: '说明' },
            { column: '行政许可', note: '说明' },
          ],
        }),
      ),
    ).toMatchInlineSnapshot(`
      "content/issues/2020-03/tables/02-departments.json
        ✗ 第 42 行第 14 列 · notes[0].row：说明所指的单位不在表中：应与某行的单位名称一字不差（实际：“公安”）
            notes[0].row
      content/issues/2020-03/tables/02-departments.json
        ✗ 第 46 行第 17 列 · notes[1].column：说明所指的列不在表中：请写列的 key“licences”，不写列名（实际：“行政许可”）
            notes[1].column"
    `);
  });

  it('an acknowledgement of a total that adds up', () => {
    expect(problemsOf(table({ acknowledged: [{ kind: 'row-total', row: '公安局', note: '印刷如此' }] })))
      .toMatchInlineSnapshot(`
      "content/issues/2020-03/tables/02-departments.json
        ✗ 第 41 行第 5 列 · acknowledged[0]：“公安局”的行合计与核算结果一致，没有差异可确认：请删去这条确认（数字可能已改正）（实际：{"kind":"row-total","row":"公安局","note":"印刷如此"}）
            acknowledged[0]"
    `);
  });

  it('an acknowledgement that does not say which total', () => {
    expect(
      problemsOf(
        table({
          acknowledged: [
            { kind: 'column-total', note: '印刷如此' },
            { kind: 'row-total', row: '公安局', note: '' },
          ],
        }),
      ),
    ).toMatchInlineSnapshot(`
      "content/issues/2020-03/tables/02-departments.json
        ✗ 第 48 行第 15 列 · acknowledged[1].note：确认说明不能为空：请写明已核对印刷版、为何照录（实际：“”）
            too_small at acknowledged[1].note"
    `);
  });

  it('an acknowledgement that names a real discrepancy passes', () => {
    const result = validateTableText(
      text(
        table({
          printedTotals: { label: '合计', cells: [2457, 167, 3447] },
          acknowledged: [{ kind: 'column-total', column: 'penalties', note: '印刷如此' }],
        }),
      ),
      FILE,
      'x',
    );
    expect(result.problems).toEqual([]);
    expect(result.audit?.discrepancies.map((d) => [d.column, d.acknowledgement])).toEqual([['行政处罚', '印刷如此']]);
  });
});

describe('cellProblem', () => {
  it('accepts whole numbers from 0 and null', () => {
    expect([0, 1, 725339424, null].map(cellProblem)).toEqual([null, null, null, null]);
  });

  it('suggests the fix for each common mistake', () => {
    expect(cellProblem('1,234')).toContain('应写作 1234');
    expect(cellProblem('1234')).toContain('数字不要加引号');
    expect(cellProblem('')).toContain('请写 null');
    expect(cellProblem(true)).toContain('应为非负整数');
    expect(cellProblem(2 ** 60)).toContain('数字过大');
  });
});

describe('validateTables over the content folder', () => {
  const snapshot = (paths: string[]): ContentSnapshot => ({
    rootLabel: 'content',
    files: paths.map((path) => ({ path, text: text(table()) })),
  });
  const at = (path: string) => `content/${path}`;

  it('checks file names and that an issue has no two tables with one number or one permalink', () => {
    const result = validateTables(
      snapshot([
        'issues/2020-03/tables/01-departments.json',
        'issues/2020-03/tables/01-districts.json',
        'issues/2020-03/tables/02-departments.json',
        'issues/2020-03/tables/departments.json',
        'issues/2020-03/tables/03-Departments.json',
      ]),
      at,
    );
    expect(result.errors.map((e) => `${e.file} · ${e.place ?? ''} · ${e.message}`)).toMatchInlineSnapshot(`
      [
        "content/issues/2020-03/tables/01-districts.json · 文件名序号 · 序号 1 已被 01-departments.json 使用：同一期中每张表的序号应不同",
        "content/issues/2020-03/tables/02-departments.json · 文件名短名 · 短名“departments”已被 01-departments.json 使用：同一期中每张表的短名应不同，否则网址会冲突",
        "content/issues/2020-03/tables/departments.json ·  · 数据表文件名应为“两位序号-英文小写短名.json，例如 02-departments.json”：序号决定印刷顺序，短名成为网址的一部分",
        "content/issues/2020-03/tables/03-Departments.json ·  · 数据表文件名应为“两位序号-英文小写短名.json，例如 02-departments.json”：序号决定印刷顺序，短名成为网址的一部分",
      ]
    `);
    expect(result.tables.map((t) => t.id)).toEqual(['2020-03/departments', '2020-03/districts', '2020-03/departments']);
  });

  it('leaves tables in a misnamed issue folder to the issue checks', () => {
    expect(validateTables(snapshot(['issues/2020-3/tables/01-departments.json']), at)).toEqual({
      errors: [],
      tables: [],
      discrepancies: [],
    });
  });

  it('reports each discrepancy with its table title, file and totals row label', () => {
    const files = [
      {
        path: 'issues/2020-03/tables/01-departments.json',
        text: text(table({ rows: [{ unit: '公安局', cells: [1, 1, 3] }] })),
      },
    ];
    expect(validateTables({ rootLabel: 'content', files }, at).discrepancies).toEqual([
      {
        table: '2020-03/departments',
        kind: 'row-total',
        row: '公安局',
        column: '数据总量',
        printed: 3,
        computed: 2,
        difference: 1,
        columnKey: 'total',
        acknowledgement: null,
        title: '汇总表',
        file: 'content/issues/2020-03/tables/01-departments.json',
        totalsLabel: '合计',
      },
    ]);
  });
});

describe('the content collection schema', () => {
  it('runs the same cross-checks, so astro dev reports what npm run validate reports', async () => {
    const { tableSchema } = await import('../../../src/lib/tables/collection-schema.ts');
    const result = tableSchema.safeParse(withCell(0, 0, '3,230'));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['rows.0.cells.0', '单位“公安局”（表中第 1 个） · “行政处罚”栏（第 1 栏）：不要加千分位逗号和引号，应写作 3230'],
    ]);
    expect(tableSchema.safeParse(table()).success).toBe(true);
  });
});
