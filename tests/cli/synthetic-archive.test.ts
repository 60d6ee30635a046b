import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from '../support/content-fixture.ts';

describe('synthetic archives for benchmarks', () => {
  const folder = mkdtempSync(join(tmpdir(), 'bulletin-1000-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('writes 1,000 issues that npm run validate accepts', () => {
    const written = runScript('scripts/synthetic-archive.ts', [folder, '1000']);
    expect(written.stderr).toBe('');
    expect(readdirSync(join(folder, 'issues'))).toHaveLength(1000);
    const validated = runScript('scripts/validate.ts', [], { ARCHIVE_CONTENT_DIR: folder });
    expect(validated.stderr).toBe('');
    expect(validated.stdout).toContain('内容检查通过：1000 期');
    expect(validated.status).toBe(0);
  });
});
