// A small static file server for browser tests that need more than the run's shared preview server:
// its folder can be swapped while it runs (a new build "deployed" under the same address), and it can
// serve a few extra pages (an embedding parent page). It sends the app's header Content-Security-Policy
// on every response, as the preview server does; `cors` adds Access-Control-Allow-Origin: * (as GitHub
// Pages sends) so a sandboxed frame, whose origin is opaque, can load the app's module scripts.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { HEADER_POLICY } from '../../src/app/content-policy';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  url: string;
  /** The folder served from now on. */
  root: string;
  /** Extra pages by path (e.g. '/parent.html'), served as HTML without the app's policy. */
  pages: Map<string, string>;
  /** Paths requested that were not found (404), in order. */
  missing: string[];
  close(): Promise<void>;
}

export async function serveStatic(root: string, options: { host?: string; cors?: boolean } = {}): Promise<StaticServer> {
  const state: StaticServer = { url: '', root, pages: new Map(), missing: [], close: async () => {} };
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const headers: Record<string, string> = { 'Cache-Control': 'no-cache' };
    if (options.cors) headers['Access-Control-Allow-Origin'] = '*';
    const page = state.pages.get(path);
    if (page !== undefined) {
      response.writeHead(200, { ...headers, 'Content-Type': TYPES['.html'] });
      response.end(page);
      return;
    }
    const file = normalize(join(state.root, path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(normalize(state.root)) || !existsSync(file) || !statSync(file).isFile()) {
      state.missing.push(path);
      response.writeHead(404, headers);
      response.end('not found');
      return;
    }
    response.writeHead(200, { ...headers, 'Content-Security-Policy': HEADER_POLICY, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  state.url = `http://${host === '127.0.0.1' ? '127.0.0.1' : 'localhost'}:${port}/`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return state;
}
