import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/**
 * Serves a built site with Debian's nginx and the project's own deploy/nginx.conf, so the tests prove
 * the configuration a host will use. The server block is taken verbatim except the lines its comments
 * mark EDIT (port, host, folder, and the 404 page under a sub-path); a small wrapper around it gives
 * nginx a free port, its temporary files in a temp folder, and no need for root.
 */

export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const DEPLOY_CONFIG = join(PROJECT_ROOT, 'deploy/nginx.conf');
export const BROTLI_CONFIG = join(PROJECT_ROOT, 'deploy/nginx-brotli.conf');
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so';

/**
 * Whether this machine's nginx can load the brotli module (deploy/nginx-brotli.conf is then served too; the
 * tests require it).
 */
export const brotliAvailable = existsSync(BROTLI_MODULE);

export interface NginxServer {
  /** http://127.0.0.1:PORT — the site itself is at origin + base. */
  origin: string;
  /** The server block as nginx ran it. */
  siteConfig: string;
  /** http://127.0.0.1:PORT of the http → https redirect block. */
  redirectOrigin: string;
  close(): Promise<void>;
}

export interface NginxOptions {
  /** The built site (dist/). */
  distDir: string;
  /** The base path it was built for: `/` or `/archive/`. */
  base?: string;
  /** Edits an administrator makes beyond the EDIT lines the harness sets (e.g. the web editor's forge). */
  editConfig?: (text: string) => string;
}

/** Replaces exactly one line of the deploy config, or says which expected line is missing. */
function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  const matches = text.match(new RegExp(pattern.source, 'gm'));
  if (matches?.length !== 1) {
    throw new Error(
      `deploy/nginx.conf: expected exactly one line matching ${pattern} (found ${matches?.length ?? 0}); the test harness edits it like an administrator would`,
    );
  }
  return text.replace(new RegExp(pattern.source, 'm'), replacement);
}

/** The deploy server block, set up for this machine: port, document root, 404 page under the base path. */
export function siteConfigFor(
  deployConfig: string,
  port: number,
  documentRoot: string,
  base: string,
  redirectPort = port + 1,
): string {
  let text = deployConfig;
  // The http → https redirect block on a port of its own; the site block plain http (no certificate here).
  text = replaceOnce(text, /^(\s*)listen 80;.*$/, `$1listen 127.0.0.1:${redirectPort};`);
  text = replaceOnce(text, /^(\s*)listen \[::\]:80;.*$/, '$1# (IPv6 listen removed for the test server)');
  text = replaceOnce(text, /^(\s*)listen 443 ssl;.*$/, `$1listen 127.0.0.1:${port};`);
  text = replaceOnce(text, /^(\s*)listen \[::\]:443 ssl;.*$/, '$1# (IPv6 listen removed for the test server)');
  text = replaceOnce(text, /^(\s*)ssl_certificate .*$/, '$1# (no certificate: the test server speaks plain http)');
  text = replaceOnce(text, /^(\s*)ssl_certificate_key .*$/, '$1# (no certificate key)');
  text = replaceOnce(text, /^(\s*)root \/srv\/[^;]*;.*$/, `$1root ${documentRoot};`);
  text = replaceOnce(text, /^(\s*)error_page 404 \/404\.html;.*$/, `$1error_page 404 ${base}404.html;`);
  return text;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForHttp(origin: string, child: ChildProcess, errorLog: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      await fetch(origin + '/', { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const log = existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '';
  throw new Error(`nginx did not start (exit code ${child.exitCode}):\n${log}`);
}

/** Starts nginx on a free loopback port with deploy/nginx.conf serving `distDir` under `base`. */
export async function startNginx({ distDir, base = '/', editConfig }: NginxOptions): Promise<NginxServer> {
  if (!existsSync(NGINX_PATH)) {
    throw new Error(
      `找不到 nginx：${NGINX_PATH}。请先安装：apt-get install -y nginx / nginx not found at ${NGINX_PATH}`,
    );
  }
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`base must start and end with /: ${base}`);
  const dir = mkdtempSync(join(tmpdir(), 'archive-nginx-'));
  // Under a sub-path the site sits in a folder of that name below the document root, as on a host.
  let documentRoot = resolve(distDir);
  if (base !== '/') {
    documentRoot = join(dir, 'www');
    const mount = join(documentRoot, base.slice(1, -1));
    mkdirSync(dirname(mount), { recursive: true });
    symlinkSync(resolve(distDir), mount, 'dir');
  }
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, sub));
  const errorLog = join(dir, 'error.log');
  const deployText = readFileSync(DEPLOY_CONFIG, 'utf8');
  const deployConfig = editConfig ? editConfig(deployText) : deployText;

  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const redirectPort = await freePort();
    const siteConfig = siteConfigFor(deployConfig, port, documentRoot, base, redirectPort);
    writeFileSync(join(dir, 'site.conf'), siteConfig);
    writeFileSync(
      join(dir, 'nginx.conf'),
      [
        brotliAvailable ? `load_module ${BROTLI_MODULE};` : '',
        'daemon off;',
        // One process, as the user running the tests: no root, no worker user.
        'master_process off;',
        `pid ${join(dir, 'nginx.pid')};`,
        `error_log ${errorLog} warn;`,
        'events { worker_connections 256; }',
        'http {',
        '  include /etc/nginx/mime.types;',
        '  default_type application/octet-stream;',
        '  access_log off;',
        '  sendfile on;',
        ...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
          (sub) => `  ${sub === 'body' ? 'client_body' : sub}_temp_path ${join(dir, sub)};`,
        ),
        brotliAvailable ? `  include ${BROTLI_CONFIG};` : '',
        `  include ${join(dir, 'site.conf')};`,
        '}',
        '',
      ].join('\n'),
    );
    const child = spawn(NGINX_PATH, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', errorLog], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
    const origin = `http://127.0.0.1:${port}`;
    try {
      await waitForHttp(origin, child, errorLog);
    } catch (error) {
      child.kill('SIGTERM');
      // Another process took the port between choosing and binding it: try another.
      if (attempt < 3 && /Address already in use/.test(stderr + String(error))) continue;
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`${String(error)}\n${stderr}`);
    }
    return {
      origin,
      siteConfig,
      redirectOrigin: `http://127.0.0.1:${redirectPort}`,
      close: () =>
        new Promise<void>((done) => {
          const finish = () => {
            rmSync(dir, { recursive: true, force: true });
            done();
          };
          if (child.exitCode !== null) return finish();
          child.once('exit', finish);
          child.kill('SIGQUIT');
          setTimeout(() => child.kill('SIGKILL'), 5000).unref();
        }),
    };
  }
}
