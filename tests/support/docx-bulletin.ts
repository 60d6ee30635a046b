/**
 * Writes an issue of the archive as the office's Word file would lay it out, for the import tests:
 * red title lines, the key notes in a one-cell box as a bulleted list, bold 【section】 heads and titles,
 * ◇ and ☆ items with their （source） lines, the ranking tables, the districts table with its row groups
 * as vertically merged first cells under a header cell spanning two columns, the department table with a
 * header row that Word repeats on every page (标题行重复) and the 合计 row, and the footer with its link.
 * Generated from the committed files (docx), so nothing binary is committed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { parseFrontMatter } from '../../src/lib/content/file-text.ts';
import { LEVEL_HEADINGS, type CityLevel } from '../../src/lib/rankings/schema.ts';
import { rawCellsInColumnOrder } from '../../src/lib/tables/model.ts';

interface Observation {
  city: string;
  level: CityLevel;
  month: string;
  index: string;
  rank: number;
}

const RED = 'C00000';
const text = (value: string, options: { bold?: boolean; color?: string; size?: number } = {}) =>
  new TextRun({ text: value, ...options });
const paragraph = (value: string, options: { bold?: boolean; color?: string; size?: number; center?: boolean } = {}) =>
  new Paragraph({
    children: [text(value, options)],
    ...(options.center ? { alignment: AlignmentType.CENTER } : {}),
  });
const cellText = (value: unknown) => (value === null || value === undefined ? '' : String(value));
const cell = (value: string, options: { span?: number; merge?: 'restart' | 'continue' } = {}) =>
  new TableCell({
    children: [new Paragraph(options.merge === 'continue' ? '' : value)],
    ...(options.span ? { columnSpan: options.span } : {}),
    ...(options.merge
      ? { verticalMerge: options.merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE }
      : {}),
  });
const table = (rows: TableRow[]) => new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });

/** The .docx of one issue folder of an archive (e.g. tests/fixtures/archive/issues/2020-03). */
export async function bulletinDocx(folder: string): Promise<Buffer> {
  const read = (path: string) => readFileSync(join(folder, path), 'utf8');
  const issue = JSON.parse(read('issue.json'));
  const children: Array<Paragraph | Table> = [];

  // Masthead: the red title lines, the number line, publisher and date.
  const [year, month, day] = (issue.date as string).split('-').map(Number);
  children.push(
    paragraph('营口信用体系建设', { bold: true, color: RED, size: 56, center: true }),
    paragraph('工作简报', { bold: true, color: RED, size: 56, center: true }),
    paragraph(`〔${issue.year}〕第${issue.number}期　总第${issue.cumulativeNumber}期`, { center: true }),
    paragraph(issue.publisher),
    paragraph(`${year}年${month}月${day}日`),
  );

  // The key notes: a bordered one-cell box, a bulleted list, the printed line break kept.
  const box = BorderStyle.SINGLE;
  children.push(
    new Table({
      borders: { top: { style: box, size: 8, color: RED }, bottom: { style: box, size: 8, color: RED } },
      rows: [
        new TableRow({
          children: [
            new TableCell({
              children: [
                paragraph('重要提示', { bold: true }),
                ...(issue.keyNotes as string[]).map(
                  (note) =>
                    new Paragraph({
                      bullet: { level: 0 },
                      children: note
                        .split('\n')
                        .map((line, index) => new TextRun({ text: line, break: index ? 1 : 0 })),
                    }),
                ),
              ],
            }),
          ],
        }),
      ],
    }),
  );

  // Rankings: a section head per level, each city's heading and its three-column table.
  const rankings = JSON.parse(read('rankings.json')) as {
    headings: Record<string, string>;
    observations: Observation[];
  };
  let level: CityLevel | undefined;
  let city: string | undefined;
  let rows: TableRow[] = [];
  const flush = () => {
    if (rows.length) children.push(table(rows));
    rows = [];
  };
  for (const observation of rankings.observations) {
    if (observation.city !== city) {
      flush();
      if (observation.level !== level)
        children.push(paragraph(`【${LEVEL_HEADINGS[observation.level]}】`, { bold: true }));
      level = observation.level;
      city = observation.city;
      children.push(paragraph(rankings.headings[city]!, { bold: true }));
      rows.push(
        new TableRow({ tableHeader: true, children: ['月份', '综合指数', '排名'].map((label) => cell(label)) }),
      );
    }
    rows.push(
      new TableRow({
        children: [observation.month.replace('-', '.'), observation.index, String(observation.rank)].map((v) =>
          cell(v),
        ),
      }),
    );
  }
  flush();

  // Articles and short items in printed order, a bold head where the section changes.
  let section: string | undefined;
  for (const name of readdirSync(join(folder, 'articles')).sort()) {
    const document = parseFrontMatter(read(`articles/${name}`), name);
    if ('problem' in document) throw new Error(document.problem.message);
    const data = document.data as { kind: string; title?: string; marker?: string; section: string; source: string };
    if (data.section !== section) children.push(paragraph(`【${data.section}】`, { bold: true }));
    section = data.section;
    const paragraphs = document.body.trim().split(/\n\s*\n/);
    if (data.kind === 'article') children.push(paragraph(data.title!, { bold: true, center: true }));
    paragraphs.forEach((text, index) =>
      children.push(paragraph(index === 0 && data.kind === 'brief' ? `${data.marker} ${text}` : text)),
    );
    children.push(paragraph(`（${data.source}）`));
  }

  // Statistical tables: a bold title, a header row repeated on every page, the 合计 row last.
  for (const name of readdirSync(join(folder, 'tables')).sort()) {
    const data = JSON.parse(read(`tables/${name}`));
    const labels = (data.columns as Array<{ label: string }>).map((c) => c.label);
    const grouped = Array.isArray(data.groups);
    const header = new TableRow({
      tableHeader: true,
      children: [cell(data.rowHeader, grouped ? { span: 2 } : {}), ...labels.map((label) => cell(label))],
    });
    let group: string | undefined;
    const body = (data.rows as Array<{ unit: string; group?: string; cells: unknown[] | Record<string, unknown> }>).map(
      (row) => {
        const first = grouped ? [cell(row.group!, { merge: row.group === group ? 'continue' : 'restart' })] : [];
        group = row.group;
        return new TableRow({
          children: [
            ...first,
            cell(row.unit),
            ...rawCellsInColumnOrder(data.columns, row.cells).map((v) => cell(cellText(v))),
          ],
        });
      },
    );
    const totals = data.printedTotals
      ? [
          new TableRow({
            children: [
              cell(data.printedTotals.label, grouped ? { span: 2 } : {}),
              ...rawCellsInColumnOrder(data.columns, data.printedTotals.cells).map((v) => cell(cellText(v))),
            ],
          }),
        ]
      : [];
    children.push(paragraph(data.title, { bold: true, center: true }), table([header, ...body, ...totals]));
  }

  // Footer.
  const footer = issue.footer;
  children.push(
    paragraph(`报： ${footer.sentTo.join('，')}`),
    paragraph(`送： ${footer.copiedTo.join('，')}`),
    paragraph(`编辑： ${footer.editors.join(' ')}`),
    paragraph(`电子邮件： ${footer.email}`),
    paragraph(`审核： ${footer.reviewer}`),
    paragraph(`联系电话： ${footer.telephone}`),
    new Paragraph({
      children: [
        text(`${footer.website.text}：`),
        new ExternalHyperlink({ link: footer.website.url, children: [text(footer.website.url)] }),
      ],
    }),
    paragraph(`（共印 ${footer.printRun} 份）`),
  );

  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
