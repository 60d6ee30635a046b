import { describeFigures, describePlace } from './audit.ts';
import type { ReportedDiscrepancy } from './validation.ts';

/** Discrepancies the table files do not acknowledge: what `npm run validate -- --strict` fails on. */
export function unacknowledged<T extends { acknowledgement: string | null }>(discrepancies: readonly T[]): T[] {
  return discrepancies.filter((d) => d.acknowledgement === null);
}

/**
 * Discrepancies grouped by file, for the terminal:
 *
 *     content/issues/2020-03/tables/02-departments.json  三季度全市信源单位信息上报数据汇总表
 *       △ 市场监督管理局 · 数据总量（行合计）：印刷 1,795,396，各栏之和 1,795,356，相差 +40
 *         已确认：……
 */
export function formatDiscrepancies(discrepancies: readonly ReportedDiscrepancy[]): string {
  const byFile = new Map<string, ReportedDiscrepancy[]>();
  for (const d of discrepancies) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  return [...byFile.keys()]
    .sort()
    .map((file) => {
      const list = byFile.get(file)!;
      const lines = list.map((d) => {
        const status =
          d.acknowledgement === null
            ? '\n      未确认：核对印刷版后，可在表文件的 acknowledged 中写明'
            : `\n      编者确认：${d.acknowledgement}`;
        return `  △ ${describePlace(d, d.totalsLabel)}：${describeFigures(d, d.totalsLabel)}${status}`;
      });
      return [`${file}  ${list[0]!.title}`, ...lines].join('\n');
    })
    .join('\n\n');
}
