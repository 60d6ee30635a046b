import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  EXTENDED_BINARY_ENV,
  extendedBinaryPath,
  extendedBinarySpecifier,
  useExtendedBinary,
} from '../../../src/integrations/pagefind/binary.ts';
import {
  globOfPaths,
  INDEX_CHUNK_SIZE,
  indexChunkSize,
  isIndexedPage,
  isPublishedBundleFile,
  SEARCH_LANGUAGE,
  SEGMENTATION_PROBE,
} from '../../../src/integrations/pagefind/bundle.ts';

describe('extendedBinarySpecifier', () => {
  it('names the package and executable Pagefind publishes per platform', () => {
    expect(extendedBinarySpecifier('linux', 'x64')).toBe('@pagefind/linux-x64/bin/pagefind_extended');
    expect(extendedBinarySpecifier('win32', 'arm64')).toBe('@pagefind/windows-arm64/bin/pagefind_extended.exe');
  });
});

describe('extendedBinaryPath', () => {
  it('finds the installed extended binary', () => {
    const path = extendedBinaryPath({});
    expect(path).toMatch(/pagefind_extended(\.exe)?$/);
    expect(existsSync(path)).toBe(true);
  });

  it('honours an explicit path and rejects a missing one with a Chinese message', () => {
    const real = extendedBinaryPath({});
    expect(extendedBinaryPath({ [EXTENDED_BINARY_ENV]: real })).toBe(real);
    expect(() => extendedBinaryPath({ [EXTENDED_BINARY_ENV]: '/nowhere/pagefind_extended' })).toThrow(/不存在/);
  });

  it('points the Pagefind Node API at it, ahead of any PAGEFIND_BINARY_PATH', () => {
    const env: NodeJS.ProcessEnv = { PAGEFIND_BINARY_PATH: '/usr/bin/false' };
    const path = useExtendedBinary(env);
    expect(env[EXTENDED_BINARY_ENV]).toBe(path);
  });
});

describe('the binary the build runs', () => {
  afterAll(async () => {
    const pagefind = await import('pagefind');
    await pagefind.close();
  });

  it('segments Chinese into words (only the extended binary does)', async () => {
    useExtendedBinary();
    const pagefind = await import('pagefind');
    const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
    expect(errors).toEqual([]);
    const { file } = await index!.addCustomRecord({
      url: '/probe/',
      content: SEGMENTATION_PROBE.text,
      language: SEARCH_LANGUAGE,
    });
    expect(file.uniqueWords).toBeGreaterThanOrEqual(SEGMENTATION_PROBE.minimumWords);
    // Without segmentation, the probe is two runs of characters split at the comma.
    const unsegmented = SEGMENTATION_PROBE.text.split(/[，。]/).filter(Boolean).length;
    expect(unsegmented).toBeLessThan(SEGMENTATION_PROBE.minimumWords);
  });

  it('reads exactly the pages the glob of their paths names, whatever characters the paths hold', async () => {
    const site = mkdtempSync(join(tmpdir(), 'pagefind-glob-'));
    try {
      const page = (text: string) =>
        `<html lang="zh-CN"><body><main data-pagefind-body><p>${text}</p></main></body></html>`;
      const listed = [
        'issues/2020-03/index.html',
        'units/市场(监管)局,一/index.html',
        'sources/[市]{信用}办!#/index.html',
      ];
      for (const path of [...listed, 'units/index.html', 'issues/2020-03/articles/a/index.html']) {
        mkdirSync(dirname(join(site, path)), { recursive: true });
        writeFileSync(join(site, path), page('信用修复培训'));
      }
      const pagefind = await import('pagefind');
      const { index } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
      const added = await index!.addDirectory({ path: site, glob: globOfPaths(listed) });
      expect(added.errors).toEqual([]);
      expect(added.page_count).toBe(listed.length);
      await index!.deleteIndex();
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});

describe('indexChunkSize', () => {
  it('keeps 1500 postings up to the 100-issue archive and a little beyond, and never goes below it', () => {
    expect(indexChunkSize(0)).toBe(INDEX_CHUNK_SIZE);
    expect(indexChunkSize(20)).toBe(1500);
    expect(indexChunkSize(1405)).toBe(1500); // 100 synthetic issues
    expect(indexChunkSize(1900)).toBe(1500);
  });

  it('grows as the square root of the indexed pages, in steps of 500: 2500 at the 300-issue archive', () => {
    expect(indexChunkSize(2000)).toBe(2000);
    expect(indexChunkSize(4205)).toBe(2500); // 300 synthetic issues
    expect(indexChunkSize(4 * 1405)).toBe(3000);
    const sizes = [100, 1000, 2000, 3000, 5000, 10000, 50000].map(indexChunkSize);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(sizes.every((size) => size % 500 === 0)).toBe(true);
  });
});

describe('isIndexedPage', () => {
  it('leaves the glob out when a path holds a backslash, which Pagefind cannot match', () => {
    expect(globOfPaths(['units/a\\b/index.html'])).toBeUndefined();
    expect(globOfPaths(['a/index.html', 'b/index.html'])).toBe('{a/index.html,b/index.html}');
  });

  it('hands Pagefind only the pages marked for the index', () => {
    expect(isIndexedPage('<main id="main" data-pagefind-body>')).toBe(true);
    expect(isIndexedPage('<main id="main">')).toBe(false);
  });
});

describe('isPublishedBundleFile', () => {
  it('publishes the search library and index, not the prebuilt UIs the site does not load', () => {
    for (const path of [
      'pagefind.js',
      'pagefind-entry.json',
      'wasm.unknown.pagefind',
      'index/zh_1.pf_index',
      'fragment/zh_2.pf_fragment',
      'pagefind.zh_3.pf_meta',
    ]) {
      expect(isPublishedBundleFile(path), path).toBe(true);
    }
    for (const path of [
      'pagefind-ui.js',
      'pagefind-ui.css',
      'pagefind-component-ui.js',
      'pagefind-modular-ui.css',
      'pagefind-highlight.js',
      'pagefind-worker.js',
    ]) {
      expect(isPublishedBundleFile(path), path).toBe(false);
    }
  });
});
