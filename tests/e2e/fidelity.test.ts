import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { PROJECT_ROOT } from '../support/content-fixture.ts';

/**
 * Every paragraph and short item of the printed issue 2020-3, every figure of its masthead and footer and
 * every table cell must be on the site as published. The expectations are read straight from the text
 * export (tests/fixtures/text-export/2020-03.txt), independently of how content/ was written.
 */
const lines = readFileSync(`${PROJECT_ROOT}/tests/fixtures/text-export/2020-03.txt`, 'utf8').split('\n');
const lineOf = (text: string) => lines.findIndex((l) => l.trim() === text);
/** Whitespace differs between a text export and HTML; characters and their order may not. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

const proseStart = lineOf('【国家政策】');
const firstTableTitle = lineOf('各县（市）区、园区数据报送情况统计表');
const footerStart = lines.findIndex((l) => l.startsWith('报：'));

/** Paragraphs of the articles and short items, with page-break splits joined, markers and all. */
function sourceParagraphs(): string[] {
  const paragraphs: string[] = [];
  for (const raw of lines.slice(proseStart, firstTableTitle)) {
    const line = raw.trim();
    if (!line || /^【.+】$/.test(line)) continue;
    const previous = paragraphs.at(-1);
    // A long line that stops mid-sentence was cut by a page end: the next line continues it.
    if (previous && previous.length > 80 && !/[。！？”）]$/.test(previous))
      paragraphs[paragraphs.length - 1] = previous + line;
    else paragraphs.push(line);
  }
  return paragraphs;
}

function tabRows(from: number, to: number): string[][] {
  return lines
    .slice(from, to)
    .filter((l) => l.includes('\t'))
    .map((l) => l.split('\t'));
}

let browser: Browser;
let page: Page;
let issueText: string;

async function visibleText(path: string): Promise<string> {
  await page.goto(inject('origin') + path);
  return page.evaluate(() => {
    const root = document.querySelector('main')!.cloneNode(true) as HTMLElement;
    // Editorial apparatus is added by the archive, not published: read the page without it.
    root.querySelectorAll('.editorial-ref, .editorial-note, .visually-hidden').forEach((e) => e.remove());
    return root.textContent ?? '';
  });
}

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  issueText = squeeze(await visibleText('/issues/2020-03/'));
});
afterAll(async () => browser?.close());

describe('issue 2020-3 as published', () => {
  it('has the masthead', () => {
    for (const text of [
      '营口信用体系建设',
      '〔2020〕',
      '第3期',
      '总第10期',
      '工作简报',
      '营口市社会信用体系建设领导小组办公室',
      '2020年10月10日',
    ]) {
      expect(issueText).toContain(squeeze(text));
    }
  });

  it('has the key notes', () => {
    const notes = lines.slice(lineOf('重要提示') + 1, lineOf('【全国地级城市信用排名】')).filter((l) => l.trim());
    expect(notes.length).toBeGreaterThanOrEqual(4);
    for (const note of notes) expect(issueText).toContain(squeeze(note.replace(/^- /, '')));
  });

  it('has every ranking figure in its table', async () => {
    const rows = tabRows(lineOf('【全国地级城市信用排名】'), proseStart).filter((r) => r[0] !== '月份');
    expect(rows).toHaveLength(18);
    await page.goto(inject('origin') + '/issues/2020-03/');
    const shown = await page.$$eval('table.ranking-table tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.childNodes[0]?.textContent?.trim() ?? '')),
    );
    for (const row of rows) expect(shown).toContainEqual(row);
    // The line over each city's table, character for character: the print uses full-width brackets for
    // one city and a space and half-width brackets for the others.
    const headings = lines
      .slice(lineOf('【全国地级城市信用排名】'), proseStart)
      .map((l) => l.trim())
      .filter((l) => /[（(]\d+\/\d+[）)]$/.test(l));
    expect(headings).toEqual(['营口市（75/261）', '盖州市 (192/387)', '大石桥市 (98/387)']);
    expect(await page.$$eval('table.ranking-table caption', (captions) => captions.map((c) => c.textContent))).toEqual(
      headings,
    );
  });

  it('has every paragraph and short item, on the issue page and on its own page', async () => {
    const paragraphs = sourceParagraphs();
    // Titles and （source） lines are paragraphs of the export too.
    expect(paragraphs.length).toBeGreaterThan(40);
    for (const paragraph of paragraphs) expect(issueText, paragraph.slice(0, 30)).toContain(squeeze(paragraph));

    const links = await page.$$eval('.issue-article h3 a, .brief-link a', (as) =>
      as.map((a) => a.getAttribute('href')!),
    );
    expect(links).toHaveLength(11);
    let ownPages = '';
    for (const link of links) ownPages += squeeze(await visibleText(new URL(link, inject('origin')).pathname));
    for (const paragraph of paragraphs) expect(ownPages, paragraph.slice(0, 30)).toContain(squeeze(paragraph));
  });

  it('has every cell of both statistical tables where it was printed', async () => {
    await page.goto(inject('origin') + '/issues/2020-03/');
    const tables = await page.$$eval('table.data-table', (ts) =>
      ts.map((t) => ({
        headers: [...t.querySelectorAll('thead th')].map((th) =>
          (th.querySelector('.col-label') ?? th).textContent!.trim(),
        ),
        // The printed rows (units and the printed totals; the rows the archive computes are left out).
        // A blank or a figure followed by a finding carries the printed digits in data-printed (empty for
        // a blank); any other cell holds only its figure.
        rows: [...t.querySelectorAll('tbody tr[data-order], tfoot tr.printed-totals')].map((tr) => ({
          unit: tr.querySelector('th')?.getAttribute('data-value') ?? '',
          cells: [...tr.querySelectorAll('td')].map(
            (td) => td.getAttribute('data-printed') ?? td.textContent!.replace(/[,\s]/g, ''),
          ),
          shown: [...tr.querySelectorAll('td')].map((td) => td.firstChild?.textContent?.replace(/[,\s]/g, '') ?? ''),
        })),
      })),
    );
    expect(tables).toHaveLength(2);
    const [districts, departments] = tables as [(typeof tables)[0], (typeof tables)[0]];

    const districtRows = tabRows(firstTableTitle, lineOf('三季度全市信源单位信息上报数据汇总表'));
    const [districtHeader, ...districtData] = districtRows;
    expect(districtData).toHaveLength(11);
    for (const label of districtHeader!.slice(2)) expect(districts.headers).toContain(label);
    for (const [, unit, ...cells] of districtData) {
      expect(districts.rows.find((r) => r.unit === unit)?.cells.slice(0, 8), unit).toEqual(cells);
    }

    const departmentRows = tabRows(lineOf('三季度全市信源单位信息上报数据汇总表'), footerStart);
    const headers = departmentRows.filter((r) => r[0] === '部门名称');
    expect(headers).toHaveLength(4);
    for (const label of headers[0]!.slice(1)) expect(departments.headers).toContain(label);
    const data = departmentRows.filter((r) => r[0] !== '部门名称');
    expect(data).toHaveLength(58);
    for (const [unit, ...cells] of data) {
      const row = departments.rows.find((r) => r.unit === unit);
      // What a reader sees is the printed figure too (grouped with commas, blank left empty).
      expect(
        row?.shown.map((text, i) => (row.cells[i] === '' ? '' : text)),
        unit,
      ).toEqual(row?.cells);
      const shown = row?.cells.slice(0, 22);
      const printedTotal = cells.at(-1);
      const hasValues = cells.some((c) => c !== '');
      // The export lost a cell in a few rows, moving their values one column left and leaving the
      // row total blank; the printed row total says where they belong.
      const expected = printedTotal === '' && hasValues ? ['', ...cells.slice(0, -1)] : cells;
      expect(shown, unit).toEqual(expected);
    }
  });

  it('has the footer as printed', () => {
    const footer = lines.slice(footerStart).filter((l) => l.trim());
    expect(footer.length).toBe(8);
    for (const line of footer) expect(issueText, line).toContain(squeeze(line.replace(/<(https?:[^>]+)>/, '$1')));
  });
});
