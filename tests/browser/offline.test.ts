// Offline: after one load with the network on, the service worker has every file of the build, so
// with the browser offline a reload still shows the app, the game screens, and the analysis curve
// (its Web Workers included) computes to the end.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { baseUrl, sharedBrowser } from './browser';
import { skipWalkthrough } from './game-helpers';

let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  browser = await sharedBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  page = await context.newPage();
  page.on('pageerror', (err) => errors.push(err.message));
  await skipWalkthrough(page);
  await page.goto(baseUrl() + '#/choose');
});

afterAll(async () => {
  await browser?.close();
});

describe('offline after the first load', () => {
  it('installs a service worker that precaches the whole build', async () => {
    const registered = await page.evaluate(() => (window as Window & { __thresholdOffline?: Promise<boolean> }).__thresholdOffline);
    expect(registered).toBe(true);
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 30_000 });
    const cached = await page.evaluate(async () => {
      const keys = await caches.keys();
      const cache = await caches.open(keys.find((k) => k.startsWith('threshold-'))!);
      return { keys, urls: (await cache.keys()).map((r) => new URL(r.url).pathname) };
    });
    expect(cached.keys.filter((k) => k.startsWith('threshold-'))).toHaveLength(1);
    // index, the entry chunk, Phaser's chunk, the analysis worker, CSS and the favicon.
    expect(cached.urls).toContain('/');
    expect(cached.urls).toContain('/index.html');
    expect(cached.urls.some((u) => /\/assets\/phaser[^/]*\.js$/.test(u))).toBe(true);
    expect(cached.urls.some((u) => /worker[^/]*\.js$/.test(u))).toBe(true);
    expect(cached.urls.some((u) => u.endsWith('.css'))).toBe(true);
    expect(cached.urls).toContain('/favicon.svg');
  });

  it('reloads with the network off and the analysis curve still computes', async () => {
    await context.setOffline(true);
    // The network really is off: a fresh URL that was never cached fails.
    const online = await page.evaluate(() =>
      fetch('./not-cached-' + Math.random()).then(
        () => true,
        () => false,
      ),
    );
    expect(online).toBe(false);
    await page.goto(baseUrl() + '#/choose');
    await page.waitForSelector('#main h2, #main h1', { timeout: 30_000 });
    expect(await page.textContent('#main')).toContain('Venezuela');
    await page.goto(baseUrl() + '#/analysis');
    await page.waitForFunction(
      () => {
        const s = window.__thresholdAnalysis?.state();
        return !!s && s.pending === 0 && !!s.refined.central && s.refined.centralRuns === s.refined.runs;
      },
      null,
      { timeout: 120_000 },
    );
    const state = await page.evaluate(() => window.__thresholdAnalysis!.state()!);
    expect(state.error ?? null).toBeNull();
    expect(state.refined.central!.length).toBeGreaterThan(5);
    expect(await page.locator('#an-sweep svg path').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('opens a share link (query and hash) offline from the cached page', async () => {
    await page.goto(baseUrl() + '?seed=7#/setup');
    await page.waitForSelector('#main h2, #main h1', { timeout: 30_000 });
    expect(await page.title()).toMatch(/Threshold/);
    await context.setOffline(false);
  });
});
