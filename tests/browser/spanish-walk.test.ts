// Spanish everywhere the student reads, in real Chromium: the page is switched to Spanish with the
// header's language menu, then every screen is walked (choose, set up, play with a few turns and the
// forgiving controls' dialogs, debrief with its why panel and claim cards, analysis with every
// <details> open, history, about, class, and any screen the navigation offers that this file does not
// know yet) and the dialogs (Share, Teacher, the Help walkthrough, every step). On each, the visible
// text, the aria-label/title/alt/placeholder attributes, the SVG <text> and the words drawn on the
// play board's canvas are collected; quotations (q, blockquote, [lang=en], and text inside quotation
// marks) and proper names are left out, and the rest must hold no English (tests/browser/english-detector.ts).
//
// Extension point: a new screen is walked automatically once it is in the navigation; if it needs
// something done first (a game, a wait for its workers), add a step to STEPS, and a new dialog to
// DIALOGS. Screenshots: test-output/screenshots/spanish-walk-*.png.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { INPUTS } from '../../src/model/inputs';
import { SOURCES } from '../../src/model/sources';
import { screenshot } from './browser';
import { analysisReady, debriefReady, finishGame, openFresh } from './game-helpers';
import { describeFindings, findEnglish, PROPER_NAMES, type SeenText } from './english-detector';

const SCENARIO = 'venezuela-2025-buildup';

/**
 * Left out as names: the allow-list, every author, title and outlet of the bibliography, and the
 * model's symbols that look like words, e.g. "hold" (notation shared with docs/model.md, not words).
 */
// A title is a name with or without its bracketed description ("… (infobox)"), which the Spanish
// source lines gloss in Spanish after the title.
const NAMES: readonly string[] = [
  ...PROPER_NAMES,
  ...SOURCES.flatMap((s) => [s.author, s.title, s.title?.replace(/\s*\([^)]*\)\s*$/, ''), s.outlet].filter((p): p is string => !!p)),
  ...INPUTS.flatMap((spec) => (/^[a-z]{3,}$/i.test(spec.symbol) ? [spec.symbol] : [])),
];

/**
 * The texts the page shows now: per block element, its own text (text nodes whose nearest block is
 * that element), for visible elements only; aria-label, title, alt and placeholder attributes; SVG
 * <text> (and <title> of visible SVGs). Text inside q, blockquote or [lang=en] is left out.
 */
async function pageTexts(page: Page, scope = 'body'): Promise<string[]> {
  return page.evaluate((rootSelector) => {
    const root = document.querySelector(rootSelector);
    if (!root) return [];
    const QUOTE = 'q, blockquote, [lang="en"], script, style, noscript, template';
    const BLOCK = 'p, li, td, th, button, label, h1, h2, h3, h4, h5, h6, figcaption, summary, option, legend, dt, dd, caption, div, section, article, header, footer, nav, main, dialog, figure, form, fieldset, pre, text, title, desc, body';
    const visible = (el: Element): boolean => {
      if (el.closest('svg title, svg desc')) return (el.closest('svg') as Element).checkVisibility();
      if (el.tagName === 'OPTION') return !!el.closest('select')?.checkVisibility();
      return el.checkVisibility({ checkVisibilityCSS: true });
    };
    const byBlock = new Map<Element, string>();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || parent.closest(QUOTE)) continue;
      const block = parent.closest(BLOCK) ?? parent;
      if (!visible(parent)) continue;
      byBlock.set(block, `${byBlock.get(block) ?? ''}${node.textContent}`);
    }
    const texts = [...byBlock.values()].map((s) => s.replace(/\s+/g, ' ').trim());
    for (const el of root.querySelectorAll('[aria-label], [title], [alt], [placeholder], [aria-description]')) {
      if (el.closest(QUOTE) || !visible(el)) continue;
      for (const name of ['aria-label', 'title', 'alt', 'placeholder', 'aria-description']) {
        const value = el.getAttribute(name);
        if (value?.trim()) texts.push(value.trim());
      }
    }
    if (rootSelector === 'body') texts.push(document.title);
    return texts.filter((s) => s.length > 0);
  }, scope);
}

/** Open every <details> (data tables, advanced inputs, chart sections) so their text is read too. */
async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
}

/** The words on the play board's canvas. */
async function boardTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__thresholdPlay?.boardTexts() ?? []);
}

async function go(page: Page, screen: string): Promise<void> {
  await page.evaluate((id) => (location.hash = `#/${id}`), screen);
  await page.waitForFunction((id) => window.__thresholdApp?.screen() === id, screen, { timeout: 20_000 });
  await page.waitForFunction(() => (document.getElementById('main')?.childElementCount ?? 0) > 0);
}

async function waitBoard(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__thresholdPlay?.boardReady() === true, undefined, { timeout: 20_000 });
  await page.waitForFunction(() => (window.__thresholdPlay?.animating() ?? 0) === 0, undefined, { timeout: 10_000 });
}

/** Collect the open dialog `selector`, then close it with `close` (a selector to click, or Escape). */
async function dialogTexts(page: Page, selector: string, close: string | null): Promise<string[]> {
  await page.waitForSelector(selector);
  const texts = await pageTexts(page, selector);
  if (close) await page.click(close);
  else await page.keyboard.press('Escape');
  await page.waitForSelector(selector, { state: 'detached' });
  return texts;
}

/** A step of the walk: what to do on a screen (or a dialog) before and while its texts are read. */
interface Step {
  /** Screen id in the router, or a dialog's name. */
  name: string;
  /** Brings the page there and returns the texts it read (a step may read several states). */
  run(page: Page): Promise<SeenText[]>;
}

const at = (name: string, texts: readonly string[]): SeenText[] => texts.map((text) => ({ screen: name, text }));

/** The screens that need more than a visit, in walk order; any other screen in the navigation gets a plain visit after them. */
const STEPS: Step[] = [
  {
    name: 'choose',
    async run(page) {
      await go(page, 'choose');
      await page.waitForSelector('[data-scenario]');
      return at('choose', await pageTexts(page));
    },
  },
  {
    name: 'setup',
    async run(page) {
      await go(page, 'setup');
      await openAllDetails(page);
      return at('setup', await pageTexts(page));
    },
  },
  {
    name: 'play',
    async run(page) {
      await go(page, 'play');
      await page.waitForSelector('#end-day');
      await waitBoard(page);
      const seen = at('play', [...(await pageTexts(page)), ...(await boardTexts(page))]);
      // The forgiving controls: End day with nothing placed asks first; Restart asks too.
      await page.click('#end-day');
      seen.push(...at('play: end-day dialog', await dialogTexts(page, 'dialog.end-day-confirm[open]', '#end-day-confirm-cancel')));
      await page.locator('#main').focus();
      // A few turns of the plan: rolls, log lines, advice.
      for (let i = 0; i < 2 && (await page.evaluate(() => window.__thresholdPlay?.phase())) !== 'ended'; i += 1) {
        await page.keyboard.press('p');
        await page.keyboard.press(i === 0 ? 'd' : 'm');
        await waitBoard(page);
      }
      seen.push(...at('play: after turns', [...(await pageTexts(page)), ...(await boardTexts(page))]));
      await page.keyboard.press('r');
      seen.push(...at('play: restart dialog', await dialogTexts(page, 'dialog.restart-confirm[open]', '#restart-confirm-cancel')));
      await finishGame(page);
      await waitBoard(page);
      seen.push(...at('play: ended', [...(await pageTexts(page)), ...(await boardTexts(page))]));
      return seen;
    },
  },
  {
    name: 'debrief',
    async run(page) {
      await go(page, 'debrief');
      await debriefReady(page);
      await openAllDetails(page);
      return at('debrief', await pageTexts(page));
    },
  },
  {
    name: 'analysis',
    async run(page) {
      await go(page, 'analysis');
      await page.waitForSelector('#an-sweep svg');
      await analysisReady(page);
      await openAllDetails(page);
      return at('analysis', await pageTexts(page));
    },
  },
  {
    name: 'history',
    async run(page) {
      await go(page, 'history');
      await page.waitForFunction(() => !document.querySelector('#main [aria-busy=true]'), undefined, { timeout: 120_000 });
      await openAllDetails(page);
      return at('history', await pageTexts(page));
    },
  },
  {
    name: 'about',
    async run(page) {
      await go(page, 'about');
      // The About screen's first sections (the guide after them is long reference text).
      const sections = await page.evaluate(() => [...document.querySelectorAll('#main section, #main article')].slice(0, 3).map((_, i) => i));
      const seen: SeenText[] = [];
      if (sections.length === 0) return at('about', await pageTexts(page, '#main'));
      for (const i of sections) seen.push(...at('about', await pageTexts(page, `#main :is(section, article):nth-of-type(${i + 1})`)));
      seen.push(...at('about', await pageTexts(page, 'header')));
      return seen;
    },
  },
  {
    name: 'class',
    async run(page) {
      await go(page, 'class');
      await openAllDetails(page);
      return at('class', await pageTexts(page));
    },
  },
];

/** The header's dialogs, read from the Choose screen after the walk. */
const DIALOGS: Step[] = [
  {
    name: 'Share dialog',
    async run(page) {
      await page.click('#share-button');
      return at('Share dialog', await dialogTexts(page, 'dialog.kit-dialog[open]', 'dialog[open] .dialog-close'));
    },
  },
  {
    name: 'Teacher dialog',
    async run(page) {
      await page.click('#teacher-button');
      await openAllDetails(page);
      return at('Teacher dialog', await dialogTexts(page, 'dialog.kit-dialog[open]', 'dialog[open] .dialog-close'));
    },
  },
  {
    name: 'Help walkthrough',
    async run(page) {
      await page.click('#help');
      await page.waitForSelector('.walkthrough');
      const seen: SeenText[] = [];
      // Every step: Next until the last step's button (Start) closes it.
      for (let step = 0; step < 20 && (await page.locator('.walkthrough').count()) > 0; step += 1) {
        seen.push(...at(`Help walkthrough, step ${step + 1}`, await pageTexts(page, '.walkthrough')));
        await page.click('#wt-next');
      }
      if ((await page.locator('.walkthrough').count()) > 0) await page.click('#wt-skip');
      await page.waitForSelector('.walkthrough', { state: 'detached' });
      return seen;
    },
  },
];

describe('Spanish everywhere the student reads', () => {
  it('walks every screen and dialog in Spanish and finds no English outside quotations and proper names', async () => {
    const { page, errors, close } = await openFresh(`?v=1&scenario=${SCENARIO}&seed=walk#/choose`);
    try {
      await page.selectOption('#language', 'es');
      await page.waitForFunction(() => document.documentElement.lang === 'es');
      const seen: SeenText[] = [];
      const walked = new Set<string>();
      for (const step of STEPS) {
        seen.push(...(await step.run(page)));
        walked.add(step.name);
        await screenshot(page, `spanish-walk-${step.name}`);
      }
      // Any screen in the navigation that STEPS does not know yet: a plain visit.
      const navScreens = await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('#nav a[href^="#/"]')].map((a) => a.getAttribute('href')!.slice(2)));
      for (const screen of navScreens.filter((s) => !walked.has(s))) {
        await go(page, screen);
        await page.waitForFunction(() => !document.querySelector('#main [aria-busy=true]'), undefined, { timeout: 120_000 });
        await openAllDetails(page);
        seen.push(...at(screen, await pageTexts(page)));
        walked.add(screen);
        await screenshot(page, `spanish-walk-${screen}`);
      }
      await go(page, 'choose');
      for (const dialog of DIALOGS) seen.push(...(await dialog.run(page)));

      // The walk read every screen, and Spanish text from each.
      expect([...walked]).toEqual(expect.arrayContaining(['choose', 'setup', 'play', 'debrief', 'analysis', 'history', 'about', 'class']));
      expect(seen.length).toBeGreaterThan(300);
      expect(seen.some((s) => s.screen === 'debrief' && /veredicto/i.test(s.text))).toBe(true);
      for (const dialog of ['Share dialog', 'Teacher dialog']) expect(seen.some((s) => s.screen === dialog)).toBe(true);
      expect(new Set(seen.filter((s) => s.screen.startsWith('Help walkthrough')).map((s) => s.screen)).size).toBeGreaterThan(3);
      // Everything read, for a person to look over (test-output is ignored by git).
      mkdirSync('test-output', { recursive: true });
      writeFileSync('test-output/spanish-walk-texts.json', JSON.stringify(seen, null, 1));
      const found = findEnglish(seen, NAMES);
      expect(found, `English on the Spanish page (${found.length}):\n${describeFindings(found)}`).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 600_000);
});
