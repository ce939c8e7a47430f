// The built app loads in real Chromium, lists the scenarios, reaches every screen through the
// navigation, and reports no console or page errors.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isScenarioFileName } from '../../src/model/scenario-schema';
import { openPage } from './browser';

const DIR = join(__dirname, '../../scenarios');
const BACKTESTS = readdirSync(DIR)
  .filter(isScenarioFileName)
  .filter((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')).kind === 'back-test').length;

describe('app shell', () => {
  it('loads, shows the scenario cards and every screen without errors', async () => {
    const { page, errors, close } = await openPage();
    try {
      await page.waitForSelector('.walkthrough');
      await page.click('#wt-skip');
      await page.waitForSelector('.scenario-card');
      const cards = await page.locator('.scenario-card').count();
      expect(cards).toBeGreaterThanOrEqual(7);
      // One card per shipped back-test file (kind "back-test"), counted from the files themselves.
      await expect(page.locator('.backtests .scenario-card').count()).resolves.toBe(BACKTESTS);
      const links = await page.locator('#nav a').allTextContents();
      expect(links).toEqual(expect.arrayContaining(['Choose', 'Set up', 'Play', 'Debrief', 'Analysis', 'History', 'About']));
      for (const id of ['setup', 'play', 'debrief', 'analysis', 'history', 'about', 'choose']) {
        await page.click(`#nav a[data-screen="${id}"]`);
        await page.waitForFunction((screen) => document.querySelector(`#nav a[aria-current=page]`)?.getAttribute('data-screen') === screen, id);
        await expect(page.locator('main h2').first().textContent()).resolves.toBeTruthy();
      }
      // The walkthrough comes back from the Help button, and remembers it was seen.
      await page.click('#help');
      await page.waitForSelector('.walkthrough');
      await page.keyboard.press('Escape');
      await page.reload();
      await page.waitForSelector('.scenario-card');
      await expect(page.locator('.walkthrough').count()).resolves.toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
