import { describe, expect, it } from 'vitest';
import {
  entryId,
  issueFolderOf,
  issueId,
  parseArticlePath,
  parseIssueFolder,
  parseOrderedFile,
  parseTablePath,
} from '../../../src/lib/content/paths.ts';

describe('issue folders', () => {
  it('reads year and number from YYYY-NN', () => {
    expect(parseIssueFolder('2020-03')).toEqual({ year: 2020, number: 3 });
    expect(parseIssueFolder('2021-12')).toEqual({ year: 2021, number: 12 });
  });
  it('refuses other names', () => {
    for (const name of ['2020-3', '2020_03', '20-03', '2020-00', '2020-03-x', '第3期'])
      expect(parseIssueFolder(name)).toBeNull();
  });
  it('writes the id with a two-digit number', () => {
    expect(issueId({ year: 2020, number: 3 })).toBe('2020-03');
    expect(issueId({ year: 2020, number: 11 })).toBe('2020-11');
  });
});

describe('article and table paths', () => {
  it('takes issue from the folder, order from the number and slug from the rest', () => {
    expect(parseArticlePath('2020-03/articles/04-credit-repair-training.mdx')).toEqual({
      issueId: '2020-03',
      order: 4,
      slug: 'credit-repair-training',
    });
    expect(parseTablePath('2020-03/tables/02-departments.json')).toEqual({
      issueId: '2020-03',
      order: 2,
      slug: 'departments',
    });
  });
  it('refuses misnamed files', () => {
    expect(parseArticlePath('2020-03/articles/credit-repair.mdx')).toBeNull();
    expect(parseArticlePath('2020-03/articles/04-信用修复.mdx')).toBeNull();
    expect(parseArticlePath('2020-03/articles/04-Credit.mdx')).toBeNull();
    expect(parseArticlePath('2020-03/articles/04-credit.md')).toBeNull();
    expect(parseArticlePath('2020-03/tables/04-credit.mdx')).toBeNull();
    expect(parseArticlePath('2020-3/articles/04-credit.mdx')).toBeNull();
    expect(parseTablePath('2020-03/tables/departments.json')).toBeNull();
    expect(parseOrderedFile('04-credit.json', 'mdx')).toBeNull();
  });
  it('builds collection ids that do not depend on the printed order', () => {
    expect(entryId({ issueId: '2020-03', slug: 'credit-repair-training' })).toBe('2020-03/credit-repair-training');
    expect(issueFolderOf('2020-03/issue.json')).toBe('2020-03');
  });
});
