// The service-worker update path (issue 14): build A is served and its service worker controls the
// page; then build B (same code, every hashed file under another name, as after any code change) is
// deployed at the same address. B's worker takes over while A's page is still open. That page must
// still load its own lazy chunks (the board, the analysis workers): they are not on the server any
// more, only in A's cache, which the old worker deleted at once ("The board could not be drawn
// (Failed to fetch dynamically imported module…)"). After a reload the page is build B, and a new
// take-over with no old page open removes A's cache.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { build } from 'vite';
import type { BrowserContext, Page } from 'playwright-core';
import { newContext, recordErrors } from './browser';
import { skipWalkthrough } from './game-helpers';
import { serveStatic, type StaticServer } from './static-server';

const distA = inject('distDir');
const distB = `test-output/dist-b-${process.pid}`;
let server: StaticServer;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  const names = 'assets/[name]-[hash]-b';
  await build({
    mode: 'test',
    logLevel: 'warn',
    build: { outDir: distB, emptyOutDir: true, rolldownOptions: { output: { entryFileNames: `${names}.js`, chunkFileNames: `${names}.js`, assetFileNames: `${names}[extname]` } } },
    worker: { rolldownOptions: { output: { entryFileNames: `${names}.js`, chunkFileNames: `${names}.js` } } },
  });
  server = await serveStatic(distA);
});

/** A fresh browser profile whose page has loaded build A and is controlled by A's service worker. */
async function openBuildA() {
  await context?.close();
  server.root = distA;
  context = await newContext();
  page = await context.newPage();
  errors = recordErrors(page);
  await skipWalkthrough(page);
  await page.goto(server.url + '#/choose');
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 60_000 });
  expect(await pageBuild(page)).toBe('A');
}

afterAll(async () => {
  await context?.close();
  await server?.close();
  rmSync(distB, { recursive: true, force: true });
});

/** The build the page runs: B's entry script's name ends in -b. */
const pageBuild = (p: Page) => p.evaluate(() => (/-b\.js$/.test((document.querySelector('script[type=module]') as HTMLScriptElement).src) ? 'B' : 'A'));
const cacheNames = (p: Page) => p.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('threshold-')));

/** Play to the board: the Phaser board draws (or says why not), a day is played, then Analysis draws its curve. */
async function playAndAnalyse(p: Page) {
  await p.goto(server.url + '#/play');
  await p.waitForFunction(() => document.querySelector('#board')?.getAttribute('data-ready') === 'true' || /could not/.test(document.querySelector('#board')?.textContent ?? ''), null, { timeout: 60_000 });
  expect(await p.locator('#board').textContent()).not.toMatch(/could not be drawn/);
  expect(await p.locator('#board canvas').count()).toBeGreaterThan(0);
  await p.keyboard.press('p');
  await p.keyboard.press('d');
  await p.waitForSelector('.d10 .face.rolled');
  await p.goto(server.url + '#/analysis');
  await p.waitForFunction(
    () => {
      const s = window.__thresholdAnalysis?.state();
      return !!s && (!!s.error || (!!s.coarse?.central && s.coarse.central.length > 0) || (!!s.refined?.central && s.refined.central.length > 0));
    },
    null,
    { timeout: 120_000 },
  );
  const state = await p.evaluate(() => window.__thresholdAnalysis!.state()!);
  expect(state.error ?? null).toBeNull();
  await p.waitForFunction(() => document.querySelectorAll('#an-sweep svg path').length > 0, null, { timeout: 60_000 });
}

describe('deploying a new build while the old one is open', () => {
  it('reloaded after the deploy: the page comes from the old cache while B takes over, and still plays and analyses', async () => {
    await openBuildA();
    const cacheA = await cacheNames(page);
    server.root = distB;
    // The reload shows build A from its cache; the navigation's update check installs B, which takes
    // over (controllerchange, listened for from the page's start).
    await page.addInitScript(() => {
      (window as Window & { tookOver?: Promise<void> }).tookOver = new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    });
    await page.reload();
    expect(await pageBuild(page)).toBe('A');
    await page.evaluate(() => (window as Window & { tookOver?: Promise<void> }).tookOver);
    const both = await cacheNames(page);
    expect(both).toHaveLength(2);
    expect(both).toContain(cacheA[0]);
    await playAndAnalyse(page);
    expect(await pageBuild(page)).toBe('A');
    expect(errors.join('\n')).not.toMatch(/dynamically imported module|could not be drawn/);
    expect(errors).toEqual([]);
  });

  it('keeps the open page of build A working after build B takes over, then reloads into B', async () => {
    await openBuildA();
    const cacheA = await cacheNames(page);
    expect(cacheA).toHaveLength(1);

    // Deploy B; the browser's update check (here asked for at once) installs B's worker, which takes over.
    server.root = distB;
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true });
          void navigator.serviceWorker.getRegistration().then((r) => r?.update());
        }),
    );
    const both = await cacheNames(page);
    expect(both).toHaveLength(2);
    expect(both).toContain(cacheA[0]);

    // The same page, still build A, loads its board and analysis chunks, which B's server lacks.
    expect(await pageBuild(page)).toBe('A');
    await playAndAnalyse(page);
    expect(await pageBuild(page)).toBe('A');
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    expect(errors.join('\n')).not.toMatch(/dynamically imported module/);

    // After a reload the page is build B, and it plays and analyses too.
    await page.reload();
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 60_000 });
    expect(await pageBuild(page)).toBe('B');
    await playAndAnalyse(page);
    expect(await pageBuild(page)).toBe('B');
    expect(errors).toEqual([]);
    // Build A's page is gone: A's cache goes on the worker's next request.
    await page.evaluate(() => fetch('./index.html').then((r) => r.text()));
    await page.waitForFunction((a) => caches.keys().then((keys) => !keys.includes(a)), cacheA[0], { timeout: 30_000 });
    expect(await cacheNames(page)).toHaveLength(1);
  });
});
