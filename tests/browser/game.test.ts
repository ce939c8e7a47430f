// The game loop in real Chromium: keyboard-only play of the 10,000 scenario to its debrief, Panama
// 1989 played to success, a set-up change reaching the engine, screenshots of every scene checked
// to be non-blank, and no console or page error anywhere.
import { describe, expect, it } from 'vitest';
import { FULL } from '../tier';
import { runOne } from '../../src/engine/campaign';
import { openPage, screenshot } from './browser';
import { colourVariety, phase, playToEnd, shippedScenario, skipWalkthrough, tabTo, finishGame } from './game-helpers';
import type { Page } from 'playwright-core';

async function expectNonBlank(page: Page, png: Buffer, name: string) {
  const v = await colourVariety(page, png);
  expect(v.width, name).toBeGreaterThan(100);
  // A blank or single-colour page has one or two colours and one dominating; a drawn scene has many.
  expect(v.colours, `${name}: distinct colours`).toBeGreaterThan(12);
  expect(v.dominantShare, `${name}: share of the commonest colour`).toBeLessThan(0.97);
}

async function waitBoard(page: Page) {
  await page.waitForFunction(() => window.__thresholdPlay?.boardReady() === true, undefined, { timeout: 20_000 });
  await page.waitForFunction(() => (window.__thresholdPlay?.animating() ?? 0) === 0, undefined, { timeout: 10_000 });
}

describe('the game', () => {
  it('plays the 10,000 scenario to its debrief with the keyboard only', async () => {
    const { page, errors, close } = await openPage('#/choose');
    try {
      // First visit: the walkthrough introduces the question; Escape skips it.
      await page.waitForSelector('.walkthrough[role=dialog]');
      await expect(page.locator('#wt-title').textContent()).resolves.toContain('How many troops');
      await page.keyboard.press('Escape');
      await expect(page.locator('.walkthrough').count()).resolves.toBe(0);

      await tabTo(page, 'the Play button of the 10,000 card', `el.textContent === 'Play' && el.closest('[data-scenario="venezuela-2025-buildup"]') !== null`);
      await page.keyboard.press('Enter');
      await page.waitForSelector('.region-list');
      expect(page.url()).toContain('#/play');
      await expect(page.locator('#reserve').textContent()).resolves.toContain('10,000');

      // Tokens by keyboard: focus the capital's + button and press Enter, then take it back with U.
      await tabTo(page, 'a + button', `el.classList.contains('plus')`);
      await page.keyboard.press('Enter');
      await expect(page.locator('#reserve').textContent()).resolves.not.toContain('10,000');
      await page.keyboard.press('u');
      await expect(page.locator('#reserve').textContent()).resolves.toContain('10,000');

      // One day by hand: the plan, then D; the odds column and the d10 appear for the attacked region.
      await page.keyboard.press('p');
      await page.keyboard.press('d');
      await page.waitForSelector('.d10 .face.rolled');
      await expect(page.locator('.odds-strip .col.current').count()).resolves.toBeGreaterThan(0);
      await expect(page.locator('#log li').count()).resolves.toBeGreaterThan(1);

      const turns = await playToEnd(page);
      expect(turns).toBeGreaterThan(0);
      await page.waitForSelector('#to-debrief');
      // The end panel takes focus, so Enter opens the debrief.
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('to-debrief');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#player-outcome[data-outcome]');
      const outcome = await page.locator('#player-outcome').getAttribute('data-outcome');
      expect(['entry-failed', 'failed', 'contested', 'stabilized']).toContain(outcome);
      await expect(page.locator('#player-outcome').textContent()).resolves.toContain('objective not achieved');
      await page.waitForSelector('#success-figure');
      // The player's run is marked on the automatic plan's distribution.
      await expect(page.locator('#you-marker').textContent()).resolves.toContain('your game');
      await expect(page.locator('#dist-table td.you').count()).resolves.toBe(1);
      await page.waitForSelector('#claims[data-done=true]', { timeout: 60_000 });
      // Every testable card has a verdict badge and a line on its input ranges; an untestable quote has no badge and says so.
      const testable = page.locator('.claim-card:not([data-verdict="not-testable"])');
      await expect(testable.locator('.verdict').count()).resolves.toBe(await testable.count());
      await expect(testable.locator('.range-line').count()).resolves.toBe(await testable.count());
      const untestable = page.locator('.claim-card[data-verdict="not-testable"]');
      await expect(untestable.locator('.verdict').count()).resolves.toBe(0);
      for (const text of await untestable.allTextContents()) expect(text).toContain('cannot test this quote');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it.runIf(FULL)('plays Panama 1989 to success', async () => {
    // Find, in node, a seed whose run 0 succeeds under the automatic plan; the browser game applies
    // the same plan with the same dice, so it must succeed too.
    const panama = shippedScenario('panama-1989');
    const seed = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'].find((s) => runOne(panama, {}, s, 0).success);
    expect(seed, 'a seed where Panama succeeds').toBeDefined();

    const { page, errors, close } = await openPage('#/choose');
    try {
      await page.waitForSelector('.walkthrough');
      await page.click('#wt-skip');
      await page.click('[data-scenario="panama-1989"] button:has-text("Set up")');
      await page.waitForSelector('#seed');
      await page.fill('#seed', seed!);
      await page.press('#seed', 'Enter');
      await page.locator('#seed').blur();
      await page.click('#start-play');
      await waitBoard(page);
      await page.click('#apply-plan');
      await page.click('#end-day');
      // The rest of the campaign through the shortcuts (the same actions, much faster than clicks).
      await finishGame(page);
      await expect(page.locator('.ended h3').textContent()).resolves.toContain('stabilized');
      await page.click('#to-debrief');
      await expect(page.locator('#player-outcome').textContent()).resolves.toContain('objective achieved');
      await expect(page.locator('#player-outcome').textContent()).resolves.not.toContain('not achieved');
      await page.waitForSelector('#timeline-table', { state: 'attached' });
      expect(await page.locator('#timeline-table tbody tr').count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it.runIf(FULL)('sends a set-up change to the engine: the debrief figures move with the troops', async () => {
    const { page, errors, close } = await openPage('#/setup');
    try {
      await page.waitForSelector('.walkthrough');
      await page.keyboard.press('Escape');
      const before = await debriefSuccess(page);
      // 10,000 → 150,000 troops through the number field.
      await page.goto(page.url().replace(/#.*$/, '#/setup'));
      const field = page.locator('.input-row[data-path="intervener.troops"] input.num-field');
      await field.fill('not a number');
      await field.press('Enter');
      await expect(page.locator('.input-row[data-path="intervener.troops"] .input-error').textContent()).resolves.toContain('not a number');
      await expect(field.inputValue()).resolves.toBe('10,000');
      await field.fill('150000');
      await field.press('Enter');
      await expect(page.locator('.input-row[data-path="intervener.troops"]').getAttribute('class')).resolves.toContain('changed');
      const after = await debriefSuccess(page);
      expect(after.lede).toContain('150,000 troops');
      expect(after.success).toBeGreaterThan(before.success + 0.05);
      expect(after.table).not.toEqual(before.table);
      // Reset restores the published value and the published figures.
      await page.goto(page.url().replace(/#.*$/, '#/setup'));
      await page.click('.input-row[data-path="intervener.troops"] button.reset');
      const reset = await debriefSuccess(page);
      expect(reset.success).toBe(before.success);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it.runIf(FULL)('places tokens by mouse on the board, and at the rotation cap the player must choose where to cut', async () => {
    const { page, errors, close } = await openPage('#/choose');
    try {
      await page.waitForSelector('.walkthrough');
      await page.click('#wt-skip');
      await page.click('[data-scenario="venezuela-planners"] button:has-text("Play")');
      await waitBoard(page);
      const reserve = async () => Number(((await page.locator('#reserve strong').textContent()) ?? '').replace(/,/g, ''));
      const start = await reserve();
      expect(start).toBe(150_000);
      // A click on the capital region's circle (where the board draws it) adds a token, a right-click takes it back.
      const capital = await page.evaluate(() => window.__thresholdBoard!.spots().find((s) => s.id === 'capital')!);
      const centre = { x: capital.clientX, y: capital.clientY };
      await page.mouse.click(centre.x, centre.y);
      await page.mouse.click(centre.x, centre.y);
      const after = await reserve();
      expect(after).toBeLessThan(start);
      await expect(page.locator('.region[data-region] .troops output').first().textContent()).resolves.not.toBe('0');
      await page.mouse.click(centre.x, centre.y, { button: 'right' });
      expect(await reserve()).toBeGreaterThan(after);

      // Entry by the plan, then months by the plan up to the month before the cap.
      await page.click('#undo');
      while ((await phase(page)) === 'entry') {
        await page.keyboard.press('p');
        await page.keyboard.press('d');
      }
      const rotation = shippedScenario('venezuela-planners').intervener.rotationMonth.value;
      while ((await phase(page)) === 'control' && (await page.evaluate(() => window.__thresholdPlay!.month())) < rotation - 1) {
        await page.keyboard.press('p');
        await page.keyboard.press('m');
      }
      expect(await phase(page)).toBe('control');
      await page.waitForSelector('#rotation-h');
      await page.locator('#rotation-h').scrollIntoViewIfNeeded();
      await screenshot(page, 'play-rotation-1280x720');
      // Ending the month is refused until the player has cut down to the cap.
      await page.keyboard.press('m');
      await expect(page.locator('.message').textContent()).resolves.toContain('Send troops home');
      expect(await page.evaluate(() => window.__thresholdPlay!.month())).toBe(rotation - 1);
      for (let i = 0; i < 40 && (await page.locator('#rotation-h').count()) > 0; i += 1) {
        const all = page.locator('[id^="cutall-"]');
        await ((await all.count()) > 0 ? all.first() : page.locator('[id^="cut-"]').first()).click();
      }
      await expect(page.locator('#rotation-h').count()).resolves.toBe(0);
      await page.keyboard.press('m');
      await page.waitForFunction((m) => window.__thresholdPlay!.month() === m, rotation);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it.runIf(FULL)('replays turns as tweens after the state is drawn, and not at all with reduced motion', async () => {
    for (const reduced of [false, true]) {
      const { page, errors, close } = await openPage('');
      try {
        await page.emulateMedia({ reducedMotion: reduced ? 'reduce' : 'no-preference' });
        await skipWalkthrough(page);
        await page.goto(page.url().replace(/#.*$/, '') + '#/play');
        await page.reload();
        await waitBoard(page);
        await page.keyboard.press('p');
        // Dispatch the key and read the board in the same task: the state is drawn and the replay
        // started synchronously, before any frame runs.
        const animating = await page.evaluate(() => {
          document.dispatchEvent(new KeyboardEvent('keydown', { key: 'd', bubbles: true }));
          return window.__thresholdPlay!.animating();
        });
        // The panels already show the day's result while the board may still be animating it.
        await expect(page.locator('#phase').textContent()).resolves.toContain('day 1');
        if (reduced) expect(animating).toBe(0);
        else expect(animating).toBeGreaterThan(0);
        await waitBoard(page);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    }
  });

  it.runIf(FULL)('saves a non-blank screenshot of every scene at 1280×720 and 1920×1080', async () => {
    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ]) {
      const tag = `${viewport.width}x${viewport.height}`;
      const { page, errors, close } = await openPage('#/choose', viewport);
      try {
        await page.waitForSelector('.walkthrough');
        const walk = await screenshot(page, `walkthrough-${tag}`);
        await expectNonBlank(page, walk, 'walkthrough');
        await page.click('#wt-skip');
        await expectNonBlank(page, await screenshot(page, `choose-${tag}`), 'choose');
        await page.goto(page.url().replace(/#.*$/, '#/setup'));
        await page.waitForSelector('.input-row');
        await page.focus('.input-row[data-path="defender.cohesion"] input.num-field');
        await expectNonBlank(page, await screenshot(page, `setup-${tag}`), 'setup');
        await page.goto(page.url().replace(/#.*$/, '#/play'));
        await waitBoard(page);
        await page.keyboard.press('p');
        await page.keyboard.press('d');
        await page.keyboard.press('d');
        await waitBoard(page);
        const entry = await screenshot(page, `play-entry-${tag}`);
        await expectNonBlank(page, entry, 'play entry');
        // The board itself is drawn (not just the panels around it).
        const box = (await page.locator('#board canvas').boundingBox())!;
        const boardPng = await page.screenshot({ clip: box });
        await expectNonBlank(page, boardPng, 'board canvas');
        // On to the control phase: play the entry days out with the plan.
        while ((await phase(page)) === 'entry') {
          await page.keyboard.press('p');
          await page.keyboard.press('d');
        }
        await page.keyboard.press('p');
        await page.keyboard.press('m');
        await waitBoard(page);
        await expectNonBlank(page, await screenshot(page, `play-control-${tag}`), 'play control');
        await finishGame(page);
        await page.click('#to-debrief');
        await page.waitForSelector('#claims[data-done=true]', { timeout: 60_000 });
        await expectNonBlank(page, await screenshot(page, `debrief-${tag}`), 'debrief');
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    }
  });
});

async function debriefSuccess(page: Page): Promise<{ success: number; table: string[]; lede: string }> {
  await page.goto(page.url().replace(/#.*$/, '#/debrief'));
  await page.waitForSelector('#success-figure');
  const text = (await page.locator('#success-figure').textContent()) ?? '';
  const table = await page.locator('#dist-table td.share').allTextContents();
  const lede = (await page.locator('main .lede').textContent()) ?? '';
  return { success: Number(text.replace('%', '')) / 100, table, lede };
}
