// The About page and the status labels in real Chromium (issue 11): About opens from the first screen
// and from the header; every section is there with its heading; the parameter tables label each value
// by statusOf; the sources list has the FT and no path outside the repository; the teacher guide is
// rendered from its Markdown; Spanish works, the guide included. On Set up, a design-choice slider
// (hostility 0.30) is labelled a design choice, never "published", and a change says what it changed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { sourcedAt } from '../../src/model/inputs';
import { statusOf } from '../../src/model/status';
import { baseUrl, openPage, screenshot } from './browser';
import { openFresh, shippedScenario, skipWalkthrough } from './game-helpers';

const SECTIONS = ['about-rules', 'about-success', 'about-numbers', 'about-limits', 'about-critics', 'about-sources', 'about-guide'];

describe('About the model', () => {
  it('opens from the first screen and the header, with every section, the sources and the guide, in both languages', async () => {
    const { page, errors, close } = await openFresh('#/choose');
    try {
      await page.waitForSelector('.scenario-card');
      await page.click('#about-link');
      await page.waitForSelector('#about-h');
      expect(await page.locator('#nav a[data-screen="about"]').getAttribute('aria-current')).toBe('page');
      for (const id of SECTIONS) {
        const heading = page.locator(`#${id} h3#${id}-h`);
        await expect(heading.count(), id).resolves.toBe(1);
        expect(await page.locator(`#${id}`).getAttribute('aria-labelledby')).toBe(`${id}-h`);
      }
      // The success rule, with the 75% of the population.
      expect(await page.locator('#about-success').textContent()).toMatch(/at least 75% of the population are stabilized/);
      // The numbers: the chosen scenario's inputs labelled by statusOf, and the model constants.
      const scenario = shippedScenario('venezuela-2025-buildup');
      const hostility = page.locator('#about-inputs tr[data-path="population.hostility"] td.status');
      expect(statusOf(sourcedAt(scenario, 'population.hostility')!)).toBe('design');
      await expect(hostility.textContent()).resolves.toBe('design choice');
      const troops = page.locator('#about-inputs tr[data-path="intervener.troops"] td.status');
      await expect(troops.textContent()).resolves.toBe(statusOf(scenario.intervener.troops) === 'published' ? 'published' : statusOf(scenario.intervener.troops) === 'derived' ? 'derived' : 'design choice');
      expect(await page.locator('#about-constants tbody tr').count()).toBeGreaterThan(15);
      // The critics and the sources: bibliographic entries, the FT among them, no path outside the repository.
      expect(await page.locator('#about-critics').textContent()).toMatch(/Friedman[\s\S]*Epstein[\s\S]*Dupuy Institute/);
      const sources = (await page.locator('#about-sources').textContent()) ?? '';
      expect(sources).toContain('Financial Times');
      expect(await page.locator('#about-sources li').count()).toBeGreaterThan(20);
      const whole = (await page.locator('main').textContent()) ?? '';
      expect(sources).not.toMatch(/shared\//);
      expect(whole).not.toMatch(/shared\/(seeds|reference)/);
      // The guide, rendered as headings, tables and lists (never as raw Markdown).
      await page.waitForSelector('#about-guide-text[aria-busy="false"] h4');
      const guide = (await page.locator('#about-guide-text').textContent()) ?? '';
      expect(guide).toContain('Threshold: a 45-minute lesson');
      expect(await page.locator('#about-guide-text table').count()).toBeGreaterThan(0);
      expect(guide).not.toMatch(/\*\*|<!--|\]\(/);
      await screenshot(page, 'about-en');
      // The in-page links move focus to their section.
      await page.click('.about-toc a[data-target="about-sources"]');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('about-sources-h');

      // Spanish: the page re-words in place and the guide is the Spanish one.
      await page.selectOption('#language', 'es');
      await page.waitForFunction(() => document.querySelector('#about-h')?.textContent === 'Sobre el modelo');
      expect(await page.locator('#about-rules-h').textContent()).toBe('Las reglas en palabras sencillas');
      await expect(hostility.textContent()).resolves.toBe('decisión de diseño');
      await page.waitForFunction(() => /Guía|lección|clase/i.test(document.querySelector('#about-guide-text h4')?.textContent ?? ''));
      expect(await page.locator('#nav a[data-screen="about"]').textContent()).toBe('Acerca de');

      // Reached from the header on another screen too.
      await page.goto(`${baseUrl()}#/setup`);
      await page.click('#nav a[data-screen="about"]');
      await page.waitForSelector('#about-h');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('status labels on Set up', () => {
  it('a design-choice slider does not say "published", and a change names what it changed from', async () => {
    const { page, errors, close } = await openFresh('#/setup');
    try {
      const row = page.locator('.input-row[data-path="population.hostility"]');
      await row.waitFor();
      const line = row.locator('.published-line');
      expect(await line.getAttribute('data-status')).toBe('design');
      const text = (await line.textContent()) ?? '';
      expect(text).toMatch(/^design choice 0\.30/);
      expect(text).not.toMatch(/^published/);
      expect(await row.locator('.reset').getAttribute('aria-label')).not.toMatch(/published/);
      const field = row.locator('.num-field');
      await field.fill('0.4');
      await field.dispatchEvent('change');
      await expect(line.textContent()).resolves.toMatch(/^changed \(design choice: 0\.30\)/);
      await row.scrollIntoViewIfNeeded();
      await screenshot(page, 'setup-status-labels');
      // The printed handout labels it the same way, through the same formatter.
      await page.evaluate(() => (location.hash = '#/debrief'));
      await page.waitForSelector('#print-setup tr[data-path="population.hostility"]', { state: 'attached' });
      await expect(page.locator('#print-setup tr[data-path="population.hostility"] td.status').textContent()).resolves.toBe('changed (design choice: 0.30)');
      await page.evaluate(() => (location.hash = '#/setup'));
      await row.waitFor();
      // A published input keeps its word.
      const troops = page.locator('.input-row[data-path="intervener.troops"] .published-line');
      expect(await troops.getAttribute('data-status')).toBe(statusOf(shippedScenario('venezuela-2025-buildup').intervener.troops));
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('About is accessible', () => {
  it('axe finds no serious, critical or WCAG 2.1 AA violation on the About page, guide included', async () => {
    // bypassCSP: axe is injected as an inline script (test only).
    const { page, errors, close } = await openPage('', { width: 1280, height: 800 }, { bypassCSP: true });
    try {
      await skipWalkthrough(page);
      await page.goto(`${baseUrl()}#/about`);
      await page.reload();
      await page.waitForSelector('#about-guide-text[aria-busy="false"] h4');
      await page.addScriptTag({ content: readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8') });
      const found = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string | null; tags: string[]; nodes: { target: unknown[] }[] }[] }> } }).axe;
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, tags: v.tags, nodes: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) }));
      });
      const failing = found.filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.tags.some((tag) => /^wcag2(1)?aa?$/.test(tag)));
      expect(failing.map((v) => `${v.impact} ${v.id} ${v.nodes.join(' ')}`)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
