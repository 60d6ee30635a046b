/**
 * Writes a synthetic archive for benchmarks: `node scripts/synthetic-archive.ts <folder> [issues]`.
 * The folder must be outside content/; point ARCHIVE_CONTENT_DIR at it to validate or build it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readContentSnapshot } from '../src/lib/content/snapshot.ts';
import { corpusSentences, syntheticArchive } from './lib/synthetic-issues.ts';
import { isMainModule } from './lib/is-main.ts';

export function writeSyntheticArchive(folder: string, issues: number): void {
  const root = resolve(folder);
  if (root === resolve('content') || root.startsWith(resolve('content') + '/')) {
    throw new Error('合成数据只用于测试和基准，不能写进 content/ / synthetic issues never go into content/');
  }
  // Written from the real issues' sentences, so the synthetic text reads and indexes like the bulletin.
  const corpus = corpusSentences(readContentSnapshot(resolve(import.meta.dirname, '..', 'content')).files);
  for (const file of syntheticArchive({ issues, corpus })) {
    const path = join(root, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
}

if (isMainModule(import.meta.url)) {
  const [folder, issues = '100'] = process.argv.slice(2);
  if (!folder) {
    console.error('用法 / usage: node scripts/synthetic-archive.ts <folder> [issues]');
    process.exit(1);
  }
  writeSyntheticArchive(folder, Number(issues));
  console.log(`已写入 ${issues} 期合成数据：${folder}`);
}
