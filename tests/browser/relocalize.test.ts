// A language switch re-words Play and Debrief in place, in real Chromium: the same DOM nodes stay
// (a mark set on them survives), the focused control keeps focus, the side column keeps its scroll,
// every text (log, refusal, counters, rows, the words on the canvas; outcome, timeline, distribution,
// claim cards) reads in the new language, the router reports 'in-place', and the Debrief asks the
// workers nothing new (it re-words the results it holds).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { debriefReady, finishGame, openFresh } from './game-helpers';

/** Give each selector's element a mark only the same DOM node keeps. */
async function mark(page: Page, selectors: readonly string[]): Promise<void> {
  await page.evaluate((sels) => {
    for (const sel of sels) {
      const el = document.querySelector(sel);
      if (!el) throw new Error(`no ${sel}`);
      (el as unknown as Record<string, string>).__relocalizeMark = sel;
    }
  }, selectors);
}

/** The selectors whose element is no longer the marked node (rebuilt or gone). */
async function rebuilt(page: Page, selectors: readonly string[]): Promise<string[]> {
  return page.evaluate(
    (sels) =>
      sels.filter((sel) => {
        const el = document.querySelector(sel) as unknown as (Record<string, string> & Node) | null;
        return !el?.isConnected || el.__relocalizeMark !== sel;
      }),
    selectors,
  );
}

/** Switch the language with the header's menu, the way its change event does, leaving focus where it is. */
async function switchLanguage(page: Page, locale: 'en' | 'es'): Promise<void> {
  await page.evaluate((lang) => {
    const menu = document.getElementById('language') as HTMLSelectElement;
    menu.value = lang;
    menu.dispatchEvent(new Event('change', { bubbles: true }));
  }, locale);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, locale);
}

/** True when the focused element is the node marked for `selector`. */
function focusIsMarked(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.activeElement as unknown as Record<string, string> | null;
    return el !== null && el === (document.querySelector(sel) as unknown) && el.__relocalizeMark === sel;
  }, selector);
}

const relocalized = (page: Page) => page.evaluate(() => window.__thresholdApp?.relocalized());
const text = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.textContent ?? '');

describe('a language switch re-words in place', () => {
  it('Play, mid-game with a region control focused and a refusal shown', async () => {
    const { page, errors, close } = await openFresh('#/play');
    try {
      await page.waitForSelector('#end-day');
      await page.waitForFunction(() => window.__thresholdPlay?.boardReady() === true, undefined, { timeout: 20_000 });
      // Two days with the plan's placements, then a refused "end month" (months come after entry).
      for (let i = 0; i < 2; i += 1) {
        await page.keyboard.press('p');
        await page.keyboard.press('d');
      }
      await page.keyboard.press('m');
      await expect(text(page, '.message')).resolves.toBe('Months start after the entry phase: end the day instead.');
      expect(await page.evaluate(() => window.__thresholdPlay!.phase())).toBe('entry');
      const region = await page.locator('.region').first().getAttribute('data-region');
      const focused = `#name-${region}`;
      const kept = ['.side', '.counters', '#log', `.region[data-region="${region}"]`, focused, '#end-day', '#board', '.message', '#board-description'];
      await mark(page, kept);
      await page.locator(focused).focus();
      // Scroll the side column a little, so its scroll position can be checked.
      const sideScroll = await page.evaluate(() => {
        const side = document.querySelector('.side') as HTMLElement;
        side.scrollTop = 40;
        return side.scrollTop;
      });
      const logBefore = await text(page, '#log');
      const rowBefore = await text(page, `.region[data-region="${region}"]`);

      await switchLanguage(page, 'es');
      expect(await relocalized(page)).toBe('in-place');
      expect(await rebuilt(page, kept)).toEqual([]);
      expect(await focusIsMarked(page, focused)).toBe(true);
      expect(await page.evaluate(() => (document.querySelector('.side') as HTMLElement).scrollTop)).toBe(sideScroll);
      await expect(text(page, '#end-day')).resolves.toMatch(/^Fin del día/);
      await expect(text(page, '.message')).resolves.toBe('Los meses empiezan después de la fase de entrada: termina el día.');
      await expect(text(page, '#reserve')).resolves.toMatch(/^Reserva/);
      await expect(text(page, '#log-h')).resolves.toBe('Registro');
      const logAfter = await text(page, '#log');
      expect(logAfter).not.toBe(logBefore);
      expect(logAfter).toContain('Día 2.');
      expect(logAfter).not.toContain('Day 2.');
      expect(await text(page, `.region[data-region="${region}"]`)).not.toBe(rowBefore);
      expect(await page.locator('#log').getAttribute('aria-label')).toBe('Registro de sucesos');
      const canvas = await page.evaluate(() => window.__thresholdPlay!.boardTexts().join(' | '));
      expect(canvas).toContain('Entrada, día 2');
      expect(await page.evaluate(() => window.__thresholdPlay!.phase())).toBe('entry');

      // And back: the same nodes again, English again (log included).
      await switchLanguage(page, 'en');
      expect(await rebuilt(page, kept)).toEqual([]);
      expect(await focusIsMarked(page, focused)).toBe(true);
      await expect(text(page, '.message')).resolves.toBe('Months start after the entry phase: end the day instead.');
      expect(await text(page, '#log')).toBe(logBefore);
      expect(await text(page, `.region[data-region="${region}"]`)).toBe(rowBefore);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('Debrief, after a game, without a new query to the workers', async () => {
    const { page, errors, close } = await openFresh('#/play');
    try {
      await page.waitForSelector('#end-day');
      await finishGame(page);
      await page.evaluate(() => (location.hash = '#/debrief'));
      await debriefReady(page);
      const queries = await page.evaluate(() => window.__thresholdQueries?.debrief ?? 0);
      expect(queries).toBeGreaterThan(0);
      // Count every message to any worker from now on (a new query would post one).
      await page.evaluate(() => {
        const w = window as unknown as { __posted: number };
        w.__posted = 0;
        const post = Worker.prototype.postMessage;
        Worker.prototype.postMessage = function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
          w.__posted += 1;
          return post.apply(this, args);
        } as Worker['postMessage'];
      });
      const focused = '#timeline-csv';
      const kept = ['main h2', '#player-outcome', '#timeline-table', '#distribution', '#distribution .distribution', '#success-figure', '#claims', '#claims .claim-card', '#claims-status', focused, '#export-csv'];
      await mark(page, kept);
      await page.locator(focused).focus();
      // What the student sees must not jump: the focused control stays where it is on screen. (Spanish
      // text above it may be longer; the browser's scroll anchoring then moves scrollY to keep it put.)
      const focusTop = (sel: string) => page.evaluate((s) => document.querySelector(s)!.getBoundingClientRect().top, sel);
      const before = await focusTop(focused);
      const success = await text(page, '#success-figure');

      await switchLanguage(page, 'es');
      expect(await relocalized(page)).toBe('in-place');
      expect(await rebuilt(page, kept)).toEqual([]);
      expect(await focusIsMarked(page, focused)).toBe(true);
      expect(Math.abs((await focusTop(focused)) - before), 'the focused control moved on screen').toBeLessThanOrEqual(4);
      await expect(text(page, 'main h2')).resolves.toMatch(/^Balance: /);
      await expect(text(page, '#timeline-h')).resolves.toBe('Cronología de tu partida');
      await expect(text(page, focused)).resolves.toBe('Exportar la cronología como CSV');
      await expect(text(page, '#export-csv')).resolves.toBe('Exportar CSV');
      await expect(text(page, '#success-rate')).resolves.toMatch(/^El plan automático logra el objetivo en el /);
      // The same figure in Spanish format (a decimal comma and a space before %).
      expect(await text(page, '#success-figure')).toBe(success.replace('.', ',').replace('%', '\u00a0%'));
      await expect(text(page, '#outcome-h')).resolves.toBe('Tu partida');
      const claims = await text(page, '#claims');
      if (claims) {
        // (The quotes and claims are scenario data, in English: only the app's own words are checked.)
        expect(claims).not.toMatch(/Claim tested:|Moves it most:|No input moves|The model (agrees|disagrees)| runs \(95%/);
        expect(claims).toContain('Afirmación puesta a prueba:');
        expect(await text(page, '#claims-status')).not.toMatch(/Each check ran/);
      }
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => window.__thresholdQueries?.debrief ?? 0)).toBe(queries);
      expect(await page.evaluate(() => (window as unknown as { __posted: number }).__posted)).toBe(0);

      await switchLanguage(page, 'en');
      expect(await rebuilt(page, kept)).toEqual([]);
      expect(await focusIsMarked(page, focused)).toBe(true);
      await expect(text(page, '#timeline-h')).resolves.toBe('Timeline of your game');
      await expect(text(page, '#success-figure')).resolves.toBe(success);
      expect(await page.evaluate(() => window.__thresholdQueries?.debrief ?? 0)).toBe(queries);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
