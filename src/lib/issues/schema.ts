import { hasVisibleText } from '../common/text.ts';
import { z } from 'astro/zod';

/** A calendar date written as YYYY-MM-DD that really exists (2020-02-30 does not). */
export const calendarDate = z.iso.date({ error: '应为真实存在的日期，格式 YYYY-MM-DD，例如 2020-10-10' });

const nonEmpty = (what: string) =>
  z
    .string({ error: `${what}应为文字` })
    .trim()
    .min(1, { error: `${what}不能为空` })
    .refine(hasVisibleText, { error: `${what}只有空白或看不见的字符（如零宽空格）：请照印刷版填写` });

/** The footer block printed at the end of every bulletin, kept as printed. */
export const footerSchema = z.strictObject({
  /** 报：the recipients, in printed order. */
  sentTo: z.array(nonEmpty('“报”的每一项')).min(1, { error: '“报”至少要有一项' }),
  /** 送：copied to, in printed order. */
  copiedTo: z.array(nonEmpty('“送”的每一项')).min(1, { error: '“送”至少要有一项' }),
  /** 编辑：names exactly as printed (the print pads two-character names, e.g. 王 唱). */
  editors: z.array(nonEmpty('编辑姓名')).min(1, { error: '至少要有一位编辑' }),
  /** 审核 */
  reviewer: nonEmpty('审核人'),
  /** 电子邮件 */
  email: z.email({ error: '电子邮件地址格式不对，例如 name@163.com' }),
  /** 联系电话, as printed (with its dash). */
  telephone: nonEmpty('联系电话'),
  /** The line that points readers to the credit website. */
  website: z.strictObject({
    text: nonEmpty('网站提示语'),
    url: z.url({ protocol: /^https?$/, error: '网址应以 http:// 或 https:// 开头' }),
  }),
  /** 共印 N 份 */
  printRun: z.int({ error: '印数应为整数' }).positive({ error: '印数应大于 0' }),
});

/** The years an issue may carry; the synthetic archives for benchmarks keep within them too. */
export const ISSUE_YEARS = { min: 2000, max: 2100 } as const;

/** `issue.json`: one issue's masthead, key notes and footer. Its folder name must agree with year and number. */
export const issueSchema = z.strictObject({
  year: z
    .int({ error: '年份应为整数，例如 2020' })
    .min(ISSUE_YEARS.min, { error: `年份应在 ${ISSUE_YEARS.min} 年以后` })
    .max(ISSUE_YEARS.max, { error: '年份不对' }),
  /** The number of the issue within its year: 〔2020〕第3期 → 3. */
  number: z.int({ error: '期号应为整数' }).positive({ error: '期号应大于 0' }),
  /** The cumulative number since the first issue: 总第10期 → 10. */
  cumulativeNumber: z.int({ error: '总期号应为整数' }).positive({ error: '总期号应大于 0' }),
  date: calendarDate,
  publisher: nonEmpty('编印单位'),
  /** 重要提示, each a bullet as printed; a line break inside a note is kept. */
  keyNotes: z.array(nonEmpty('每条重要提示')).default([]),
  footer: footerSchema,
});

export type IssueInput = z.input<typeof issueSchema>;
export type IssueData = z.output<typeof issueSchema>;
export type Footer = z.output<typeof footerSchema>;
