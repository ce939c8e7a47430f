// Privacy: every request the app makes, from the page, its Web Workers and its service worker, goes
// to the server it was loaded from. The walk visits every screen, plays a game to its end and lets
// the analysis screen compute; any request to another host fails the test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { baseUrl, sharedBrowser } from './browser';
import { skipWalkthrough, finishGame, analysisReady } from './game-helpers';

let browser: Browser;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  browser = await sharedBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  // Context-level: page, dedicated workers and (in Chromium) the service worker.
  context.on('request', (request) => requests.push(request.url()));
  page = await context.newPage();
  page.on('worker', (worker) => requests.push(worker.url()));
  await skipWalkthrough(page);
});

afterAll(async () => {
  await browser?.close();
});

function foreign(urls: readonly string[]): string[] {
  const origin = new URL(baseUrl()).origin;
  return urls.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
}

describe('the app only talks to the server it came from', () => {
  it('visits every screen, plays a game and computes the analysis without a foreign request', async () => {
    await page.goto(baseUrl() + '#/choose');
    await page.waitForSelector('#main h2');
    await page.goto(baseUrl() + '#/setup');
    await page.waitForSelector('#seed');
    await page.goto(baseUrl() + '#/play');
    await page.waitForFunction(() => !!window.__thresholdPlay, null, { timeout: 60_000 });
    await page.locator('#main').focus();
    const turns = await finishGame(page);
    expect(turns).toBeGreaterThan(0);
    await page.goto(baseUrl() + '#/debrief');
    await page.waitForSelector('#main h2');
    await page.goto(baseUrl() + '#/analysis');
    await analysisReady(page);
    // What the page itself saw, in case a request bypassed the context events.
    const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    const all = [...requests, ...resources];
    // The record is real: the build's chunks and the analysis worker were fetched and seen.
    expect(all.some((u) => /\/assets\/.*\.js$/.test(u))).toBe(true);
    expect(all.some((u) => /worker[^/]*\.js$/.test(u))).toBe(true);
    expect(foreign(all)).toEqual([]);
  });

  it('the Content-Security-Policy of the page refuses a request to another host', async () => {
    const before = requests.length;
    const refused = await page.evaluate(() =>
      fetch('http://example.invalid/beacon').then(
        () => false,
        () => true,
      ),
    );
    expect(refused).toBe(true);
    expect(foreign(requests.slice(before))).toEqual([]);
  });

  it('the recorder itself catches a request to another host (policy bypassed)', async () => {
    const other = await browser.newContext({ bypassCSP: true });
    const seen: string[] = [];
    other.on('request', (request) => seen.push(request.url()));
    const probe = await other.newPage();
    await probe.goto(baseUrl() + '#/choose');
    await probe.evaluate(() => fetch('http://example.invalid/beacon').catch(() => undefined));
    await probe.waitForTimeout(300);
    expect(foreign(seen)).toEqual(['http://example.invalid/beacon']);
    await other.close();
  });
});
