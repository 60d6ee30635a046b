import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { isBuildCurrent } from '../../scripts/lib/build-inputs.ts';
import { startNginx } from '../support/nginx.ts';
import { buildEnvironment } from '../support/site-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /**
     * Where the built site's root is served for this run, without a trailing slash, e.g.
     * http://127.0.0.1:43121 — or http://127.0.0.1:43121/archive when the run builds with BASE_PATH.
     */
    origin: string;
    /** The built site's folder. */
    distDir: string;
    /** The base path the site was built for: `/` unless BASE_PATH is set. */
    base: string;
  }
}

/**
 * Builds the site when dist/ is not from the current inputs, then serves it for the whole e2e run with
 * Debian's nginx and deploy/nginx.conf (security headers, compression, caching, MIME types included).
 */
export default async function setup(project: TestProject) {
  const projectRoot = process.cwd();
  const distDir = resolve(projectRoot, 'dist');
  const base = process.env.BASE_PATH ?? '/';
  if (!isBuildCurrent(projectRoot, distDir)) {
    const build = spawnSync(process.execPath, ['scripts/build.ts'], {
      stdio: 'inherit',
      cwd: projectRoot,
      env: buildEnvironment(),
    });
    if (build.status !== 0) throw new Error('npm run build failed; see above');
  }
  const server = await startNginx({ distDir, base });
  project.provide('origin', server.origin + base.replace(/\/$/, ''));
  project.provide('distDir', distDir);
  project.provide('base', base);
  return () => server.close();
}
