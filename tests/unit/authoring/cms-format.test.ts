import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  articleFileToRecord,
  jsonFileToRecord,
  recordFilePath,
  recordToArticleFile,
  recordToJsonFile,
} from '../../../src/lib/authoring/cms-format.ts';
import { FIXTURE_ARCHIVE } from '../../support/content-fixture.ts';

const issueDir = join(FIXTURE_ARCHIVE, 'issues/2020-03');
const read = (path: string) => readFileSync(join(issueDir, path), 'utf8');
const jsonFiles = ['issue.json', 'rankings.json', ...readdirSync(join(issueDir, 'tables')).map((f) => `tables/${f}`)];
const articleFiles = readdirSync(join(issueDir, 'articles')).map((f) => `articles/${f}`);

/** The lines of `after` that differ from `before`, by position (the files keep their line count). */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return b.filter((line, index) => line !== a[index]);
}

describe('the web editor writes what the archive writes', () => {
  it.each(jsonFiles)('%s reads into a record and back byte for byte', (path) => {
    const text = read(path);
    expect(recordToJsonFile(jsonFileToRecord(text))).toBe(text);
  });

  it.each(articleFiles)('%s reads into a record and back byte for byte', (path) => {
    const text = read(path);
    expect(recordToArticleFile(articleFileToRecord(text))).toBe(text);
  });

  it('tells the three JSON files of an issue apart, so each collection lists only its own', () => {
    expect(jsonFileToRecord(read('issue.json')).fileKind).toBe('issue');
    expect(jsonFileToRecord(read('rankings.json')).fileKind).toBe('rankings');
    expect(jsonFileToRecord(read('tables/02-departments.json')).fileKind).toBe('table');
  });

  it('changes one line of the department table when one cell changes, and keeps blanks null', () => {
    const text = read('tables/02-departments.json');
    const record = jsonFileToRecord(text) as { grid: { rows: Array<{ cells: Array<number | null> }> } };
    const cells = record.grid.rows[3]!.cells;
    const blankAt = cells.indexOf(null);
    const filledAt = cells.findIndex((cell) => cell !== null);
    expect(blankAt).toBeGreaterThanOrEqual(0);
    cells[filledAt] = cells[filledAt]! + 1;
    const after = recordToJsonFile(record);
    expect(changedLines(text, after)).toHaveLength(1);
    const row = (JSON.parse(after) as { rows: Array<{ cells: unknown[] }> }).rows[3]!;
    expect(row.cells[blankAt]).toBeNull();
  });

  it('drops the blanks Decap leaves in optional fields and the editor-only fields', () => {
    const record = {
      ...jsonFileToRecord(read('tables/01-districts.json')),
      issue: '2020-03',
      order: '01',
      permalink: 'districts',
      period: '',
      notes: [],
    };
    expect(recordToJsonFile(record)).toBe(read('tables/01-districts.json'));
  });

  it('writes a revision note of a ranking month as the file’s revision object', () => {
    const record = jsonFileToRecord(read('rankings.json')) as { observations: Array<Record<string, unknown>> };
    record.observations[0]!.revisionNote = '据通报更正';
    const file = JSON.parse(recordToJsonFile(record)) as { observations: Array<Record<string, unknown>> };
    expect(file.observations[0]!.revision).toEqual({ note: '据通报更正' });
    expect(file.observations[1]!.revision).toBeUndefined();
  });

  it('writes a brief with a title as it stands, so validation rejects it rather than the title vanishing', () => {
    const text = recordToArticleFile({
      kind: 'brief',
      marker: '◇',
      title: '不该有的标题',
      section: '我市简讯',
      source: '市信用办',
      body: '正文',
    });
    expect(text).toContain('title: 不该有的标题');
  });

  it('names a new file from its issue, printed order and permalink', () => {
    const record = { issue: '2020-04', order: '03', permalink: 'credit-week' };
    expect(recordFilePath('articles', record)).toBe('issues/2020-04/articles/03-credit-week.mdx');
    expect(recordFilePath('tables', record)).toBe('issues/2020-04/tables/03-credit-week.json');
    expect(recordFilePath('rankings', record)).toBe('issues/2020-04/rankings.json');
  });
});
