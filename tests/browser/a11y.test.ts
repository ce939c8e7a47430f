// Accessibility: axe-core (injected from node_modules, no network) on every screen: choose, set up,
// play, debrief and analysis, in English and in Spanish. Any "serious" or "critical" violation fails
// the test, listed with its rule and the elements it found.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { baseUrl, CHROMIUM_ARGS } from './browser';
import { playToEnd, skipWalkthrough } from './game-helpers';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Found { id: string; impact: string | null; help: string; nodes: string[] }

let browser: Browser;
let page: Page;

async function audit(): Promise<Found[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
  });
}

function serious(found: Found[]): string[] {
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.join(' ')}`);
}

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  // bypassCSP: the app's policy refuses inline scripts, and axe is injected as one (test only).
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  page = await context.newPage();
  await skipWalkthrough(page);
});

afterAll(async () => {
  await browser?.close();
});

describe('axe-core finds no serious or critical violation', () => {
  it('the check works: it reports a planted violation', async () => {
    await page.goto(baseUrl() + '#/choose');
    await page.waitForSelector('#main h2');
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.id = 'planted';
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.body.append(img);
    });
    expect(serious(await audit()).some((v) => v.includes('image-alt'))).toBe(true);
  });

  it('choose', async () => {
    await page.goto(baseUrl() + '#/choose');
    await page.reload();
    await page.waitForSelector('#main h2');
    expect(serious(await audit())).toEqual([]);
  });

  it('set up', async () => {
    await page.goto(baseUrl() + '#/setup');
    await page.waitForSelector('#seed');
    expect(serious(await audit())).toEqual([]);
  });

  it('play, then debrief after a finished game', async () => {
    await page.goto(baseUrl() + '#/play');
    await page.waitForFunction(() => !!window.__thresholdPlay, null, { timeout: 60_000 });
    expect(serious(await audit())).toEqual([]);
    await page.locator('#main').focus();
    await playToEnd(page);
    expect(serious(await audit())).toEqual([]);
    await page.goto(baseUrl() + '#/debrief');
    await page.waitForSelector('#main h2');
    expect(serious(await audit())).toEqual([]);
  });

  it('analysis, computed', async () => {
    await page.goto(baseUrl() + '#/analysis');
    await page.waitForFunction(() => {
      const s = window.__thresholdAnalysis?.state();
      return !!s && s.pending === 0 && !!s.refined.central;
    }, null, { timeout: 120_000 });
    expect(serious(await audit())).toEqual([]);
  });
});
