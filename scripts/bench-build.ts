/**
 * `npm run bench:build [-- --issues 10,100,300 --rounds 2]`: how much `npm run build` costs against
 * bare Astro + Pagefind building the same number of pages, side by side in one run.
 *
 * For each archive size it writes a synthetic archive (scripts/lib/synthetic-issues.ts), builds it with
 * `npm run build`'s script, then builds a bare Astro project (.build/bench-bare-<pid>/: one dynamic
 * route, no layout, no components, no styles) whose pages are ours with their <main> text and title,
 * and indexes it with Pagefind's Node API as our integration does (extended binary, `zh`). Rounds are
 * interleaved (ours, bare, ours, bare …) so a busy machine weighs on both alike. It reports the medians,
 * the ratio ours / bare (budget: at most 1.25), the time per page and each side's peak memory (the
 * largest resident set of any process, from /usr/bin/time or, without it, Node's own child accounting).
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticArchive } from './synthetic-archive.ts';

const PROJECT_ROOT = resolve(import.meta.dirname, '..');
/** The budget: our build at most this many times bare Astro + Pagefind on the same page count. */
export const BUILD_RATIO_BUDGET = 1.25;

interface Run {
  seconds: number;
  /** Peak resident set of the largest process, in MB (0 when unknown). */
  peakMb: number;
}

const TIME = '/usr/bin/time';

/** Runs a Node script as its own process and measures wall time and peak memory. */
function timed(args: string[], env: NodeJS.ProcessEnv, cwd = PROJECT_ROOT): Run {
  const useTime = existsSync(TIME);
  const command = useTime ? TIME : process.execPath;
  const commandArgs = useTime ? ['-f', 'peak-kb=%M', process.execPath, ...args] : args;
  const started = performance.now();
  const result = spawnSync(command, commandArgs, { cwd, env, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(result.stderr.slice(-3000) || result.stdout.slice(-3000));
    throw new Error(`${args.join(' ')} failed (exit ${result.status})`);
  }
  const peak = /peak-kb=(\d+)/.exec(result.stderr)?.[1];
  return { seconds, peakMb: peak ? Number(peak) / 1024 : 0 };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Our built pages as the bare site's input: address, title and the visible text of <main>. */
function barePages(distDir: string): Array<{ path: string; title: string; text: string }> {
  return htmlFiles(distDir).map((file) => {
    const html = readFileSync(file, 'utf8');
    const main = /<main\b[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? '';
    return {
      path: relative(distDir, file)
        .replace(/(^|\/)index\.html$/, '')
        .replace(/\.html$/, ''),
      title: decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''),
      text: decode(
        main
          .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
          .replace(/<[^>]+>/g, ' ')
          .replace(/\s+/g, ' ')
          .trim(),
      ),
    };
  });
}

/** A bare Astro project rendering `pages.json`: one route, the text in a paragraph, nothing else. */
function writeBareProject(folder: string, pages: ReturnType<typeof barePages>): void {
  mkdirSync(join(folder, 'src/pages'), { recursive: true });
  writeFileSync(join(folder, 'pages.json'), JSON.stringify(pages));
  writeFileSync(
    join(folder, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nexport default defineConfig({ outDir: './dist', devToolbar: { enabled: false } });\n`,
  );
  writeFileSync(
    join(folder, 'src/pages/[...page].astro'),
    `---
import pages from '../../pages.json';
export function getStaticPaths() {
  return pages.map((p) => ({ params: { page: p.path || undefined }, props: p }));
}
const { title, text } = Astro.props;
---
<html lang="zh-CN"><head><meta charset="utf-8" /><title>{title}</title></head>
<body><main data-pagefind-body><h1>{title}</h1><p>{text}</p></main></body></html>
`,
  );
  writeFileSync(
    join(folder, 'index-pagefind.mjs'),
    `import { fileURLToPath } from 'node:url';
process.env.PAGEFIND_EXTENDED_BINARY_PATH ??= ${JSON.stringify(join(PROJECT_ROOT, 'node_modules/@pagefind', `${process.platform}-${process.arch}`, 'bin/pagefind_extended'))};
const pagefind = await import('pagefind');
const { index } = await pagefind.createIndex({ forceLanguage: 'zh' });
const added = await index.addDirectory({ path: fileURLToPath(new URL('./dist/', import.meta.url)) });
if (added.errors.length) throw new Error(added.errors.join('; '));
const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('./dist/pagefind/', import.meta.url)) });
if (written.errors.length) throw new Error(written.errors.join('; '));
await pagefind.close();
`,
  );
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const { values } = parseArgs({
  options: { issues: { type: 'string', default: '10,100,300' }, rounds: { type: 'string', default: '2' } },
});
const sizes = values.issues.split(',').map(Number);
const rounds = Number(values.rounds);
const env = { ...process.env, BASE_PATH: '/', SITE_URL: 'http://localhost:4321' };
const bareFolder = join(PROJECT_ROOT, '.build', `bench-bare-${process.pid}`);
const rows: string[] = [];
let over = 0;
try {
  for (const issues of sizes) {
    const content = mkdtempSync(join(tmpdir(), 'bulletin-bench-content-'));
    const dist = mkdtempSync(join(tmpdir(), 'bulletin-bench-dist-'));
    try {
      writeSyntheticArchive(content, issues);
      const ours: Run[] = [];
      const bare: Run[] = [];
      let pages = 0;
      for (let round = 0; round < rounds; round++) {
        ours.push(
          timed(['--experimental-strip-types', 'scripts/build.ts'], {
            ...env,
            ARCHIVE_CONTENT_DIR: content,
            ARCHIVE_DIST_DIR: dist,
          }),
        );
        if (round === 0) {
          const input = barePages(dist);
          pages = input.length;
          rmSync(bareFolder, { recursive: true, force: true });
          writeBareProject(bareFolder, input);
        }
        rmSync(join(bareFolder, 'dist'), { recursive: true, force: true });
        const astro = timed([join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], env, bareFolder);
        const index = timed(['index-pagefind.mjs'], env, bareFolder);
        bare.push({ seconds: astro.seconds + index.seconds, peakMb: Math.max(astro.peakMb, index.peakMb) });
        console.log(
          `  ${issues} 期 round ${round + 1}: ours ${ours.at(-1)!.seconds.toFixed(1)} s, bare ${bare.at(-1)!.seconds.toFixed(1)} s`,
        );
      }
      const oursSeconds = median(ours.map((r) => r.seconds));
      const bareSeconds = median(bare.map((r) => r.seconds));
      const ratio = oursSeconds / bareSeconds;
      if (ratio > BUILD_RATIO_BUDGET) over += 1;
      const peak = (runs: Run[]) => `${Math.round(Math.max(...runs.map((r) => r.peakMb)))} MB`;
      rows.push(
        `| ${issues} | ${pages} | ${oursSeconds.toFixed(1)} s | ${bareSeconds.toFixed(1)} s | ${ratio.toFixed(2)}× | ` +
          `${((oursSeconds / pages) * 1000).toFixed(1)} ms | ${((bareSeconds / pages) * 1000).toFixed(1)} ms | ${peak(ours)} | ${peak(bare)} |`,
      );
    } finally {
      rmSync(content, { recursive: true, force: true });
      rmSync(dist, { recursive: true, force: true });
    }
  }
} finally {
  rmSync(bareFolder, { recursive: true, force: true });
}
console.log(
  `\n| issues | pages | npm run build | bare Astro + Pagefind | ratio (budget ${BUILD_RATIO_BUDGET}×) | per page, ours | per page, bare | peak memory, ours | peak memory, bare |`,
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
process.exit(over ? 1 : 0);
