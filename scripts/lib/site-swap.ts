/**
 * Puts a freshly built site in place of the old one, whole.
 *
 * Astro builds inside the project (`.build/site-<pid>`): given an output folder outside the project it
 * writes its server files to the project's `.astro/` and later renames them into the output folder,
 * which fails with EXDEV when the output is on another file system (a container's /tmp, a mounted
 * volume). The built site is then moved next to the output folder (a rename, or a copy when it is on
 * another file system), and swapped in with two renames in the same folder: the old site aside, the
 * new one into place, and only then the old one deleted. If the second rename fails, the old site is
 * put back. Nothing touches the old site until the new one is complete beside it.
 */
import { cpSync, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface SwapFolders {
  /** Where the finished site waits next to `dist`: `.dist.staging-<pid>`. */
  staging: string;
  /** Where the previous site waits during the swap: `.dist.previous-<pid>`. */
  previous: string;
}

const SIBLING = /^\.(.+)\.(staging|previous)-(\d+)$/;

/** The staging and previous-site folders of the build with process id `pid` into `distDir`. */
export function swapFolders(distDir: string, pid: number): SwapFolders {
  const name = basename(distDir);
  return {
    staging: join(dirname(distDir), `.${name}.staging-${pid}`),
    previous: join(dirname(distDir), `.${name}.previous-${pid}`),
  };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/** Whether a folder named with a process id belongs to a build that is no longer running. */
function isLeftOver(pid: number, isAlive: (pid: number) => boolean): boolean {
  // A folder with this process's own id is from an earlier run that had the same id (common in containers).
  return pid === process.pid || !isAlive(pid);
}

/**
 * Tidies after builds into `distDir` that were killed part-way: removes their staging folders and,
 * if one died between the two renames, puts its previous site back. Builds still running are left alone.
 */
export function recoverInterruptedBuilds(distDir: string, isAlive: (pid: number) => boolean = isRunning): void {
  const parent = dirname(distDir);
  if (!existsSync(parent)) return;
  for (const entry of readdirSync(parent)) {
    const match = SIBLING.exec(entry);
    if (!match || match[1] !== basename(distDir) || !isLeftOver(Number(match[3]), isAlive)) continue;
    const path = join(parent, entry);
    if (match[2] === 'previous' && !existsSync(distDir)) renameSync(path, distDir);
    else rmSync(path, { recursive: true, force: true });
  }
}

/** Removes the `<prefix><pid>` folders in `dir` of builds that are no longer running. */
export function removeDeadBuildFolders(
  dir: string,
  prefix: string,
  isAlive: (pid: number) => boolean = isRunning,
): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir)) {
    if (!entry.startsWith(prefix) || !/^\d+$/.test(entry.slice(prefix.length))) continue;
    if (isLeftOver(Number(entry.slice(prefix.length)), isAlive))
      rmSync(join(dir, entry), { recursive: true, force: true });
  }
}

/** Moves a finished build to `staging` (next to the output folder), copying when it is on another file system. */
export function moveToStaging(built: string, staging: string): void {
  rmSync(staging, { recursive: true, force: true });
  try {
    renameSync(built, staging);
  } catch (error) {
    if ((error as { code?: string }).code !== 'EXDEV') throw error;
    try {
      cpSync(built, staging, { recursive: true, verbatimSymlinks: true });
    } catch (copyError) {
      rmSync(staging, { recursive: true, force: true });
      throw copyError;
    }
    rmSync(built, { recursive: true, force: true });
  }
}

/** Replaces `distDir` with `staging`. On failure the previous site is back in place and the error is thrown. */
export function swapIn(staging: string, distDir: string, previous: string): void {
  const hadPrevious = existsSync(distDir);
  if (hadPrevious) renameSync(distDir, previous);
  try {
    renameSync(staging, distDir);
  } catch (error) {
    if (hadPrevious) renameSync(previous, distDir);
    throw error;
  }
  if (!hadPrevious) return;
  try {
    rmSync(previous, { recursive: true, force: true });
  } catch {
    // The new site is in place; the next build removes what is left of the old one.
  }
}
