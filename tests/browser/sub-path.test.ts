// Sub-path hosting, as GitHub Pages does it (https://user.github.io/repository/): the built app
// (the run's test build, tests/browser/global-setup.ts) served by a tiny static server of this test
// under /some/class/threshold/ only, with no Content-Security-Policy header (GitHub Pages sends none).
// Every request the app makes stays under that path and finds its file: no 404 from the first screen
// through the board to the Analysis sweep computed in its workers (and the service worker's precache).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sharedBrowser } from './browser';
import { curveReady, skipWalkthrough } from './game-helpers';

const PREFIX = '/some/class/threshold/';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

let server: Server;
let origin = '';
/** Requests the server answered 404, with their paths. */
const missing: string[] = [];

beforeAll(async () => {
  const root = resolve(inject('distDir'));
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = path.startsWith(PREFIX) ? normalize(join(root, path.slice(PREFIX.length) || 'index.html')) : '';
    const target = file && existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
    if (!target?.startsWith(root) || !existsSync(target)) {
      missing.push(path);
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream' });
    createReadStream(target).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
});

describe('the build served under a sub-path', () => {
  it('loads, plays to the board and draws the Analysis sweep with every request under the path and no 404', async () => {
    const context = await (await sharedBrowser()).newContext({ viewport: { width: 1280, height: 720 } });
    const failed: string[] = [];
    const requested: string[] = [];
    context.on('request', (r) => requested.push(r.url()));
    context.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
      page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
      await skipWalkthrough(page);
      await page.goto(`${origin}${PREFIX}#/choose`);
      await page.waitForSelector('.scenario-card', { timeout: 60_000 });
      await page.click('[data-scenario="venezuela-planners"] button:has-text("Play")');
      await page.waitForSelector('#board canvas', { timeout: 60_000 });
      await page.waitForFunction(() => window.__thresholdPlay?.boardReady() === true, null, { timeout: 60_000 });
      await page.click('#nav a[data-screen="analysis"]');
      await curveReady(page);
      expect(await page.locator('#an-sweep svg path').count()).toBeGreaterThan(0);
      // The offline worker registered under the sub-path and precached the build from there.
      expect(await page.evaluate(() => (window as Window & { __thresholdOffline?: Promise<boolean> }).__thresholdOffline)).toBe(true);
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.scope ?? null))).toBe(`${origin}${PREFIX}`);

      // The record is real: the lazy board chunk and the analysis worker came from under the path.
      const local = requested.filter((u) => u.startsWith(origin)).map((u) => new URL(u).pathname);
      expect(local.some((p) => /\/assets\/phaser[^/]*\.js$/.test(p))).toBe(true);
      expect(local.some((p) => /\/assets\/worker[^/]*\.js$/.test(p))).toBe(true);
      expect(local.filter((p) => !p.startsWith(PREFIX))).toEqual([]);
      expect(failed).toEqual([]);
      expect(missing).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});
