// Accessibility: axe-core (injected from node_modules, no network) on every screen (choose, set up,
// play, debrief, analysis) and on the open dialogs (Share with its QR, Teacher, the walkthrough), in
// English and Spanish, in the standard and the high-contrast projector theme. Any "serious" or
// "critical" violation fails, and so does any violation of a WCAG 2.0/2.1 A or AA rule, whatever
// its impact; in the high-contrast theme text must also reach 7:1 (axe's AAA contrast rule). The language and theme are switched through the header controls, as a student would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { baseUrl, CHROMIUM_ARGS, screenshot } from './browser';
import { playToEnd, skipWalkthrough } from './game-helpers';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Found { id: string; impact: string | null; help: string; tags: string[]; nodes: string[] }

let browser: Browser;
let page: Page;

/** In the projector theme axe's AAA contrast rule (7:1 body text, 4.5:1 large text) is switched on. */
async function audit(): Promise<Found[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const enhanced = document.documentElement.dataset.theme === 'high-contrast';
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string | null; help: string; tags: string[]; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'], rules: { 'color-contrast-enhanced': { enabled: enhanced } } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, tags: v.tags, nodes: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
  });
}

function describeAll(found: Found[]): string[] {
  return found.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.join(' ')}`);
}

/** Serious or critical violations of any rule, and WCAG 2.x A/AA violations of any impact. */
function failing(found: Found[]): string[] {
  return describeAll(found.filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'color-contrast-enhanced' || v.tags.some((tag) => WCAG_TAGS.includes(tag))));
}

/** Audit the page as it is now and expect nothing failing; a screenshot is kept for a look. */
async function expectClean(name: string): Promise<void> {
  const found = await audit();
  await screenshot(page, `a11y-${name}`);
  expect.soft(failing(found), name).toEqual([]);
}

/** Set the language and theme with the header controls (both persist in storage across screens). */
async function configure(locale: 'en' | 'es', highContrast: boolean): Promise<void> {
  await page.waitForSelector('#language');
  if ((await page.inputValue('#language')) !== locale) await page.selectOption('#language', locale);
  await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(locale);
  const pressed = (await page.getAttribute('#theme-toggle', 'aria-pressed')) === 'true';
  if (pressed !== highContrast) await page.click('#theme-toggle');
  await expect(page.evaluate(() => document.documentElement.dataset.theme ?? 'standard')).resolves.toBe(highContrast ? 'high-contrast' : 'standard');
}

async function go(hash: string, ready: string): Promise<void> {
  await page.goto(baseUrl() + hash);
  await page.waitForSelector(ready);
}

async function openAndAuditDialog(opener: string, dialog: string, name: string): Promise<void> {
  await page.click(opener);
  await page.waitForSelector(dialog);
  await expectClean(name);
  await page.keyboard.press('Escape');
  await page.waitForSelector(dialog, { state: 'detached' });
}

async function playScreen(): Promise<void> {
  await page.goto(baseUrl() + '#/play');
  await page.waitForFunction(() => !!window.__thresholdPlay?.boardReady(), null, { timeout: 60_000 });
}

async function analysisScreen(): Promise<void> {
  await page.goto(baseUrl() + '#/analysis');
  await analysisReady();
}

async function analysisReady(): Promise<void> {
  await page.waitForFunction(() => {
    const s = window.__thresholdAnalysis?.state();
    return !!s && s.pending === 0 && !!s.refined.central;
  }, null, { timeout: 120_000 });
}

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  // bypassCSP: the app's policy refuses inline scripts, and axe is injected as one (test only).
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  page = await context.newPage();
  await skipWalkthrough(page);
});

afterAll(async () => {
  await browser?.close();
});

describe('axe-core finds no serious, critical or WCAG 2.1 AA violation', () => {
  it('the check works: it reports a planted violation, and a low-contrast text in the projector theme', async () => {
    await go('#/choose', '#main h2');
    await configure('en', true);
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.id = 'planted';
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.body.append(img);
      const grey = document.createElement('p');
      grey.textContent = 'planted grey text';
      grey.style.setProperty('color', '#aaaaaa');
      document.getElementById('main')?.append(grey);
    });
    const found = failing(await audit());
    expect(found.some((v) => v.includes('image-alt'))).toBe(true);
    expect(found.some((v) => v.includes('color-contrast'))).toBe(true);
    // 5.7:1 passes AA but not the 7:1 the projector theme aims at.
    await page.evaluate(() => {
      document.getElementById('planted')?.remove();
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent === 'planted grey text');
      p?.style.setProperty('color', '#606060');
    });
    const enhanced = failing(await audit());
    expect(enhanced.filter((v) => !v.includes('color-contrast-enhanced'))).toEqual([]);
    expect(enhanced.some((v) => v.includes('color-contrast-enhanced'))).toBe(true);
    await configure('en', false);
  });

  for (const [locale, highContrast] of [['en', false], ['es', false], ['en', true], ['es', true]] as const) {
    const label = `${locale}${highContrast ? ', high contrast' : ''}`;
    describe(label, () => {
      const tag = `${locale}${highContrast ? '-hc' : ''}`;

      it('choose, with the Share (QR) and Teacher dialogs open', async () => {
        await go('#/choose', '#main h2');
        await configure(locale, highContrast);
        await page.reload();
        await page.waitForSelector('.scenario-card');
        await expectClean(`choose-${tag}`);
        await openAndAuditDialog('#share-button', 'dialog.share-dialog #share-qr', `share-${tag}`);
        await openAndAuditDialog('#teacher-button', 'dialog.teacher-dialog', `teacher-${tag}`);
      });

      it('set up, with its import zone', async () => {
        await go('#/setup', '#seed');
        await configure(locale, highContrast);
        await expectClean(`setup-${tag}`);
      });

      it('play, its walkthrough (Help), then debrief after a finished game', async () => {
        await playScreen();
        await configure(locale, highContrast);
        await expectClean(`play-${tag}`);
        await page.click('.help-inline');
        await page.waitForSelector('.walkthrough');
        await expectClean(`walkthrough-${tag}`);
        // A later step points at the real board and moves the dialog aside.
        await page.click('#wt-next');
        await expectClean(`walkthrough-step1-${tag}`);
        await page.keyboard.press('Escape');
        await page.waitForSelector('.walkthrough', { state: 'detached' });
        await page.locator('#main').focus();
        await playToEnd(page);
        await expectClean(`play-ended-${tag}`);
        await go('#/debrief', '#main h2');
        await expectClean(`debrief-${tag}`);
      });

      it('analysis, computed', async () => {
        await analysisScreen();
        await configure(locale, highContrast);
        await analysisReady();
        await expectClean(`analysis-${tag}`);
      });
    });
  }
});
