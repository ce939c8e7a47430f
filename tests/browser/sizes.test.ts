// Every screen at every size, in real Chromium: at 360, 390 (phones), 768 and 1024 px (tablets), in
// the standard and the high-contrast theme, no screen scrolls sideways (the document is never wider
// than the window) and every control in the header and in <main> (buttons, links, inputs, selects)
// is at least 44×44 px. The only targets left out are the ones WCAG 2.5.8 leaves out: a link inside a
// sentence (it keeps the text's line), and a control that is visually hidden on purpose (a file
// picker behind its button). A checkbox or radio is measured with its label, which is its target.
// At 390 px a tap on "Apply the plan" places the reserve. One page per width walks every screen,
// through a quick game for Play and Debrief. Screenshot: test-output/screenshots/play-390.png.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { baseUrl, openPage } from './browser';
import { finishGame, skipWalkthrough } from './game-helpers';

const WIDTHS = [360, 390, 768, 1024] as const;
/** Every screen, in the order a class meets them; Play and Debrief come from a game played here. */
const SCREENS = ['choose', 'setup', 'play', 'debrief', 'analysis', 'history', 'about', 'class'] as const;
const MIN_TARGET = 44;

interface Audit {
  screen: string;
  scrollWidth: number;
  innerWidth: number;
  /** Elements that reach past the window's right edge (only when the page scrolls sideways). */
  wide: string[];
  /** Controls smaller than 44×44 px, with their size. */
  small: string[];
}

/** Measure the page now: its width against the window's, and every control's box. */
function audit(page: Page, screen: string): Promise<Audit> {
  return page.evaluate(
    ({ screen, min }) => {
      const describe = (el: Element) => {
        const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 32);
        return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} “${label}”`;
      };
      const iw = window.innerWidth;
      const sw = document.documentElement.scrollWidth;
      const wide: string[] = [];
      if (sw > iw) {
        for (const el of document.querySelectorAll('body *')) {
          const box = el.getBoundingClientRect();
          if (box.width > 0 && box.right > iw + 1 && !el.closest('.table-scroll')) wide.push(`${describe(el)} right edge ${Math.round(box.right)} px`);
          if (wide.length >= 8) break;
        }
      }
      const small: string[] = [];
      const controls = document.querySelectorAll('header button, header a[href], header input, header select, main button, main a[href], main input, main select, main textarea');
      for (const el of controls) {
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden' || el.closest('[hidden]')) continue;
        let box = el.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue; // not rendered (closed details, display: none)
        if (box.width <= 1 && box.height <= 1) continue; // visually hidden on purpose (a file picker behind its button)
        // A link inside a sentence keeps the text's line (WCAG 2.5.8, inline exception).
        if (el.tagName === 'A' && style.display === 'inline') {
          const own = (el.textContent ?? '').trim().length;
          const around = (el.parentElement?.textContent ?? '').trim().length;
          if (around > own) continue;
        }
        const input = el as HTMLInputElement;
        if (el.tagName === 'INPUT' && (input.type === 'checkbox' || input.type === 'radio')) {
          const label = el.closest('label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null);
          if (label) box = label.getBoundingClientRect();
        }
        if (box.width < min - 0.5 || box.height < min - 0.5) small.push(`${describe(el)} ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
      return { screen, scrollWidth: sw, innerWidth: iw, wide, small };
    },
    { screen, min: MIN_TARGET },
  );
}

/** Two frames after a change, so layout reflects it. */
const settle = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

async function visit(page: Page, screen: (typeof SCREENS)[number]): Promise<void> {
  await page.evaluate((s) => {
    location.hash = `#/${s}`;
  }, screen);
  await page.waitForFunction((s) => document.querySelector(`#nav a[data-screen="${s}"]`)?.getAttribute('aria-current') === 'page' || s === 'class', screen);
  await page.waitForSelector('main h2');
  if (screen === 'play') await page.waitForSelector('#end-day');
  if (screen === 'debrief') await page.waitForSelector('#distribution');
  if (screen === 'analysis') await page.waitForSelector('.an-layout');
  if (screen === 'history') await page.waitForSelector('#history-table');
  await settle(page);
}

/** What went wrong on one screen, in one line each (empty when it passes). */
function failures(result: Audit, label: string): string[] {
  const out: string[] = [];
  if (result.scrollWidth > result.innerWidth) out.push(`${label} ${result.screen}: the page is ${result.scrollWidth} px wide in a ${result.innerWidth} px window (${result.wide.join('; ')})`);
  if (result.small.length) out.push(`${label} ${result.screen}: targets under 44×44 px: ${result.small.join('; ')}`);
  return out;
}

const counter = (page: Page) => page.evaluate(() => [...document.querySelectorAll('.play-top .counter')].map((c) => c.textContent ?? '').join(' | '));

mkdirSync('test-output/screenshots', { recursive: true });

describe('every screen at every size', () => {
  for (const width of WIDTHS) {
    it(`at ${width} px no screen scrolls sideways and every control is at least 44×44 px, in both themes`, async () => {
      const { page, errors, close } = await openPage('', { width, height: 800 }, { hasTouch: true, isMobile: width < 800 });
      try {
        await skipWalkthrough(page);
        await page.goto(`${baseUrl()}?scenario=venezuela-2025-buildup&seed=sizes#/choose`);
        await page.reload();
        await page.waitForSelector('main h2');
        const problems: string[] = [];
        for (const screen of SCREENS) {
          await visit(page, screen);
          if (screen === 'play') {
            if (width === 390) {
              // A tap (touch, not a mouse click) on "Apply the plan" places the reserve.
              const before = await counter(page);
              await page.tap('#apply-plan');
              await page.waitForFunction((text) => [...document.querySelectorAll('.play-top .counter')].map((c) => c.textContent ?? '').join(' | ') !== text, before);
              expect(await counter(page)).not.toBe(before);
              problems.push(...failures(await audit(page, 'play (day 0, placed)'), `${width} px`));
              await page.screenshot({ path: 'test-output/screenshots/play-390.png', fullPage: true });
            }
            problems.push(...failures(await audit(page, screen), `${width} px`));
            await finishGame(page);
            await settle(page);
          }
          problems.push(...failures(await audit(page, screen === 'play' ? 'play (ended)' : screen), `${width} px`));
        }
        // The projector theme: larger type, thicker borders; the same rules hold.
        await page.click('#theme-toggle');
        await page.waitForFunction(() => document.documentElement.dataset.theme === 'high-contrast');
        for (const screen of SCREENS) {
          await visit(page, screen);
          problems.push(...failures(await audit(page, screen), `${width} px, high contrast,`));
        }
        expect(problems, problems.join('\n')).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    }, 180_000);
  }
});
