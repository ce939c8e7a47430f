// The built app loads in real Chromium and shows its screens without console or page errors.
import { describe, expect, it } from 'vitest';
import { openPage } from './browser';

describe('app shell', () => {
  it('loads, shows the navigation and reports no errors', async () => {
    const { page, errors, close } = await openPage();
    try {
      await page.waitForSelector('main h2');
      const links = await page.locator('#nav a').allTextContents();
      expect(links.length).toBeGreaterThanOrEqual(0);
      await expect(page.locator('main h2').first().textContent()).resolves.toBeTruthy();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
