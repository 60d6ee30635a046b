import { describe, expect, it } from 'vitest';
import { contentFileOfPage } from '../../../src/lib/validation/page-files.ts';
import { validateContent } from '../../../src/lib/validation/validate-archive.ts';
import { readContentSnapshot } from '../../../src/lib/content/snapshot.ts';
import { FIXTURE_ARCHIVE } from '../../support/content-fixture.ts';

const snapshot = readContentSnapshot(FIXTURE_ARCHIVE, 'content');

describe('contentFileOfPage', () => {
  it('names an article page by its file as on disk, and an issue page by its folder', () => {
    const fileOf = contentFileOfPage(validateContent(snapshot).issues, 'content');
    expect(fileOf('/issues/2020-03/articles/credit-repair-training/')).toBe(
      'content/issues/2020-03/articles/04-credit-repair-training.mdx',
    );
    expect(fileOf('/issues/2020-03/')).toBe('content/issues/2020-03/');
    expect(fileOf('/rankings/')).toBeUndefined();
    expect(fileOf('/issues/2020-03/articles/no-such-article/')).toBeUndefined();
  });

  it('keeps a three-digit order in the name (001-x.mdx), not rebuilt from the order number', () => {
    const files = snapshot.files.map((file) =>
      file.path.endsWith('/04-credit-repair-training.mdx')
        ? { ...file, path: file.path.replace('/04-', '/004-') }
        : file,
    );
    const fileOf = contentFileOfPage(validateContent({ rootLabel: 'content', files }).issues, 'content');
    expect(fileOf('/issues/2020-03/articles/credit-repair-training/')).toBe(
      'content/issues/2020-03/articles/004-credit-repair-training.mdx',
    );
  });
});
