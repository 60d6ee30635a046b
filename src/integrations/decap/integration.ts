import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

/**
 * The web editor (/admin/) runs Decap CMS's own prebuilt bundle, `decap-cms-app/dist/decap-cms-app.js`
 * with the chunks and WebAssembly it loads on demand, copied from node_modules into `/admin/decap/`
 * (served from there by `npm run dev` too). Re-bundling Decap's ESM build with Vite took about
 * 7 s and 600 MB of every `npm run build` for the same code. The bundle expects React and ReactDOM
 * as the globals `React` and `ReactDOM`: src/client/admin/cms.ts provides them (the same React the
 * table grid widget renders with) before it loads the bundle.
 */
export const DECAP_FOLDER = 'admin/decap/';
export const DECAP_SCRIPT = 'decap-cms-app.js';

const require = createRequire(import.meta.url);

/** The folder of Decap's prebuilt bundle in node_modules. */
export function decapDistDir(): string {
  return join(dirname(require.resolve('decap-cms-app/package.json')), 'dist');
}

/** The files of Decap's dist/ the site publishes: the bundle, its chunks, WebAssembly and licences; no source maps. */
export function isPublishedDecapFile(name: string): boolean {
  return /\.(js|wasm|txt)$/.test(name);
}

/**
 * The React version Decap's bundle was built against: its copy of react-dom/client refuses any other
 * ("Incompatible React versions"), so package.json pins react and react-dom to exactly this one.
 */
export function decapReactVersion(bundle = readFileSync(join(decapDistDir(), DECAP_SCRIPT), 'utf8')): string {
  const version = /if\("(\d+\.\d+\.\d+)"!==\w+\)throw Error\(\w+\(527,/.exec(bundle)?.[1];
  if (!version) throw new Error('Decap 的 React 版本检查没有找到 / React version check not found in decap-cms-app.js');
  return version;
}

/** Copies Decap's prebuilt bundle into the built site's /admin/decap/. */
export function copyDecapBundle(outDir: string): number {
  const source = decapDistDir();
  const target = join(outDir, DECAP_FOLDER);
  mkdirSync(target, { recursive: true });
  const names = readdirSync(source, { withFileTypes: true })
    .filter((entry) => entry.isFile() && isPublishedDecapFile(entry.name))
    .map((entry) => entry.name)
    .sort();
  for (const name of names) copyFileSync(join(source, name), join(target, name));
  return names.length;
}

export function decapIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'archive:decap',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        const serve = sirv(decapDistDir(), { dev: true });
        const prefix = `${base}${DECAP_FOLDER}`;
        server.middlewares.use((request, response, next) => {
          const url = request.url ?? '';
          if (!url.startsWith(prefix) || !isPublishedDecapFile(url.split('?')[0]!)) return next();
          request.url = `/${url.slice(prefix.length)}`;
          serve(request, response, next);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const count = copyDecapBundle(fileURLToPath(dir));
        logger.info(`copied Decap CMS's prebuilt bundle (${count} files) to /${DECAP_FOLDER}`);
      },
    },
  };
}
