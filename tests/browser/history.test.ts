// "Does the model match history?" in real Chromium: the table opens from the first screen and from
// Analysis, is a real <table> with a row (a row header) per shipped back-test, fills every row from
// the worker pool with the same distribution node computes (src/analysis/history.ts), draws a stacked
// bar per row hidden from screen readers beside the shares as text, and re-words in Spanish in place.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { historyTable } from '../../src/analysis/history';
import { isScenarioFileName } from '../../src/model/scenario-schema';
import { screenshot } from './browser';
import { openFresh, shippedScenario } from './game-helpers';

const SHIPPED = readdirSync('scenarios')
  .filter(isScenarioFileName)
  .map((f) => shippedScenario(f.replace(/\.json$/, '')));
const BACK_TESTS = SHIPPED.filter((s) => s.kind === 'back-test');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('the history table', () => {
  it('opens from the first screen and Analysis, with one filled row per back-test, in both languages', async () => {
    const { page, errors, close } = await openFresh('#/choose');
    try {
      await page.waitForSelector('.scenario-card');
      await page.click('#history-link');
      await page.waitForSelector('#history-table');
      expect(await page.locator('#nav a[data-screen="history"]').getAttribute('aria-current')).toBe('page');
      // One row per back-test, each with a row header; every row fills in from the workers.
      const rows = page.locator('#history-table tbody tr');
      expect(await rows.count()).toBe(BACK_TESTS.length);
      expect(BACK_TESTS.length).toBeGreaterThanOrEqual(6);
      await page.waitForFunction((n) => document.querySelectorAll('#history-table tbody tr[data-agrees]').length === n, BACK_TESTS.length, { timeout: 60_000 });
      expect(await page.locator('#history-table thead th[scope="col"]').count()).toBe(6);
      expect(await page.locator('#history-table tbody th[scope="row"]').count()).toBe(BACK_TESTS.length);
      expect(await page.locator('#history-table caption').count()).toBe(1);
      // The same figures as node (same query, seed and runs), and the same verdicts.
      const node = historyTable(SHIPPED);
      for (const row of node) {
        const tr = page.locator(`#history-table tbody tr[data-case="${row.id}"]`);
        expect(await tr.getAttribute('data-agrees'), row.id).toBe(String(row.agrees));
        const text = (await tr.locator('.history-dist-text').textContent()) ?? '';
        expect(text, row.id).toContain(`stabilized ${Math.round(row.distribution.stabilized * 100)}%`);
        // The bar is drawn but hidden from screen readers (the shares are read as text).
        expect(await tr.locator('.history-bar').getAttribute('aria-hidden')).toBe('true');
        expect(await tr.locator('.history-seg').count()).toBeGreaterThan(0);
        if (!row.agrees) expect(await tr.locator('.history-why').textContent()).toContain('The model misses');
      }
      expect(await page.locator('.history-status').textContent()).toMatch(/agrees with history in \d+ of \d+ cases/);
      await screenshot(page, 'history-table');
      // axe-core: no serious, critical or WCAG 2.x A/AA violation on the filled table (the bars are decoration).
      await page.evaluate((code) => new Function(code)(), AXE);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; impact: string | null; tags: string[] }[] }> } }).axe;
        const result = await axe.run(document);
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.tags.some((t) => /^wcag2a{1,2}$|^wcag21a{1,2}$/.test(t))).map((v) => v.id);
      });
      expect(violations).toEqual([]);

      // Spanish, in place.
      await page.selectOption('#language', 'es');
      await page.waitForFunction(() => document.querySelector('main h2')?.textContent === '¿Coincide el modelo con la historia?');
      expect(await page.locator('#history-table thead th').first().textContent()).toBe('Caso');
      expect(await page.locator('#history-table tbody tr[data-case="somalia-1992"] th').textContent()).toBe('Prueba histórica: Somalia 1992-95');
      expect(await page.locator('#history-table tbody tr[data-case="somalia-1992"] .history-why').textContent()).toContain('El modelo falla');
      await page.selectOption('#language', 'en');

      // From Analysis as well.
      await page.goto(page.url().replace(/#.*$/, '#/analysis'));
      await page.waitForSelector('a.history-link[href="#/history"]');
      await page.click('a.history-link[href="#/history"]');
      await page.waitForSelector('#history-table');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
