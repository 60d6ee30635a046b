/**
 * `npm run build`: validate the content, build the site (and its search index) into a staging folder,
 * then swap it in as dist/ whole. Bad content stops the build before Astro runs, with the same Chinese
 * report as `npm run validate`; any failure leaves the previous dist/ untouched.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { contentRoot } from '../src/lib/content-root.ts';
import { formatProblems } from '../src/lib/content-problem.ts';
import { readContentSnapshot } from '../src/lib/content-snapshot.ts';
import { validateContent } from '../src/lib/validate-content.ts';
import { recordBuild } from './build-inputs.ts';

const projectRoot = process.cwd();
const distDir = resolve(projectRoot, process.env.ARCHIVE_DIST_DIR ?? 'dist');
const stagingDir = resolve(projectRoot, '.build', `site-${process.pid}`);

const root = contentRoot();
const result = validateContent(readContentSnapshot(root, relative(projectRoot, root).split('\\').join('/') || '.'));
if (result.errors.length) {
  console.error(`\n构建已停止：内容有 ${result.errors.length} 处问题（网站没有生成，原有的 ${relative(projectRoot, distDir)}/ 未改动）。\n`);
  console.error(formatProblems(result.errors) + '\n');
  console.error('请修改后重新运行 npm run build；也可先运行 npm run validate 只做检查。');
  process.exit(1);
}

mkdirSync(join(projectRoot, '.build'), { recursive: true });
rmSync(stagingDir, { recursive: true, force: true });
process.env.ARCHIVE_OUT_DIR = stagingDir;
try {
  const { build } = await import('astro');
  // force: start from an empty content cache. Astro keeps an unchanged entry with the path it was
  // first read from, so after a build over a copy of content/ (tests, benchmarks) that copy's paths,
  // since deleted, would be reused and the build would fail. Re-reading the content costs little.
  await build({ root: projectRoot, force: true, logLevel: process.env.ARCHIVE_BUILD_LOG === 'debug' ? 'info' : 'warn' });
} catch (error) {
  rmSync(stagingDir, { recursive: true, force: true });
  const message = error instanceof Error ? error.message : String(error);
  console.error('\n构建失败（网站没有生成，原有的 dist/ 未改动）/ Build failed:\n');
  console.error(`  ${message.split('\n').join('\n  ')}\n`);
  process.exit(1);
}

rmSync(distDir, { recursive: true, force: true });
renameSync(stagingDir, distDir);
recordBuild(projectRoot, distDir);
const articleCount = result.issues.reduce((n, issue) => n + issue.articles.length, 0);
console.log(`网站已生成：${relative(projectRoot, distDir) || distDir}/（${result.issues.length} 期，${articleCount} 篇文章和简讯）。`);
if (existsSync(join(projectRoot, '.build'))) rmSync(stagingDir, { recursive: true, force: true });
