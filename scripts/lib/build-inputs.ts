import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentRoot } from '../../src/lib/content/root.ts';
import { EXTENDED_BINARY_ENV } from '../../src/integrations/pagefind/binary.ts';
import { INDEX_CHUNK_SIZE_ENV } from '../../src/integrations/pagefind/bundle.ts';

/**
 * What a build reads. If none of it changed, `npm start` serves the existing dist/ without rebuilding.
 * package.json names the dependencies and module type, tsconfig.json how Astro compiles src/.
 */
export const BUILD_INPUTS = [
  'src',
  'public',
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'scripts',
];

/** Environment variables that change what a build writes: where the site is served, and the search index's shape. */
const BUILD_ENV = ['SITE_URL', 'BASE_PATH', INDEX_CHUNK_SIZE_ENV, EXTENDED_BINARY_ENV];

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
  for (const input of BUILD_INPUTS) add(join(projectRoot, input));
  add(contentRoot(projectRoot));
  hash.update(BUILD_ENV.map((name) => process.env[name] ?? '').join('|'));
  return hash.digest('hex');
}

const stampFile = (projectRoot: string) => join(projectRoot, '.build', 'last-build.json');

/** The inputs fingerprint of the last build into each output folder (tests build into several). */
function readStamps(projectRoot: string): Record<string, string> {
  try {
    const stamp = JSON.parse(readFileSync(stampFile(projectRoot), 'utf8')) as Record<string, unknown>;
    // Keyed by output folder; the keys `dist` and `inputs` are the older one-build format.
    return Object.fromEntries(
      Object.entries(stamp).filter(
        (entry): entry is [string, string] =>
          typeof entry[1] === 'string' && entry[0] !== 'dist' && entry[0] !== 'inputs',
      ),
    );
  } catch {
    return {};
  }
}

/**
 * Notes that `distDir` now holds a build of the inputs whose fingerprint was taken when the build
 * started: the build itself sets some of the environment above, and a file saved while it ran must
 * still count as a change.
 */
export function recordBuild(projectRoot: string, distDir: string, fingerprint: string): void {
  const stamps = { ...readStamps(projectRoot), [distDir]: fingerprint };
  writeFileSync(stampFile(projectRoot), JSON.stringify(stamps, null, 2) + '\n');
}

/** Whether dist/ was built from exactly the current inputs. */
export function isBuildCurrent(projectRoot: string, distDir: string): boolean {
  if (!existsSync(join(distDir, 'index.html'))) return false;
  return readStamps(projectRoot)[distDir] === inputsFingerprint(projectRoot);
}
