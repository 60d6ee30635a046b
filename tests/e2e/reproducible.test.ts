import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { readSite } from '../../scripts/lib/site-links.ts';
import { buildSite, PROJECT_ROOT } from '../support/site-build.ts';

// Two builds of one commit give byte-identical output: the e2e run's dist/ and a fresh build of the
// same inputs into another folder.
const distDir = inject('distDir');
const again = join(PROJECT_ROOT, '.build', `dist-again-${process.pid}`);

function digest(dir: string): Map<string, string> {
  const site = readSite(dir);
  return new Map(
    [...site.files].sort().map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );
}

afterAll(() => rmSync(again, { recursive: true, force: true }));

describe('reproducible build', () => {
  it('builds the same files with the same bytes twice', () => {
    buildSite(again, inject('base') === '/' ? {} : { BASE_PATH: inject('base') }, { force: true });
    const first = digest(distDir);
    const second = digest(again);
    expect(first.size).toBeGreaterThan(20);
    expect([...second.keys()]).toEqual([...first.keys()]);
    const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
  }, 300_000);
});
