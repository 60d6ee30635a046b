import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  moveToStaging,
  recoverInterruptedBuilds,
  removeDeadBuildFolders,
  swapFolders,
  swapIn,
} from '../../../scripts/lib/site-swap.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function parentIn(base: string): string {
  const dir = mkdtempSync(join(base, 'bulletin-swap-'));
  made.push(dir);
  return dir;
}

function site(dir: string, text: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), text);
}

const read = (dir: string) => readFileSync(join(dir, 'index.html'), 'utf8');

describe('swapFolders', () => {
  it('stages next to the output folder, so the swap is a rename on one file system', () => {
    expect(swapFolders('/srv/site/dist', 42)).toEqual({
      staging: '/srv/site/.dist.staging-42',
      previous: '/srv/site/.dist.previous-42',
    });
  });
});

describe('swapIn', () => {
  it('replaces the previous site whole and leaves nothing beside it', () => {
    const parent = parentIn(tmpdir());
    const dist = join(parent, 'dist');
    const { staging, previous } = swapFolders(dist, 7);
    site(dist, 'old');
    writeFileSync(join(dist, 'gone.html'), 'a page the new build no longer has');
    site(staging, 'new');
    swapIn(staging, dist, previous);
    expect(read(dist)).toBe('new');
    expect(readdirSync(dist)).toEqual(['index.html']);
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('creates the output folder when there was none', () => {
    const parent = parentIn(tmpdir());
    const dist = join(parent, 'dist');
    const { staging, previous } = swapFolders(dist, 7);
    site(staging, 'new');
    swapIn(staging, dist, previous);
    expect(read(dist)).toBe('new');
  });

  it('puts the previous site back when the new one cannot be moved in', () => {
    const parent = parentIn(tmpdir());
    const dist = join(parent, 'dist');
    const { staging, previous } = swapFolders(dist, 7);
    site(dist, 'old');
    // No staging folder: the second rename fails after the first has moved the old site aside.
    expect(() => swapIn(staging, dist, previous)).toThrow(/ENOENT/);
    expect(read(dist)).toBe('old');
    expect(readdirSync(parent)).toEqual(['dist']);
  });
});

const otherFileSystem = existsSync('/dev/shm') && statSync('/dev/shm').dev !== statSync(tmpdir()).dev;

describe('moveToStaging', () => {
  it('moves the finished build next to the output folder', () => {
    const builds = parentIn(tmpdir());
    const parent = parentIn(tmpdir());
    const { staging } = swapFolders(join(parent, 'dist'), 7);
    site(join(builds, 'site-7'), 'new');
    moveToStaging(join(builds, 'site-7'), staging);
    expect(read(staging)).toBe('new');
    expect(readdirSync(builds)).toEqual([]);
  });

  it.skipIf(!otherFileSystem)(
    'copies it when the output folder is on another file system, where a rename fails with EXDEV',
    () => {
      const builds = parentIn(tmpdir());
      const parent = parentIn('/dev/shm');
      const dist = join(parent, 'dist');
      const { staging, previous } = swapFolders(dist, 7);
      site(join(builds, 'site-7', 'issues'), 'an article page');
      writeFileSync(join(builds, 'site-7', 'index.html'), 'new');
      site(dist, 'old');
      moveToStaging(join(builds, 'site-7'), staging);
      swapIn(staging, dist, previous);
      expect(read(dist)).toBe('new');
      expect(read(join(dist, 'issues'))).toBe('an article page');
      expect(readdirSync(parent)).toEqual(['dist']);
      expect(readdirSync(builds)).toEqual([]);
    },
  );
});

describe('recoverInterruptedBuilds', () => {
  it('removes what killed builds left, keeps a running build’s folders, and puts back a site caught mid-swap', () => {
    const parent = parentIn(tmpdir());
    const dist = join(parent, 'dist');
    site(join(parent, '.dist.staging-101'), 'half-built by a killed build');
    site(join(parent, '.dist.staging-202'), 'being built right now');
    site(join(parent, '.dist.previous-303'), 'the site before a swap that was killed');
    site(join(parent, '.other.staging-101'), 'another output folder’s build');
    recoverInterruptedBuilds(dist, (pid) => pid === 202);
    expect(readdirSync(parent).sort()).toEqual(['.dist.staging-202', '.other.staging-101', 'dist']);
    expect(read(dist)).toBe('the site before a swap that was killed');
  });

  it('removes the build folders of builds that are no longer running, and only those', () => {
    const builds = parentIn(tmpdir());
    for (const name of ['site-101', 'site-202', 'dist-subpath', 'site-notes']) site(join(builds, name), name);
    removeDeadBuildFolders(builds, 'site-', (pid) => pid === 202);
    expect(readdirSync(builds).sort()).toEqual(['dist-subpath', 'site-202', 'site-notes']);
  });

  it('removes a left-over previous site when the output folder is in place', () => {
    const parent = parentIn(tmpdir());
    const dist = join(parent, 'dist');
    site(dist, 'current');
    site(join(parent, '.dist.previous-303'), 'older');
    recoverInterruptedBuilds(dist, () => false);
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(read(dist)).toBe('current');
  });
});
