/**
 * `npm run build`: validate the content, build the site (and its search index), move it next to the
 * output folder and swap it in as dist/ whole (scripts/lib/site-swap.ts). Bad content stops
 * the build before Astro runs, with the same Chinese report as `npm run validate`. Any failure is
 * reported in Chinese without a stack trace, exits 1, and leaves the previous dist/ as it was and no
 * staging folder behind.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { explainBuildFailure, withoutStack } from './lib/build-failure.ts';
import { contentRoot } from '../src/lib/content/root.ts';
import { formatProblems } from '../src/lib/content/problem.ts';
import { readContentSnapshot } from '../src/lib/content/snapshot.ts';
import { contentFileOfPage } from '../src/lib/validation/page-files.ts';
import { validateContent } from '../src/lib/validation/validate-archive.ts';
import { inputsFingerprint, recordBuild } from './lib/build-inputs.ts';
import { loggedErrors } from './lib/build-logger.ts';
import {
  moveToStaging,
  recoverInterruptedBuilds,
  removeDeadBuildFolders,
  swapFolders,
  swapIn,
} from './lib/site-swap.ts';

const projectRoot = process.cwd();
const distDir = resolve(projectRoot, process.env.ARCHIVE_DIST_DIR ?? 'dist');

/** A path as the reader should see it: relative to the project when inside it. */
function label(path: string): string {
  const absolute = resolve(projectRoot, path);
  const inside = relative(projectRoot, absolute);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside.split('\\').join('/') : absolute;
}
const distLabel = label(distDir);

function stop(lines: string[]): never {
  console.error(`\n${lines.join('\n')}\n`);
  process.exit(1);
}

const detail = (error: unknown) => {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: string }).code;
  return `${code ? `${code}: ` : ''}${error.message.split('\n')[0]}`;
};

// The fingerprint is taken before anything is read, so a file saved during the build counts as a change.
const fingerprint = inputsFingerprint(projectRoot);

const root = contentRoot();
const rootLabel = label(root);
let result;
try {
  result = validateContent(readContentSnapshot(root, rootLabel));
} catch (error) {
  stop([
    `构建已停止：读不到内容文件夹 ${rootLabel}/（网站没有生成，原有的 ${distLabel}/ 未改动）。`,
    `  (${detail(error)})`,
  ]);
}
if (result.errors.length) {
  stop([
    `构建已停止：内容有 ${result.errors.length} 处问题（网站没有生成，原有的 ${distLabel}/ 未改动）。`,
    '',
    formatProblems(result.errors),
    '',
    '请修改后重新运行 npm run build；也可先运行 npm run validate 只做检查。',
  ]);
}

// Astro builds inside the project (see site-swap.ts); the result then moves next to the output folder.
const buildsDir = join(projectRoot, '.build');
const built = join(buildsDir, `site-${process.pid}`);
const { staging, previous } = swapFolders(distDir, process.pid);
const cleanUp = () => {
  rmSync(built, { recursive: true, force: true });
  rmSync(staging, { recursive: true, force: true });
};
try {
  removeDeadBuildFolders(buildsDir, 'site-');
  recoverInterruptedBuilds(distDir);
  mkdirSync(buildsDir, { recursive: true });
  mkdirSync(dirname(distDir), { recursive: true });
  cleanUp();
} catch (error) {
  stop([
    `构建失败：无法准备生成网站用的临时文件夹（原有的 ${distLabel}/ 未改动）。请检查 .build/ 和 ${label(dirname(distDir))}/ 是否存在、是否可写。`,
    `  (${detail(error)})`,
  ]);
}
process.env.ARCHIVE_OUT_DIR = built;
try {
  const { build } = await import('astro');
  // force: start from an empty content cache. Astro keeps an unchanged entry with the path it was
  // first read from, so after a build over a copy of content/ (tests, benchmarks) that copy's paths,
  // since deleted, would be reused and the build would fail. Re-reading the content costs little.
  // The logger keeps Astro's error logs (with stack traces) for the report below.
  await build({
    root: projectRoot,
    force: true,
    logLevel: process.env.ARCHIVE_BUILD_LOG === 'debug' ? 'info' : 'warn',
    logger: { entrypoint: fileURLToPath(new URL('./lib/build-logger.ts', import.meta.url)) },
  });
} catch (error) {
  cleanUp();
  stop([
    explainBuildFailure(
      error,
      { errorLogs: loggedErrors(), label, contentFileOfPage: contentFileOfPage(result.issues, rootLabel) },
      distLabel,
    ),
  ]);
}

try {
  moveToStaging(built, staging);
  swapIn(staging, distDir, previous);
} catch (error) {
  cleanUp();
  // Only if putting the old site back failed too is it not where it was; the next build restores it.
  const kept =
    existsSync(distDir) || !existsSync(previous)
      ? `原有的 ${distLabel}/ 未改动`
      : `原有的网站暂存在 ${label(previous)}/，请把它改名回 ${distLabel}/`;
  stop([
    `构建失败：网站已生成，但无法放到 ${distLabel}/（${kept}）。`,
    `请检查 ${label(dirname(distDir))}/ 是否可写、磁盘空间是否足够，以及 ${distLabel}/ 是否被别的程序占用或是一个挂载点（挂载点无法整体替换：请把 ARCHIVE_DIST_DIR 指向其中的一个子文件夹）。`,
    `  (${detail(error)})`,
  ]);
}

try {
  recordBuild(projectRoot, distDir, fingerprint);
} catch (error) {
  // The site is built; without the note, `npm start` only rebuilds it once more.
  console.warn(`提示：无法记录这次构建（.build/last-build.json），下次 npm start 会重新生成网站。(${detail(error)})`);
}
if (loggedErrors().length) {
  // Astro logged errors but built the site anyway: show them, without their stack traces.
  console.warn(`\n构建过程中记录了 ${loggedErrors().length} 条错误信息（英文原文），网站仍已生成，请检查：`);
  for (const message of loggedErrors()) console.warn(`  ${withoutStack(message).split('\n').join('\n  ')}`);
}
const articleCount = result.issues.reduce((n, issue) => n + issue.articles.length, 0);
console.log(`网站已生成：${distLabel}/（${result.issues.length} 期，${articleCount} 篇文章和简讯）。`);
