/**
 * The two real tables of issue 2020-3, checked against figures worked out by hand from the printed
 * bulletin (the text export in shared/source, summed column by column and row by row in a separate
 * scratch calculation, with the five rows the export shifted one column left put back where printed).
 */
import { describe, expect, it } from 'vitest';
import { readContentSnapshot } from '../../../src/lib/content/snapshot.ts';
import { validateContent } from '../../../src/lib/validation/validate-archive.ts';
import { FIXTURE_ARCHIVE } from '../../support/content-fixture.ts';

const result = validateContent(readContentSnapshot(FIXTURE_ARCHIVE));
const tableById = (id: string) => result.tables.find((t) => t.id === id)!;

describe('issue 2020-3, 三季度全市信源单位信息上报数据汇总表', () => {
  const departments = tableById('2020-03/departments');

  it('validates, with 57 departments and 22 columns', () => {
    expect(result.errors).toEqual([]);
    expect(departments.model.rows).toHaveLength(57);
    expect(departments.model.columns).toHaveLength(22);
  });

  it('has exactly the nine discrepancies worked out by hand', () => {
    const records = departments.discrepancies.map(({ kind, row, column, printed, computed, difference }) => ({
      kind,
      row,
      column,
      printed,
      computed,
      difference,
    }));
    expect(records).toEqual([
      // 市场监督管理局: 51 + 7 + 51 + 51 + 51 + 51 + 32 + 1,795,062 = 1,795,356; printed 数据总量 1,795,396.
      {
        kind: 'row-total',
        row: '市场监督管理局',
        column: '数据总量',
        printed: 1795396,
        computed: 1795356,
        difference: 40,
      },
      // 公安局 3,230 + 市卫健委 50 + 市金融发展局 4 + 市文旅局 51 + 林业和草原局 1 = 3,336.
      { kind: 'column-total', row: null, column: '行政处罚', printed: 2457, computed: 3336, difference: -879 },
      // 市行政审批局 3,347 + 公安局 167 + 市文旅局 418 = 3,932.
      { kind: 'column-total', row: null, column: '行政许可', printed: 9301, computed: 3932, difference: 5369 },
      // No department reports a figure in this column.
      {
        kind: 'column-total',
        row: null,
        column: '开展行业信用监管的领域',
        printed: 5921,
        computed: null,
        difference: null,
      },
      // 中级法院 1,326 only.
      { kind: 'column-total', row: null, column: '联合惩戒案例', printed: 1577, computed: 1326, difference: 251 },
      // No department reports a figure in this column.
      { kind: 'column-total', row: null, column: '国家黑名单结果反馈', printed: 1, computed: null, difference: null },
      // 11 + 32 + 4 + 34 + 18 + 1 + 1 + 4 + 1 + 1 + 1 + 1 + 1 + 2 + 1 + 1 + 2 + 4 + 2 + 1
      //   + 6 (市文明办) + 1 + 1 + 3 + 2 = 136.
      { kind: 'column-total', row: null, column: '信用信息', printed: 119, computed: 136, difference: -17 },
      // 6 + 1,795,062 + 3 + 49,608 + 684 + 4,884 + 4,173 + 12 + 71,790 + 66 + 9 + 725,339,424 + 9
      //   + 1,796,190 + 2 (市文明办) + 54 = 729,061,976.
      {
        kind: 'column-total',
        row: null,
        column: '营口市信用信息平台上报数量(累计数量)',
        printed: 486660052,
        computed: 729061976,
        difference: -242401924,
      },
      // The printed row totals add up to 729,071,937 (the row totals' own sum, 40 more than the cells',
      // because of 市场监督管理局).
      {
        kind: 'column-total',
        row: null,
        column: '数据总量',
        printed: 729115164,
        computed: 729071937,
        difference: 43227,
      },
    ]);
  });

  it('agrees with the printed totals everywhere else, and leaves printed blanks uncompared', () => {
    const totals = Object.fromEntries(
      departments.model.columns.map((c) => [c.label, departments.totals.columns[c.index]]),
    );
    expect(totals).toMatchObject({
      失信主体主动参加信用修复培训的案例: 65,
      '失信主体以注销、吊销等形式退出黑名单的案例': 7,
      失信主体在信用中国或信用网站主动开展信用承诺的案例: 3,
      失信主体在限期内主动修正失信行为后退出黑名单的案例: 54,
      参加信用修复培训企业数: 54,
      '失信提示、警示约谈情况': 51,
      完成信用修复企业: 65,
      诚信建设万里行: 19,
      信易贷工作进展情况: 873,
      // Printed blank and nothing reported: blank, not 0.
      信用修复标准或规范: null,
      失信主体提交信用报告情况: null,
      营商环境建设情况: null,
    });
  });

  it('has every row total right but one, including the five rows the text export shifted', () => {
    const model = departments.model;
    const wrong = model.rows
      .filter((row, index) => row.cells[model.rowTotalIndex!] !== departments.totals.rows[index])
      .map((row) => row.unit);
    expect(wrong).toEqual(['市场监督管理局']);
    const shifted = ['市文明办', '中心医院', '政务服务中心', '妇联', '共青团'];
    expect(shifted.map((unit) => model.rows.find((row) => row.unit === unit)!.cells.slice(19))).toEqual([
      [6, 2, 8],
      [1, null, 1],
      [1, null, 1],
      [3, null, 3],
      [2, null, 2],
    ]);
  });

  it('acknowledges every discrepancy, so --strict passes on the real archive', () => {
    expect(departments.discrepancies.filter((d) => d.acknowledgement === null)).toEqual([]);
  });
});

describe('issue 2020-3, 各县（市）区、园区数据报送情况统计表', () => {
  const districts = tableById('2020-03/districts');

  it('prints no totals, so has no discrepancies', () => {
    expect(districts.discrepancies).toEqual([]);
    expect(districts.model.printedTotals).toBeNull();
  });

  it('totals each column and each group as worked out by hand', () => {
    expect(districts.totals.columns).toEqual([12, 6646, 5666, 13, 242, 93, 45, 13]);
    expect(districts.totals.groups).toEqual([
      // 鲅鱼圈, 大石桥市, 盖州市, 老边区, 站前区, 西市区
      { group: '县（市）区', cells: [9, 6600, 4544, 13, 242, 93, 24, 5] },
      // 自贸区, 沿海产业基地, 北海经济开发区, 仙人岛经济开发区, 辽河经济开发区: three columns with nothing reported.
      { group: '园区', cells: [3, 46, 1122, null, null, null, 21, 8] },
    ]);
  });
});
