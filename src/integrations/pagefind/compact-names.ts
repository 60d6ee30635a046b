import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode as decodeCbor, encode as encodeCbor } from 'cborg';

/**
 * Short names for Pagefind's index chunks and result fragments.
 *
 * Every first search downloads the index metadata (`pagefind.<hash>.pf_meta`), which names each page's
 * fragment file and each index chunk by a content hash of 7 random hex digits: about 4 bytes a name after
 * gzip, for every indexed page and every chunk, so the metadata grows with the archive (17 KB at 100
 * synthetic issues, of which 6 KB are these names). Files of one build can instead be numbered in order,
 * under a folder named after the build's index: `fragment/<tag>/1k.pf_fragment`, `index/<tag>/3.pf_index`.
 * Numbers in order compress to about a byte each. The tag is a hash of Pagefind's own metadata, which
 * holds the content hashes of every chunk and fragment, so any change to the index gives every file a new
 * address and the year-long cache of `*.pf_*` files (deploy/nginx.conf) stays right.
 *
 * Only names change: the files' contents, the page numbers, word counts, filters and the chunk ranges are
 * Pagefind's. The metadata layout is Pagefind 1.6's (version, pages [hash, word count, fragment group],
 * chunks [from, to, hash], then filters, sorts and meta field names, left as they are); anything else
 * stops the build rather than publishing an index the search page cannot read.
 */

/**
 * The CBOR values Pagefind's metadata holds. cborg reads and writes them; like Pagefind's minicbor it
 * writes the shortest forms, so an unchanged metadata file re-encodes byte for byte (unit-tested).
 */
export type CborValue = number | string | boolean | Uint8Array | CborValue[];

export interface BundleFile {
  path: string;
  content: Uint8Array;
}

/** The Pagefind version whose metadata layout this knows. */
export const COMPACT_NAMES_PAGEFIND_VERSION = '1.6.0';

const SIGNATURE = new TextEncoder().encode('pagefind_dcd');
const ENTRY = 'pagefind-entry.json';

function fail(reason: string): never {
  throw new Error(`无法压缩搜索索引的文件名：${reason} / cannot compact Pagefind file names: ${reason}`);
}

/** Pagefind's compressed file → its CBOR payload (gzip, then the `pagefind_dcd` signature). */
export function unpackPagefindFile(content: Uint8Array): Uint8Array {
  const raw = gunzipSync(content);
  if (!SIGNATURE.every((byte, i) => raw[i] === byte)) fail('missing pagefind_dcd signature');
  return raw.subarray(SIGNATURE.length);
}

export function packPagefindFile(payload: Uint8Array): Uint8Array {
  const raw = new Uint8Array(SIGNATURE.length + payload.length);
  raw.set(SIGNATURE);
  raw.set(payload, SIGNATURE.length);
  return gzipSync(raw, { level: 9 });
}

/** 0 → "0", 35 → "z", 36 → "10": the shortest names that sort nowhere in particular but compress well. */
export function sequenceName(index: number): string {
  return index.toString(36);
}

const isText = (x: CborValue | undefined): x is string => typeof x === 'string';
const isList = (x: CborValue | undefined): x is CborValue[] => Array.isArray(x);

/**
 * Renames the chunks and fragments of each language's index in `files` (Pagefind's output, paths relative
 * to the bundle folder) and rewrites the metadata and `pagefind-entry.json` to match. Returns the new list.
 */
export function compactBundleNames(files: readonly BundleFile[]): BundleFile[] {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const entryFile = byPath.get(ENTRY) ?? fail(`${ENTRY} is missing`);
  const entry = JSON.parse(new TextDecoder().decode(entryFile.content)) as {
    version?: string;
    languages?: Record<string, { hash: string }>;
  };
  if (entry.version !== COMPACT_NAMES_PAGEFIND_VERSION)
    fail(`Pagefind ${entry.version ?? '?'} is not ${COMPACT_NAMES_PAGEFIND_VERSION}`);
  const renamed = new Map<string, BundleFile>(); // old path → file under its new path
  for (const [language, info] of Object.entries(entry.languages ?? {})) {
    const metaPath = `pagefind.${info.hash}.pf_meta`;
    const metaFile = byPath.get(metaPath) ?? fail(`${metaPath} is missing`);
    const original = unpackPagefindFile(metaFile.content);
    const meta = decodeCbor(original) as CborValue;
    if (!isList(meta) || meta.length < 5 || meta[0] !== COMPACT_NAMES_PAGEFIND_VERSION)
      fail(`${metaPath} is not Pagefind ${COMPACT_NAMES_PAGEFIND_VERSION} metadata`);
    const [version, pages, chunks, ...rest] = meta;
    if (!isList(pages) || !isList(chunks)) fail(`${metaPath} has no page or chunk list`);
    const tag = createHash('sha256').update(original).digest('hex').slice(0, 7);

    const fragmentNames = new Map<string, string>();
    const newPages = pages.map((page) => {
      if (!isList(page) || page.length !== 3 || !isText(page[0]) || typeof page[1] !== 'number' || page[2] !== '')
        fail(`unexpected page entry in ${metaPath}`);
      const [hash, wordCount] = page;
      let name = fragmentNames.get(hash);
      if (name === undefined) {
        name = `${tag}/${sequenceName(fragmentNames.size)}`;
        fragmentNames.set(hash, name);
        move(`fragment/${hash}.pf_fragment`, `fragment/${name}.pf_fragment`);
      }
      return [name, wordCount, ''];
    });
    const newChunks = chunks.map((chunk, index) => {
      if (!isList(chunk) || chunk.length !== 3 || !chunk.every(isText)) fail(`unexpected chunk entry in ${metaPath}`);
      const name = `${tag}/${sequenceName(index)}`;
      move(`index/${chunk[2]}.pf_index`, `index/${name}.pf_index`);
      return [chunk[0]!, chunk[1]!, name];
    });
    const payload = encodeCbor([version!, newPages, newChunks, ...rest]);
    const hash = `${language}_${createHash('sha256').update(payload).digest('hex').slice(0, 10)}`;
    renamed.set(metaPath, { path: `pagefind.${hash}.pf_meta`, content: packPagefindFile(payload) });
    info.hash = hash;
  }
  renamed.set(ENTRY, { path: ENTRY, content: new TextEncoder().encode(JSON.stringify(entry)) });

  const left = files.filter((file) => /^(index|fragment)\//.test(file.path) && !renamed.has(file.path));
  if (left.length) fail(`${left.length} files that the metadata does not name, e.g. ${left[0]!.path}`);
  return files.map((file) => renamed.get(file.path) ?? file);

  function move(from: string, to: string): void {
    const file = byPath.get(from) ?? fail(`${from} is missing`);
    renamed.set(from, { path: to, content: file.content });
  }
}
