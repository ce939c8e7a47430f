// The set-up screen shows the advanced group (model constants that are design choices), collapsed
// by default, each input labelled a design choice; a share link's advanced override reaches it.
import { describe, expect, it } from 'vitest';
import { ADVANCED_SPECS } from '../../src/model/advanced';
import { screenshot } from './browser';
import { openFresh } from './game-helpers';

describe('advanced inputs on the set-up screen', () => {
  it('a collapsed group of every design constant, each a design choice, showing a link’s override', async () => {
    const { page, errors, close } = await openFresh('?v=2&scenario=venezuela-planners&set.advanced.resistanceNoise=0.05#/setup');
    try {
      await page.waitForSelector('details.advanced-inputs');
      const details = page.locator('details.advanced-inputs');
      await expect(details.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
      await expect(details.locator('summary').textContent()).resolves.toBe('Advanced: model constants (design choices)');
      await details.locator('summary').click();
      const rows = details.locator('.input-row');
      // Every design constant: 18 of version 2 and 6 of model version 3 (docs/model.md §4b).
      expect(ADVANCED_SPECS).toHaveLength(24);
      await expect(rows.count()).resolves.toBe(ADVANCED_SPECS.length);
      const sigma = details.locator('.input-row[data-path="advanced.resistanceNoise"]');
      await expect(sigma.locator('input.num-field').inputValue()).resolves.toBe('0.05');
      await expect(sigma.locator('.published-line').getAttribute('data-status')).resolves.toBe('design');
      await screenshot(page, 'setup-advanced-inputs');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
