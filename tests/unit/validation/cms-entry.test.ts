import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFileToRecord, jsonFileToRecord } from '../../../src/lib/authoring/cms-format.ts';
import { entryProblems } from '../../../src/lib/validation/cms-entry.ts';
import { FIXTURE_ARCHIVE } from '../../support/content-fixture.ts';

const read = (path: string) => readFileSync(join(FIXTURE_ARCHIVE, path), 'utf8');
const sections = (JSON.parse(read('sections.json')) as { sections: string[] }).sections;
const articlePath = 'issues/2020-03/articles/04-credit-repair-training.mdx';
const tablePath = 'issues/2020-03/tables/02-departments.json';

describe('the web editor checks an entry with the rules of npm run validate before saving', () => {
  it('finds nothing wrong with the archive’s own files', () => {
    expect(entryProblems('articles', articleFileToRecord(read(articlePath)), sections, articlePath)).toEqual([]);
    expect(entryProblems('tables', jsonFileToRecord(read(tablePath)), sections, tablePath)).toEqual([]);
    const issuePath = 'issues/2020-03/issue.json';
    expect(entryProblems('issues', jsonFileToRecord(read(issuePath)), sections, issuePath)).toEqual([]);
  });

  it('refuses a section that is not in sections.json, naming the file', () => {
    const record = { ...articleFileToRecord(read(articlePath)), section: '工做推进' };
    const problems = entryProblems('articles', record, sections, articlePath);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.file).toBe(`content/${articlePath}`);
    expect(JSON.stringify(problems)).toContain('工做推进');
  });

  it('refuses a new article without its printed order and permalink', () => {
    const record = { ...articleFileToRecord(read(articlePath)), issue: '2020-04', order: '3' };
    const places = entryProblems('articles', record, sections).map((p) => p.place);
    expect(places).toEqual(['印刷顺序', '网址短名']);
  });

  it('names a table cell typed with a thousands comma, by unit and column', () => {
    const record = jsonFileToRecord(read(tablePath)) as { grid: { rows: Array<{ cells: unknown[] }> } };
    record.grid.rows[0]!.cells[0] = '3,230';
    const problems = entryProblems('tables', record, sections, tablePath);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('千分位');
    expect(problems[0]!.place).toContain('市信息中心');
  });

  it('refuses a new issue whose folder does not match its year and number', () => {
    const record = { ...jsonFileToRecord(read('issues/2020-03/issue.json')), folder: '2020-04' };
    const problems = entryProblems('issues', record, sections);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.file).toBe('content/issues/2020-04/issue.json');
  });
});
