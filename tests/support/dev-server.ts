import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { PROJECT_ROOT } from './content-fixture.ts';

/** A port that is free now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** The environment an editor's terminal has: without Vitest's markers, under which astro dev serves no pages. */
export function editorEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(key)));
  return { ...env, ...extra };
}

export interface DevServer {
  origin: string;
  process: ChildProcess;
  /** Everything the server printed so far. */
  log(): string;
  stop(): void;
}

/** `astro dev` over `contentDir`, on a port of its own (which also gives it its own content cache). */
export async function startDevServer(contentDir: string): Promise<DevServer> {
  const port = await freePort();
  const dev = spawn(
    process.execPath,
    [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: PROJECT_ROOT,
      env: editorEnvironment({ ARCHIVE_CONTENT_DIR: contentDir }),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${output}`)), 120_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Local\s+(http:\/\/[^\s/]+)\//.exec(output.replace(/\x1b\[[0-9;]*m/g, ''));
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    dev.stdout!.on('data', read);
    dev.stderr!.on('data', read);
    dev.once('exit', (code) => reject(new Error(`astro dev exited (${code}):\n${output}`)));
  });
  return { origin, process: dev, log: () => output, stop: () => dev.kill() };
}
