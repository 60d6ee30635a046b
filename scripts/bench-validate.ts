/**
 * `npm run bench:validate [-- --issues 100 --runs 7]`: writes a synthetic archive of 100 issues shaped
 * like the real one into a temporary folder, then runs `npm run validate`'s script over it several
 * times, as an editor would (a fresh Node process each time, so start-up and imports count), and
 * reports the median wall time. The budget is "well under 2 seconds".
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticArchive } from './synthetic-archive.ts';

const { values } = parseArgs({
  options: { issues: { type: 'string', default: '100' }, runs: { type: 'string', default: '7' } },
});
const issues = Number(values.issues);
const runs = Number(values.runs);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const folder = mkdtempSync(join(tmpdir(), 'bulletin-bench-'));
try {
  writeSyntheticArchive(folder, issues);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, [...process.execArgv, 'scripts/validate.ts', '--json'], {
      env: { ...process.env, ARCHIVE_CONTENT_DIR: folder },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    times.push(performance.now() - started);
    if (result.status !== 0) {
      console.error(result.stderr || result.stdout.slice(0, 2000));
      throw new Error(`validate failed on the synthetic archive (exit ${result.status})`);
    }
    if (run === 0) {
      const report = JSON.parse(result.stdout) as { errors: unknown[]; discrepancies: unknown[] };
      console.log(
        `合成档案 / synthetic archive: ${issues} 期, ${report.discrepancies.length} 处差异 / discrepancies, ${report.errors.length} 处错误 / errors`,
      );
    }
  }
  const ms = (value: number) => `${Math.round(value)} ms`;
  console.log(`npm run validate × ${runs}: ${times.map(ms).join(', ')}`);
  console.log(
    `中位数 / median: ${ms(median(times))}（最快 / min ${ms(Math.min(...times))}，最慢 / max ${ms(Math.max(...times))}）`,
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
}
