// One answer per question, on screen. The debrief and the analysis screen show claim verdicts and the
// automatic plan's success rate; for one set-up they must say the same thing:
//   (a) Panama 1989 with 5,000 troops: both screens give each claim the same verdict, tested at the
//       same troop level (the card names none, so the published 27,684);
//   (b) Venezuela, the planners' 150,000: the debrief's success figure and its claim card's figure
//       for "the country objective at 150,000" are one number, and the analysis screen's run set at
//       150,000 shows it over the same runs.
// The test reads only what a student reads (verdict words, "at N troops", the figures), so it runs
// against any version of the app; before the analysis service it failed on both counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, newContext, recordErrors, screenshot } from './browser';
import { skipWalkthrough } from './game-helpers';

let page: Page;
let close: () => Promise<void>;
const errors: string[] = [];

beforeAll(async () => {
  const context = await newContext();
  page = await context.newPage();
  recordErrors(page, errors);
  await skipWalkthrough(page);
  close = () => context.close();
});

afterAll(async () => {
  await close?.();
});

/** Open a set-up by share link, then a screen of it. */
async function open(link: string, screen: 'debrief' | 'analysis'): Promise<void> {
  // A fresh load: the app reads a share link when it starts.
  await page.goto('about:blank');
  await page.goto(`${baseUrl()}#/setup?${link}`);
  await page.waitForSelector('#main h2');
  await page.evaluate((s) => (location.hash = `#/${s}`), screen);
  await page.waitForFunction((s) => document.querySelector('#nav a[aria-current=page]')?.getAttribute('data-screen') === s, screen);
}

interface ShownVerdict {
  verdict: string;
  troops: string[];
  /** The verdict across the input ranges in words (debrief: its own line; analysis: inside the verdict text). */
  range: string;
}

/** The debrief's claim cards: the verdict word and the troop level of each check line. */
async function debriefVerdicts(): Promise<Record<string, ShownVerdict>> {
  await page.waitForSelector('#claims[data-done=true]', { timeout: 120_000 });
  return page.$$eval('.claim-card[data-claim]', (cards) =>
    Object.fromEntries(
      cards.map((card) => [
        card.getAttribute('data-claim'),
        {
          verdict: card.getAttribute('data-verdict') ?? 'none',
          range: card.querySelector('.range-line')?.textContent ?? '',
          troops: [...card.querySelectorAll('.figure')].map((p) => /at ([\d,]+) troops/.exec(p.textContent ?? '')?.[1] ?? '?'),
        },
      ]),
    ),
  );
}

/** The analysis screen's claim cards: the verdict and the troop level its lines say it was tested at. */
async function analysisVerdicts(): Promise<Record<string, ShownVerdict>> {
  await page.waitForFunction(
    () => {
      const s = window.__thresholdAnalysis?.state();
      const verdicts = [...document.querySelectorAll('.an-verdict[data-claim]')];
      return !!s && s.pending === 0 && verdicts.length > 0 && verdicts.every((v) => v.getAttribute('data-verdict'));
    },
    null,
    { timeout: 180_000 },
  );
  return page.$$eval('.an-verdict[data-claim]', (els) =>
    Object.fromEntries(els.map((el) => [el.getAttribute('data-claim'), { verdict: el.getAttribute('data-verdict') ?? '', range: el.textContent ?? '', troops: [...(el.textContent ?? '').matchAll(/ at ([\d,]+)[ (]/g)].map((m) => m[1]) }])),
  );
}

describe('one answer on screen', () => {
  it('(a) Panama at 5,000 troops: the debrief and the analysis screen give the same verdicts, tested at 27,684', async () => {
    await open('v=1&scenario=panama-1989&set.intervener.troops=5000', 'debrief');
    expect(await page.textContent('main .lede')).toContain('5,000 troops');
    const debrief = await debriefVerdicts();
    await page.locator('#claims').screenshot({ path: 'test-output/screenshots/one-answer-debrief-claims.png' });
    await page.evaluate(() => (location.hash = '#/analysis'));
    const analysis = await analysisVerdicts();
    expect(Object.keys(debrief).length).toBeGreaterThan(0);
    expect(Object.keys(analysis).sort()).toEqual(Object.keys(debrief).sort());
    for (const [id, shown] of Object.entries(debrief)) {
      expect(shown.troops.length, id).toBeGreaterThan(0);
      for (const troops of [...shown.troops, ...analysis[id].troops]) expect(troops, id).toBe('27,684');
      expect(analysis[id].verdict, id).toBe(shown.verdict);
      // The same verdict across the input ranges, in the same words, on both screens.
      expect(shown.range.length, id).toBeGreaterThan(20);
      expect(analysis[id].range, id).toContain(shown.range);
    }
    expect(errors).toEqual([]);
  });

  it('(b) Venezuela at 150,000: the distribution and the claim card show one number, as does the analysis run set', async () => {
    await open('v=1&scenario=venezuela-planners', 'debrief');
    await page.waitForSelector('#success-figure', { timeout: 120_000 });
    await page.waitForSelector('#claims[data-done=true]', { timeout: 120_000 });
    const distribution = (await page.textContent('#success-figure'))!.trim();
    await screenshot(page, 'one-answer-debrief-planners');
    const card = await page.$$eval('.claim-card .figure', (ps) =>
      ps.filter((p) => /objective reached at 150,000 troops \(country\)/.test(p.textContent ?? '')).map((p) => ({ figure: p.querySelector('strong')?.textContent?.trim() ?? '', runs: /of ([\d,]+) runs/.exec(p.textContent ?? '')?.[1] })),
    );
    const runs = /of ([\d,]+) runs/.exec((await page.textContent('#success-rate')) ?? '')?.[1];
    expect(card.length).toBeGreaterThan(0);
    for (const shown of card) {
      expect(shown.figure).toBe(distribution);
      expect(shown.runs).toBe(runs);
    }
    // The analysis screen's run set at the same level: same runs, same rate (to its whole percent).
    await page.evaluate(() => (location.hash = '#/analysis'));
    await page.waitForFunction(() => !!window.__thresholdAnalysis?.state()?.runSet, null, { timeout: 180_000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const sentence = (await page.textContent('#an-runset-sentence')) ?? '';
    expect(sentence).toContain(`${runs} runs with seed "42" at 150,000 troops`);
    const success = /succeeds in (\d+)%/.exec(sentence)?.[1];
    expect(Number(success)).toBe(Math.round(Number(distribution.replace('%', ''))));
    expect(errors).toEqual([]);
  });
});
