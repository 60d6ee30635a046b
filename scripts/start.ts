/**
 * `npm start`: build the site if anything changed since the last build, then serve dist/ on
 * http://localhost:4321 (PORT overrides), under BASE_PATH if one is set.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { isBuildCurrent } from './lib/build-inputs.ts';
import { serveStatic } from './lib/static-server.ts';

const projectRoot = process.cwd();
const distDir = resolve(projectRoot, process.env.ARCHIVE_DIST_DIR ?? 'dist');

if (!isBuildCurrent(projectRoot, distDir)) {
  console.log('正在生成网站（内容或代码有变化）…');
  const build = spawnSync(process.execPath, [...process.execArgv, 'scripts/build.ts'], {
    stdio: 'inherit',
    cwd: projectRoot,
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const base = process.env.BASE_PATH ?? '/';
const port = Number(process.env.PORT ?? 4321);
const server = await serveStatic(distDir, base, port);
console.log(`档案网站已启动：http://localhost:${new URL(server.origin).port}${base}（按 Ctrl+C 停止）`);
