/**
 * Writes a new issue folder for `npm run new-issue` and `npm run import`, never over an existing one:
 * the folder is created without `recursive`, so it fails if it exists, and each file with the `wx` flag.
 * If a write fails part-way, the folder it created is removed again, so no half-written issue is left.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ContentFile } from '../../src/lib/content/snapshot.ts';

/** Creates `issues/<folder>/` under the content root and writes `files` (paths relative to the content root). */
export function writeIssueFolder(
  root: string,
  folder: string,
  files: readonly ContentFile[],
  emptyFolders: readonly string[] = [],
): void {
  mkdirSync(join(root, 'issues'), { recursive: true });
  const folderPath = join(root, 'issues', folder);
  mkdirSync(folderPath);
  try {
    for (const file of files) {
      const target = join(root, file.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.text, { flag: 'wx' });
    }
    for (const empty of emptyFolders) mkdirSync(join(folderPath, empty), { recursive: true });
  } catch (error) {
    rmSync(folderPath, { recursive: true, force: true });
    throw error;
  }
}

/** Whether an error is Node's "already exists". */
export function alreadyExists(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'EEXIST';
}

const WRITE_FAILURES: Record<string, string> = {
  EACCES: '没有写入这个文件夹的权限',
  EPERM: '没有写入这个文件夹的权限',
  EROFS: '它在只读的磁盘上',
  ENOSPC: '磁盘空间不足',
  EDQUOT: '磁盘配额已用完',
  ENAMETOOLONG: '文件路径太长',
  ENOTDIR: '路径中有一个同名的文件挡住了文件夹',
  ENOENT: '上级文件夹不存在',
};

/**
 * Why writing an issue folder failed, in Chinese, with Node's own words alongside. Says whether a
 * half-written folder is left behind (writeIssueFolder removes it; this checks that it did).
 */
export function writeFailureMessage(error: unknown, folderPath: string, folderLabel: string): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  const reason = (typeof code === 'string' && WRITE_FAILURES[code]) || '写入文件时出错';
  const detail = error instanceof Error ? error.message : String(error);
  const leftover = existsSync(folderPath)
    ? `写了一半的 ${folderLabel} 没能删除，请先删去它再重试`
    : '没有留下写了一半的文件夹，改好后可以直接重试';
  return `无法写入 ${folderLabel}：${reason}。${leftover}。\n  (${detail})`;
}
