import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isBuildCurrent } from '../../scripts/lib/build-inputs.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/** Environment that shapes a build: where it is served from. */
export interface BuildEnv {
  BASE_PATH?: string;
  SITE_URL?: string;
}

function withEnv<T>(env: BuildEnv, run: () => T): T {
  const saved = { BASE_PATH: process.env.BASE_PATH, SITE_URL: process.env.SITE_URL };
  for (const [key, value] of Object.entries(env)) process.env[key] = value;
  try {
    return run();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/**
 * The environment for a child build: the test runner's own, minus what Vitest adds for its tests
 * (BASE_URL=/, MODE=test, NODE_ENV=test …). Astro hands server code the process environment as
 * import.meta.env, so an inherited BASE_URL=/ would silently drop the base path from every link.
 */
export function buildEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key) || key.startsWith('VITEST'))
      delete env[key];
  }
  return { ...env, ...extra };
}

/** Builds the site with `npm run build`'s script into `distDir`, unless it already holds this build. */
export function buildSite(distDir: string, env: BuildEnv = {}, options: { force?: boolean } = {}): void {
  const target = resolve(PROJECT_ROOT, distDir);
  const current = withEnv(env, () => isBuildCurrent(PROJECT_ROOT, target));
  if (current && !options.force) return;
  const run = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: PROJECT_ROOT,
    env: buildEnvironment({ ...(env as Record<string, string>), ARCHIVE_DIST_DIR: target }),
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (run.status !== 0 || !existsSync(join(target, 'index.html'))) {
    throw new Error(`build into ${target} failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
}

/**
 * Runs one of the project's scripts (`scripts/build.ts`) as a build would run, without the variables
 * Vitest adds; throws with the end of its error output if it fails.
 */
export function runProjectScript(script: string, args: string[], env: Record<string, string>): void {
  // A big build prints megabytes of warnings; spawnSync would kill it at its default 1 MB buffer.
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: PROJECT_ROOT,
    env: buildEnvironment(env),
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  if (result.status !== 0)
    throw new Error(
      `${script} failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stderr.slice(-3000)}`,
    );
}
