// The game on a projector, in real Chromium, at 1280×720 and 1920×1080, in the standard and the
// high-contrast theme: the Play title is shown whole (it wraps, never "…build-up (10,0…"); the key
// letters inside End day and End month read at 4.5:1 or better against what is behind them, on the
// primary and on the disabled button alike; each region card holds its "+" and "all" buttons; the
// odds text is at least 16 px; the board's sentence for screen readers is hidden on screen yet in
// the accessibility tree; at 1920 px the quote cards of Analysis and Debrief are each at least 300 px
// wide. Screenshots: test-output/screenshots/debrief-1920.png (the projector Debrief) and
// play-1280-high-contrast.png.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { baseUrl, openPage } from './browser';
import { debriefReady, finishGame, skipWalkthrough } from './game-helpers';

interface PlayFacts {
  title: { scrollWidth: number; clientWidth: number; cut: boolean; text: string };
  /** The contrast of each key letter with the colour behind it, as the eye sees it (opacity blended). */
  kbd: { button: string; disabled: boolean; contrast: number }[];
  /** Region cards whose "+" or "all" button reaches outside the card. */
  outside: string[];
  /** The odds texts' font sizes in px. */
  odds: { selector: string; px: number }[];
  description: { width: number; height: number; clipped: boolean; text: string };
}

/** Facts of the Play screen as laid out now. */
function playFacts(page: Page): Promise<PlayFacts> {
  return page.evaluate(() => {
    type RGBA = [number, number, number, number];
    const parse = (css: string): RGBA => {
      const m = css.match(/rgba?\(([^)]+)\)/);
      if (!m) return [0, 0, 0, 0];
      const p = m[1]
        .split(/[ ,/]+/)
        .filter(Boolean)
        .map(Number);
      return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
    };
    const over = (top: RGBA, below: RGBA): RGBA => {
      const a = top[3];
      return [top[0] * a + below[0] * (1 - a), top[1] * a + below[1] * (1 - a), top[2] * a + below[2] * (1 - a), 1];
    };
    /** The opaque colour an element's background shows, with every ancestor's background and opacity below it. */
    const backdrop = (el: Element | null): RGBA => {
      const chain: Element[] = [];
      for (let e = el; e; e = e.parentElement) chain.unshift(e);
      let colour: RGBA = [255, 255, 255, 1];
      for (const e of chain) {
        const style = getComputedStyle(e);
        const own = parse(style.backgroundColor);
        const opacity = Number(style.opacity);
        colour = over([own[0], own[1], own[2], own[3] * opacity], colour);
      }
      return colour;
    };
    /** Product of the opacities of an element and its ancestors. */
    const opacityOf = (el: Element) => {
      let o = 1;
      for (let e: Element | null = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
      return o;
    };
    const luminance = (c: RGBA) => {
      const ch = c.slice(0, 3).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
    };
    const contrast = (a: RGBA, b: RGBA) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    const title = document.querySelector('.play-top h2') as HTMLElement;
    const titleStyle = getComputedStyle(title);
    const kbd = ['#end-day', '#end-month'].map((id) => {
      const button = document.querySelector(id) as HTMLButtonElement;
      const key = button.querySelector('kbd')!;
      const behind = backdrop(key);
      const text = parse(getComputedStyle(key).color);
      const seen = over([text[0], text[1], text[2], text[3] * opacityOf(key)], behind);
      return { button: id, disabled: button.disabled, contrast: Math.round(contrast(seen, behind) * 100) / 100 };
    });
    const outside: string[] = [];
    for (const card of document.querySelectorAll('.region')) {
      const box = card.getBoundingClientRect();
      for (const b of card.querySelectorAll('button.plus, button.all')) {
        const r = b.getBoundingClientRect();
        if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5)
          outside.push(`${b.id}: ${Math.round(r.left)}–${Math.round(r.right)} in card ${Math.round(box.left)}–${Math.round(box.right)}`);
      }
    }
    const odds: { selector: string; px: number }[] = [];
    for (const selector of ['.odds-strip', '.next-odds', '.entry-info .small']) {
      for (const el of document.querySelectorAll(selector)) odds.push({ selector, px: Number.parseFloat(getComputedStyle(el).fontSize) });
    }
    const description = document.getElementById('board-description')!;
    const d = description.getBoundingClientRect();
    const ds = getComputedStyle(description);
    return {
      title: { scrollWidth: title.scrollWidth, clientWidth: title.clientWidth, cut: titleStyle.textOverflow === 'ellipsis' && titleStyle.overflow !== 'visible' && titleStyle.whiteSpace === 'nowrap', text: title.textContent ?? '' },
      kbd,
      outside,
      odds,
      description: { width: d.width, height: d.height, clipped: ds.clipPath === 'inset(50%)' || ds.clip === 'rect(0px, 0px, 0px, 0px)', text: description.textContent ?? '' },
    };
  });
}

/**
 * The board sentence in Chromium's accessibility tree: its paragraph is not ignored, and the board
 * (role img, aria-describedby) carries it as its accessible description.
 */
async function describedInTree(page: Page): Promise<{ ignored: boolean; description: string }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const node = async (selector: string) => {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
      return nodes[0];
    };
    const paragraph = await node('#board-description');
    const board = await node('#board');
    return { ignored: Boolean(paragraph?.ignored), description: String(board?.description?.value ?? '') };
  } finally {
    await cdp.detach();
  }
}

/** Check the Play screen (entry phase, with the plan applied so the odds are shown) in the current theme. */
async function checkPlay(page: Page, label: string): Promise<void> {
  const facts = await playFacts(page);
  expect(facts.title.scrollWidth, `${label}: title “${facts.title.text}”`).toBeLessThanOrEqual(facts.title.clientWidth);
  expect(facts.title.cut, `${label}: title cut with an ellipsis`).toBe(false);
  expect(facts.title.text).toContain('(10,000)');
  expect(facts.kbd.some((k) => k.disabled)).toBe(true); // End month is disabled in the entry phase
  for (const k of facts.kbd) expect(k.contrast, `${label}: key letter of ${k.button}${k.disabled ? ' (disabled)' : ''}`).toBeGreaterThanOrEqual(4.5);
  expect(facts.outside, `${label}: ${facts.outside.join('; ')}`).toEqual([]);
  expect(facts.odds.length).toBeGreaterThan(0);
  for (const o of facts.odds) expect(o.px, `${label}: ${o.selector}`).toBeGreaterThanOrEqual(16);
  expect(facts.description.text.length).toBeGreaterThan(20);
  expect(facts.description.width <= 1 && facts.description.height <= 1 && facts.description.clipped, `${label}: board description ${JSON.stringify(facts.description)}`).toBe(true);
  const node = await describedInTree(page);
  expect(node.ignored).toBe(false);
  expect(node.description).toBe(facts.description.text.trim());
}

async function setTheme(page: Page, theme: 'standard' | 'high-contrast'): Promise<void> {
  const now = await page.evaluate(() => document.documentElement.dataset.theme ?? 'standard');
  if (now !== theme) await page.click('#theme-toggle');
  await page.waitForFunction((t) => (document.documentElement.dataset.theme ?? 'standard') === t, theme);
}

/** Open the 10,000 build-up at `viewport` on Play, with the automatic plan's troops placed. */
async function openPlay(viewport: { width: number; height: number }) {
  const opened = await openPage('', viewport);
  await skipWalkthrough(opened.page);
  await opened.page.goto(`${baseUrl()}?scenario=venezuela-2025-buildup&seed=projector#/play`);
  await opened.page.reload();
  await opened.page.waitForSelector('#end-day');
  await opened.page.click('#apply-plan');
  await opened.page.waitForSelector('.next-odds');
  return opened;
}

mkdirSync('test-output/screenshots', { recursive: true });

describe('on a projector', () => {
  it('at 1280×720, in both themes: the Play title whole, key letters readable, "+" and "all" inside their card, odds at 16 px, the board sentence off screen but read', async () => {
    const { page, errors, close } = await openPlay({ width: 1280, height: 720 });
    try {
      for (const theme of ['standard', 'high-contrast'] as const) {
        await setTheme(page, theme);
        await checkPlay(page, `1280, ${theme}`);
      }
      await page.screenshot({ path: 'test-output/screenshots/play-1280-high-contrast.png' });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 60_000);

  it('at 1920×1080, in both themes: the same on Play, and the quote cards of Analysis and Debrief at least 300 px wide', async () => {
    const { page, errors, close } = await openPlay({ width: 1920, height: 1080 });
    try {
      for (const theme of ['high-contrast', 'standard'] as const) {
        await setTheme(page, theme);
        await checkPlay(page, `1920, ${theme}`);
      }
      await finishGame(page);
      await page.evaluate(() => {
        location.hash = '#/debrief';
      });
      await debriefReady(page);
      await page.locator('#claims').scrollIntoViewIfNeeded();
      const widths = async (selector: string) => page.$$eval(selector, (cards) => cards.map((c) => Math.round(c.getBoundingClientRect().width)));
      for (const theme of ['high-contrast', 'standard'] as const) {
        await setTheme(page, theme);
        const claims = await widths('.claim-card');
        expect(claims.length).toBeGreaterThan(0);
        for (const w of claims) expect(w, `debrief claim cards ${claims.join(', ')} px (${theme})`).toBeGreaterThanOrEqual(300);
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: 'test-output/screenshots/debrief-1920.png' });
      await page.evaluate(() => {
        location.hash = '#/analysis';
      });
      await page.waitForSelector('.an-card');
      for (const theme of ['high-contrast', 'standard'] as const) {
        await setTheme(page, theme);
        const cards = await widths('.an-card');
        expect(cards.length).toBeGreaterThan(0);
        for (const w of cards) expect(w, `analysis quote cards ${cards.join(', ')} px (${theme})`).toBeGreaterThanOrEqual(300);
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 240_000);
});
