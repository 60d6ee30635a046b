/**
 * The importer against the real export of issue 2020-3 (tests/fixtures/text-export/2020-03.txt): it must give
 * the same content as the committed content/issues/2020-03/, apart from the differences listed here,
 * each of which an importer cannot know:
 *
 * 1. File names and slugs: the committed issue has English slugs chosen by an editor
 *    (01-civil-servant-credit-check.mdx); the importer writes the title's pinyin, shortened
 *    (01-guan-che-luo-shi-guo-jia-fa-zhan.mdx). Files are matched by printed order, which both share.
 * 2. Editorial notes: written by hand (a suggested reading and a reason). The importer instead lists
 *    both corrupt passages for review; the test checks that it lists exactly those.
 * 3. Column keys: English keys chosen by an editor (administrative-penalties); the importer reuses keys
 *    the archive already has for the same label, else one from the label's pinyin. Matched by position here.
 * 4. A table's `period` (2020年第三季度): the importer cannot be sure of the year a quarter belongs to;
 *    it lists the table for review instead.
 * 5. The wording of the notes on the five rows the export shifted: the committed notes are the site's
 *    (本站依据印刷的数据总量归位), the importer's say it was done at import (导入时按行合计归位).
 *    Which rows have notes, and the header-variant note, are the same.
 * 6. Acknowledged discrepancies (`acknowledged`): an editor writes them after checking the printed totals;
 *    the importer lists the rows and totals that do not add up for review instead.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/lib/articles/schema.ts';
import { columnKeysFromArchive, importBulletin } from '../../../src/lib/import/importer.ts';
import { readContentSnapshot } from '../../../src/lib/content/snapshot.ts';
import { parseFrontMatter } from '../../../src/lib/content/file-text.ts';
import { tableSchema } from '../../../src/lib/tables/collection-schema.ts';
import { rankingFileSchema } from '../../../src/lib/rankings/schema.ts';
import { validateContent } from '../../../src/lib/validation/validate-archive.ts';
import { FIXTURE_ARCHIVE, PROJECT_ROOT } from '../../support/content-fixture.ts';

const SOURCE = readFileSync(join(PROJECT_ROOT, 'tests/fixtures/text-export/2020-03.txt'), 'utf8');
const COMMITTED = join(FIXTURE_ARCHIVE, 'issues/2020-03');
const result = importBulletin(SOURCE);
const file = (path: string) => result.files.find((f) => f.path === `issues/2020-03/${path}`);
const committed = (path: string) => readFileSync(join(COMMITTED, path), 'utf8');
const listed = (folder: string) => readdirSync(join(COMMITTED, folder)).sort();
const mine = (folder: string) =>
  result.files.filter((f) => f.path.startsWith(`issues/2020-03/${folder}/`)).map((f) => f.path);

function frontMatter(text: string) {
  const document = parseFrontMatter(text, 'x.mdx');
  if ('problem' in document) throw new Error(document.problem.message);
  return { data: articleSchema.parse(document.data), body: document.body };
}

describe('importing the export of 2020-3 gives the committed issue', () => {
  it('names the folder from the masthead', () => {
    expect(result.folder).toBe('2020-03');
    expect(result.files.map((f) => f.path)).toEqual([
      'issues/2020-03/issue.json',
      'issues/2020-03/rankings.json',
      ...[
        '01-guan-che-luo-shi-guo-jia-fa-zhan',
        '02-wo-sheng-xia-fang-tiao-zheng-qu-xiao',
        '03-kai-zhan-gou-jian-cheng-xin-huan-jing',
        '04-xin-yong-ban-gong-yi-xing-xin-yong',
        '05-xu-gui-qing-jian-cha-diao-yan-an',
        '06-sheng-xin-yong-ban-yin-fa-liao-ning',
        '07-fen-ji-jian-guan-chang-dao-dian-li',
        '08-shi-shi-chang-jian-du-guan-li-ju',
        '09-shen-pi-ju-zai-ci-zhao-kai-yi',
        '10-chu-zu-qi-che-lu-xu-che-shen',
        '11-xian-shang-qian-yue-5700-wan-mei-yuan',
      ].map((name) => `issues/2020-03/articles/${name}.mdx`),
      'issues/2020-03/tables/01-ge-xian-shi-qu-yuan-qu-shu-ju.json',
      'issues/2020-03/tables/02-san-ji-du-quan-shi-xin-yuan-dan.json',
    ]);
    expect(result.notes.find((n) => n.message.includes('按标题的拼音自动起的'))).toBeDefined();
  });

  it('issue.json: masthead, date, key notes (with the printed line break) and footer are identical', () => {
    expect(JSON.parse(file('issue.json')!.text)).toEqual(JSON.parse(committed('issue.json')));
  });

  it('rankings.json is identical, the headings printed over the cities included', () => {
    expect(JSON.parse(file('rankings.json')!.text)).toEqual(JSON.parse(committed('rankings.json')));
    expect(file('rankings.json')!.text).toBe(committed('rankings.json'));
  });

  it('articles and short items: same printed order, kind, title, marker, section, source and text (difference 1, 2)', () => {
    const names = listed('articles');
    const paths = mine('articles');
    expect(paths).toHaveLength(names.length);
    names.forEach((name, index) => {
      const expected = frontMatter(committed(`articles/${name}`));
      const actual = frontMatter(result.files.find((f) => f.path === paths[index])!.text);
      const { editorialNotes: _handWritten, ...expectedData } = expected.data;
      expect({ ...actual.data, file: name }).toEqual({ ...expectedData, editorialNotes: [], file: name });
      expect(actual.body).toBe(expected.body);
    });
  });

  it('lists for review exactly the passages the committed issue annotates by hand (difference 2)', () => {
    const corrupt = result.notes.filter((n) => n.kind === 'review' && n.file?.startsWith('articles/'));
    const annotated = listed('articles').flatMap((name, index) => {
      const notes = frontMatter(committed(`articles/${name}`)).data.editorialNotes;
      return notes.map(() => mine('articles')[index]!.replace('issues/2020-03/', ''));
    });
    expect(corrupt.map((n) => n.file)).toEqual(annotated);
    expect(corrupt[0]!.message).toContain('重要表率 and 导向作用');
    expect(corrupt[1]!.message).toContain('出现了两次');
  });

  it('tables: same title, row header, groups, column labels, rows, cells and printed totals (difference 3, 4, 6)', () => {
    const names = listed('tables');
    expect(mine('tables')).toHaveLength(names.length);
    names.forEach((name, index) => {
      const expected = tableSchema.parse(JSON.parse(committed(`tables/${name}`)));
      const actual = tableSchema.parse(JSON.parse(result.files.find((f) => f.path === mine('tables')[index])!.text));
      const keyOf = new Map(actual.columns.map((c, i) => [c.key, expected.columns[i]!.key]));
      const { period: _period, notes: expectedNotes, acknowledged: _acknowledged, ...expectedRest } = expected;
      const { notes: actualNotes, acknowledged: importedAcknowledgements, ...actualRest } = actual;
      expect(importedAcknowledgements).toEqual([]);
      expect({
        ...actualRest,
        columns: actual.columns.map((c) => ({ ...c, key: keyOf.get(c.key) })),
        ...(actual.rowTotalColumn ? { rowTotalColumn: keyOf.get(actual.rowTotalColumn) } : {}),
      }).toEqual(expectedRest);
      // Difference 5: the same notes on the same rows and columns; only the row notes' wording differs.
      expect(actualNotes.map((n) => ({ row: n.row, column: n.column && keyOf.get(n.column) }))).toEqual(
        expectedNotes.map((n) => ({ row: n.row, column: n.column })),
      );
      actualNotes.forEach((note, i) => {
        expect(note.note.replace('导入时按行合计归位', '本站依据印刷的数据总量归位')).toBe(expectedNotes[i]!.note);
      });
    });
  });

  it('reports every page-break join, each shifted row it moved back, and each row that does not add up', () => {
    const applied = result.notes.filter((n) => n.kind === 'applied');
    expect(applied.filter((n) => n.message.includes('分页造成')).map((n) => [n.file?.slice(0, 11), n.line])).toEqual([
      ['articles/02', 87],
      ['articles/04', 113],
      ['articles/05', 127],
      ['articles/07', 141],
      ['articles/10', 157],
    ]);
    expect(applied.filter((n) => n.message.includes('已归位')).map((n) => n.place)).toEqual(
      ['市文明办', '中心医院', '政务服务中心', '妇联', '共青团'].map((unit) => `部门名称“${unit}”`),
    );
    const review = result.notes.filter((n) => n.kind === 'review' && n.file?.startsWith('tables/02-'));
    expect(review.map((n) => n.place)).toEqual(['部门名称“市场监督管理局”', '“合计”行', 'period']);
  });

  it('writes files the archive accepts: the imported issue passes validation in an archive without 2020-03', () => {
    const sections = readFileSync(join(FIXTURE_ARCHIVE, 'sections.json'), 'utf8');
    const check = validateContent({
      rootLabel: 'content',
      files: [{ path: 'sections.json', text: sections }, ...result.files],
    });
    expect(check.errors).toEqual([]);
    expect(check.issues.map((i) => [i.id, i.articles.length])).toEqual([['2020-03', 11]]);
    for (const table of mine('tables'))
      expect(tableSchema.safeParse(JSON.parse(result.files.find((f) => f.path === table)!.text)).success).toBe(true);
    expect(rankingFileSchema.safeParse(JSON.parse(file('rankings.json')!.text)).success).toBe(true);
  });
});

describe('importBulletin', () => {
  it('reuses the column keys the archive already has for the same printed labels', () => {
    const known = columnKeysFromArchive(readContentSnapshot(FIXTURE_ARCHIVE).files);
    expect(known.get('数据总量')).toBe('total');
    const again = importBulletin(SOURCE, { knownColumnKeys: known });
    const table = JSON.parse(again.files.find((f) => f.path.includes('/tables/02-'))!.text);
    expect(table.columns.map((c: { key: string }) => c.key)).toEqual(
      JSON.parse(committed('tables/02-departments.json')).columns.map((c: { key: string }) => c.key),
    );
    expect(table.notes[0].column).toBe('government-credit-products');
  });

  it('writes nothing when the masthead has no year or number, and says why', () => {
    const broken = importBulletin(SOURCE.replace('〔2020〕', '').replace('第3期', ''));
    expect(broken.folder).toBeNull();
    expect(broken.files).toEqual([]);
    expect(broken.notes.map((n) => n.place)).toEqual(expect.arrayContaining(['year', 'number']));
    expect(broken.notes.at(-1)!.message).toContain('什么也没有写入');
  });

  it('lists lines that belong to no section or table instead of dropping them silently', () => {
    const stray = importBulletin(SOURCE.replace('\n报： ', '\n一行游离的文字\n\n报： '));
    const note = stray.notes.find((n) => n.message.includes('一行游离的文字'));
    expect(note).toMatchObject({ kind: 'review' });
    expect(note!.message).toContain('不在任何栏目或表格之内');
  });

  it('reads an export saved with Windows line ends and a byte-order mark the same way', () => {
    const windows = importBulletin(`\uFEFF${SOURCE.replaceAll('\n', '\r\n')}`);
    expect(windows.files.map((f) => f.text)).toEqual(result.files.map((f) => f.text));
  });
});

describe('importBulletin: tables', () => {
  it('reads a table whose later pages are titled 续表 or “表名（续）” as one table', () => {
    const header = '部门名称\t行政处罚\t数据总量';
    const text = `〔2021〕\n第1期\n总第11期\n营口市社会信用体系建设领导小组办公室\n2021年3月5日\n\n汇总表\n${header}\n公安局\t5\t5\n\n汇总表（续）\n${header}\n民政局\t1\t1\n\n续表\n${header}\n合计\t6\t6\n`;
    const imported = importBulletin(text);
    expect(imported.tables).toHaveLength(1);
    expect(imported.tables[0]!.rows.map((r) => r.unit)).toEqual(['公安局', '民政局']);
    expect(imported.tables[0]!.pages).toBe(3);
    expect(imported.tables[0]!.printedTotals?.cells).toEqual([6, 6]);
  });
});
