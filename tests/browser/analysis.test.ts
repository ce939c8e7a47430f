// The analysis screen in real Chromium: the curve follows the sliders, the inverse answer is the
// service's answer and is drawn where it says, every text alternative carries the chart's own
// numbers, and what the page computed in Web Workers equals what node computes for the very queries
// the screen builds (src/ui/analysis/queries.ts), run by the same analysis service.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openPage, screenshot, type OpenedPage } from './browser';
import { parseScenario } from '../../src/engine/scenario';
import { sweepTallies } from '../../src/engine/sweep';
import { runQuery } from '../../src/analysis/service';
import type { AnalysisState } from '../../src/ui/analysis/controller';
import { curveQueries, inverseQueries, levelQueries, type AnalysisSetup } from '../../src/ui/analysis/queries';
import type { Tally } from '../../src/model/types';
import { MAX_TROOPS } from '../../src/ui/analysis/curve';
import { SWEEP_H, SWEEP_W } from '../../src/ui/analysis/sweep-chart';

let opened: OpenedPage;
let page: Page;

async function settled(): Promise<AnalysisState> {
  await page.waitForFunction(
    () => {
      const s = window.__thresholdAnalysis?.state();
      return !!s && s.pending === 0 && !!s.refined.central && s.refined.centralRuns === s.refined.runs && !!s.refined.pessimistic;
    },
    null,
    { timeout: 120_000 },
  );
  // One more frame so the last results are drawn.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.evaluate(() => window.__thresholdAnalysis!.state()!);
}

/** The sweep table as rendered: [troops, success %, entry %] per row, parsed from the cells. */
async function sweepTable(): Promise<{ troops: number; success: string; entry: string; runs: number }[]> {
  return page.$$eval('#an-sweep table tbody tr', (rows) =>
    rows.map((row) => {
      const cells = [...row.querySelectorAll('th, td')].map((c) => c.textContent ?? '');
      return { troops: Number(cells[0].replace(/,/g, '')), success: cells[2], entry: cells[4], runs: Number(cells[7].replace(/,/g, '')) };
    }),
  );
}

/** The set-up as the screen had it (no objective chosen: the played scenario is the published one). */
const setupOf = (state: AnalysisState): AnalysisSetup => ({ scenario: state.scenario, claimsScenario: state.scenario, overrides: state.overrides, seed: state.seed });

function pct(share: number): string {
  const p = share * 100;
  if (p !== 0 && Math.abs(p) < 1) return `${p.toFixed(1)}%`;
  return `${Math.round(p)}%`;
}

/** Plot coordinates of the sweep chart (the same margins as sweep-chart.ts). */
const X = (troops: number) => 62 + (troops / MAX_TROOPS) * (SWEEP_W - 24 - 62);
const Y = (rate: number) => SWEEP_H - 56 - rate * (SWEEP_H - 56 - 58);

function pathPoints(d: string): [number, number][] {
  return [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

beforeAll(async () => {
  opened = await openPage('#/analysis');
  page = opened.page;
  await page.evaluate(() => localStorage.setItem('threshold.walkthrough.seen', '1'));
  await page.reload();
  await page.waitForSelector('#an-sweep svg');
});

afterAll(async () => {
  await opened?.close();
});

describe('analysis screen', () => {
  it('draws the sweep, the band, markers and every chart with its text alternative, without errors', async () => {
    const state = await settled();
    expect(state.refined.central!.length).toBe(state.refined.levels.length);
    for (const id of ['an-sweep', 'an-density', 'an-tornado', 'an-runset']) {
      const svg = page.locator(`#${id} svg`);
      await expect(svg.getAttribute('role')).resolves.toBe('img');
      const sentence = await page.locator(`#${id}-sentence`).textContent();
      expect(sentence!.length, id).toBeGreaterThan(40);
      expect(sentence).not.toMatch(/Computing/);
      expect(await page.locator(`#${id} table tbody tr`).count(), id).toBeGreaterThan(0);
    }
    expect(await page.locator('#an-sweep [data-series="band"]').count()).toBe(1);
    expect(await page.locator('.an-marker-btn').count()).toBe(5);
    await screenshot(page, 'analysis-top');
    await page.locator('#an-sweep').screenshot({ path: 'test-output/screenshots/analysis-sweep.png' });
    await page.locator('#an-density').screenshot({ path: 'test-output/screenshots/analysis-density.png' });
    await page.locator('#an-tornado').screenshot({ path: 'test-output/screenshots/analysis-tornado.png' });
    await page.locator('#an-runset').screenshot({ path: 'test-output/screenshots/analysis-runset.png' });
    expect(opened.errors).toEqual([]);
  });

  it('the text alternative carries the same numbers as the chart', async () => {
    const state = await settled();
    const central = state.refined.central!;
    const rows = await sweepTable();
    expect(rows.map((r) => r.troops)).toEqual(central.map((t) => t.troops));
    rows.forEach((row, i) => {
      expect(row.success).toBe(pct(central[i].success / central[i].runs));
      expect(row.entry).toBe(pct(central[i].entered / central[i].runs));
      expect(row.runs).toBe(central[i].runs);
    });
    // The drawn success path goes through exactly these points.
    const d = await page.locator('#an-sweep [data-series="success"]').getAttribute('d');
    const points = pathPoints(d!);
    expect(points.length).toBe(central.length);
    points.forEach(([x, y], i) => {
      expect(x).toBeCloseTo(X(central[i].troops), 1);
      expect(y).toBeCloseTo(Y(central[i].success / central[i].runs), 1);
    });
    // The sentence quotes the table's values at the published force sizes.
    const sentence = (await page.locator('#an-sweep-sentence').textContent())!;
    for (const troops of [10_000, 50_000, 150_000]) {
      const row = rows.find((r) => r.troops === troops)!;
      expect(sentence).toContain(`${row.success} at ${troops.toLocaleString('en-GB')}`);
    }
    // Run set: the histogram table sums to the runs that entered the capital, and the sentence says N and seed.
    const runSet = state.runSet!;
    const dayRows = await page.$$eval('#an-runset table tbody tr', (trs) => trs.map((tr) => Number(tr.querySelector('td')!.textContent!.replace(/,/g, ''))));
    expect(dayRows.reduce((a, b) => a + b, 0)).toBe(runSet.capitalDayCounts.reduce((a, b) => a + b, 0));
    expect(await page.locator('#an-runset-sentence').textContent()).toContain(`${runSet.runs.toLocaleString('en-GB')} runs with seed "${state.seed}"`);
    expect(await page.locator('#an-runset rect.an-hist').count()).toBe(runSet.capitalDayCounts.filter((c) => c > 0).length);
    // Tornado: one table row per bar of the service's tornado, in its order, its rates as computed.
    const tornadoRows = await page.$$eval('#an-tornado table tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent)));
    const bars = state.tornado!.bars;
    expect(tornadoRows.length).toBe(bars.length);
    expect(bars.length).toBeGreaterThan(5);
    bars.forEach((bar, i) => {
      expect(tornadoRows[i][0]).toBe(bar.label);
      expect(tornadoRows[i][2]).toBe(pct(bar.metricAtLow));
      expect(tornadoRows[i][4]).toBe(pct(bar.metricAtHigh));
    });
  });

  it('the data tables are reachable from the keyboard', async () => {
    const summary = page.locator('#an-sweep details summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#an-sweep details').getAttribute('open')).resolves.not.toBeNull();
    expect(await page.locator('#an-sweep table').isVisible()).toBe(true);
    // A marker button takes focus to its quote card.
    await page.locator('.an-marker-btn').nth(3).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('an-quote-fifty');
  });

  it("the inverse answer is the service's answer, drawn at its level and the target", async () => {
    for (const target of [50, 30]) {
      await page.fill('#an-target', String(target));
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const state = await settled();
      expect(state.inverse.target).toBe(target / 100);
      const node = runQuery(inverseQueries(setupOf(state), target / 100).central);
      expect(state.inverse.central).toEqual(node);
      const answer = await page.locator('#an-inverse-answer').getAttribute('data-troops');
      if (node.answer === null) {
        expect(answer).toBe('');
        continue;
      }
      const troops = Number(answer);
      expect(troops).toBe(node.answer.troops);
      // The smallest level (to the nearest 1,000) whose measured rate reaches the target, and its uncertainty.
      expect(node.answer.rate).toBeGreaterThanOrEqual(target / 100);
      expect(node.answer.low).toBeLessThanOrEqual(troops);
      expect(node.answer.high).toBeGreaterThanOrEqual(troops);
      // Drawn on the chart at that troop level and that height.
      const dot = page.locator('#an-sweep .an-answer-dot');
      expect(Number(await dot.getAttribute('cx'))).toBeCloseTo(X(troops), 3);
      expect(Number(await dot.getAttribute('cy'))).toBeCloseTo(Y(target / 100), 3);
      expect(await page.locator('#an-inverse-answer').textContent()).toContain(`${target}% success takes about ${troops.toLocaleString('en-GB')} troops`);
    }
    // A target the model never reaches is said plainly.
    await page.fill('#an-target', '99');
    const state = await settled();
    if (state.inverse.central!.answer === null) await expect(page.locator('#an-inverse-answer').textContent()).resolves.toContain('not reached below 300,000');
    await page.fill('#an-target', '50');
    await settled();
  });

  it('moving a slider updates the curve, and the workers agree with node exactly', async () => {
    const before = await settled();
    const rowsBefore = await sweepTable();
    const pathBefore = await page.locator('#an-sweep [data-series="success"]').getAttribute('d');
    const slider = page.locator('#an-in-population-hostility');
    await slider.focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowLeft');
    await expect(slider.inputValue()).resolves.toBe('0.22');
    const after = await settled();
    expect(after.overrides['population.hostility']).toBeCloseTo(0.22, 10);
    const rowsAfter = await sweepTable();
    const pathAfter = await page.locator('#an-sweep [data-series="success"]').getAttribute('d');
    expect(pathAfter).not.toBe(pathBefore);
    expect(rowsAfter).not.toEqual(rowsBefore);
    // Lower hostility: the requirement falls, so success at 150,000 rises (same runs under CRN).
    const at = (s: AnalysisState, troops: number) => s.refined.central!.find((t) => t.troops === troops)!;
    expect(at(after, 150_000).success).toBeGreaterThan(at(before, 150_000).success);
    await screenshot(page, 'analysis-after-slider');

    // The page's scenario is the shipped file.
    const file = JSON.parse(readFileSync(`scenarios/${after.scenario.id}.json`, 'utf8'));
    const parsed = parseScenario(file);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(after.scenario).toEqual(parsed.scenario);

    // Node, one call over the whole run range: the engine's own sweep, and the screen's query run by the service.
    const levels = after.refined.levels;
    const node = sweepTallies(after.scenario, { troops: levels, runs: after.refined.runs, seed: after.seed, overrides: after.overrides });
    expect(after.refined.central).toEqual(node);
    const curves = curveQueries(setupOf(after));
    expect(after.refined.centralResult).toEqual(runQuery({ ...curves.refined, levels }));
    // The band at the published force sizes (each level's tally depends only on its own inputs and runs).
    const sample = [10_000, 50_000, 150_000, 300_000];
    const pick = (tallies: Tally[]) => tallies.filter((t) => sample.includes(t.troops));
    const band = runQuery({ ...curves.refinedBand, levels: sample }).points.map((p) => p.tally);
    expect(pick(after.refined.pessimistic!)).toEqual(band.slice(0, sample.length));
    expect(pick(after.refined.optimistic!)).toEqual(band.slice(sample.length));
    // The run set (the debrief's distribution query) and the tornado at the current level.
    const level = levelQueries(setupOf(after));
    expect(after.runSetResult).toEqual(runQuery(level.runSet));
    expect(after.tornado).toEqual(runQuery(level.tornado));
    // Claim cards: the service's verdicts, shown as they are, at the troop level each was tested at.
    const claims = runQuery(curves.claims);
    expect(after.claims).toEqual(claims);
    const shown = Object.fromEntries(await page.$$eval('.an-verdict', (els) => els.map((e) => [e.getAttribute('data-claim'), [e.getAttribute('data-verdict'), e.getAttribute('data-troops')]])));
    expect(claims.verdicts.length).toBeGreaterThan(0);
    for (const verdict of claims.verdicts) expect(shown[verdict.id]).toEqual([verdict.verdict, String(verdict.checks[0].troops)]);
    expect(opened.errors).toEqual([]);
  });

  it('moving the troop level keeps the curves and recomputes the run set there', async () => {
    const before = await settled();
    const slider = page.locator('#an-in-intervener-troops');
    await slider.focus();
    await page.keyboard.press('End');
    const after = await settled();
    expect(after.troops).toBe(300_000);
    expect(after.refined.central).toEqual(before.refined.central);
    expect(after.runSet!.troops).toBe(300_000);
    const x = Number(await page.locator('#an-sweep .an-current').getAttribute('x1'));
    expect(x).toBeCloseTo(X(300_000), 3);
    expect(await page.locator('#an-runset-sentence').textContent()).toContain('at 300,000 troops');
    expect(opened.errors).toEqual([]);
  });

  it('choosing another objective recomputes the curve for it', async () => {
    const before = await settled();
    expect(before.scenario.objective.kind).toBe('country');
    await page.selectOption('#an-objective', 'capital');
    await page.waitForFunction(() => window.__thresholdAnalysis?.state()?.scenario.objective.kind === 'capital');
    const after = await settled();
    expect(await page.locator('#an-sweep-sentence').textContent()).toContain('The capital objective succeeds');
    // Seizing the capital is easier than holding the country: never less success at any level (same runs).
    after.refined.central!.forEach((t, i) => {
      expect(t.success).toBeGreaterThanOrEqual(before.refined.central![i].success);
    });
    const node = sweepTallies(after.scenario, { troops: after.refined.levels, runs: after.refined.runs, seed: after.seed, overrides: after.overrides });
    expect(after.refined.central).toEqual(node);
    await page.selectOption('#an-objective', 'country');
    await settled();
  });

  it('every shipped scenario draws its curve and density comparison', async () => {
    const ids = await page.$$eval('#an-scenario option', (options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(ids.length).toBeGreaterThan(1);
    for (const id of ids) {
      await page.selectOption('#an-scenario', id);
      await page.waitForFunction(
        (want) => {
          const s = window.__thresholdAnalysis?.state();
          return !!s && s.scenario.id === want && !!s.coarse.central && s.timings.coarseDrawnAt !== undefined;
        },
        id,
        { timeout: 60_000 },
      );
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect(await page.locator('#an-sweep-sentence').textContent()).toMatch(/objective succeeds in/);
      expect(await page.locator('#an-density-sentence').textContent()).toMatch(/per 1,000 inhabitants here/);
      expect(await page.locator('#an-sweep [data-series="success"]').count()).toBe(1);
      await page.locator('#an-sweep').screenshot({ path: `test-output/screenshots/analysis-sweep-${id}.png` });
    }
    expect(opened.errors).toEqual([]);
  });
});
