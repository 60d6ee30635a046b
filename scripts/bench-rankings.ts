/**
 * `node scripts/bench-rankings.ts <dist folder> [more folders…]`: weighs the rankings pages of built sites
 * as a first-time reader gets them: every response until the network is idle, text gzip-compressed as a
 * host sends it (scripts/lib/page-weight.ts, the measure the e2e budget uses), and the elements of the
 * DOM. Build a synthetic archive first (scripts/synthetic-archive.ts, then `npm run build` with
 * ARCHIVE_CONTENT_DIR and ARCHIVE_DIST_DIR) to see how the pages grow with the archive.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from '../tests/support/browser.ts';
import { measurePage } from './lib/page-weight.ts';
import { serveStatic } from './lib/static-server.ts';

const folders = process.argv.slice(2);
if (!folders.length) {
  console.error('用法 / usage: node scripts/bench-rankings.ts <dist folder> [more folders…]');
  process.exit(1);
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const browser = await launchChromium();
try {
  for (const folder of folders) {
    const root = resolve(folder);
    const server = await serveStatic(root);
    try {
      const cities = readdirSync(join(root, 'rankings/cities'), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `/rankings/cities/${encodeURIComponent(entry.name)}/`);
      console.log(`\n${folder}`);
      for (const path of ['/rankings/', '/rankings/sources/', ...cities]) {
        const weight = await measurePage(browser, server.origin, path);
        const byKind = new Map<string, number>();
        for (const file of weight.files) {
          const kind = /\.(\w+)$/.exec(file.path)?.[1] ?? 'html';
          byKind.set(kind, (byKind.get(kind) ?? 0) + file.bytes);
        }
        const parts = [...byKind].map(([kind, bytes]) => `${kind} ${bytes}`).join(', ');
        console.log(
          `${decodeURIComponent(path)}: ${weight.bytes} bytes (${kb(weight.bytes)}; ${parts}), ${weight.elements} elements`,
        );
      }
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
}
