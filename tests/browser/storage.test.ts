// Browser storage in real Chromium: corrupted data (bad JSON, wrong shape), a storage that refuses
// every write (QuotaExceededError) or cannot be read at all: the app starts with its defaults and says
// so in the notice, with no page error. A custom scenario saved by the old unversioned (v0) shape
// survives the update: it is migrated and listed on the Choose screen.
import { describe, expect, it } from 'vitest';
import { FULL } from '../tier';
import { readFileSync } from 'node:fs';
import { baseUrl, sharedBrowser } from './browser';
import { STORAGE_KEY } from '../../src/app/storage';

type Setup = { key: string; value: string | null; quota: boolean; unreadable: boolean };

/** Open the app with `setup` applied to localStorage before any app code runs. */
async function openWith(setup: Setup) {
  const context = await (await sharedBrowser()).newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  // Closing the test's own context, never the run's shared browser.
  const browser = { close: () => context.close() };
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  await page.addInitScript((s: Setup) => {
    if (sessionStorage.getItem('h10-done')) return; // only on the first load
    sessionStorage.setItem('h10-done', '1');
    if (s.value !== null) localStorage.setItem(s.key, s.value);
    if (s.quota) {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    }
    if (s.unreadable) {
      Storage.prototype.getItem = function () {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
    }
  }, setup);
  await page.goto(baseUrl() + '#/choose');
  await page.waitForSelector('.scenario-card');
  // Defaults include the first-visit walkthrough; close it as a student would.
  if (await page.locator('#wt-skip').count()) await page.click('#wt-skip');
  return { browser, page, errors };
}

const SHIPPED = JSON.parse(readFileSync('scenarios/panama-1989.json', 'utf8'));
const CUSTOM = { ...SHIPPED, id: 'h10-old-save', title: 'An old saved scenario (v0 shape)' };

describe('browser storage', () => {
  const broken: Array<[string, Partial<Setup>]> = [
    ['bad JSON', { value: '{"version": 1, "theme": ' }],
    ['wrong shape', { value: JSON.stringify({ version: 1, walkthroughSeen: 'yes', theme: 42, teacher: [], lastSelection: 'x', customScenarios: {} }) }],
    ['a version from the future', { value: JSON.stringify({ version: 99, whatever: true }) }],
    ['not an object', { value: '"just a string"' }],
  ];
  // The fast tier opens the first broken shape; the full tier every one (and the tests below marked FULL).
  for (const [name, setup] of FULL ? broken : broken.slice(0, 1)) {
    it(`${name}: starts with defaults and says so`, async () => {
      const { browser, page, errors } = await openWith({ key: STORAGE_KEY, value: null, quota: false, unreadable: false, ...setup });
      try {
        const notice = (await page.locator('#notice').textContent()) ?? '';
        expect(notice.length, name).toBeGreaterThan(0);
        // Defaults: the shipped scenarios are listed and the app navigates normally.
        expect(await page.locator('.scenario-card').count()).toBeGreaterThanOrEqual(7);
        await page.click('#nav a[data-screen="setup"]');
        await page.waitForSelector('main h2');
        expect(errors).toEqual([]);
      } finally {
        await browser.close();
      }
    });
  }

  it('a full storage (every write throws QuotaExceededError): the app runs and says saving failed', async () => {
    const { browser, page, errors } = await openWith({ key: STORAGE_KEY, value: null, quota: true, unreadable: false });
    try {
      // A setting the app keeps: the high-contrast theme (a save that the full storage refuses).
      await page.click('#theme-toggle');
      await page.click('#nav a[data-screen="setup"]');
      await page.waitForSelector('main h2');
      await page.click('#nav a[data-screen="choose"]');
      await page.waitForSelector('.scenario-card');
      const notice = (await page.locator('#notice').textContent()) ?? '';
      expect(notice).toMatch(/sav|stor/i);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it.runIf(FULL)('a storage that cannot even be read: defaults, and a message', async () => {
    const { browser, page, errors } = await openWith({ key: STORAGE_KEY, value: null, quota: false, unreadable: true });
    try {
      expect(((await page.locator('#notice').textContent()) ?? '').length).toBeGreaterThan(0);
      expect(await page.locator('.scenario-card').count()).toBeGreaterThanOrEqual(7);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it.runIf(FULL)('a custom scenario saved in the v0 shape survives the update (migrated, listed, playable)', async () => {
    const v0 = { seenWalkthrough: true, lang: 'en', highContrast: false, scenario: 'panama-1989', seed: '7', custom: [CUSTOM] };
    const { browser, page, errors } = await openWith({ key: STORAGE_KEY, value: JSON.stringify(v0), quota: false, unreadable: false });
    try {
      await page.waitForSelector(`[data-scenario="${CUSTOM.id}"]`);
      expect(await page.locator(`#custom-scenarios [data-scenario="${CUSTOM.id}"]`).count()).toBe(1);
      // A save (the theme, say) writes the migrated document; after a reload the scenario is still there.
      await page.reload();
      await page.waitForSelector(`[data-scenario="${CUSTOM.id}"]`);
      const stored = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
      expect(stored ?? '').toContain(CUSTOM.id);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
