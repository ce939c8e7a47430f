// Forgiving, watchable play in real Chromium: End day with nothing placed asks first (Cancel is the
// default) and Undo reverses it; Restart gives day 1 of the same game again; a failed entry offers
// "Play to the end" and reaches the debrief in one click; auto-play of the automatic plan runs to the
// end with Pause and Step, and ends exactly where the engine's automatic plan ends for that seed.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runOne } from '../../src/engine/campaign';
import { baseUrl, openPage } from './browser';
import { phase, playFromChoose, shippedScenario } from './game-helpers';

const BUILDUP = 'venezuela-2025-buildup';
/** The app's default seed (src/app/state-schema.ts DEFAULT_SEED). */
const SEED = '42';

async function startBuildup(page: Page): Promise<void> {
  await playFromChoose(page, BUILDUP);
  await page.locator('#main').focus();
}

const month = (page: Page) => page.evaluate(() => window.__thresholdPlay?.month() ?? -1);

describe('forgiving, watchable play', () => {
  it('End day with nothing placed asks first, Cancel keeps the entry phase, and Undo reverses a confirmed end', async () => {
    const { page, errors, close } = await openPage('');
    try {
      await startBuildup(page);
      await page.click('#end-day');
      await page.waitForSelector('dialog.end-day-confirm[open]');
      await expect(page.locator('dialog.end-day-confirm').getAttribute('role')).resolves.toBe('alertdialog');
      await expect(page.locator('dialog.end-day-confirm').textContent()).resolves.toContain('Nothing is placed. End the entry phase without attacking?');
      // Cancel is the default: it has focus, and Enter keeps the entry phase.
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('end-day-confirm-cancel');
      await page.keyboard.press('Enter');
      // The dialog closes on the key's handler; a loaded machine may take a moment: poll for it.
      await expect.poll(() => page.locator('dialog.end-day-confirm').count(), { timeout: 10_000 }).toBe(0);
      expect(await phase(page)).toBe('entry');
      // The D key asks too; confirming ends the entry phase.
      await page.keyboard.press('d');
      await page.waitForSelector('dialog.end-day-confirm[open]');
      await page.click('#end-day-confirm-ok');
      await page.waitForFunction(() => window.__thresholdPlay?.phase() === 'control');
      // Undo brings the entry phase back, nothing placed, the whole force in reserve.
      await page.click('#undo');
      await page.waitForFunction(() => window.__thresholdPlay?.phase() === 'entry');
      await expect(page.locator('#reserve').textContent()).resolves.toContain('10,000');
      // With troops placed, End day does not ask.
      await page.keyboard.press('p');
      await page.keyboard.press('d');
      // The dialog closes on the key's handler; a loaded machine may take a moment: poll for it.
      await expect.poll(() => page.locator('dialog.end-day-confirm').count(), { timeout: 10_000 }).toBe(0);
      await page.waitForSelector('.d10 .face.rolled');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('Restart (R, with a confirm) returns to day 1 of the same set-up and seed; Choose offers Continue or New game', async () => {
    const { page, errors, close } = await openPage('');
    try {
      await startBuildup(page);
      await page.keyboard.press('p');
      await page.keyboard.press('d');
      await page.waitForSelector('.d10 .face.rolled');
      const firstDay = await page.locator('#log').textContent();
      await page.keyboard.press('r');
      await page.waitForSelector('dialog.restart-confirm[open]');
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('restart-confirm-cancel');
      await page.click('#restart-confirm-ok');
      await expect(page.locator('#reserve').textContent()).resolves.toContain('10,000');
      expect(await phase(page)).toBe('entry');
      await expect(page.locator('.message').textContent()).resolves.toContain('from day 1');
      // The same dice: day 1 played the same way reads the same in the log.
      await page.locator('#main').focus();
      await page.keyboard.press('p');
      await page.keyboard.press('d');
      await page.waitForSelector('.d10 .face.rolled');
      await expect(page.locator('#log').textContent()).resolves.toBe(firstDay);

      // Back on Choose, the card of this game offers Continue (the game as it is) or a New game.
      await page.goto(`${baseUrl()}#/choose`);
      const card = page.locator(`[data-scenario="${BUILDUP}"]`);
      await expect(card.locator('button.primary').textContent()).resolves.toBe('Continue');
      await card.locator('button.new-game').click();
      await page.waitForSelector('#end-day');
      expect(await phase(page)).toBe('entry');
      await expect(page.locator('#reserve').textContent()).resolves.toContain('10,000');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('a failed entry offers "Play to the end", which reaches the debrief in one click', async () => {
    const { page, errors, close } = await openPage('');
    try {
      await startBuildup(page);
      // A decision remains in the entry phase: no "Play to the end" yet.
      await expect(page.locator('#play-to-end').isHidden()).resolves.toBe(true);
      await page.click('#end-day');
      await page.click('#end-day-confirm-ok');
      await page.waitForFunction(() => window.__thresholdPlay?.phase() === 'control');
      await expect(page.locator('#play-to-end').isVisible()).resolves.toBe(true);
      await page.click('#play-to-end');
      expect(await phase(page)).toBe('ended');
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('to-debrief');
      await page.click('#to-debrief');
      await page.waitForSelector('#player-outcome[data-outcome]');
      await expect(page.locator('#player-outcome').getAttribute('data-outcome')).resolves.toBe('entry-failed');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("auto-play runs to the end with Pause and Step, without motion when reduced, and ends as the engine's automatic plan does", async () => {
    const expected = JSON.parse(JSON.stringify(runOne(shippedScenario(BUILDUP), {}, SEED, 0)));
    const { page, errors, close } = await openPage('', { width: 1280, height: 720 }, { reducedMotion: 'reduce' });
    try {
      await startBuildup(page);
      // A shorter pace for the test (test builds only); the pace is not what is tested.
      await page.evaluate(() => {
        window.__thresholdAutoPlayMs = 40;
      });
      await page.click('#auto-play');
      await expect(page.locator('#auto-play').getAttribute('aria-pressed')).resolves.toBe('true');
      await expect(page.locator('.message').textContent()).resolves.toContain('Auto-play');
      await page.waitForFunction(() => (window.__thresholdPlay?.month() ?? 0) >= 3, undefined, { timeout: 30_000 });
      // Pause (A): the game stays where it is; Step (S) plays exactly one month.
      await page.locator('#main').focus();
      await page.keyboard.press('a');
      await expect(page.locator('#auto-play').getAttribute('aria-pressed')).resolves.toBe('false');
      const paused = await month(page);
      await page.waitForTimeout(400);
      expect(await month(page)).toBe(paused);
      await page.keyboard.press('s');
      expect(await month(page)).toBe(paused + 1);
      expect(await page.evaluate(() => window.__thresholdPlay?.animating() ?? 0)).toBe(0);
      // Resume to the end.
      await page.click('#auto-play');
      await page.waitForFunction(() => window.__thresholdPlay?.phase() === 'ended', undefined, { timeout: 60_000 });
      await expect(page.locator('.message').textContent()).resolves.toContain('Auto-play finished');
      await expect(page.locator('#auto-play').isDisabled()).resolves.toBe(true);
      expect(await page.evaluate(() => JSON.parse(JSON.stringify(window.__thresholdPlay?.result())))).toEqual(expected);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
