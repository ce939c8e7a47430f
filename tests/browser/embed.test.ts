// Embedding (issue 14): the built app in an iframe on another origin's page, sandboxed without
// allow-same-origin, so the frame's origin is opaque and its storage is blocked (reading localStorage
// throws), as in a course page that sandboxes what it embeds or a browser that blocks third-party
// storage. The app still loads and plays to the board; `?walkthrough=0` keeps the walkthrough closed;
// without it the walkthrough opens once, and once dismissed it does not reopen when the frame reloads.
// Then docs/hosting.md's snippet (allow-same-origin) in a browser that blocks third-party storage
// (simulated: reading localStorage in the frame throws, as Chromium's third-party block does): the
// app loads, plays to the board and draws the Analysis curve.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { newContext, recordErrors } from './browser';
import { serveStatic, type StaticServer } from './static-server';

let app: StaticServer;
let parent: StaticServer;
let context: BrowserContext;

/** docs/hosting.md's sandbox tokens, without allow-same-origin (so the frame's origin is opaque). */
const SANDBOX = 'allow-scripts allow-downloads allow-popups allow-popups-to-escape-sandbox allow-forms allow-modals';
const parentPage = (src: string, sandbox = SANDBOX) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A course page</title></head><body><h1>Week 3</h1>` +
  `<iframe id="threshold" title="Threshold" src="${src}" width="1200" height="680" sandbox="${sandbox}" allow="clipboard-write"></iframe></body></html>`;

beforeAll(async () => {
  // The app as a static host serves it (with Access-Control-Allow-Origin: *, as GitHub Pages sends:
  // an opaque-origin frame loads module scripts in CORS mode); the parent page on another port.
  app = await serveStatic(inject('distDir'), { cors: true });
  parent = await serveStatic(inject('distDir'));
  parent.pages.set('/quiet.html', parentPage(`${app.url}?walkthrough=0#/choose`));
  parent.pages.set('/plain.html', parentPage(`${app.url}#/choose`));
  parent.pages.set('/snippet.html', parentPage(`${app.url}?walkthrough=0#/choose`, `${SANDBOX} allow-same-origin`));
  context = await newContext({ viewport: { width: 1280, height: 800 } });
});

afterAll(async () => {
  await context?.close();
  await app?.close();
  await parent?.close();
});

/** The app's frame once the app has drawn its first screen. */
async function appFrame(page: Page): Promise<Frame> {
  await page.waitForSelector('#threshold');
  const frame = (await (await page.$('#threshold'))!.contentFrame())!;
  await frame.waitForSelector('#main h1, #main h2', { timeout: 60_000 });
  await frame.waitForFunction(() => document.querySelectorAll('#main [data-scenario]').length > 0 || !!document.querySelector('#board'), null, { timeout: 60_000 });
  return frame;
}

/** Open Play in the frame: the board draws (its chunk loads in the frame) and a day is played. */
async function playToBoard(frame: Frame) {
  await frame.evaluate(() => {
    location.hash = '#/play';
  });
  await frame.waitForFunction(() => document.querySelector('#board')?.getAttribute('data-ready') === 'true' || /could not/.test(document.querySelector('#board')?.textContent ?? ''), null, { timeout: 60_000 });
  expect(await frame.locator('#board').textContent()).not.toMatch(/could not be drawn/);
  expect(await frame.locator('#board canvas').count()).toBe(1);
  await frame.evaluate(() => {
    for (const key of ['p', 'd']) document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
  await frame.waitForSelector('.d10 .face.rolled');
}

const walkthroughOpen = (frame: Frame) => frame.locator('.walkthrough[role=dialog]').count();

describe('embedded in another origin, storage blocked', () => {
  it('loads with ?walkthrough=0 and no walkthrough, and plays to the board', async () => {
    const page = await context.newPage();
    const errors = recordErrors(page);
    await page.goto(parent.url + 'quiet.html');
    const frame = await appFrame(page);
    // The frame really is cross-origin with its storage blocked.
    expect(frame.url().startsWith(app.url)).toBe(true);
    expect(new URL(app.url).origin).not.toBe(new URL(parent.url).origin);
    expect(
      await frame.evaluate(() => {
        try {
          localStorage.getItem('x');
          return 'storage';
        } catch {
          return 'blocked';
        }
      }),
    ).toBe('blocked');
    expect(await walkthroughOpen(frame)).toBe(0);

    // Play: the board draws (its chunk loads in the frame) and a day is played.
    await playToBoard(frame);
    expect(await walkthroughOpen(frame)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the walkthrough once without the parameter, and not again when the frame reloads', async () => {
    const page = await context.newPage();
    const errors = recordErrors(page);
    await page.goto(parent.url + 'plain.html');
    let frame = await appFrame(page);
    await frame.waitForSelector('.walkthrough[role=dialog]');
    await frame.click('#wt-skip');
    expect(await walkthroughOpen(frame)).toBe(0);
    // The frame reloads itself (a student presses reload inside it, or the app's own navigation).
    await frame.evaluate(() => {
      (window as Window & { beforeReload?: boolean }).beforeReload = true;
      setTimeout(() => location.reload(), 0);
    });
    await frame.waitForFunction(() => !(window as Window & { beforeReload?: boolean }).beforeReload && document.readyState === 'complete', null, { timeout: 60_000 });
    frame = await appFrame(page);
    expect(await walkthroughOpen(frame)).toBe(0);
    // Help still opens it.
    await frame.click('#help');
    await frame.waitForSelector('.walkthrough[role=dialog]');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('with the documented snippet and third-party storage blocked, plays and analyses', async () => {
    const blocked = await newContext({ viewport: { width: 1280, height: 800 } });
    await blocked.addInitScript((origin) => {
      if (location.origin === origin && window !== window.top)
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('Access is denied for this document.', 'SecurityError');
          },
        });
    }, new URL(app.url).origin);
    const page = await blocked.newPage();
    const errors = recordErrors(page);
    try {
      await page.goto(parent.url + 'snippet.html');
      const frame = await appFrame(page);
      expect(await frame.evaluate(() => window.origin)).toBe(new URL(app.url).origin);
      expect(
        await frame.evaluate(() => {
          try {
            return typeof localStorage;
          } catch {
            return 'blocked';
          }
        }),
      ).toBe('blocked');
      expect(await walkthroughOpen(frame)).toBe(0);
      await playToBoard(frame);
      await frame.evaluate(() => {
        location.hash = '#/analysis';
      });
      await frame.waitForFunction(() => document.querySelectorAll('#an-sweep svg path').length > 0, null, { timeout: 120_000 });
      const state = await frame.evaluate(() => window.__thresholdAnalysis?.state() ?? null);
      expect(state?.error ?? null).toBeNull();
      expect(errors).toEqual([]);
    } finally {
      await blocked.close();
    }
  });
});
