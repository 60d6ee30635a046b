/**
 * The preview server behind `npm start` (scripts/lib/static-server.ts, on sirv) with the URLs that broke
 * the hand-written one: a malformed escape crashed it, and an encoded `..` read a sibling folder whose
 * name starts with the site folder's.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type RunningServer } from '../../scripts/lib/static-server.ts';

let parent: string;
let root: Record<'/' | '/archive/', RunningServer>;

/** GET with the path sent exactly as written (no URL normalisation of `..` or escapes). */
function get(origin: string, path: string): Promise<{ status: number; body: string; type?: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, type: res.headers['content-type'] }));
    });
    req.on('error', reject);
    // A server that crashed or hangs fails the test instead of stalling it.
    req.setTimeout(5000, () => req.destroy(new Error(`no answer to ${path}`)));
    req.end();
  });
}

beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'static-server-'));
  const dist = join(parent, 'dist');
  mkdirSync(join(dist, 'issues/2020-03'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<title>home</title>');
  writeFileSync(join(dist, '404.html'), '<title>not found page</title>');
  writeFileSync(join(dist, 'issues/2020-03/index.html'), '<title>issue</title>');
  mkdirSync(join(parent, 'distX'));
  writeFileSync(join(parent, 'distX/secret.txt'), 'SECRET');
  writeFileSync(join(parent, 'secret.txt'), 'SECRET');
  root = { '/': await serveStatic(dist), '/archive/': await serveStatic(dist, '/archive/') };
});

afterAll(async () => {
  await root?.['/'].close();
  await root?.['/archive/'].close();
  if (parent) rmSync(parent, { recursive: true, force: true });
});

describe('the preview server', () => {
  it('serves pages, directory URLs and the 404 page', async () => {
    const origin = root['/'].origin;
    expect(await get(origin, '/')).toMatchObject({ status: 200, body: '<title>home</title>' });
    expect(await get(origin, '/issues/2020-03/')).toMatchObject({ status: 200, body: '<title>issue</title>' });
    expect((await get(origin, '/issues/2020-03/')).type).toMatch(/^text\/html/);
    expect(await get(origin, '/no-such-page/')).toMatchObject({ status: 404, body: '<title>not found page</title>' });
  });

  it('answers a malformed escape and stays up', async () => {
    const origin = root['/'].origin;
    for (const path of ['/%E0%A4%A', '/%', '/%ZZ/', '/issues/%E0%A4%A/']) {
      expect((await get(origin, path)).status).toBeGreaterThanOrEqual(400);
    }
    expect((await get(origin, '/')).status).toBe(200);
  });

  it.each([
    '/..%2FdistX%2Fsecret.txt',
    '/../distX/secret.txt',
    '/%2E%2E/secret.txt',
    '/..%5Csecret.txt',
    '/%2e%2e%2fsecret.txt',
    '//..//..//secret.txt',
  ])('never serves a file outside the folder: %s', async (path) => {
    const response = await get(root['/'].origin, path);
    expect(response.body).not.toContain('SECRET');
    expect(response.status).toBe(404);
  });

  it('serves the site under its base path only', async () => {
    const origin = root['/archive/'].origin;
    expect(await get(origin, '/archive/issues/2020-03/')).toMatchObject({ status: 200, body: '<title>issue</title>' });
    expect(await get(origin, '/issues/2020-03/')).toMatchObject({ status: 404, body: '<title>not found page</title>' });
    expect((await get(origin, '/archive/..%2F..%2Fsecret.txt')).body).not.toContain('SECRET');
  });
});
