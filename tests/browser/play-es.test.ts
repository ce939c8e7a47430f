// The Play screen in Spanish, in real Chromium: a whole game played with the keyboard after
// switching language, checking at each stage that the rows, log, advice, board description, labels
// and the words drawn on the canvas are Spanish with Spanish number format; a switch mid-game keeps
// the game; switching back brings the English back, log included.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './browser';
import { openFresh, phase, playToEnd, shippedScenario } from './game-helpers';

// The planners' 150,000 enter regions, so the game shows entry rolls and monthly control lines.
const PLANNERS = 'venezuela-planners';
const scenario = shippedScenario(PLANNERS);

/** Phrases of the English play screen that must not survive in Spanish. */
const ENGLISH = [
  'chance to advance',
  'rolled',
  'Region entered',
  'troops home',
  'Keep the troops',
  'Month ',
  'Day ',
  'per 1,000',
  'force ratio',
  'odds column',
  'coverage',
  'resistance',
  'Next day',
  'Score',
  'Game over',
  'not entered',
  'entered',
  'Reserve',
  'reserve',
  ' troops',
  'objective',
  'held',
  'advance',
  'Strength',
  'End day',
  'End month',
  'Undo',
  'Advice',
  'Density',
  'pop.',
  'Entry',
];

async function waitBoard(page: Page) {
  await page.waitForFunction(() => window.__thresholdPlay?.boardReady() === true, undefined, { timeout: 20_000 });
  await page.waitForFunction(() => (window.__thresholdPlay?.animating() ?? 0) === 0, undefined, { timeout: 10_000 });
}

async function switchTo(page: Page, locale: 'en' | 'es') {
  await page.selectOption('#language', locale);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, locale);
  await waitBoard(page);
  // The language menu keeps focus (the game's shortcut keys ignore form fields): leave it.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/**
 * What the play screen shows and says: the visible text of its panels (rows, advice, log, counters,
 * board description, buttons) and the aria-labels and titles inside them. Scenario data (the title
 * and region names) is removed: it is not translated by the app.
 */
async function playText(page: Page): Promise<string> {
  const raw = await page.evaluate(() => {
    const root = document.querySelector('.play-layout') as HTMLElement;
    const counters = document.querySelector('.counters') as HTMLElement;
    const labels = [...root.querySelectorAll('[aria-label], [title]')].map((el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`);
    return [counters.innerText, root.innerText, ...labels].join('\n');
  });
  let text = raw.split(scenario.title).join(' ');
  for (const region of scenario.regions) text = text.split(region.name).join(' ');
  return text;
}

async function canvasTexts(page: Page): Promise<string> {
  return page.evaluate(() => window.__thresholdPlay!.boardTexts().join(' | '));
}

function expectSpanish(text: string, stage: string) {
  const found = ENGLISH.filter((phrase) => text.includes(phrase));
  expect(found, `${stage}: English left in the Spanish play screen`).toEqual([]);
  // English thousands grouping ("10,000") never appears; Spanish groups with a point.
  expect(text.match(/\d,\d{3}(?!\d)/g) ?? [], `${stage}: English number grouping`).toEqual([]);
}

describe('the Play screen in Spanish', () => {
  it('plays a whole game in Spanish, keeps it across language switches, and comes back to English', async () => {
    const { page, errors, close } = await openFresh('#/choose');
    try {
      await page.click(`[data-scenario="${PLANNERS}"] button:has-text("Play")`);
      await waitBoard(page);
      const englishCanvas = await canvasTexts(page);
      expect(englishCanvas).toContain('Entry, day 0');
      expect(englishCanvas).toContain('no troops');

      await switchTo(page, 'es');
      let text = await playText(page);
      expectSpanish(text, 'start');
      expect(text).toContain(`${new Intl.NumberFormat('es').format(scenario.intervener.troops.value)} efectivos en reserva`);
      expect(text).toMatch(/\d\.\d{3}/);
      expect(text).toContain('El tablero muestra');
      const canvasStart = await canvasTexts(page);
      expect(canvasStart).toContain('Entrada, día 0');
      expect(canvasStart).toContain('sin efectivos');
      expect(canvasStart).toContain('sin entrar');

      // First day: the plan places the troops, the day is rolled; odds, die and score in Spanish.
      await page.keyboard.press('p');
      text = await playText(page);
      expectSpanish(text, 'plan applied');
      expect(text).toMatch(/Próximo día/);
      expect(text).toMatch(/relación \d+,\d\d:1/);
      await page.keyboard.press('d');
      await waitBoard(page);
      text = await playText(page);
      expectSpanish(text, 'day 1');
      expect(text).toContain('Día 1.');
      expect(text).toMatch(/relación de fuerzas \d+,\d\d:1, columna de probabilidades/);
      expect(text).toMatch(/\d+,\d\s% de probabilidad de avanzar \(el dado la redondea a \d+ de 10 caras\)/);
      expect(text).toMatch(/salió \d+/);
      expect(text).toContain('Marcador');
      expect(await canvasTexts(page)).toContain('Entrada, día 1');

      // A switch mid-game keeps the game: same day, same reserve, same number of log lines.
      const before = { phase: await phase(page), reserve: await page.locator('#reserve strong').textContent(), log: await page.locator('#log li').count() };
      await switchTo(page, 'en');
      expect(await phase(page)).toBe(before.phase);
      expect(await page.locator('#log li').count()).toBe(before.log);
      expect((await page.locator('#reserve strong').textContent())?.replace(/,/g, '')).toBe(before.reserve?.replace(/\./g, ''));
      const englishDay = await playText(page);
      expect(englishDay).toContain('Day 1.');
      expect(englishDay).toMatch(/force ratio \d+\.\d\d:1, odds column/);
      expect(englishDay).toContain('chance to advance');
      expect(englishDay).toContain('rolled');
      await switchTo(page, 'es');
      expect(await page.locator('#log li').count()).toBe(before.log);

      // Play on to the control phase, then check a month's lines.
      for (let i = 0; i < 60 && (await phase(page)) === 'entry'; i += 1) {
        await page.keyboard.press('p');
        await page.keyboard.press('d');
      }
      expect(await phase(page)).toBe('control');
      await page.keyboard.press('p');
      await page.keyboard.press('m');
      await waitBoard(page);
      text = await playText(page);
      expectSpanish(text, 'month 1');
      expect(text).toContain('Mes 1.');
      expect(text).toMatch(/por cada 1\.000 frente a \d+,\d necesarios \(cobertura/);
      expect(text).toContain('Ahora:');
      expect(await canvasTexts(page)).toContain('Control, mes 1');
      await screenshot(page, 'play-es-control');
      // Longer Spanish words still fit each row's one-line head: the "todo" button is not cut off.
      const overflow = await page.evaluate(
        () =>
          [...document.querySelectorAll<HTMLElement>('.region')].filter((row) => {
            const all = row.querySelector('.all')!.getBoundingClientRect();
            return all.right > row.getBoundingClientRect().right;
          }).length,
      );
      expect(overflow).toBe(0);

      await playToEnd(page);
      await waitBoard(page);
      text = await playText(page);
      expectSpanish(text, 'game over');
      expect(text).toContain('Fin de la partida');
      expect(text).toMatch(/objetivo (no )?logrado/);
      const spanishCanvas = await canvasTexts(page);
      expect(spanishCanvas).toContain('Fin de la partida');
      const spanishLog = await page.locator('#log').innerText();
      const spanishBoard = await page.locator('#board canvas').screenshot();
      await screenshot(page, 'play-es-ended');

      // Back to English: the same ended game, every line worded in English again.
      await switchTo(page, 'en');
      expect(await phase(page)).toBe('ended');
      const english = await playText(page);
      expect(english).toContain('Game over');
      expect(english).toContain('Month ');
      expect(english).toContain('per 1,000');
      expect(english).not.toContain('Fin de la partida');
      expect(english).not.toContain('por cada 1.000');
      const englishLog = await page.locator('#log').innerText();
      expect(englishLog.split('\n').length).toBe(spanishLog.split('\n').length);
      expect(englishLog).not.toBe(spanishLog);
      const englishEnd = await canvasTexts(page);
      expect(englishEnd).toContain('Game over');
      expect(englishEnd).not.toContain('Fin de la partida');
      const englishBoard = await page.locator('#board canvas').screenshot();
      await screenshot(page, 'play-en-ended');
      // The same state drawn in two languages: the canvas pixels differ.
      expect(englishBoard.length).toBeGreaterThan(1000);
      expect(Buffer.compare(englishBoard, spanishBoard)).not.toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('a refused action is explained in Spanish', async () => {
    const { page, errors, close } = await openFresh('#/play');
    try {
      await waitBoard(page);
      await switchTo(page, 'es');
      // Undo with nothing placed, and ending a month during the entry phase, are refused.
      await page.keyboard.press('u');
      await expect(page.locator('.message').textContent()).resolves.toBe('No cambió nada en este turno.');
      await page.keyboard.press('m');
      await expect(page.locator('.message').textContent()).resolves.toBe('Los meses empiezan después de la fase de entrada: termina el día.');
      await switchTo(page, 'en');
      await page.keyboard.press('m');
      await expect(page.locator('.message').textContent()).resolves.toBe('Months start after the entry phase: end the day instead.');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
