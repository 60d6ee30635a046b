import { gzipAsync } from '@gfx/zopfli';
import { transform } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { BundleFile } from './compact-names.ts';

/**
 * Pagefind's files that every first search loads whatever the query: its script (`pagefind.js`), its
 * WebAssembly and the index metadata, 67 to 84 KB of every first search before any index chunk.
 *
 * - The script ships with its whitespace removed but every name kept: minified (esbuild, the bundler Astro
 *   already uses) it is 32 KB instead of 47 KB, 11.2 KB instead of 13.1 KB as a host gzips it. Its exports
 *   and behaviour are untouched (the search tests run on the minified script).
 * - The WebAssembly and the metadata come gzip-compressed by Pagefind (no host compresses them again);
 *   Zopfli writes the same gzip format 5 % (WebAssembly) to 16 % (metadata) smaller, which browsers and
 *   Pagefind's own decompression read as before. Index chunks and fragments would gain only 2 to 4 % for
 *   about a second per ten files, so they stay as Pagefind wrote them.
 * - Zopfli takes one to three seconds over the WebAssembly, which is the same file in every build of one
 *   Pagefind version; its output depends only on its input, so it is kept in a cache folder by the hash of
 *   what it compressed and reused, unpacked and compared with the input before it is published.
 */
export const SCRIPT = 'pagefind.js';
export const RECOMPRESSED = /^(wasm\.[^/]+\.pagefind|pagefind\.[^/]+\.pf_meta)$/;

/** How hard Zopfli tries: 15, its default; 50 gains under 0.1 % here (measured at 100 synthetic issues). */
const ZOPFLI_ITERATIONS = 15;

/** Where recompressed files are kept between builds (inside node_modules, as Astro keeps its own caches). */
export const RECOMPRESSED_CACHE = join(process.cwd(), 'node_modules/.cache/archive-pagefind');

async function zopfli(raw: Buffer, cacheDir: string): Promise<Uint8Array> {
  const key = createHash('sha256').update(raw).update(`zopfli-${ZOPFLI_ITERATIONS}`).digest('hex');
  const cached = join(cacheDir, `${key}.gz`);
  const hit = await readFile(cached).catch(() => undefined);
  if (hit && gunzipSync(hit).equals(raw)) return hit;
  const content = await gzipAsync(raw, { numiterations: ZOPFLI_ITERATIONS });
  await mkdir(cacheDir, { recursive: true });
  await writeFile(cached, content);
  return content;
}

export async function shrinkFirstLoadFiles(
  files: readonly BundleFile[],
  cacheDir = RECOMPRESSED_CACHE,
): Promise<BundleFile[]> {
  return Promise.all(
    files.map(async (file) => {
      if (file.path === SCRIPT) {
        const { code } = await transform(new TextDecoder().decode(file.content), {
          format: 'esm',
          minify: true,
          legalComments: 'none',
        });
        return { path: file.path, content: new TextEncoder().encode(code) };
      }
      if (!RECOMPRESSED.test(file.path)) return file;
      const raw = gunzipSync(file.content);
      // The metadata changes with the content, so only the WebAssembly is worth a cache entry.
      const content = file.path.startsWith('wasm.')
        ? await zopfli(raw, cacheDir)
        : await gzipAsync(raw, { numiterations: ZOPFLI_ITERATIONS });
      if (!gunzipSync(content).equals(raw)) throw new Error(`Zopfli output of ${file.path} does not unpack as it was`);
      return content.length < file.content.length ? { path: file.path, content } : file;
    }),
  );
}
