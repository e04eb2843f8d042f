/**
 * A copy of the built site served by a few lines of Node on a free port of 127.0.0.1 (a secure context, so
 * service workers run), for tests that change what is deployed while a browser keeps the site open.
 * Like a plain static host: a folder's URL is answered with its index.html, anything else missing is a 404.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

export interface ServedCopy {
  /** "http://127.0.0.1:<port>" */
  origin: string;
  /** The folder being served: change a file here and the next request gets the new bytes. */
  root: string;
  close(): Promise<void>;
}

/**
 * Copies `dist` into a temporary folder and serves it until close() (which deletes the copy). With
 * `prefix` ("/coaching/"), the folder answers under that path only, as a site deployed in a sub-folder.
 */
export async function serveCopy(dist: string, { prefix = '/' } = {}): Promise<ServedCopy> {
  const root = mkdtempSync(join(tmpdir(), 'dcsa-site-'));
  cpSync(dist, root, { recursive: true });
  const server = createServer((request, response) => {
    const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!requested.startsWith(prefix)) {
      return void response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
    const path = `/${requested.slice(prefix.length)}`;
    let file = join(root, normalize(path));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    if (path.endsWith('/')) file = join(file, 'index.html');
    let body: Buffer;
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      body = readFileSync(file);
    } catch {
      return void response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
    // "no-cache" as a host should serve service-worker.js: the browser always asks for the current bytes.
    response
      .writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      })
      .end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    root,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(root, { recursive: true, force: true });
    },
  };
}
