import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  copyDecapBundle,
  DECAP_FOLDER,
  DECAP_SCRIPT,
  decapReactVersion,
  isPublishedDecapFile,
} from '../../../src/integrations/decap/integration.ts';

const require = createRequire(import.meta.url);
const versionOf = (name: string) => (require(`${name}/package.json`) as { version: string }).version;

describe("Decap CMS's prebuilt bundle", () => {
  it('runs with the React the web editor gives it: react and react-dom are the version it was built against', () => {
    // Its copy of react-dom/client throws "Incompatible React versions" on any other React, and the editor
    // stays blank; updating decap-cms-app means pinning react and react-dom to the version this names.
    const expected = decapReactVersion();
    expect(versionOf('react')).toBe(expected);
    expect(versionOf('react-dom')).toBe(expected);
  });

  it('reads the version from the check in the bundle, and fails loudly when the check is not there', () => {
    expect(decapReactVersion('var Vp=o.version;if("19.2.0"!==Vp)throw Error(s(527,Vp,"19.2.0"));')).toBe('19.2.0');
    expect(() => decapReactVersion('console.log(1)')).toThrow(/React/);
  });

  it('publishes the script, its chunks, WebAssembly and licence, never the source maps', () => {
    expect(isPublishedDecapFile('decap-cms-app.js')).toBe(true);
    expect(isPublishedDecapFile('103.decap-cms-app.js')).toBe(true);
    expect(isPublishedDecapFile('f728dc876b39e5273411.wasm')).toBe(true);
    expect(isPublishedDecapFile('decap-cms-app.js.LICENSE.txt')).toBe(true);
    expect(isPublishedDecapFile('decap-cms-app.js.map')).toBe(false);
  });

  const outDir = mkdtempSync(join(tmpdir(), 'decap-copy-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('is copied whole into /admin/decap/, byte for byte', () => {
    const count = copyDecapBundle(outDir);
    const copied = readdirSync(join(outDir, DECAP_FOLDER));
    expect(copied).toHaveLength(count);
    expect(copied).toContain(DECAP_SCRIPT);
    expect(copied.some((name) => name.endsWith('.wasm'))).toBe(true);
    expect(copied.some((name) => name.endsWith('.map'))).toBe(false);
    const source = join(require.resolve('decap-cms-app/package.json'), '../dist', DECAP_SCRIPT);
    expect(readFileSync(join(outDir, DECAP_FOLDER, DECAP_SCRIPT)).equals(readFileSync(source))).toBe(true);
  });
});
