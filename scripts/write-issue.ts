/**
 * Writes a new issue folder for `npm run new-issue` and `npm run import`, never over an existing one:
 * the folder is created without `recursive`, so it fails if it exists, and each file with the `wx` flag.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ContentFile } from '../src/lib/content-snapshot.ts';

/** Creates `issues/<folder>/` under the content root and writes `files` (paths relative to the content root). */
export function writeIssueFolder(root: string, folder: string, files: readonly ContentFile[], emptyFolders: readonly string[] = []): void {
  mkdirSync(join(root, 'issues'), { recursive: true });
  mkdirSync(join(root, 'issues', folder));
  for (const file of files) {
    const target = join(root, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.text, { flag: 'wx' });
  }
  for (const empty of emptyFolders) mkdirSync(join(root, 'issues', folder, empty), { recursive: true });
}

/** Whether an error is Node's "already exists". */
export function alreadyExists(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'EEXIST';
}
