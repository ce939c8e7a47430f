// Keyboard access on every screen: Tab reaches every visible interactive control (and Shift+Tab
// walks the same order back), each control shows a focus indicator (its computed outline or
// box-shadow changes when focused), and the dialogs (Share, Teacher, walkthrough) keep focus inside
// while open and hand it back to the control that opened them on Escape.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { baseUrl, sharedBrowser, screenshot } from './browser';
import { phase, playToEnd, skipWalkthrough, analysisReady, debriefReady } from './game-helpers';

let browser: Browser;
let page: Page;

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

interface Stop {
  key: string;
  changed: boolean;
  ring: string;
}

/** Number every visible, enabled control in tab order (tabIndex ≥ 0) and record its unfocused look. */
async function markControls(scope = 'body'): Promise<string[]> {
  return page.evaluate(
    ([selector, root]) => {
      const look = (el: Element) => {
        const s = getComputedStyle(el);
        return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}`;
      };
      // Record unfocused looks: the control that has focus now is blurred meanwhile.
      const active = document.activeElement as HTMLElement | null;
      active?.blur();
      const keys: string[] = [];
      let n = 0;
      for (const el of document.querySelector(root)!.querySelectorAll<HTMLElement>(selector)) {
        // Inside a closed <details> a control is not shown (its summary, a control itself, opens it).
        const folded = el.tagName !== 'SUMMARY' && el.closest('details:not([open])') !== null;
        const visible = !folded && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
        if (!visible || el.tabIndex < 0 || (el as HTMLButtonElement).disabled || el.closest('[inert]')) continue;
        // A radio group is one tab stop: only its checked (or first) button is reached by Tab.
        if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
          const group = [...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${el.name}"]`)];
          const stop = group.find((r) => r.checked) ?? group[0];
          if (stop !== el) continue;
        }
        n += 1;
        el.dataset.kb = `${n}:${el.id || el.tagName.toLowerCase()}`;
        el.dataset.kbLook = look(el);
        keys.push(el.dataset.kb);
      }
      active?.focus();
      return keys;
    },
    [FOCUSABLE, scope] as const,
  );
}

/**
 * What has focus now: its key, and whether its focused look differs from its unfocused one with a
 * ring (outline ≥ 2px or a box-shadow) of at least 3:1 contrast against the background behind it
 * (WCAG 1.4.11), round a control big enough to see.
 */
async function focused(): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || !el.dataset.kb) return el && el !== document.body ? { key: `unmarked ${el.tagName} ${el.id} ${el.className}`, changed: false, ring: '' } : null;
    const rgb = (text: string) =>
      text
        .match(/rgba?\(([^)]+)\)/)?.[1]
        .split(',')
        .map((v) => parseFloat(v)) ?? null;
    const luminance = ([r, g, b]: number[]) => {
      const lin = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    let behind = [255, 255, 255];
    for (let up = el.parentElement; up; up = up.parentElement) {
      const c = rgb(getComputedStyle(up).backgroundColor);
      if (c && (c.length < 4 || c[3] > 0.5)) {
        behind = c;
        break;
      }
    }
    const contrast = (c: number[] | null) => {
      if (!c || (c.length > 3 && c[3] < 0.5)) return 1;
      const [a, b] = [luminance(c), luminance(behind)].sort((x, y) => y - x);
      return (a + 0.05) / (b + 0.05);
    };
    const s = getComputedStyle(el);
    const now = `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}`;
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 ? contrast(rgb(s.outlineColor)) : 0;
    const shadow = s.boxShadow !== 'none' ? contrast(rgb(s.boxShadow)) : 0;
    // A ring round a 1-pixel (visually hidden) control is not something anyone can see.
    const rect = el.getBoundingClientRect();
    const big = rect.width >= 6 && rect.height >= 6;
    const best = Math.max(outline, shadow);
    return { key: el.dataset.kb, changed: now !== el.dataset.kbLook && best >= 3 && big, ring: `${now} | ${best.toFixed(1)}:1 | ${Math.round(rect.width)}x${Math.round(rect.height)}` };
  });
}

/**
 * From `start`, press Tab (or Shift+Tab) until focus leaves the page or comes back to `start`; the
 * stops in order. `start` is focused by script, then left and re-entered by the keyboard, so its
 * ring is the one a keyboard user sees (Chrome keeps its own starting point for sequential focus).
 */
async function walk(key: 'Tab' | 'Shift+Tab', start: string, limit: number): Promise<Stop[]> {
  await page.evaluate((k) => (document.querySelector(`[data-kb="${k}"]`) as HTMLElement).focus(), start);
  await page.keyboard.press(key);
  await page.keyboard.press(key === 'Tab' ? 'Shift+Tab' : 'Tab');
  const stops: Stop[] = [];
  for (let i = 0; i < limit; i += 1) {
    const stop = await focused();
    if (stop === null || (stops.length && stop.key === start)) break;
    stops.push(stop);
    await page.keyboard.press(key);
  }
  return stops;
}

async function expectKeyboardReach(name: string): Promise<void> {
  const controls = await markControls();
  expect(controls.length, `${name}: controls found`).toBeGreaterThan(3);
  const forward = await walk('Tab', controls[0], controls.length + 10);
  const reached = forward.map((s) => s.key);
  expect(
    reached.filter((k) => k.startsWith('unmarked')),
    `${name}: focus on controls not counted`,
  ).toEqual([]);
  expect(
    controls.filter((k) => !reached.includes(k)),
    `${name}: not reached by Tab (reached ${reached.join(' ')})`,
  ).toEqual([]);
  expect(
    forward.filter((s) => !s.changed).map((s) => `${s.key} (${s.ring})`),
    `${name}: no visible focus`,
  ).toEqual([]);
  console.log(`${name}: ${controls.length} controls, ${forward.length} Tab stops`);
  const backward = await walk('Shift+Tab', reached[reached.length - 1], controls.length + 10);
  // A picture of the ring on a control in the middle of the page, reached by the keyboard.
  await walk('Tab', reached[Math.floor(reached.length / 2)], 1);
  await screenshot(page, `keyboard-${name}`);
  expect(
    backward.map((s) => s.key),
    `${name}: Shift+Tab order`,
  ).toEqual([...reached].reverse());
}

/** Open a dialog from `opener` with the keyboard, check focus stays inside, close with Escape. */
async function expectTrapped(opener: string, dialog: string): Promise<void> {
  await page.focus(opener);
  await page.keyboard.press('Enter');
  await page.waitForSelector(dialog);
  const inside = () => page.evaluate((sel) => !!document.activeElement && document.activeElement !== document.body && !!document.querySelector(sel)?.contains(document.activeElement), dialog);
  expect(await inside(), `${dialog}: focus moves into the dialog`).toBe(true);
  const count = (await markControls(dialog)).length;
  expect(count, `${dialog}: controls`).toBeGreaterThan(0);
  const seen = new Set<string>();
  for (const key of ['Tab', 'Shift+Tab'] as const) {
    for (let i = 0; i < count * 2 + 2; i += 1) {
      await page.keyboard.press(key);
      expect(await inside(), `${dialog}: focus after ${key} #${i + 1}`).toBe(true);
      const stop = await focused();
      if (stop) {
        seen.add(stop.key);
        expect(stop.changed, `${dialog}: visible focus on ${stop.key} (${stop.ring})`).toBe(true);
      }
    }
  }
  expect(seen.size, `${dialog}: every control reached`).toBe(count);
  await page.keyboard.press('Escape');
  await page.waitForSelector(dialog, { state: 'detached' });
  const back = await page.evaluate((sel) => document.activeElement === document.querySelector(sel), opener);
  expect(back, `${dialog}: focus back on ${opener}`).toBe(true);
}

beforeAll(async () => {
  browser = await sharedBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  page = await context.newPage();
  await skipWalkthrough(page);
});

afterAll(async () => {
  await browser?.close();
});

describe('keyboard: every control by Tab with a visible focus, dialogs trap focus', () => {
  it('the check works: a control whose focus ring is removed is reported', async () => {
    await page.goto(baseUrl() + '#/choose');
    await page.waitForSelector('.scenario-card');
    // Through the CSSOM: the page's CSP refuses a planted <style> element.
    await page.evaluate(() => document.getElementById('share-button')?.style.setProperty('outline', 'none', 'important'));
    await markControls();
    await page.focus('#teacher-button');
    await page.keyboard.press('Shift+Tab');
    const stop = await focused();
    expect(stop?.key).toMatch(/share-button/);
    expect(stop?.changed, stop?.ring).toBe(false);
    await page.evaluate(() => document.getElementById('share-button')?.style.removeProperty('outline'));
    // A 1-pixel control (visually hidden) cannot show its focus either.
    await page.evaluate(() => {
      document.getElementById('share-button')!.style.cssText = 'position:absolute;width:1px;height:1px;padding:0;border:0;overflow:hidden';
    });
    await page.focus('#teacher-button');
    await page.keyboard.press('Shift+Tab');
    const hidden = await focused();
    expect(hidden?.key).toMatch(/share-button/);
    expect(hidden?.changed, hidden?.ring).toBe(false);
    await page.evaluate(() => {
      document.getElementById('share-button')!.style.cssText = '';
    });
  });

  for (const highContrast of [false, true]) {
    describe(highContrast ? 'high contrast' : 'standard theme', () => {
      it('choose, with the Share and Teacher dialogs', async () => {
        await page.goto(baseUrl() + '#/choose');
        await page.waitForSelector('.scenario-card');
        if ((await page.getAttribute('#theme-toggle', 'aria-pressed')) !== String(highContrast)) await page.click('#theme-toggle');
        await expectKeyboardReach(`choose${highContrast ? '-hc' : ''}`);
        await expectTrapped('#share-button', 'dialog.share-dialog');
        await expectTrapped('#teacher-button', 'dialog.teacher-dialog');
      });

      it('set up', async () => {
        await page.goto(baseUrl() + '#/setup');
        await page.waitForSelector('#seed');
        await expectKeyboardReach(`setup${highContrast ? '-hc' : ''}`);
      });

      it('play, the walkthrough, and debrief', async () => {
        await page.goto(baseUrl() + '#/play');
        await page.waitForFunction(() => !!window.__thresholdPlay?.boardReady(), null, { timeout: 60_000 });
        await expectKeyboardReach(`play${highContrast ? '-hc' : ''}`);
        await expectTrapped('.help-inline', '.walkthrough');
        // Letters typed inside a dialog do not reach the game's shortcuts behind it (P applies the plan).
        const log = () => page.evaluate(() => document.getElementById('board-description')?.textContent);
        const before = await log();
        for (const [opener, dialog] of [
          ['#share-button', 'dialog.share-dialog'],
          ['.help-inline', '.walkthrough'],
        ]) {
          await page.focus(opener);
          await page.keyboard.press('Enter');
          await page.waitForSelector(dialog);
          await page.keyboard.press('Tab');
          await page.keyboard.press('p');
          await page.keyboard.press('Escape');
          await page.waitForSelector(dialog, { state: 'detached' });
        }
        expect(await log()).toBe(before);
        if ((await phase(page)) === 'entry') {
          // The control: the same key outside the dialogs does apply the plan.
          await page.locator('#main').focus();
          await page.keyboard.press('p');
          await page.waitForFunction((text) => document.getElementById('board-description')?.textContent !== text, before);
        }
        await page.locator('#main').focus();
        await playToEnd(page);
        await page.goto(baseUrl() + '#/debrief');
        await page.waitForSelector('#main h2');
        // The debrief's panels arrive from the workers: count its controls once they are all there.
        await debriefReady(page);
        await expectKeyboardReach(`debrief${highContrast ? '-hc' : ''}`);
      });

      it('analysis', async () => {
        await page.goto(baseUrl() + '#/analysis');
        await analysisReady(page);
        await expectKeyboardReach(`analysis${highContrast ? '-hc' : ''}`);
      });
    });
  }
});
