/**
 * `node scripts/check-links.ts [dist] [base]`: checks every internal link, asset, fragment, feed,
 * sitemap and JSON URL of a built site. Exit 1 on any broken link.
 */
import { resolve } from 'node:path';
import { checkLinks, readSite, siteRootOf } from './lib/site-links.ts';

const distDir = resolve(process.argv[2] ?? process.env.ARCHIVE_DIST_DIR ?? 'dist');
const base = process.argv[3] ?? process.env.BASE_PATH ?? '/';
const site = readSite(distDir);
if (!site.files.has('index.html')) {
  console.error(`${distDir} 里没有网站（缺少 index.html）：请先运行 npm run build`);
  process.exit(1);
}
const result = checkLinks(site, { base, siteRoot: siteRootOf(site) });
for (const problem of result.broken) console.error(`✗ ${problem.file}: ${problem.link} — ${problem.reason}`);
console.log(`检查了 ${result.checked} 个站内链接，${result.broken.length} 个有问题。`);
process.exit(result.broken.length ? 1 : 0);
