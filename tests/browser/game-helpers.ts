// Helpers for the game's browser tests: keyboard navigation, playing a game to its end through the
// shortcuts, and a non-blank check of screenshots done by decoding the PNG in the page itself.
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { parseScenario } from '../../src/engine/scenario';
import type { Scenario } from '../../src/model/types';
import { baseUrl, openPage, type OpenedPage } from './browser';

export function shippedScenario(id: string): Scenario {
  const result = parseScenario(JSON.parse(readFileSync(`scenarios/${id}.json`, 'utf8')));
  if (!result.ok) throw new Error(`scenario ${id} does not parse: ${JSON.stringify(result.errors)}`);
  return result.scenario;
}

/**
 * Mark the walkthrough as seen before the app loads (tests that are not about it). The walkthrough's
 * old key of its own is still honoured: storage migrates it into the app store's preferences on load
 * (src/app/storage.ts), as it does for a returning user.
 */
export async function skipWalkthrough(page: Page): Promise<void> {
  await page.addInitScript(() => {
    try {
      localStorage.setItem('threshold.walkthrough.seen', '1');
    } catch {
      /* storage unavailable: the test then sees the walkthrough and fails loudly */
    }
  });
}

/**
 * Open `scenarioId` from Choose (walkthrough closed, storage fresh) and wait until Play's board is
 * ready; with `spots`, until the board has drawn that many regions too.
 */
export async function playFromChoose(page: Page, scenarioId: string, options: { spots?: number } = {}): Promise<void> {
  await skipWalkthrough(page);
  await page.goto(`${baseUrl()}#/choose`);
  await page.reload();
  await page.click(`[data-scenario="${scenarioId}"] button:has-text("Play")`);
  await page.waitForSelector('#end-day');
  const spots = options.spots ?? 0;
  await page.waitForFunction((n) => window.__thresholdPlay?.boardReady() === true && (window.__thresholdBoard?.spots().length ?? 0) >= n, spots, { timeout: 30_000 });
}

/** Press Tab until the focused element satisfies `test` (given its text, id and closest card). */
export async function tabTo(page: Page, description: string, test: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const ok = await page.evaluate((code) => {
      const el = document.activeElement as HTMLElement | null;
      // eslint-disable-next-line no-new-func
      return Boolean(el && new Function('el', `return (${code});`)(el));
    }, test);
    if (ok) return;
  }
  throw new Error(`could not reach ${description} with Tab`);
}

export async function phase(page: Page): Promise<string> {
  return page.evaluate(() => window.__thresholdPlay?.phase() ?? 'none');
}

/**
 * Play the current game to its end with keyboard shortcuts only: P (apply the automatic plan)
 * then D (end day) in the entry phase, P then M (end month) in the control phase.
 */
export async function playToEnd(page: Page, maxTurns = 200): Promise<number> {
  for (let turn = 0; turn < maxTurns; turn += 1) {
    const now = await phase(page);
    if (now === 'ended') return turn;
    await page.keyboard.press('p');
    await page.keyboard.press(now === 'entry' ? 'd' : 'm');
  }
  throw new Error(`game not over after ${maxTurns} turns (phase ${await phase(page)})`);
}

/**
 * Play the current game to its end in one round trip, for tests that are not about the keys: inside
 * the page, the same shortcuts as playToEnd (P then D in entry, P then M in control) are dispatched
 * to the document, one turn per task so every render happens. Returns the number of turns played.
 */
export async function finishGame(page: Page, maxTurns = 200): Promise<number> {
  const turns = await page.evaluate(async (limit) => {
    const key = (k: string) => document.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
    (document.activeElement as HTMLElement | null)?.blur?.();
    for (let turn = 0; turn < limit; turn += 1) {
      const now = window.__thresholdPlay?.phase() ?? 'none';
      if (now === 'ended') return turn;
      if (now === 'none') return -1;
      key('p');
      key(now === 'entry' ? 'd' : 'm');
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return -2;
  }, maxTurns);
  if (turns === -1) throw new Error('finishGame: no game on this page');
  if (turns === -2) throw new Error(`game not over after ${maxTurns} turns (phase ${await phase(page)})`);
  return turns;
}

/** Distinct colours in a grid sample of a PNG, decoded by the browser (no PNG library needed). */
export async function colourVariety(page: Page, png: Buffer): Promise<{ width: number; height: number; colours: number; dominantShare: number }> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    const counts = new Map<number, number>();
    let samples = 0;
    for (let y = 0; y < canvas.height; y += 4) {
      for (let x = 0; x < canvas.width; x += 4) {
        const i = (y * canvas.width + x) * 4;
        const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
        counts.set(key, (counts.get(key) ?? 0) + 1);
        samples += 1;
      }
    }
    const dominant = Math.max(...counts.values());
    return { width: canvas.width, height: canvas.height, colours: counts.size, dominantShare: dominant / samples };
  }, png.toString('base64'));
}

/** A page at `path` with the walkthrough already marked seen (a hash-only goto stays in the same
 * document, so the page is reloaded for the app to start there). */
export async function openFresh(path: string): Promise<OpenedPage> {
  const opened = await openPage('');
  await skipWalkthrough(opened.page);
  await opened.page.goto(baseUrl() + path);
  await opened.page.reload();
  return opened;
}

/** Wait until the analysis screen has drawn its refined curve and has no job pending. */
export async function analysisReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const s = window.__thresholdAnalysis?.state();
      return !!s && s.pending === 0 && !!s.refined.central;
    },
    null,
    { timeout: 120_000 },
  );
}

/** Wait until the Analysis screen's workers have delivered a refined curve (other parts may still run). */
export async function curveReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const s = window.__thresholdAnalysis?.state();
      return !!s && !!s.refined.central;
    },
    null,
    { timeout: 60_000 },
  );
}

/** Wait until the debrief has its distribution and every claim card (they are computed in the workers). */
export async function debriefReady(page: Page): Promise<void> {
  await page.waitForSelector('#distribution[aria-busy=false]', { timeout: 120_000 });
  await page.waitForSelector('#claims[data-done=true]', { timeout: 120_000 });
  // The "why" panel's inverse answer and tornado (src/ui/debrief/why-panel.ts) come from the workers too.
  await page.waitForSelector('#why-inverse[aria-busy=false]', { timeout: 120_000 });
  await page.waitForSelector('#why-inputs[aria-busy=false]', { timeout: 120_000 });
}
