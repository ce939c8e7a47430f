// Storage across tabs and a full storage, in real Chromium: two pages of one browser context share
// localStorage and hear each other's writes as `storage` events. A scenario imported in one tab
// survives the other tab's save of its older copy and appears in its Choose list without a reload;
// two imports at once are both kept; an import into a full storage says it is for this session only.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '../../src/app/storage';
import { baseUrl, newContext, recordErrors } from './browser';

const SHIPPED = JSON.parse(readFileSync('scenarios/panama-1989.json', 'utf8')) as Record<string, unknown>;

function file(id: string): { name: string; mimeType: string; buffer: Buffer } {
  return { name: `${id}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...SHIPPED, id, title: `Tab scenario ${id}` })) };
}

async function open(page: Page, path: string, errors: string[]): Promise<void> {
  recordErrors(page, errors);
  await page.goto(baseUrl() + path);
  await page.waitForSelector('main h2');
  if (await page.locator('#wt-skip').count()) await page.click('#wt-skip');
}

async function storedIds(page: Page): Promise<string[]> {
  const text = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  return text ? (JSON.parse(text) as { customScenarios: Array<{ id: string }> }).customScenarios.map((s) => s.id) : [];
}

describe('storage across tabs', () => {
  it("a scenario imported in tab A survives tab B's seed change, and B lists it without a reload (B's selection kept)", async () => {
    const context = await newContext();
    const errors: string[] = [];
    try {
      const b = await context.newPage();
      await open(b, '#/choose', errors);
      const bSelected = await b.locator('.scenario-card.selected').getAttribute('data-scenario');
      const a = await context.newPage();
      await open(a, '#/setup', errors);
      await a.setInputFiles('#import-file', file('tab-a-import'));
      await a.waitForSelector('#custom-scenarios [data-scenario="tab-a-import"]');
      expect(await a.locator('#notice').textContent()).toMatch(/kept in this browser/);
      // B, opened earlier, shows it on Choose without a reload; its own selection is unchanged.
      await b.waitForSelector('#custom-scenarios [data-scenario="tab-a-import"]');
      expect(await b.locator('.scenario-card.selected').getAttribute('data-scenario')).toBe(bSelected);
      // B changes only the seed: A's scenario stays in storage.
      await b.click('#nav a[data-screen="setup"]');
      await b.waitForSelector('#seed');
      await b.fill('#seed', 'tab b seed');
      await b.press('#seed', 'Tab');
      await expect.poll(() => b.evaluate((key) => localStorage.getItem(key) ?? '', STORAGE_KEY)).toContain('tab b seed');
      expect(await storedIds(b)).toEqual(['tab-a-import']);
      const c = await context.newPage();
      await open(c, '#/choose', errors);
      await c.waitForSelector('#custom-scenarios [data-scenario="tab-a-import"]');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('two imports at once, one in each tab: both are kept and both tabs list both', async () => {
    const context = await newContext();
    const errors: string[] = [];
    try {
      const a = await context.newPage();
      const b = await context.newPage();
      await open(a, '#/setup', errors);
      await open(b, '#/setup', errors);
      await Promise.all([a.setInputFiles('#import-file', file('both-a')), b.setInputFiles('#import-file', file('both-b'))]);
      for (const page of [a, b]) {
        await page.waitForSelector('#custom-scenarios [data-scenario="both-a"]');
        await page.waitForSelector('#custom-scenarios [data-scenario="both-b"]');
      }
      expect((await storedIds(a)).sort()).toEqual(['both-a', 'both-b']);
      await a.reload();
      await a.waitForSelector('#custom-scenarios [data-scenario="both-b"]');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('an import into a full storage', () => {
  it('says it is for this session only (storage full), not "kept in this browser"', async () => {
    const context = await newContext();
    const errors: string[] = [];
    try {
      const page = await context.newPage();
      await open(page, '#/setup', errors);
      // Fill the origin's quota with junk keys until even a small write throws.
      const filled = await page.evaluate(() => {
        let size = 1 << 20;
        let n = 0;
        while (size >= 64) {
          try {
            localStorage.setItem(`junk-${n++}`, 'x'.repeat(size));
          } catch {
            size >>= 1;
          }
        }
        return n;
      });
      expect(filled).toBeGreaterThan(1);
      await page.setInputFiles('#import-file', file('no-room'));
      await page.waitForSelector('#custom-scenarios [data-scenario="no-room"]');
      const notice = (await page.locator('#notice').textContent()) ?? '';
      expect(notice).toMatch(/for this session only; it is not kept in this browser/);
      expect(notice).toMatch(/storage is full/);
      expect(notice).not.toMatch(/it is kept in this browser/);
      await page.reload();
      await page.waitForSelector('.scenario-card');
      expect(await page.locator('[data-scenario="no-room"]').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
