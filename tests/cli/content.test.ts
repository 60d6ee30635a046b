import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BROKEN_CONTENT_CASES, type BrokenContentCase } from '../../scripts/lib/broken-content.ts';
import { readContentSnapshot } from '../../src/lib/content/snapshot.ts';
import { FIXTURE_ARCHIVE, runScript, STACK_TRACE, writeArchive } from '../support/content-fixture.ts';

/**
 * The editor's view: bad content makes `npm run validate` and `npm run build` fail with a Chinese message
 * naming the file and the field, no stack trace, and no site written.
 */
const cleanups: string[] = [];
afterEach(() => {
  for (const dir of cleanups.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The fixture archive broken by one case, written to a temporary folder, and where a build would go. */
function fixture(breakContent: BrokenContentCase['breakContent']): { content: string; dist: string } {
  const content = writeArchive(breakContent(readContentSnapshot(FIXTURE_ARCHIVE).files));
  const dist = join(mkdtempSync(join(tmpdir(), 'bulletin-dist-')), 'dist');
  cleanups.push(content, join(dist, '..'));
  return { content, dist };
}

/** How the first message names its place: the field or row, else the line. */
const placeText = ({ place, line }: BrokenContentCase['pointsAt']) => place ?? `第 ${line} 行`;

describe.each(BROKEN_CONTENT_CASES)('$title', ({ breakContent, pointsAt }) => {
  const file = pointsAt.file;
  it('fails npm run validate with the file and field named', () => {
    const { content } = fixture(breakContent);
    const run = runScript('scripts/validate.ts', [], { ARCHIVE_CONTENT_DIR: content });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(file);
    if (pointsAt.place || pointsAt.line) expect(run.stderr).toContain(placeText(pointsAt));
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('fails npm run build the same way and writes no site', () => {
    const { content, dist } = fixture(breakContent);
    const run = runScript('scripts/build.ts', [], { ARCHIVE_CONTENT_DIR: content, ARCHIVE_DIST_DIR: dist });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('构建已停止');
    expect(run.stderr).toContain(file);
    if (pointsAt.place || pointsAt.line) expect(run.stderr).toContain(placeText(pointsAt));
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(existsSync(dist)).toBe(false);
  });
});

describe('good content', () => {
  it('passes npm run validate', () => {
    const run = runScript('scripts/validate.ts');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/内容检查通过：1 期，11 篇文章和简讯/);
  });
});
