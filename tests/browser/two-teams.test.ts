// A game for two in real Chromium: the mode choice, the defender team's set-up (keyboard), the cover
// screen that hides its choices, the intervener's play to the end, and the debrief panel that reveals
// both teams' choices beside the automatic ones. The page's result equals the engine's for the same
// actions; one player (the automatic defender) equals today's game.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runOne } from '../../src/engine/campaign';
import { applyAction, createGame, isRejection } from '../../src/engine/play';
import type { GameAction, GameState } from '../../src/model/types';
import { openPage, screenshot } from './browser';
import { finishGame, phase, playFromChoose, shippedScenario } from './game-helpers';

const BUILDUP = 'venezuela-2025-buildup';
const SEED = '42';
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value));
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's serious or critical findings, and any WCAG 2.x A/AA finding, inside `selector`. */
async function axeFailures(page: Page, selector: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  return page.evaluate(async (within) => {
    const axe = (window as unknown as { axe: { run(ctx: Element, opts: object): Promise<{ violations: { id: string; impact: string | null; tags: string[]; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document.querySelector(within)!, { resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.tags.some((tag) => /^wcag2[01]?a{1,2}$/.test(tag))).map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  }, selector);
}

async function startBuildup(page: Page): Promise<void> {
  await playFromChoose(page, BUILDUP);
}

/** The engine's game for the same actions, each turn the automatic plan's. */
function engineGame(actions: GameAction[]): GameState {
  let state = createGame(shippedScenario(BUILDUP), {}, SEED, 0);
  const step = (action: GameAction) => {
    const result = applyAction(state, action);
    if (isRejection(result)) throw new Error(JSON.stringify(result));
    state = result.state;
  };
  actions.forEach(step);
  while (state.phase !== 'ended') {
    step({ type: 'plan/apply' });
    step({ type: state.phase === 'entry' ? 'day/end' : 'month/end' });
  }
  return state;
}

describe('a game for two', () => {
  it('runs from the mode choice through the defender set-up and cover screen to a debrief that shows both teams', async () => {
    // bypassCSP: the app's policy refuses inline scripts, and axe is injected as one (test only).
    const { page, errors, close } = await openPage('', undefined, { bypassCSP: true });
    try {
      await startBuildup(page);
      const scenario = shippedScenario(BUILDUP);
      const capital = scenario.regions.find((r) => r.capital)!;
      await expect(page.locator('#mode-one').isVisible()).resolves.toBe(true);
      await page.click('#mode-two');
      await page.waitForSelector('#teams-overlay #defender-ready');
      // The defender team sets its choices with the keyboard: capital share 30% → 60%, capital posture to
      // the top of the published range, militia held back to month 12.
      await page.focus('#defender-capital-share');
      for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
      await page.focus(`#defender-posture-${capital.id}`);
      await page.keyboard.press('End');
      await page.selectOption('#defender-militia', '12');
      const share = Number(await page.inputValue('#defender-capital-share'));
      const posture = Number(await page.inputValue(`#defender-posture-${capital.id}`));
      expect(share).toBeCloseTo(0.6, 9);
      expect(posture).toBe(1.6);
      await expect(page.locator('#defender-capital-share-value').textContent()).resolves.toContain('60%');
      await expect(page.locator('#teams-gate').textContent()).resolves.toContain('Dupuy');
      await screenshot(page, 'two-teams-defender');
      expect(await axeFailures(page, '#teams-overlay')).toEqual([]);
      // The play screen's shortcuts do nothing behind the gate, even with the focus outside it.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('p');
      await page.keyboard.press('d');
      expect(await page.evaluate(() => window.__thresholdPlay?.phase())).toBe('entry');
      await expect(page.locator('#reserve').textContent()).resolves.toContain('10,000');
      await page.click('#defender-ready');

      // Covered: the defender's choices are nowhere on the page, and the board is under the cover.
      await page.waitForSelector('#cover-continue');
      await expect(page.locator('#teams-gate h2').textContent()).resolves.toBe('Pass the device to the intervener team');
      await expect(page.locator('#defender-capital-share, #defender-militia, [id^="defender-posture-"]').count()).resolves.toBe(0);
      const visible = await page.evaluate(() => document.body.innerText);
      for (const secret of ['60%', '1.6', 'month 12', 'Held back']) expect(visible).not.toContain(secret);
      const covered = await page.evaluate(() => {
        const board = document.querySelector('.board-column')!.getBoundingClientRect();
        const top = document.elementFromPoint(board.left + board.width / 2, board.top + board.height / 2);
        return !!top?.closest('#teams-overlay');
      });
      expect(covered).toBe(true);
      await screenshot(page, 'two-teams-cover');
      await page.click('#cover-continue');
      await expect(page.locator('#teams-overlay').count()).resolves.toBe(0);
      await expect(page.locator('#mode-two').count()).resolves.toBe(0);
      expect(await phase(page)).toBe('entry');

      // The intervener plays the automatic plan to the end.
      await finishGame(page);
      const expected = engineGame([
        { type: 'defender/spread', capitalShare: share },
        ...scenario.regions.map((r): GameAction => ({ type: 'defender/posture', region: r.id, posture: r.id === capital.id ? posture : scenario.defender.posture.value })),
        { type: 'defender/militia', month: 12 },
        { type: 'defender/ready', team: true },
      ]);
      expect(await page.evaluate(() => JSON.parse(JSON.stringify(window.__thresholdPlay?.result())))).toEqual(plain(expected.result));
      await expect(page.locator('#log').textContent()).resolves.toContain('From month 12 on, the militia has joined the resistance');

      // The debrief reveals both teams' choices beside the automatic ones.
      await page.click('#to-debrief');
      await page.waitForSelector('#teams-panel');
      const panel = (await page.locator('#teams-panel').textContent()) ?? '';
      // The panel says which parts of the debrief answer for this defence and which for the published set-up.
      expect(await page.locator('#teams-panel-scope').textContent()).toContain('automatic defender');
      expect(panel).toContain('The defender team put 60% of its fighting regulars in');
      expect(panel).toContain('the automatic defender puts 30%');
      expect(panel).toContain('It changed the posture in 1 of 7 regions from the automatic 1.3');
      expect(panel).toContain('Its militia joined the resistance from month 12 of control (held back)');
      expect(panel).toContain('The intervener team placed 10,000 troops in 1 region before day 1.');
      expect(panel).toContain('Against the same defence, the automatic plan places 10,000 in 1 region.');
      await expect(page.locator('#teams-defender tbody tr').count()).resolves.toBe(1 + 7 + 1);
      await expect(page.locator('#teams-intervener tbody tr').count()).resolves.toBe(7);
      await page.locator('#teams-panel').scrollIntoViewIfNeeded();
      await screenshot(page, 'two-teams-debrief');
      expect(await axeFailures(page, '#teams-panel')).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('one player meets the automatic defender: the game ends where today’s does for the seed', async () => {
    const { page, errors, close } = await openPage('');
    try {
      await startBuildup(page);
      await page.click('#mode-one');
      await expect(page.locator('#mode-one').count()).resolves.toBe(0);
      await finishGame(page);
      const expected = plain(runOne(shippedScenario(BUILDUP), {}, SEED, 0));
      expect(await page.evaluate(() => JSON.parse(JSON.stringify(window.__thresholdPlay?.result())))).toEqual(expected);
      await page.click('#to-debrief');
      await page.waitForSelector('#player-outcome');
      await expect(page.locator('#teams-panel').count()).resolves.toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('one player is the default: the choice goes away at the intervener’s first move', async () => {
    const { page, errors, close } = await openPage('');
    try {
      await startBuildup(page);
      await page.locator('#mode-two').scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, 'two-teams-choice');
      await page.locator('#main').focus();
      await page.keyboard.press('p');
      await expect(page.locator('#mode-one, #mode-two').count()).resolves.toBe(0);
      await expect(page.locator('#reserve').textContent()).resolves.not.toContain('10,000');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
