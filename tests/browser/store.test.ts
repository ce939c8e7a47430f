// The one app store in real Chromium: the defects of the six state owners, each as the user meets
// it. A seed such as "año 3" survives a share link and a reload; storage notices read in Spanish on
// the Spanish page at boot; a language switch re-words Choose, Set up, the header and the
// walkthrough in place (the same DOM nodes, focus kept), and Play too (tests/browser/relocalize.test.ts).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, openPage } from './browser';
import { openFresh, skipWalkthrough } from './game-helpers';

const SEED = 'año 3';

async function setSeed(page: Page, seed: string) {
  const field = page.locator('#seed');
  await field.fill(seed);
  await field.dispatchEvent('change');
}

/** Give `selector`'s element a mark that only the same DOM node keeps. */
async function mark(page: Page, selector: string, name: string) {
  await page.evaluate(
    ([sel, key]) => {
      const el = document.querySelector(sel);
      if (!el) throw new Error(`no ${sel}`);
      (el as unknown as Record<string, boolean>)[`__mark_${key}`] = true;
    },
    [selector, name] as const,
  );
}

async function stillMarked(page: Page, selector: string, name: string): Promise<boolean> {
  return page.evaluate(
    ([sel, key]) => {
      const el = document.querySelector(sel) as unknown as Record<string, boolean> | null;
      return Boolean(el && el[`__mark_${key}`]);
    },
    [selector, name] as const,
  );
}

/** Switch the language the way the menu does, without moving focus (as a keyboard user on another control would not). */
async function switchLanguageKeepingFocus(page: Page, locale: 'en' | 'es') {
  await page.evaluate((lang) => {
    const menu = document.getElementById('language') as HTMLSelectElement;
    menu.value = lang;
    menu.dispatchEvent(new Event('change', { bubbles: true }));
  }, locale);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, locale);
}

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('the one app store', () => {
  it('a share link carries the seed "año 3" losslessly (it used to become 42)', async () => {
    const a = await openFresh('#/setup');
    let url = '';
    try {
      await setSeed(a.page, SEED);
      await a.page.click('#share-button');
      url = await a.page.locator('#share-url').inputValue();
      expect(url).toContain('seed=a%C3%B1o+3');
      expect(a.errors).toEqual([]);
    } finally {
      await a.close();
    }
    const b = await openFresh(url.slice(url.indexOf('#')));
    try {
      await b.page.waitForSelector('#seed');
      await expect(b.page.locator('#seed').inputValue()).resolves.toBe(SEED);
      await expect(b.page.locator('#notice').textContent()).resolves.toBe('');
      expect(b.errors).toEqual([]);
    } finally {
      await b.close();
    }
  });

  it('a reload keeps a set-up whose seed is "año 3" (storage used to discard it)', async () => {
    const { page, errors, close } = await openFresh('#/setup');
    try {
      const troops = page.locator('.num-field[data-path="intervener.troops"]');
      await troops.fill('30000');
      await troops.dispatchEvent('change');
      await setSeed(page, SEED);
      await page.reload();
      await page.waitForSelector('#seed');
      await expect(page.locator('#seed').inputValue()).resolves.toBe(SEED);
      await expect(troops.inputValue()).resolves.toMatch(/^30,?000$/);
      await expect(page.locator('#notice').textContent()).resolves.toBe('');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('an invalid seed is refused with a message in Set up, and the seed in use stays', async () => {
    const { page, errors, close } = await openFresh('#/setup');
    try {
      await setSeed(page, 'kept');
      await setSeed(page, 'a\u202eb');
      await expect(page.locator('#seed').inputValue()).resolves.toBe('kept');
      await expect(page.locator('.seed-row + .input-error').textContent()).resolves.toMatch(/control or invisible characters/);
      await expect(page.locator('#seed').getAttribute('aria-invalid')).resolves.toBe('true');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('Analysis uses the same seed rule: an empty or invalid seed is refused with a message, never replaced by 42', async () => {
    const { page, errors, close } = await openFresh('#/analysis');
    try {
      const field = page.locator('#an-seed');
      await field.waitFor();
      await field.fill('kept 2');
      await field.dispatchEvent('change');
      await expect(field.inputValue()).resolves.toBe('kept 2');
      for (const bad of ['', '   ', 'a\u202eb']) {
        await field.fill(bad);
        await field.dispatchEvent('change');
        await expect(field.inputValue()).resolves.toBe('kept 2');
        await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
        await expect(page.locator('#an-seed-message').textContent()).resolves.not.toBe('');
      }
      // The seed in use is still the one the student chose, on every screen.
      await page.goto(`${baseUrl()}#/setup`);
      await expect(page.locator('#seed').inputValue()).resolves.toBe('kept 2');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('storage notices are in Spanish on the Spanish page at boot (they were worded before the language was set)', async () => {
    const opened = await openPage('');
    const { page, errors, close } = opened;
    try {
      await skipWalkthrough(page);
      await page.addInitScript(() => {
        if (sessionStorage.getItem('store-test-done')) return;
        sessionStorage.setItem('store-test-done', '1');
        // A version-1 document (the shape both the old and the new app read): Spanish chosen, one bad setting.
        localStorage.setItem('threshold', JSON.stringify({ version: 1, locale: 'es', theme: 'neon', teacher: { hideOutcomes: 'sometimes' } }));
      });
      await page.goto(baseUrl() + '#/choose');
      await page.reload();
      await page.waitForSelector('.scenario-card');
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('es');
      const notice = (await page.locator('#notice').textContent()) ?? '';
      expect(notice).toContain('Un ajuste guardado (theme) no era válido');
      expect(notice).toContain('El ajuste docente «hideOutcomes» debe estar activado o desactivado');
      expect(notice).not.toMatch(/saved setting|Teacher setting|was kept/);
      // And they follow a switch back to English.
      await page.selectOption('#language', 'en');
      await expect(page.locator('#notice').textContent()).resolves.toContain('A saved setting (theme) was not valid');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('a language switch re-words Set up, Choose and the header in place: the same nodes, focus kept', async () => {
    const { page, errors, close } = await openFresh('#/setup');
    try {
      await setSeed(page, SEED);
      for (const [selector, name] of [
        ['main h2', 'heading'],
        ['#seed', 'seed'],
        ['#language', 'menu'],
        ['#share-button', 'share'],
      ] as const)
        await mark(page, selector, name);
      // The menu itself: focus stays on it, and it is the same element.
      await page.locator('#language').focus();
      await page.selectOption('#language', 'es');
      await expect(page.locator('main h2').textContent()).resolves.toMatch(/^Preparar: /);
      await expect(page.locator('#share-button').textContent()).resolves.toBe('Compartir');
      await expect(page.locator('#nav a[data-screen="setup"]').textContent()).resolves.toBe('Preparar');
      expect(await activeId(page)).toBe('language');
      for (const [selector, name] of [
        ['main h2', 'heading'],
        ['#seed', 'seed'],
        ['#language', 'menu'],
        ['#share-button', 'share'],
      ] as const) {
        expect(await stillMarked(page, selector, name), `${selector} was rebuilt`).toBe(true);
      }
      await expect(page.evaluate(() => window.__thresholdApp?.relocalized())).resolves.toBe('in-place');
      // A control inside the screen keeps focus too, with what it holds, and number fields take the new format.
      await page.locator('#seed').focus();
      await switchLanguageKeepingFocus(page, 'en');
      expect(await activeId(page)).toBe('seed');
      expect(await stillMarked(page, '#seed', 'seed')).toBe(true);
      await expect(page.locator('#seed').inputValue()).resolves.toBe(SEED);
      await expect(page.locator('main h2').textContent()).resolves.toMatch(/^Set up: /);
      await expect(page.locator('.num-field[data-path="intervener.troops"]').inputValue()).resolves.toBe('10,000');
      await switchLanguageKeepingFocus(page, 'es');
      await expect(page.locator('.num-field[data-path="intervener.troops"]').inputValue()).resolves.toBe('10.000');

      // Choose: a focused card button survives the switch.
      await page.evaluate(() => (location.hash = '#/choose'));
      await page.waitForSelector('.scenario-card');
      const button = '[data-scenario="panama-1989"] .card-actions button.primary';
      await mark(page, button, 'play');
      await page.locator(button).focus();
      await switchLanguageKeepingFocus(page, 'en');
      await expect(page.locator('main h2').textContent()).resolves.toBe('Choose a scenario');
      await expect(page.locator(button).textContent()).resolves.toBe('Play');
      expect(await stillMarked(page, button, 'play')).toBe(true);
      expect(await page.evaluate((sel) => document.activeElement === document.querySelector(sel), button)).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('Play re-words in place on a switch (focus kept); the open walkthrough re-words in place', async () => {
    const { page, errors, close } = await openFresh('#/play');
    try {
      await page.waitForSelector('#end-day');
      await page.locator('#end-day').focus();
      await switchLanguageKeepingFocus(page, 'es');
      await expect(page.locator('#end-day').textContent()).resolves.toMatch(/^Fin del día/);
      expect(await activeId(page)).toBe('end-day');
      await expect(page.evaluate(() => window.__thresholdApp?.relocalized())).resolves.toBe('in-place');

      // The walkthrough (the page behind it is inert; the switch comes from the store).
      await page.click('#help');
      await page.waitForSelector('.walkthrough');
      await mark(page, '.walkthrough', 'dialog');
      await expect(page.locator('#wt-title').textContent()).resolves.toBe('¿Cuántas tropas hacen falta para una invasión?');
      expect(await activeId(page)).toBe('wt-next');
      await switchLanguageKeepingFocus(page, 'en');
      await expect(page.locator('#wt-title').textContent()).resolves.toBe('How many troops does an invasion take?');
      expect(await stillMarked(page, '.walkthrough', 'dialog')).toBe(true);
      expect(await activeId(page)).toBe('wt-next');
      await page.click('#wt-skip');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("the walkthrough's old key still means seen, and is folded into the stored document", async () => {
    const { page, errors, close } = await openFresh('#/choose');
    try {
      await page.waitForSelector('.scenario-card');
      await expect(page.locator('.walkthrough').count()).resolves.toBe(0);
      const stored = await page.evaluate(() => [localStorage.getItem('threshold'), localStorage.getItem('threshold.walkthrough.seen')]);
      expect(JSON.parse(stored[0] ?? '{}')).toMatchObject({ version: 2, preferences: { walkthroughSeen: true } });
      expect(stored[1]).toBeNull();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
