import type { z } from 'astro/zod';
import { isBlank, type ExportLine } from './text-export.ts';
import type { ImportNote } from './review.ts';
import type { footerSchema } from '../issues/schema.ts';

export type FooterInput = z.input<typeof footerSchema>;

const FIELD = /(?:^|\s)(报|送|编辑|电子邮件|审核|联系电话)\s*[：:]/gu;
const WEBSITE = /^(.*?)[：:]?\s*<?(https?:\/\/[^\s>]+?)>?\s*$/u;
const PRINT_RUN = /共印\s*(\d+)\s*份/u;

/** Where the footer starts: the 报： line. */
export function isFooterStart(text: string): boolean {
  return /^报\s*[：:]/u.test(text.trim());
}

/**
 * Splits the 编辑 line into names. The print pads a two-character name to three characters' width
 * (王 唱), so a lone character belongs with the next one: 费文兵 王 唱 → 费文兵, 王 唱.
 */
export function splitEditors(text: string): string[] {
  const tokens = text
    .trim()
    .split(/[\s、，,]+/u)
    .filter(Boolean);
  const names: string[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const next = tokens[index + 1];
    if ([...token].length === 1 && next !== undefined && [...next].length === 1) {
      names.push(`${token} ${next}`);
      index += 1;
    } else names.push(token);
  }
  return names;
}

const list = (text: string) =>
  text
    .split(/[，,]/u)
    .map((item) => item.trim())
    .filter(Boolean);

/** Reads the footer block: 报、送、编辑、电子邮件、审核、联系电话, the website line and the print run. */
export function parseFooter(lines: readonly ExportLine[]): { footer: FooterInput; notes: ImportNote[] } {
  const fields = new Map<string, string>();
  const notes: ImportNote[] = [];
  let website: { text: string; url: string } | undefined;
  let printRun: number | undefined;

  for (const line of lines) {
    if (isBlank(line)) continue;
    const text = line.text.trim();
    const starts = [...text.matchAll(FIELD)];
    if (starts.length) {
      starts.forEach((match, index) => {
        const valueStart = match.index + match[0].length;
        const valueEnd = starts[index + 1]?.index ?? text.length;
        fields.set(match[1]!, text.slice(valueStart, valueEnd).trim());
      });
      continue;
    }
    const run = PRINT_RUN.exec(text);
    if (run) {
      printRun = Number(run[1]);
      continue;
    }
    const site = WEBSITE.exec(text);
    if (site && /https?:\/\//.test(text)) {
      website = { text: site[1]!.trim(), url: site[2]! };
      continue;
    }
    notes.push({
      kind: 'review',
      file: 'issue.json',
      line: line.line,
      place: 'footer',
      message: `报尾中这一行不认识，未导入：“${text}”`,
    });
  }

  const footer: FooterInput = {
    sentTo: list(fields.get('报') ?? ''),
    copiedTo: list(fields.get('送') ?? ''),
    editors: splitEditors(fields.get('编辑') ?? ''),
    reviewer: fields.get('审核') ?? '',
    email: fields.get('电子邮件') ?? '',
    telephone: fields.get('联系电话') ?? '',
    website: website ?? { text: '', url: '' },
    printRun: printRun ?? 0,
  };
  const missing: Array<[boolean, string, string]> = [
    [!fields.has('报'), 'footer.sentTo', '“报：”'],
    [!fields.has('送'), 'footer.copiedTo', '“送：”'],
    [!fields.has('编辑'), 'footer.editors', '“编辑：”'],
    [!fields.has('审核'), 'footer.reviewer', '“审核：”'],
    [!fields.has('电子邮件'), 'footer.email', '“电子邮件：”'],
    [!fields.has('联系电话'), 'footer.telephone', '“联系电话：”'],
    [!website, 'footer.website', '网站一行（如 更多内容可点击信用营口网：http://…）'],
    [printRun === undefined, 'footer.printRun', '印数（如 （共印 80 份））'],
  ];
  for (const [absent, place, label] of missing) {
    if (absent)
      notes.push({
        kind: 'review',
        file: 'issue.json',
        place,
        message: `报尾中找不到${label}：请在 issue.json 中填写`,
      });
  }
  return { footer, notes };
}
