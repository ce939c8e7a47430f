// The schematic board in real Chromium: regions drawn at their rough relative positions (West &
// Zulia west of the capital region and the northeast, the Andes south-west, Guayana south-east),
// hover and keyboard focus ring a region and mark its row, a turn's colour changes animate after the
// day ends and, with reduced motion, the new state is drawn at once; at phone widths the board fits
// its column and a click on a small circle places a token in that very region, also after the
// page's layout has moved the board.
// Screenshots: test-output/screenshots/board-1280.png, board-390.png.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { STATUS_FILL } from '../../src/view/board-paint';
import type { RegionStatus } from '../../src/model/types';
import { openPage, screenshot } from './browser';
import { playFromChoose } from './game-helpers';

const BUILDUP = 'venezuela-2025-buildup';

async function startBuildup(page: Page): Promise<void> {
  await playFromChoose(page, BUILDUP, { spots: 7 });
}

const spots = (page: Page) => page.evaluate(() => window.__thresholdBoard!.spots());
type Spot = Awaited<ReturnType<typeof spots>>[number];
const byId = (list: Spot[]) => Object.fromEntries(list.map((s) => [s.id, s])) as Record<string, Spot>;

/** Each region's state as its row shows it. */
const rowStatuses = (page: Page) => page.evaluate(() => Object.fromEntries([...document.querySelectorAll<HTMLElement>('li.region[data-region]')].map((li) => [li.dataset.region!, li.dataset.status!])));

/** Apply the plan (its tokens travel, its regions become "being entered"), then read the board before any frame runs. */
async function applyPlan(page: Page) {
  return page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur?.();
    const before = Object.fromEntries(window.__thresholdBoard!.spots().map((s) => [s.id, s.fill]));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'p', bubbles: true, cancelable: true }));
    return { before, after: window.__thresholdBoard!.spots(), animating: window.__thresholdPlay!.animating() };
  });
}

describe('the schematic board', () => {
  it('follows the regions’ rough positions, rings a region under the pointer or with keyboard focus, and marks its row', async () => {
    const { page, errors, close } = await openPage('', { width: 1280, height: 720 });
    try {
      await startBuildup(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      const at = byId(await spots(page));
      // West → east on screen, and north → south where the positions say so.
      expect(at.west.clientX).toBeLessThan(at.central.clientX);
      expect(at.central.clientX).toBeLessThan(at.capital.clientX);
      expect(at.capital.clientX).toBeLessThan(at.northeast.clientX);
      expect(at.andes.clientX).toBeLessThan(at.west.clientX);
      expect(at.andes.clientY).toBeGreaterThan(at.west.clientY);
      expect(at.plains.clientY).toBeGreaterThan(at.capital.clientY);
      expect(at.guayana.clientY).toBeGreaterThan(at.northeast.clientY);
      expect(at.guayana.clientX).toBeGreaterThan(at.plains.clientX);

      // Hover: the circle gets the ring and its row the mark; moving off every circle clears both.
      await page.mouse.move(at.andes.clientX, at.andes.clientY);
      await page.waitForFunction(() => window.__thresholdBoard!.hoveredRow() === 'andes');
      await screenshot(page, 'board-1280');
      expect(byId(await spots(page)).andes.highlighted).toBe(true);
      expect(await page.locator('li.region[data-region="andes"]').getAttribute('data-board-hover')).toBe('true');
      const board = (await page.locator('#board canvas').boundingBox())!;
      await page.mouse.move(board.x + 4, board.y + board.height - 4);
      await page.waitForFunction(() => window.__thresholdBoard!.hoveredRow() === null);
      expect(byId(await spots(page)).andes.highlighted).toBe(false);
      expect(await page.locator('li.region[data-region="andes"]').getAttribute('data-board-hover')).toBeNull();

      // Keyboard focus in a row rings that region (and only it).
      await page.focus('#name-plains');
      expect(
        Object.values(byId(await spots(page)))
          .filter((s) => s.highlighted)
          .map((s) => s.id),
      ).toEqual(['plains']);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('li.region')?.getAttribute('data-region'))).toBe('plains');
      expect(byId(await spots(page)).plains.highlighted).toBe(true);
      await page.focus('#name-guayana');
      expect(
        Object.values(byId(await spots(page)))
          .filter((s) => s.highlighted)
          .map((s) => s.id),
      ).toEqual(['guayana']);
      // Selecting a row (Enter on its name) selects the region on the board.
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => window.__thresholdBoard!.spots().find((s) => s.id === 'guayana')?.selected === true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('plays a turn’s colour changes after its moves; with reduced motion the new state is drawn at once', async () => {
    for (const reduced of [false, true]) {
      const { page, errors, close } = await openPage('', { width: 1280, height: 720 });
      try {
        await page.emulateMedia({ reducedMotion: reduced ? 'reduce' : 'no-preference' });
        await startBuildup(page);
        const { before, after, animating } = await applyPlan(page);
        const statuses = (await rowStatuses(page)) as Record<string, RegionStatus>;
        const changed = after.filter((s) => STATUS_FILL[statuses[s.id]] !== before[s.id]);
        expect(changed.length, 'the plan commits some regions').toBeGreaterThan(0);
        if (reduced) {
          expect(animating).toBe(0);
          for (const s of after) expect(s.fill, `${s.id} drawn at once`).toBe(STATUS_FILL[statuses[s.id]]);
        } else {
          expect(animating).toBeGreaterThan(0);
          // The turn is decided at once; on the board the changed regions still show their old colour, then turn.
          for (const s of changed) expect(s.fill, `${s.id} still in its old colour`).toBe(before[s.id]);
          await page.waitForFunction(() => window.__thresholdPlay!.animating() === 0);
          const settled = byId(await spots(page));
          for (const s of changed) expect(settled[s.id].fill).toBe(STATUS_FILL[statuses[s.id]]);
        }
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    }
  });

  it('fits a 390 px and a 360 px screen, and a click on a small circle there places a token in that region', async () => {
    for (const width of [390, 360]) {
      const { page, errors, close } = await openPage('', { width, height: 844 });
      try {
        await startBuildup(page);
        const box = (await page.locator('#board').boundingBox())!;
        const canvas = (await page.locator('#board canvas').boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        expect(canvas.x + canvas.width).toBeLessThanOrEqual(width + 0.5);
        // The board itself does not make the page scroll sideways.
        const widest = await page.evaluate(() => Math.max(document.querySelector('#board')!.scrollWidth, document.querySelector('.board-column')!.getBoundingClientRect().right));
        expect(widest).toBeLessThanOrEqual(width);
        if (width !== 390) continue;
        await page.locator('#board').scrollIntoViewIfNeeded();
        const guayana = byId(await spots(page)).guayana;
        expect(guayana.clientRadius).toBeLessThan(guayana.radius); // drawn scaled down
        await page.mouse.click(guayana.clientX, guayana.clientY);
        await expect(page.locator('li.region[data-region="guayana"] .troops output').textContent()).resolves.not.toBe('0');
        for (const other of ['capital', 'plains', 'northeast']) await expect(page.locator(`li.region[data-region="${other}"] .troops output`).textContent()).resolves.toBe('0');
        // The page's layout moves the board down (a panel opens above it; the window keeps its size)
        // while the board's render loop sleeps: a click still lands in the circle under the pointer.
        await page.waitForFunction(() => window.__thresholdBoard!.asleep(), undefined, { timeout: 20_000 });
        await page.evaluate(() => document.querySelector('#board')!.before(Object.assign(document.createElement('div'), { id: 'spacer', style: 'height:150px' })));
        const andes = byId(await spots(page)).andes;
        await page.mouse.click(andes.clientX, andes.clientY);
        await expect(page.locator('li.region[data-region="andes"] .troops output').textContent()).resolves.not.toBe('0');
        await page.evaluate(() => document.querySelector('#spacer')!.remove());
        await page.waitForFunction(() => window.__thresholdPlay!.animating() === 0);
        await page.locator('#board').scrollIntoViewIfNeeded();
        await page.locator('#board').screenshot({ path: 'test-output/screenshots/board-390.png' });
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    }
  });
});
