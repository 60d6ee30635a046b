/**
 * `npm run bench:validate [-- --issues 100 --runs 7 --compare <folder>]`: writes a synthetic archive of
 * `--issues` issues (up to 1,111; see scripts/synthetic-archive.ts) shaped like the real one into a
 * temporary folder, then runs `npm run validate`'s script over it several times, as an editor would (a
 * fresh Node process each time, so start-up and imports count), and reports the median wall time.
 *
 * The machine is shared, so a time alone says little: each round also times `node -e 0` (Node's bare
 * start-up) and, with `--compare`, the validate script of another checkout (e.g. the previous commit,
 * unpacked with `git archive` and given this node_modules), interleaved with ours, and reports the
 * ratios within the run and the load average. The budget is "well under 2 seconds" at 1,000 issues.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticArchive } from './synthetic-archive.ts';

const { values } = parseArgs({
  options: {
    issues: { type: 'string', default: '100' },
    runs: { type: 'string', default: '7' },
    compare: { type: 'string' },
  },
});
const issues = Number(values.issues);
const runs = Number(values.runs);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The CPU time (user + system, all threads) of the children this process has waited for, in ms: Linux's
 * cutime and cstime in /proc/self/stat, in clock ticks of 10 ms; null elsewhere.
 */
function childrenCpuMs(): number | null {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    // Fields 16 and 17 of proc(5); the text after ") " starts at field 3.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return null;
  }
}

/**
 * The Node options a checkout's `npm run validate` gives its script (package.json), so the benchmark runs
 * each checkout's validate as `npm run validate` does, e.g. with `--max-semi-space-size`.
 */
function validateArgs(checkout: string): string[] {
  const scripts = (
    JSON.parse(readFileSync(join(checkout, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  ).scripts;
  const options = /node ((?:--\S+ )*)scripts\/validate\.ts/.exec(scripts.validate ?? '')?.[1] ?? '';
  return [...options.split(' ').filter(Boolean), 'scripts/validate.ts', '--json'];
}

/** Runs a process to the end and returns its wall and CPU time in milliseconds; throws when it fails. */
function timed(
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd?: string,
): { ms: number; cpu: number | null; stdout: string } {
  const cpuBefore = childrenCpuMs();
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { env, cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - started;
  const cpuAfter = childrenCpuMs();
  const cpu = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
  if (result.status !== 0) {
    console.error(result.stderr || result.stdout.slice(0, 2000));
    throw new Error(`${args.join(' ')} failed (exit ${result.status})`);
  }
  return { ms, cpu, stdout: result.stdout };
}

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');
const folder = mkdtempSync(join(tmpdir(), 'bulletin-bench-'));
try {
  writeSyntheticArchive(folder, issues);
  const env = { ...process.env, ARCHIVE_CONTENT_DIR: folder };
  const compare = values.compare ? resolve(values.compare) : undefined;
  const validate = validateArgs('.');
  const validateTheirs = compare ? validateArgs(compare) : [];
  const loadBefore = load();
  const ours: number[] = [];
  const theirs: number[] = [];
  const oursCpu: number[] = [];
  const theirsCpu: number[] = [];
  const bare: number[] = [];
  for (let run = 0; run < runs; run++) {
    bare.push(timed(['-e', '0'], env).ms);
    const result = timed(validate, env);
    ours.push(result.ms);
    if (result.cpu !== null) oursCpu.push(result.cpu);
    if (compare) {
      const other = timed(validateTheirs, env, compare);
      theirs.push(other.ms);
      if (other.cpu !== null) theirsCpu.push(other.cpu);
    }
    if (run === 0) {
      const report = JSON.parse(result.stdout) as { errors: unknown[]; discrepancies: unknown[] };
      console.log(
        `合成档案 / synthetic archive: ${issues} 期, ${report.discrepancies.length} 处差异 / discrepancies, ${report.errors.length} 处错误 / errors`,
      );
    }
  }
  const ms = (value: number) => `${Math.round(value)} ms`;
  const summary = (times: number[]) =>
    `${ms(median(times))}（最快 / min ${ms(Math.min(...times))}，最慢 / max ${ms(Math.max(...times))}）`;
  const cpu = (times: number[]) => (times.length ? `；CPU（user + sys）中位数 / median ${summary(times)}` : '');
  console.log(`npm run validate × ${runs}: ${ours.map(ms).join(', ')}`);
  console.log(`中位数 / median: ${summary(ours)}${cpu(oursCpu)}`);
  console.log(
    `node -e 0 中位数 / median: ${summary(bare)}; validate ÷ node -e 0 = ${(median(ours) / median(bare)).toFixed(1)}`,
  );
  if (compare) {
    console.log(`${compare} × ${runs}: ${theirs.map(ms).join(', ')}`);
    console.log(
      `中位数 / median: ${summary(theirs)}${cpu(theirsCpu)}; 本版 ÷ 对照 / ours ÷ theirs = ${(median(ours) / median(theirs)).toFixed(2)}${oursCpu.length && theirsCpu.length ? `，CPU ${(median(oursCpu) / median(theirsCpu)).toFixed(2)}` : ''}`,
    );
  }
  console.log(`负载 / load average (1, 5, 15 min): ${loadBefore} → ${load()}`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
