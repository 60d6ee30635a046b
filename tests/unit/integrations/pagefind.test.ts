import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  EXTENDED_BINARY_ENV,
  extendedBinaryPath,
  extendedBinarySpecifier,
  useExtendedBinary,
} from '../../../src/integrations/pagefind/binary.ts';
import {
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
