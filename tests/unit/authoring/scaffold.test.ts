import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContentFile } from '../../../src/lib/content/snapshot.ts';
import { readContentSnapshot } from '../../../src/lib/content/snapshot.ts';
import { issueSchema } from '../../../src/lib/issues/schema.ts';
import {
  checkIssueIdentity,
  checkNewIssueRequest,
  planNewIssue,
  readExistingIssues,
  sectionNames,
} from '../../../src/lib/authoring/scaffold.ts';
import { validateContent } from '../../../src/lib/validation/validate-archive.ts';
import { FIXTURE_ARCHIVE } from '../../support/content-fixture.ts';

const real = readContentSnapshot(FIXTURE_ARCHIVE).files;
const sections = sectionNames(real);
const committedIssue = JSON.parse(readFileSync(join(FIXTURE_ARCHIVE, 'issues/2020-03/issue.json'), 'utf8'));

/** An archive of the real content plus extra issues given by year, number and cumulative number. */
function archive(...extra: Array<[number, number, number]>): ContentFile[] {
  return [
    ...real,
    ...extra.map(([year, number, cumulativeNumber]) => ({
      path: `issues/${year}-${String(number).padStart(2, '0')}/issue.json`,
      text: JSON.stringify({ ...committedIssue, year, number, cumulativeNumber, date: `${year}-06-01` }),
    })),
  ];
}

function plan(request: Parameters<typeof planNewIssue>[0], files: ContentFile[] = real) {
  return planNewIssue(request, { files, sections });
}

describe('planNewIssue: numbering', () => {
  it('gives the next cumulative number after the archive’s highest, and copies publisher and footer from the latest issue', () => {
    const result = plan({ year: 2020, number: 4, date: '2020-12-10' });
    expect(result.problems).toEqual([]);
    const issue = issueSchema.parse(result.plan!.issue);
    expect(issue).toEqual({
      year: 2020,
      number: 4,
      cumulativeNumber: 11,
      date: '2020-12-10',
      publisher: committedIssue.publisher,
      keyNotes: [],
      footer: committedIssue.footer,
    });
    expect(result.plan!.folder).toBe('2020-04');
    expect(result.plan!.copiedFrom).toBe('2020-03');
  });

  it('copies from the latest issue (by date, then cumulative number), not the last folder name', () => {
    const files = archive([2021, 1, 12], [2019, 4, 9]);
    const latest = files.find((f) => f.path === 'issues/2021-01/issue.json')!;
    latest.text = JSON.stringify({ ...JSON.parse(latest.text), publisher: '新的编印单位' });
    const result = plan({ year: 2021, number: 2, date: '2021-04-01' }, files);
    expect(result.plan!.issue.cumulativeNumber).toBe(13);
    expect(result.plan!.issue.publisher).toBe('新的编印单位');
    expect(result.plan!.copiedFrom).toBe('2021-01');
  });

  it('takes a given cumulative number for an older issue added late', () => {
    const result = plan({ year: 2019, number: 1, date: '2019-03-01', cumulativeNumber: 1 });
    expect(result.problems).toEqual([]);
    expect(result.plan!.issue.cumulativeNumber).toBe(1);
  });

  it('starts at 总第1期 with an empty footer to fill in when the archive has no issue', () => {
    const result = plan({ year: 2018, number: 1, date: '2018-05-01' }, [
      { path: 'sections.json', text: '{"sections":["国家政策"]}' },
    ]);
    expect(result.plan!.issue.cumulativeNumber).toBe(1);
    expect(result.plan!.copiedFrom).toBeNull();
    expect(result.plan!.issue.publisher).toBe('');
  });

  it('mentions numbers missing in the year, without refusing', () => {
    expect(plan({ year: 2020, number: 4, date: '2020-12-10' }).plan!.remarks).toEqual([
      '档案中还没有 2020 年第 1、2 期；如果它们也要补录，可以之后再新建',
    ]);
  });
});

describe('checkNewIssueRequest: everything that can be checked before the date is asked', () => {
  it('refuses an existing issue and a clashing cumulative number without a date', () => {
    expect(checkNewIssueRequest({ year: 2020, number: 3 }, real)).toEqual([
      expect.stringContaining('〔2020〕第3期 已经存在'),
    ]);
    expect(checkNewIssueRequest({ year: 2019, number: 4, cumulativeNumber: 10 }, real)).toEqual([
      expect.stringContaining('总期号 10 已被'),
    ]);
  });

  it('accepts a free issue without a date, and checks a date when one is given', () => {
    expect(checkNewIssueRequest({ year: 2020, number: 4 }, real)).toEqual([]);
    expect(checkNewIssueRequest({ year: 2020, number: 4, date: '2020-02-30' }, real)).toEqual([
      expect.stringContaining('日期应为真实存在的日期'),
    ]);
  });
});

describe('planNewIssue: refusals', () => {
  it('refuses an issue that exists already', () => {
    const result = plan({ year: 2020, number: 3, date: '2020-10-10', cumulativeNumber: 99 });
    expect(result.plan).toBeNull();
    expect(result.problems.join('\n')).toContain('〔2020〕第3期 已经存在（content/issues/2020-03/）：不会覆盖');
  });

  it('refuses a cumulative number another issue has', () => {
    const result = plan({ year: 2019, number: 4, date: '2019-12-01', cumulativeNumber: 10 });
    expect(result.plan).toBeNull();
    expect(result.problems).toEqual([
      expect.stringContaining('总期号 10 已被 〔2020〕第3期（content/issues/2020-03/）使用'),
    ]);
  });

  it('refuses a cumulative number out of order with the issues around it, which a late older issue would get by default', () => {
    const result = plan({ year: 2019, number: 4, date: '2019-12-01' });
    expect(result.plan).toBeNull();
    expect(result.problems).toEqual([
      expect.stringContaining('总期号 11 与期的先后不符：〔2020〕第3期 是总第10期，而〔2019〕第4期在它之前'),
    ]);
    expect(result.problems[0]).toContain('--cumulative-number');
  });

  it('refuses a number another folder’s issue.json already claims', () => {
    const files = archive();
    files.push({
      path: 'issues/2020-4/issue.json',
      text: JSON.stringify({ ...committedIssue, number: 4, cumulativeNumber: 11 }),
    });
    const result = plan({ year: 2020, number: 4, date: '2020-12-10', cumulativeNumber: 12 }, files);
    expect(result.problems).toEqual([expect.stringContaining('〔2020〕第4期 已经在 content/issues/2020-4/ 中')]);
  });

  it('refuses to guess when an issue.json cannot be read', () => {
    const files = [...real, { path: 'issues/2020-05/issue.json', text: '{ "year": 2020, ' }];
    const result = plan({ year: 2020, number: 6, date: '2020-12-10' }, files);
    expect(result.problems).toEqual([expect.stringContaining('content/issues/2020-05/issue.json 有错误')]);
  });

  it('checks year, number, date and cumulative number, and reports every problem at once', () => {
    const result = plan({ year: 20, number: 0, date: '2020-02-30', cumulativeNumber: 0 });
    expect(result.problems).toHaveLength(4);
    expect(result.problems[2]).toContain('“2020-02-30”');
  });
});

describe('checkIssueIdentity', () => {
  it('accepts an issue that fits between the others', () => {
    const { issues, folders } = readExistingIssues(archive([2019, 2, 6], [2021, 1, 12]));
    expect(checkIssueIdentity({ year: 2020, number: 4, cumulativeNumber: 11 }, { issues, folders })).toEqual([]);
    expect(checkIssueIdentity({ year: 2019, number: 3, cumulativeNumber: 7 }, { issues, folders })).toEqual([]);
    expect(checkIssueIdentity({ year: 2019, number: 3, cumulativeNumber: 11 }, { issues, folders })).toHaveLength(1);
  });

  it('checks only the folder and number when the cumulative number is unknown (an import without 总第N期)', () => {
    const { issues, folders } = readExistingIssues(real);
    expect(checkIssueIdentity({ year: 2020, number: 4, cumulativeNumber: 0 }, { issues, folders })).toEqual([]);
    expect(checkIssueIdentity({ year: 2020, number: 3, cumulativeNumber: 0 }, { issues, folders })).toHaveLength(1);
  });
});

describe('the scaffolded folder', () => {
  const { plan: scaffold } = plan({ year: 2020, number: 4, date: '2020-12-10' });
  const withScaffold = [...real, ...scaffold!.files];

  it('holds issue.json, a README and one example of each kind of file', () => {
    expect(scaffold!.files.map((f) => f.path)).toEqual([
      'issues/2020-04/issue.json',
      'issues/2020-04/README.md',
      'issues/2020-04/_examples/articles/01-example-article.mdx',
      'issues/2020-04/_examples/articles/02-example-brief.mdx',
      'issues/2020-04/_examples/tables/01-example-table.json',
      'issues/2020-04/_examples/rankings.json',
    ]);
  });

  it('fails validation with exactly one to-do until its first article is added', () => {
    const errors = validateContent({ rootLabel: 'content', files: withScaffold }).errors;
    expect(errors).toEqual([
      { file: 'content/issues/2020-04/articles/', message: expect.stringContaining('本期还没有文章或简讯') },
    ]);
  });

  it('says in its README what was derived and from where', () => {
    const readme = scaffold!.files.find((f) => f.path.endsWith('README.md'))!.text;
    expect(readme).toContain('# 〔2020〕第4期 总第11期（2020年12月10日）');
    expect(readme).toContain('总期号 11（档案中最大的总期号 10 加 1）');
    expect(readme).toContain('从最近一期 `2020-03` 复制而来');
  });
});
