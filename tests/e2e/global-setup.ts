import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { isBuildCurrent } from '../../scripts/build-inputs.ts';
import { serveStatic } from '../../scripts/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built site is served for this run, e.g. http://127.0.0.1:43121 */
    origin: string;
    /** The built site's folder. */
    distDir: string;
  }
}

/** Builds the site when dist/ is not from the current inputs, then serves it for the whole e2e run. */
export default async function setup(project: TestProject) {
  const projectRoot = process.cwd();
  const distDir = resolve(projectRoot, 'dist');
  if (!isBuildCurrent(projectRoot, distDir)) {
    const build = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit', cwd: projectRoot });
    if (build.status !== 0) throw new Error('npm run build failed; see above');
  }
  const server = await serveStatic(distDir);
  project.provide('origin', server.origin);
  project.provide('distDir', distDir);
  return () => server.close();
}
