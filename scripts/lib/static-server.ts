import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built site folder over HTTP on a loopback port, like a plain static host: directory URLs serve
 * index.html, unknown paths the site's 404 page with status 404. `base` mounts the folder under a
 * sub-path. The files are served by sirv (a maintained static server) from the list of files it takes
 * when it starts, so no URL, however encoded or malformed, reaches a file outside the folder; this
 * wrapper only strips the base path and answers misses with the 404 page.
 */
export async function serveStatic(root: string, base = '/', port = 0, host = '127.0.0.1'): Promise<RunningServer> {
  const files = sirv(root, { dev: false, etag: true, dotfiles: false });
  const notFound = (response: ServerResponse) => {
    let page: Buffer | string = 'Not found';
    try {
      page = readFileSync(join(root, '404.html'));
    } catch {
      // A folder without a 404 page still answers 404.
    }
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  };
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const path = request.url ?? '/';
    if (!path.startsWith(base)) return notFound(response);
    request.url = `/${path.slice(base.length)}`;
    files(request, response, () => notFound(response));
  };
  const server: Server = createServer((request, response) => {
    try {
      handle(request, response);
    } catch {
      // A request sirv cannot read is the client's fault; the server stays up.
      if (!response.headersSent) response.writeHead(400).end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${actualPort}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
