import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentRoot } from '../src/lib/content-root.ts';

/** What a build reads. If none of it changed, `npm start` serves the existing dist/ without rebuilding. */
const INPUTS = ['src', 'public', 'astro.config.mjs', 'package-lock.json', 'scripts'];

/** A hash over the paths and bytes of every input file, plus the environment that shapes the output. */
export function inputsFingerprint(projectRoot: string): string {
  const hash = createHash('sha256');
  const add = (path: string): void => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) add(join(path, name));
    } else {
      hash.update(relative(projectRoot, path)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  for (const input of INPUTS) add(join(projectRoot, input));
  add(contentRoot(projectRoot));
  hash.update(`${process.env.SITE_URL ?? ''}|${process.env.BASE_PATH ?? ''}`);
  return hash.digest('hex');
}

/** Whether dist/ was built from exactly the current inputs. */
export function isBuildCurrent(projectRoot: string, distDir: string): boolean {
  const stampFile = join(projectRoot, '.build', 'last-build.json');
  if (!existsSync(stampFile) || !existsSync(join(distDir, 'index.html'))) return false;
  try {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as { dist?: string; inputs?: string };
    return stamp.dist === distDir && stamp.inputs === inputsFingerprint(projectRoot);
  } catch {
    return false;
  }
}
