// Teacher mode that holds in class, in real Chromium: the teacher sets a PIN and locks; the header
// then shows no teacher control (only the way in), the Class screen and the reveal button are gone;
// a student cannot open the panel without the PIN (a wrong PIN is refused with a message); with
// predict-first, Play, Debrief and Analysis show no outcome until a forecast is entered; the teacher
// unlocks with the PIN. Also: the 18 model constants are folded in the panel, and the Share dialog on
// this loopback test server says students cannot open the link.
import { describe, expect, it } from 'vitest';
import { ADVANCED_SPECS } from '../../src/model/advanced';
import { openFresh } from './game-helpers';

const PIN = '2468';

describe('teacher PIN and predict-before-play', () => {
  it('locks teacher controls behind the PIN and keeps outcomes behind a forecast', async () => {
    const { page, errors, close } = await openFresh('#/setup');
    try {
      // --- The teacher: the panel folds the model constants, sets predict-first, hides outcomes, sets a PIN and locks.
      await page.click('#teacher-button');
      const dialog = page.locator('dialog.teacher-dialog');
      await expect(dialog.locator('#teacher-inputs-main select[data-path^="advanced."]').count()).resolves.toBe(0);
      await expect(dialog.locator('#teacher-advanced select[data-path^="advanced."]').count()).resolves.toBe(ADVANCED_SPECS.length);
      await expect(dialog.locator('#teacher-advanced').evaluate((el) => (el as HTMLDetailsElement).open)).resolves.toBe(false);
      await expect(dialog.locator('#teacher-pin-group').textContent()).resolves.toContain('not security');
      await page.check('#teacher-predict');
      await page.check('#teacher-hide-outcomes');
      // Locking needs a PIN, and a PIN is 4+ digits.
      await page.click('#teacher-lock');
      await expect(page.locator('#teacher-pin-message').textContent()).resolves.toContain('Set a PIN first');
      await page.fill('#teacher-pin', '12');
      await page.click('#teacher-lock');
      await expect(page.locator('#teacher-pin-message').textContent()).resolves.toContain('4 to 12 digits');
      await page.fill('#teacher-pin', PIN);
      await page.click('#teacher-lock');
      await page.waitForSelector('dialog.teacher-dialog', { state: 'detached' });

      // --- Locked: no teacher control in the header or the nav, only the unlock button.
      await expect(page.locator('#teacher-button').isVisible()).resolves.toBe(false);
      await expect(page.locator('#teacher-unlock').isVisible()).resolves.toBe(true);
      await expect(page.locator('#nav a[data-screen="class"]').evaluate((a) => (a as HTMLElement).hidden)).resolves.toBe(true);
      // Only the salted hash is kept (storage) and shared (link), never the PIN.
      const stored = await page.evaluate(() => Object.values(localStorage).join('\n'));
      expect(stored).toMatch(/"pin":\{"salt":"[0-9a-f]{32}","hash":"[0-9a-f]{64}"\}/);
      expect(stored).not.toContain(`"${PIN}"`);

      // --- The share link: carries the PIN's hash; on 127.0.0.1 the dialog says students cannot open it.
      await page.click('#share-button');
      const link = await page.locator('#share-url').inputValue();
      expect(link.startsWith(new URL(page.url()).origin)).toBe(true);
      expect(link).toMatch(/[?&]pin=[0-9a-f]{32}\.[0-9a-f]{64}/);
      await expect(page.locator('#share-local').isVisible()).resolves.toBe(true);
      await expect(page.locator('#share-local').textContent()).resolves.toContain('npm run start:lan');
      await page.keyboard.press('Escape');

      // --- A student: the unlock button asks for the PIN; a wrong PIN is refused with a message.
      await page.click('#teacher-unlock');
      await page.fill('#pin-entry', '1111');
      await page.click('#pin-submit');
      await page.waitForFunction(() => /not right/.test(document.getElementById('pin-message')?.textContent ?? ''));
      await expect(page.locator('dialog.teacher-dialog').count()).resolves.toBe(0);
      await page.keyboard.press('Escape');
      // The Class screen by its address: the PIN form, no class tools.
      await page.evaluate(() => (location.hash = '#/class'));
      await page.waitForSelector('#teacher-locked');
      await expect(page.locator('#class-csv').count()).resolves.toBe(0);

      // --- Predict before play: Play, Debrief and Analysis show no outcome until a forecast is entered.
      await page.evaluate(() => (location.hash = '#/play'));
      await page.waitForSelector('#play-gated');
      await expect(page.locator('#board-description').count()).resolves.toBe(0);
      await page.keyboard.press('p');
      await expect(page.locator('#board-description').count()).resolves.toBe(0);
      await page.evaluate(() => (location.hash = '#/debrief'));
      await page.waitForSelector('#forecast-panel');
      await expect(page.locator('#success-figure').count()).resolves.toBe(0);
      await page.evaluate(() => (location.hash = '#/analysis'));
      await page.waitForSelector('#an-gated');
      await page.evaluate(() => (location.hash = '#/play'));
      await page.waitForSelector('#play-gated');
      await page.fill('#debrief-forecast', 'forty');
      await page.click('#forecast-submit');
      await expect(page.locator('#play-gated').isVisible()).resolves.toBe(true);
      await page.fill('#debrief-forecast', '40');
      await page.click('#forecast-submit');
      await page.waitForSelector('#board-description');
      await expect(page.locator('#play-gated').count()).resolves.toBe(0);
      // Outcomes stay hidden, and a locked page offers students no reveal button.
      await page.evaluate(() => (location.hash = '#/debrief'));
      await page.waitForSelector('#outcomes-hidden');
      await expect(page.locator('#reveal-outcomes').count()).resolves.toBe(0);

      // --- The teacher unlocks with the PIN: the controls come back, and the reveal shows the outcomes.
      await page.click('#teacher-unlock');
      await page.fill('#pin-entry', PIN);
      await page.click('#pin-submit');
      await page.waitForSelector('#teacher-button', { state: 'visible' });
      await expect(page.locator('#teacher-unlock').isVisible()).resolves.toBe(false);
      await expect(page.locator('#nav a[data-screen="class"]').evaluate((a) => (a as HTMLElement).hidden)).resolves.toBe(false);
      await page.click('#reveal-outcomes');
      await page.waitForSelector('#success-figure', { timeout: 20_000 });

      // --- A reload (a student's next lesson, or someone opening the link) is locked again.
      await page.reload();
      await page.waitForSelector('#teacher-unlock', { state: 'visible' });
      await expect(page.locator('#teacher-button').isVisible()).resolves.toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
