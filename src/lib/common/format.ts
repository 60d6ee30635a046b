/** Formatting of dates, numbers and issue labels the way the bulletin prints them. */

export interface IssueLabelFields {
  year: number;
  number: number;
  cumulativeNumber: number;
}

/** 2020-10-10 → 2020年10月10日 */
export function formatChineseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** 2020-07 → 2020年7月 */
export function formatChineseMonth(isoMonth: string): string {
  const [year, month] = isoMonth.split('-').map(Number);
  return `${year}年${month}月`;
}

/** 〔2020〕第3期 */
export function formatIssueNumber(issue: Pick<IssueLabelFields, 'year' | 'number'>): string {
  return `〔${issue.year}〕第${issue.number}期`;
}

/** 总第10期 */
export function formatCumulativeNumber(issue: Pick<IssueLabelFields, 'cumulativeNumber'>): string {
  return `总第${issue.cumulativeNumber}期`;
}

/** 2020年第3期 — the short form used in lists, citations and search results. */
export function formatIssueShort(issue: Pick<IssueLabelFields, 'year' | 'number'>): string {
  return `${issue.year}年第${issue.number}期`;
}

const groupedInteger = new Intl.NumberFormat('zh-CN', { useGrouping: true, maximumFractionDigits: 0 });

/** 725339424 → 725,339,424 */
export function formatCount(value: number): string {
  return groupedInteger.format(value);
}
