import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILD_INPUTS, inputsFingerprint, isBuildCurrent, recordBuild } from '../../../scripts/lib/build-inputs.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A project folder with one file of each kind a build reads, and one it does not. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'bulletin-inputs-'));
  made.push(root);
  const files: Record<string, string> = {
    'package.json': '{"type":"module"}',
    'package-lock.json': '{}',
    'tsconfig.json': '{"extends":"astro/tsconfigs/strict"}',
    'astro.config.mjs': 'export default {}',
    'src/pages/index.astro': '<p>hi</p>',
    'public/robots.txt': 'User-agent: *',
    'scripts/build.ts': '',
    'content/sections.json': '{"sections":["国家政策"]}',
    'README.md': '# readme',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('inputsFingerprint', () => {
  it.each([
    'package.json',
    'tsconfig.json',
    'astro.config.mjs',
    'package-lock.json',
    'src/pages/index.astro',
    'public/robots.txt',
    'scripts/build.ts',
    'content/sections.json',
  ])('changes when %s changes', (path) => {
    const root = project();
    const before = inputsFingerprint(root);
    writeFileSync(join(root, path), '{"changed":true}');
    expect(inputsFingerprint(root)).not.toBe(before);
  });

  it('does not change for a file the build does not read', () => {
    const root = project();
    const before = inputsFingerprint(root);
    writeFileSync(join(root, 'README.md'), '# edited');
    expect(inputsFingerprint(root)).toBe(before);
  });

  it('lists package.json and tsconfig.json among the inputs', () => {
    expect(BUILD_INPUTS).toEqual(expect.arrayContaining(['package.json', 'tsconfig.json']));
  });
});

describe('recordBuild and isBuildCurrent', () => {
  it('know each output folder’s build, until an input changes', () => {
    const root = project();
    const dist = join(root, 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), '');
    mkdirSync(join(root, '.build'));
    expect(isBuildCurrent(root, dist)).toBe(false);
    recordBuild(root, dist, inputsFingerprint(root));
    expect(isBuildCurrent(root, dist)).toBe(true);
    expect(isBuildCurrent(root, join(root, 'other-dist'))).toBe(false);
    writeFileSync(join(root, 'tsconfig.json'), '{"extends":"astro/tsconfigs/base"}');
    expect(isBuildCurrent(root, dist)).toBe(false);
  });
});
