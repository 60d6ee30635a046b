import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useExtendedBinary } from '../../../src/integrations/pagefind/binary.ts';
import { SEARCH_LANGUAGE } from '../../../src/integrations/pagefind/bundle.ts';
import { decode as decodeCbor, encode as encodeCbor } from 'cborg';
import {
  type BundleFile,
  type CborValue,
  compactBundleNames,
  packPagefindFile,
  sequenceName,
  unpackPagefindFile,
} from '../../../src/integrations/pagefind/compact-names.ts';
import { shrinkFirstLoadFiles } from '../../../src/integrations/pagefind/first-load.ts';

/** A real Pagefind 1.6 bundle of a few records, built in memory with the extended binary. */
async function pagefindBundle(): Promise<BundleFile[]> {
  useExtendedBinary();
  const pagefind = await import('pagefind');
  try {
    const { index } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
    if (!index) throw new Error('no index');
    const texts = ['举办信用修复培训班', '市场监督管理局许桂清出席', '海蜇产业信用承诺', '失信被执行人名单管理'];
    for (const [i, content] of texts.entries())
      await index.addCustomRecord({
        url: `/page-${i}/`,
        content,
        language: SEARCH_LANGUAGE,
        meta: { title: `第${i}页` },
      });
    const { files } = await index.getFiles();
    return files.map((file) => ({ path: file.path, content: file.content }));
  } finally {
    await pagefind.close();
  }
}

const metaOf = (files: BundleFile[]) => {
  const file = files.find((f) => f.path.endsWith('.pf_meta'))!;
  return decodeCbor(unpackPagefindFile(file.content)) as CborValue[][];
};

describe('compactBundleNames', () => {
  let files: BundleFile[];
  const cacheDir = mkdtempSync(join(tmpdir(), 'pagefind-cache-'));
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
  beforeAll(async () => {
    files = await pagefindBundle();
  }, 60_000);

  it("re-encodes Pagefind's own metadata byte for byte", () => {
    const meta = files.find((f) => f.path.endsWith('.pf_meta'))!;
    const payload = unpackPagefindFile(meta.content);
    expect(Buffer.from(encodeCbor(decodeCbor(payload))).equals(payload)).toBe(true);
  });

  it('numbers fragments and chunks under a tag of the index, and changes nothing else', () => {
    const before = metaOf(files);
    const compacted = compactBundleNames(files);
    const after = metaOf(compacted);
    const pages = after[1] as CborValue[][];
    const tag = (pages[0]![0] as string).split('/')[0]!;
    expect(tag).toMatch(/^[0-9a-f]{7}$/);
    expect(pages.map((page) => page[0])).toEqual([`${tag}/0`, `${tag}/1`, `${tag}/2`, `${tag}/3`]);
    expect(pages.map((page) => page[1])).toEqual((before[1] as CborValue[][]).map((page) => page[1]));
    expect((after[2] as CborValue[][]).map((chunk) => chunk[2])).toEqual(
      (before[2] as CborValue[][]).map((_, i) => `${tag}/${sequenceName(i)}`),
    );
    expect(after.slice(3)).toEqual(before.slice(3));
    // Every renamed file keeps its content, and the entry file names the new metadata.
    const contentOf = (list: BundleFile[], path: string) => list.find((f) => f.path === path)?.content;
    (before[1] as CborValue[][]).forEach((page, i) =>
      expect(contentOf(compacted, `fragment/${pages[i]![0]}.pf_fragment`)).toEqual(
        contentOf(files, `fragment/${page[0]}.pf_fragment`),
      ),
    );
    const entry = JSON.parse(new TextDecoder().decode(contentOf(compacted, 'pagefind-entry.json'))) as {
      languages: Record<string, { hash: string }>;
    };
    expect(compacted.some((f) => f.path === `pagefind.${entry.languages[SEARCH_LANGUAGE]!.hash}.pf_meta`)).toBe(true);
    expect(compacted.filter((f) => /^(index|fragment)\//.test(f.path)).every((f) => f.path.includes(`/${tag}/`))).toBe(
      true,
    );
    // The same input gives the same output (reproducible builds).
    expect(compactBundleNames(files)).toEqual(compacted);
  });

  it('gives another index another tag, so cached files of an older build are never reused', () => {
    const meta = files.find((f) => f.path.endsWith('.pf_meta'))!;
    const payload = decodeCbor(unpackPagefindFile(meta.content)) as CborValue[];
    (payload[1] as CborValue[][])[0]![1] = 999; // a different word count
    const changed = files.map((f) => (f === meta ? { ...f, content: packPagefindFile(encodeCbor(payload)) } : f));
    const tagOf = (list: BundleFile[]) =>
      ((metaOf(compactBundleNames(list))[1] as CborValue[][])[0]![0] as string).split('/')[0];
    expect(tagOf(changed)).not.toBe(tagOf(files));
  });

  it('refuses a metadata layout it does not know, with a Chinese message', () => {
    const meta = files.find((f) => f.path.endsWith('.pf_meta'))!;
    const payload = decodeCbor(unpackPagefindFile(meta.content)) as CborValue[];
    const broken = files.map((f) =>
      f === meta ? { ...f, content: packPagefindFile(encodeCbor(['1.6.0', payload[1]!])) } : f,
    );
    expect(() => compactBundleNames(broken)).toThrow(/无法压缩搜索索引的文件名/);
    const entry = files.find((f) => f.path === 'pagefind-entry.json')!;
    const otherVersion = files.map((f) =>
      f === entry
        ? { ...f, content: new TextEncoder().encode(new TextDecoder().decode(f.content).replace('1.6.0', '1.7.0')) }
        : f,
    );
    expect(() => compactBundleNames(otherVersion)).toThrow(/1\.7\.0/);
    expect(() => compactBundleNames(files.filter((f) => !f.path.startsWith('fragment/')))).toThrow(/missing/);
  });

  it('makes the script and the files every search loads smaller, with the same content', async () => {
    const shrunk = await shrinkFirstLoadFiles(compactBundleNames(files), cacheDir);
    for (const path of ['pagefind.js', 'wasm.unknown.pagefind']) {
      const old = files.find((f) => f.path === path)!.content;
      const now = shrunk.find((f) => f.path === path)!.content;
      expect(now.length).toBeLessThan(old.length);
      if (path.endsWith('.pagefind')) expect(gunzipSync(now)).toEqual(gunzipSync(old));
    }
    expect(new TextDecoder().decode(shrunk.find((f) => f.path === 'pagefind.js')!.content)).toMatch(/export\s*\{/);
  }, 60_000);

  it('reuses a recompressed file from its cache only when it unpacks to the same bytes', async () => {
    const wasm = files.filter((f) => f.path === 'wasm.unknown.pagefind');
    const ownCache = join(cacheDir, 'reuse');
    const first = await shrinkFirstLoadFiles(wasm, ownCache);
    const [entry] = readdirSync(ownCache);
    expect(entry).toMatch(/^[0-9a-f]{64}\.gz$/);
    expect(readdirSync(ownCache)).toHaveLength(1);
    // A cached file that no longer unpacks to the input is not published but written again.
    writeFileSync(join(ownCache, entry!), gzipSync(Buffer.from('not the WebAssembly')));
    const second = await shrinkFirstLoadFiles(wasm, ownCache);
    expect(Buffer.from(second[0]!.content).equals(Buffer.from(first[0]!.content))).toBe(true);
    expect(gunzipSync(readFileSync(join(ownCache, entry!)))).toEqual(gunzipSync(first[0]!.content));
  }, 60_000);
});
