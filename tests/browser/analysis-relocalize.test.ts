// A language switch re-words the analysis screen in place: the same DOM nodes (figures, sliders),
// the same focus and scroll, every text in the new language, and no recomputation (the controller
// keeps the same state object; no worker query is started).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { OpenedPage } from './browser';
import { analysisReady, openFresh } from './game-helpers';

let opened: OpenedPage;
let page: Page;

beforeAll(async () => {
  opened = await openFresh('#/analysis');
  page = opened.page;
  await page.waitForSelector('#an-sweep svg');
  await analysisReady(page);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
});

afterAll(async () => {
  await opened?.close();
});

interface Seen {
  figureKept: boolean;
  svgKept: boolean;
  pathKept: boolean;
  sliderKept: boolean;
  focusKept: boolean;
  sameState: boolean;
  changedAt: number | null;
  pending: number | null;
  scrollY: number;
  relocalized: string | null;
  heading: string;
  caption: string;
  legendEntry: string;
  firstHeader: string;
  summary: string;
  assumptions: string;
  objectiveOption: string;
  marker: string;
  progressLabel: string | null;
  sentence: string;
  status: string;
  tornadoSentence: string;
}

/** Switch the language with the header's menu (a change event, as a user's choice sends). */
async function switchTo(locale: 'en' | 'es'): Promise<void> {
  await page.evaluate((value) => {
    const select = document.querySelector<HTMLSelectElement>('#language')!;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, locale);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

async function seen(): Promise<Seen> {
  return page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    const text = (sel: string) => document.querySelector(sel)?.textContent ?? '';
    const state = window.__thresholdAnalysis?.state() ?? null;
    const figure = document.querySelector('#an-sweep') as unknown as Record<string, unknown> | null;
    return {
      figureKept: !!figure && figure.__mark === 'sweep' && (figure as unknown as Element).isConnected,
      svgKept: w.__svg === document.querySelector('#an-sweep svg'),
      pathKept: w.__path === document.querySelector('#an-sweep [data-series="success"]') && (w.__path as Element).isConnected,
      sliderKept: (w.__slider as Element).isConnected && (w.__slider as Record<string, unknown>).__mark === 'slider',
      focusKept: document.activeElement === w.__slider,
      sameState: state === w.__state,
      changedAt: state?.timings.changedAt ?? null,
      pending: state?.pending ?? null,
      scrollY: window.scrollY,
      relocalized: window.__thresholdApp?.relocalized() ?? null,
      heading: text('#main h2'),
      caption: text('#an-sweep-caption'),
      legendEntry: text('#an-sweep .an-key-entry'),
      firstHeader: text('#an-sweep table thead th'),
      summary: text('#an-sweep summary'),
      assumptions: text('.an-controls legend'),
      objectiveOption: text('#an-objective option[value="country"]'),
      marker: text('.an-marker-btn'),
      progressLabel: document.querySelector('.an-progress progress')?.getAttribute('aria-label') ?? null,
      sentence: text('#an-sweep-sentence'),
      status: text('#an-status'),
      tornadoSentence: text('#an-tornado-sentence'),
    };
  });
}

describe('language switch on the analysis screen', () => {
  it('re-words the screen in place, keeping nodes, focus, scroll and results', async () => {
    // Mark the nodes and focus a slider (scrolled into the middle of the page).
    await page.locator('#an-in-population-hostility').scrollIntoViewIfNeeded();
    await page.locator('#an-in-population-hostility').focus();
    await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      (document.querySelector('#an-sweep') as unknown as Record<string, unknown>).__mark = 'sweep';
      const slider = document.querySelector('#an-in-population-hostility') as unknown as Record<string, unknown>;
      slider.__mark = 'slider';
      w.__slider = slider;
      w.__svg = document.querySelector('#an-sweep svg');
      w.__path = document.querySelector('#an-sweep [data-series="success"]');
      w.__state = window.__thresholdAnalysis!.state();
    });
    const english = await seen();
    expect(english.focusKept).toBe(true);
    expect(english.heading).toBe('Analysis: every troop level at once');
    const renders = await page.evaluate(() => window.__thresholdAnalysis!.renders);

    await switchTo('es');
    const spanish = await seen();
    expect(spanish.relocalized).toBe('in-place');
    expect(spanish.figureKept).toBe(true);
    expect(spanish.svgKept).toBe(true);
    expect(spanish.pathKept).toBe(true);
    expect(spanish.sliderKept).toBe(true);
    expect(spanish.focusKept).toBe(true);
    expect(spanish.scrollY).toBe(english.scrollY);
    expect(spanish.sameState).toBe(true);
    expect(spanish.changedAt).toBe(english.changedAt);
    expect(spanish.pending).toBe(0);
    expect(spanish.heading).toBe('Análisis: todos los niveles de tropas a la vez');
    expect(spanish.caption).toBe('Tasa de éxito según el nivel de tropas');
    expect(spanish.legendEntry).toBe('Tasa de entrada: se entró en la región clave');
    expect(spanish.firstHeader).toBe('Soldados');
    expect(spanish.summary).toBe('Tabla de datos');
    expect(spanish.assumptions).toBe('Supuestos');
    expect(spanish.status).toMatch(/^Terminado: /);
    for (const key of ['caption', 'legendEntry', 'objectiveOption', 'marker', 'progressLabel', 'sentence', 'tornadoSentence'] as const) {
      expect(spanish[key], key).not.toBe(english[key]);
    }
    // Redrawn from the state it had: nothing was asked of the workers.
    expect(await page.evaluate(() => window.__thresholdAnalysis!.renders)).toBeGreaterThan(renders);

    await switchTo('en');
    const back = await seen();
    expect(back.relocalized).toBe('in-place');
    expect(back.figureKept && back.svgKept && back.pathKept && back.sliderKept && back.focusKept).toBe(true);
    expect(back.scrollY).toBe(english.scrollY);
    expect(back.sameState).toBe(true);
    expect(back.changedAt).toBe(english.changedAt);
    expect(back.pending).toBe(0);
    const { scrollY: _a, relocalized: _b, ...englishWords } = english;
    const { scrollY: _c, relocalized: _d, ...backWords } = back;
    expect(backWords).toEqual(englishWords);
    expect(opened.errors).toEqual([]);
  });
});
