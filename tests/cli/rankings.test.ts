import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript, STACK_TRACE } from '../support/content-fixture.ts';
import { LATER_ISSUE, rankingFixture } from '../support/ranking-fixture.ts';

// An unmarked change to a figure an earlier issue printed: both validate and build must stop on it.
function conflicting(): string {
  return rankingFixture((observations) => {
    delete observations.find((o) => o.revision)!.revision;
  });
}

describe('rankings in npm run validate and npm run build', () => {
  it('validate passes overlapping issues with a marked revision', () => {
    const run = runScript('scripts/validate.ts', [], { ARCHIVE_CONTENT_DIR: rankingFixture() });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('validate fails on contradicting issues, naming both files and both values, in Chinese, without a stack trace', () => {
    const run = runScript('scripts/validate.ts', [], { ARCHIVE_CONTENT_DIR: conflicting() });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(`issues/${LATER_ISSUE}/rankings\\.json\\n  ✗ observations\\[\\d+\\] · 营口市 2020-07`),
    );
    expect(run.stderr).toContain(
      'issues/2020-03/rankings.json observations[0] · 营口市 2020-07 为 综合指数 82.38、第75名 / 261',
    );
    expect(run.stderr).toContain('这里为 综合指数 82.40、第74名 / 261');
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('validate --json lists the conflict for scripts', () => {
    const run = runScript('scripts/validate.ts', ['--json'], { ARCHIVE_CONTENT_DIR: conflicting() });
    expect(run.status).toBe(1);
    const { errors } = JSON.parse(run.stdout) as { errors: Array<{ file: string; place: string }> };
    expect(errors).toHaveLength(1);
    expect(errors[0]!.file).toMatch(new RegExp(`issues/${LATER_ISSUE}/rankings\\.json$`));
  });

  it('build stops before building, with the same report', () => {
    const dist = join(mkdtempSync(join(tmpdir(), 'bulletin-dist-')), 'dist');
    const run = runScript('scripts/build.ts', [], { ARCHIVE_CONTENT_DIR: conflicting(), ARCHIVE_DIST_DIR: dist });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('构建已停止');
    expect(run.stderr).toContain('这里为 综合指数 82.40、第74名 / 261');
  });
});
