// The single file (`npm run build:single`, scripts/build-single.ts): one HTML file opened from disk
// (file://) with no server runs the whole game. The file is built once for this test file (a test
// build, with the probes the helpers read). From file:// it shows the scenarios, plays a game on the
// Phaser board to its debrief and draws the Analysis sweep in its Web Workers (started from blob:
// URLs), under a strict policy with hashes: no console error, no policy violation, no request other
// than file:, blob: and data:, no service worker. Storage that refuses every call is survived.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSingle } from '../../scripts/build-single';
import { directives } from '../../src/app/content-policy';
import { STORAGE_KEY } from '../../src/app/storage';
import { sharedBrowser } from './browser';
import { curveReady, finishGame, phase, skipWalkthrough } from './game-helpers';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

const OUT = resolve(`test-output/single-${process.pid}`);
let file = '';
let url = '';

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  file = await buildSingle({ outDir: OUT, mode: 'test', logLevel: 'silent' });
  url = pathToFileURL(file).href;
}, 180_000);

afterAll(() => {
  rmSync(OUT, { recursive: true, force: true });
});

/** A fresh context on the file, recording errors (page and workers), violations and requests. */
async function openFile(context: BrowserContext, hash: string, before?: (page: Page) => Promise<void>) {
  const errors: string[] = [];
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  page.on('worker', (w) => w.on('console', (m) => m.type() === 'error' && errors.push(`worker: ${m.text()}`)));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations!.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`);
    });
  });
  await before?.(page);
  await page.goto(url + hash);
  return { page, errors, requests };
}

/** Requests other than the file itself, blob: and data: URLs. */
function network(requests: readonly string[]): string[] {
  return requests.filter((u) => !u.startsWith('file:') && !u.startsWith('blob:') && !u.startsWith('data:'));
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__cspViolations ?? []);
}

describe('the single HTML file', () => {
  it('carries everything inline, allowed by hashes, with nothing to load beside it', () => {
    const html = readFileSync(file, 'utf8');
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const d = directives(policy);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(d['default-src']).toBe("'none'");
    expect(d['connect-src']).toBe("'none'");
    expect(d['worker-src']).toBe('blob:');
    // One inline module script and one inline style, each allowed by its own hash and nothing else.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)];
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    expect(scripts[0][1]).not.toMatch(/\bsrc=/);
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    expect(d['script-src']).toBe(hash(scripts[0][2]));
    expect(d['style-src']).toBe(hash(styles[0][1]));
    // No reference to a file beside it, and the worker is inside (no separate worker script).
    expect(html).not.toMatch(/\s(?:src|href)="\.?\.?\/(?!\/)/);
    expect(html).not.toMatch(/assets\/[^"'`\s]*\.(?:js|css)\b/);
    // Both languages, the scenarios and the teacher guide are in it.
    expect(html).toContain('Guía docente');
    expect(html).toContain('venezuela-planners');
  });

  it('from file:// plays a game to its debrief and draws the Analysis sweep, with no request and no violation', async () => {
    const context = await (await sharedBrowser()).newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const { page, errors, requests } = await openFile(context, '#/choose', skipWalkthrough);
      await page.waitForSelector('.scenario-card', { timeout: 60_000 });
      expect(page.url().startsWith('file://')).toBe(true);
      expect(await page.locator('.scenario-card').count()).toBeGreaterThanOrEqual(7);
      // No service worker from a file: registration is skipped, nothing errors.
      expect(await page.evaluate(() => (window as Window & { __thresholdOffline?: Promise<boolean> }).__thresholdOffline)).toBe(false);

      await page.click('[data-scenario="venezuela-planners"] button:has-text("Play")');
      await page.waitForSelector('#board canvas', { timeout: 60_000 });
      await page.waitForFunction(() => window.__thresholdPlay?.boardReady() === true, null, { timeout: 60_000 });
      expect(await finishGame(page)).toBeGreaterThan(0);
      expect(await phase(page)).toBe('ended');

      await page.click('#nav a[data-screen="debrief"]');
      // The debrief's batch ran in the workers (its claim cards, computed after it, are not awaited).
      await page.waitForSelector('#distribution[aria-busy=false]', { timeout: 120_000 });
      await page.click('#nav a[data-screen="analysis"]');
      await curveReady(page);
      expect(await page.locator('#an-sweep svg path').count()).toBeGreaterThan(0);
      const state = await page.evaluate(() => window.__thresholdAnalysis!.state()!);
      expect(state.error ?? null).toBeNull();
      expect(state.refined.central!.length).toBeGreaterThan(5);
      // The workers ran from blob: URLs made by the page.
      const workers = page.workers().map((w) => w.url());
      expect(workers.length).toBeGreaterThan(0);
      expect(workers.every((u) => u.startsWith('blob:'))).toBe(true);

      // Both languages and the teacher guide (lazy in the normal build, inside the file here).
      await page.click('#nav a[data-screen="about"]');
      await page.waitForSelector('#about-guide-text[aria-busy=false]', { timeout: 60_000 });
      expect(await page.textContent('#about-guide-text')).toContain('45-minute lesson');
      await page.selectOption('#language', 'es');
      await page.waitForFunction(() => document.documentElement.lang === 'es');
      await page.waitForFunction(() => (document.querySelector('#about-guide-text[aria-busy=false]')?.textContent ?? '').includes('una clase de 45 minutos'), null, { timeout: 60_000 });

      // Storage works from disk: the app saved its state, and it is there after a reload.
      await page.reload();
      await page.waitForSelector('#main h2', { timeout: 60_000 });
      expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeTruthy();
      // The page boots, then words itself in the stored language: wait for it (a loaded machine once
      // read the language between the two).
      await page.waitForFunction(() => document.documentElement.lang === 'es', null, { timeout: 60_000 });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');

      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
      expect(requests.some((u) => u.startsWith('file:'))).toBe(true);
      expect(network(requests)).toEqual([]);
      const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
      expect(network(resources)).toEqual([]);

      // Positive control: the hashes allow only the file's own script; an injected one is refused.
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__injectedRan = true';
        document.body.append(s);
      });
      await page.waitForFunction(() => (window.__cspViolations ?? []).length > 0);
      expect(await page.evaluate(() => (window as Window & { __injectedRan?: boolean }).__injectedRan ?? false)).toBe(false);
      expect((await violations(page))[0]).toMatch(/script-src/);
    } finally {
      await context.close();
    }
  }, 240_000);

  it('starts and shows the scenarios when storage refuses every call', async () => {
    const context = await (await sharedBrowser()).newContext({ viewport: { width: 1280, height: 720 } });
    try {
      await context.addInitScript(() => {
        const refuse = () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        };
        Storage.prototype.getItem = refuse;
        Storage.prototype.setItem = refuse;
        Storage.prototype.removeItem = refuse;
      });
      const { page, errors, requests } = await openFile(context, '#/choose');
      await page.waitForSelector('.scenario-card', { timeout: 60_000 });
      if (await page.locator('#wt-skip').count()) await page.click('#wt-skip');
      await page.click('#nav a[data-screen="setup"]');
      await page.waitForSelector('main h2');
      expect(errors).toEqual([]);
      expect(await violations(page)).toEqual([]);
      expect(network(requests)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
