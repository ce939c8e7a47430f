// The debrief's "why" panel in real Chromium: a 10,000 Venezuela game played to its end names the
// capital's force-ratio shortfall and the density shortfall with the very numbers node computes from
// the closed forms (src/analysis/why.ts on the same game), shows the troops these assumptions need
// once the workers answer, names an input from the tornado, re-words in place in Spanish; a Panama
// 1989 game explains why it worked. Screenshots: test-output/screenshots/why-panel-*.png.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { whyFigures, type WhyFigures } from '../../src/analysis/why';
import { applyAction, createGame } from '../../src/engine/play';
import type { GameAction, GameEvent, GameState } from '../../src/model/types';
import { mkdirSync } from 'node:fs';
import { debriefReady, finishGame, openFresh, shippedScenario } from './game-helpers';

/** The automatic plan's whole game in node (the browser's P then D / M), and its why figures. */
function nodeFigures(id: string, seed: string): WhyFigures {
  const act = (s: GameState, a: GameAction) => {
    const r = applyAction(s, a);
    if ('rejected' in r) throw new Error(r.reason);
    return r;
  };
  let state = createGame(shippedScenario(id), {}, seed);
  const events: GameEvent[] = [];
  while (state.phase !== 'ended') {
    state = act(state, { type: 'plan/apply' }).state;
    const next = act(state, { type: state.phase === 'entry' ? 'day/end' : 'month/end' });
    state = next.state;
    events.push(...next.events);
  }
  return whyFigures(state, events);
}

async function playAndDebrief(page: Page): Promise<void> {
  await page.waitForSelector('#end-day');
  await finishGame(page);
  await page.evaluate(() => (location.hash = '#/debrief'));
  await debriefReady(page);
}

const text = (page: Page, selector: string) =>
  page
    .locator(selector)
    .textContent()
    .then((s) => s ?? '');

mkdirSync('test-output/screenshots', { recursive: true });

describe('the debrief’s why panel', () => {
  it('names the ratio and density shortfalls of a 10,000 game, the troops needed and the input that matters', async () => {
    const expected = nodeFigures('venezuela-2025-buildup', 'why');
    const { page, errors, close } = await openFresh('?v=1&scenario=venezuela-2025-buildup&seed=why#/play');
    try {
      await playAndDebrief(page);
      expect(await text(page, '#why-h')).toBe('Why it did not work');
      // The ratio and density as node computes them from the game's log and the closed forms.
      const ratio = page.locator('#why-ratio');
      expect(Number(await ratio.getAttribute('data-had'))).toBe(expected.ratio.had);
      expect(await ratio.getAttribute('data-from')).toBe('game');
      expect(await ratio.getAttribute('data-short')).toBe('true');
      const ratioText = await text(page, '#why-ratio');
      expect(ratioText).toContain(`was ${expected.ratio.had!.toFixed(2)}:1`);
      expect(ratioText).toContain('The plan aims for 3.00:1 (design choice)');
      expect(ratioText).toContain(`Entry needs about ${expected.ratio.factor!.toFixed(1)} times more combat power`);
      const density = page.locator('#why-density');
      expect(Number(await density.getAttribute('data-had'))).toBe(expected.density.had);
      expect(Number(await density.getAttribute('data-required'))).toBe(expected.density.required);
      const densityText = await text(page, '#why-density');
      expect(densityText).toContain('0.35 troops per 1,000');
      expect(densityText).toContain('about 4.31 per 1,000');
      expect(densityText).toContain('policing tier of 1-4 per 1,000');
      // The inverse answer, once computed: troops for 50% success (or "more than 300,000").
      const inverse = await text(page, '#why-inverse');
      expect(inverse).toMatch(/50% success takes (about [\d,]+ troops|more than 300,000 troops)/);
      expect(inverse).not.toContain('Computing');
      const troops = await page.locator('#why-inverse').getAttribute('data-troops');
      if (troops) expect(inverse).toContain(`about ${(Math.round(Number(troops) / 1000) * 1000).toLocaleString('en-US')} troops`);
      // An input from the tornado, named in words with its move.
      const top = (await page.locator('#why-inputs').getAttribute('data-top')) ?? '';
      const inputs = await text(page, '#why-inputs');
      expect(inputs).toContain('At 10,000 troops the automatic plan succeeds in');
      // At 10,000 no input moves 0% across its range, so the panel names what moves it at the level
      // the inverse answer names (a second tornado there).
      expect(top).not.toBe('');
      expect(inputs).toContain('No input moved across its range changes that');
      if (troops) expect(inputs).toContain(`At about ${Number(troops).toLocaleString('en-US')} troops, the level these assumptions need`);
      expect(inputs).toMatch(/ → .* would (raise|lower) success from /);
      await page.locator('#why-panel').scrollIntoViewIfNeeded();
      await page.locator('#why-panel').screenshot({ path: 'test-output/screenshots/why-panel-10000.png' });

      // Spanish, in place: the same node, Spanish number format.
      await page.evaluate(() => {
        (document.getElementById('why-ratio') as unknown as { __mark: number }).__mark = 1;
        // Count every message to any worker from now on: re-wording asks the workers nothing.
        const w = window as unknown as { __posted: number };
        w.__posted = 0;
        const post = Worker.prototype.postMessage;
        Worker.prototype.postMessage = function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
          w.__posted += 1;
          return post.apply(this, args);
        } as Worker['postMessage'];
        const menu = document.getElementById('language') as HTMLSelectElement;
        menu.value = 'es';
        menu.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await page.waitForFunction(() => document.documentElement.lang === 'es');
      expect(await page.evaluate(() => (document.getElementById('why-ratio') as unknown as { __mark?: number }).__mark)).toBe(1);
      expect(await text(page, '#why-h')).toBe('Por qué no funcionó');
      expect(await text(page, '#why-density')).toContain('0,35 soldados por cada 1.000');
      expect(await text(page, '#why-panel')).not.toMatch(/ troops|per 1,000|Entry needs|would (raise|lower)/);
      expect(await text(page, '#why-inputs')).toMatch(/ → .* (subiría|bajaría) el éxito del /);
      expect(await page.evaluate(() => (window as unknown as { __posted: number }).__posted)).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('explains why a Panama 1989 game worked: margins above each requirement', async () => {
    const expected = nodeFigures('panama-1989', 'why');
    const { page, errors, close } = await openFresh('?v=1&scenario=panama-1989&seed=why#/play');
    try {
      await playAndDebrief(page);
      expect(expected.success).toBe(true);
      expect(await text(page, '#why-h')).toBe('Why it worked');
      const ratioText = await text(page, '#why-ratio');
      expect(ratioText).toContain(`was ${expected.ratio.had!.toFixed(2)}:1`);
      expect(ratioText).toContain('a margin above what entry needs');
      const densityText = await text(page, '#why-density');
      expect(densityText).toContain(`${expected.density.had.toFixed(1)} troops per 1,000`);
      expect(densityText).toContain('a margin above what holding needs');
      expect(await text(page, '#why-inverse')).toMatch(/50% success takes about [\d,]+ troops/);
      expect(await text(page, '#why-inputs')).toMatch(/ → .* would lower success from 100% to /);
      await page.locator('#why-panel').scrollIntoViewIfNeeded();
      await page.locator('#why-panel').screenshot({ path: 'test-output/screenshots/why-panel-panama.png' });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
