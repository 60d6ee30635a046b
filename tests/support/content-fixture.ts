import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/**
 * A frozen copy of content/ (issue 2020-03 as first published here), for the tests that read or break
 * content: an editor correcting content/ never breaks `npm test`. Refresh it by copying content/ over it
 * when a test needs newer content.
 */
export const FIXTURE_ARCHIVE = join(PROJECT_ROOT, 'tests/fixtures/archive');

/** A throw-away copy of the fixture archive, for tests that break it on purpose. */
export function copyOfContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bulletin-content-'));
  cpSync(FIXTURE_ARCHIVE, dir, { recursive: true });
  return dir;
}

/** Writes content files (paths relative to the content root) into a new temporary folder. */
export function writeArchive(files: ReadonlyArray<{ path: string; text: string }>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bulletin-content-'));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.text);
  }
  return dir;
}

/** Rewrites one file of a fixture folder. */
export function editFile(root: string, path: string, edit: (text: string) => string): void {
  const file = join(root, path);
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
}

export interface ScriptRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one of the project's scripts (`scripts/validate.ts`) as an editor would, with extra env. */
export function runScript(script: string, args: string[] = [], env: Record<string, string> = {}): ScriptRun {
  const run = spawnSync(process.execPath, [join(PROJECT_ROOT, script), ...args], {
    cwd: PROJECT_ROOT,
    // The fixture archive unless the test names another folder: tests never depend on the live content/.
    env: { ...process.env, ARCHIVE_CONTENT_DIR: FIXTURE_ARCHIVE, ...env },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A stack trace line, which no editor should ever see. */
export const STACK_TRACE = /^\s+at .+[(:]\d+/m;
