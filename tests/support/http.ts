import { request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  /** The body as sent, still compressed if the server compressed it. */
  body: Buffer;
}

/** A plain GET that does not decompress or follow redirects, to see exactly what the server sends. */
export function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const flat: Record<string, string> = {};
        for (const [key, value] of Object.entries(res.headers))
          flat[key] = Array.isArray(value) ? value.join(', ') : String(value);
        resolve({ status: res.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks) });
      });
    });
    req.on('error', reject);
    req.end();
  });
}
